import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeBody, encodedResponse, negotiateEncoding } from '@/lib/http/compression';
import { CONTENT_ENCODING_HEADER } from '@/lib/http/content-encoding.mjs';

const SET_BY_SERVER = Symbol.for('blue-lights.content-encoding-header');
const text = JSON.stringify({ lights: Array.from({ length: 500 }, (_, i) => ({ id: i, name: `Building ${i}` })) });

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[SET_BY_SERVER];
});

describe('choosing an encoding', () => {
  it('prefers brotli, then gzip, and honours q=0 and *', () => {
    expect(negotiateEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(negotiateEncoding('gzip, deflate')).toBe('gzip');
    expect(negotiateEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(negotiateEncoding('*')).toBe('br');
    expect(negotiateEncoding('*, br;q=0')).toBe('gzip');
    expect(negotiateEncoding('identity')).toBe('identity');
    expect(negotiateEncoding('gzip;q=0')).toBe('identity');
    expect(negotiateEncoding(null)).toBe('identity');
  });
});

describe('an encoded body', () => {
  const encoded = encodeBody(text);

  it('holds the same bytes in every encoding, each with its own entity tag', () => {
    expect(new TextDecoder().decode(encoded.identity.body)).toBe(text);
    expect(gunzipSync(encoded.gzip.body).toString('utf8')).toBe(text);
    expect(brotliDecompressSync(encoded.br.body).toString('utf8')).toBe(text);
    expect(encoded.br.body.byteLength).toBeLessThan(encoded.identity.body.byteLength / 4);
    expect(new Set([encoded.identity.etag, encoded.gzip.etag, encoded.br.etag]).size).toBe(3);
  });

  it('is not compressed when it is tiny', () => {
    const tiny = encodeBody('{"a":1}');
    expect(tiny.br.body).toBe(tiny.identity.body);
  });

  it('is sent in the encoding asked for, named for our server to send as Content-Encoding', async () => {
    (globalThis as Record<symbol, unknown>)[SET_BY_SERVER] = CONTENT_ENCODING_HEADER;
    const res = encodedResponse(new Request('http://x/', { headers: { 'accept-encoding': 'gzip' } }), encoded, { 'Content-Type': 'application/json' });
    expect(res.headers.get(CONTENT_ENCODING_HEADER)).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('etag')).toBe(encoded.gzip.etag);
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(text);
    const plain = encodedResponse(new Request('http://x/'), encoded, {});
    expect(plain.headers.get(CONTENT_ENCODING_HEADER)).toBeNull();
    expect(await plain.text()).toBe(text);
  });

  it('answers 304 to a request that holds this representation, by its tag', () => {
    (globalThis as Record<symbol, unknown>)[SET_BY_SERVER] = CONTENT_ENCODING_HEADER;
    const hit = encodedResponse(new Request('http://x/', { headers: { 'accept-encoding': 'br', 'if-none-match': encoded.br.etag } }), encoded, {});
    expect(hit.status).toBe(304);
    expect(hit.headers.get('etag')).toBe(encoded.br.etag);
    // The gzip copy's tag does not stand for the brotli one.
    const other = encodedResponse(new Request('http://x/', { headers: { 'accept-encoding': 'br', 'if-none-match': encoded.gzip.etag } }), encoded, {});
    expect(other.status).toBe(200);
  });

  it('goes out uncompressed where no server of ours passes the coding on (next dev)', async () => {
    const res = encodedResponse(new Request('http://x/', { headers: { 'accept-encoding': 'br' } }), encoded, {});
    expect(res.headers.get(CONTENT_ENCODING_HEADER)).toBeNull();
    expect(res.headers.get('etag')).toBe(encoded.identity.etag);
    expect(await res.text()).toBe(text);
  });
});
