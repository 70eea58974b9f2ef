import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFromFastLane, fastLanes, isPlainPath } from '@/lib/http/fast-lane.mjs';

/** What a lane saw, and a server that asks the lanes first and answers "next" otherwise (as server.mjs does). */
const seen: string[] = [];
let server: http.Server;
let port: number;

beforeAll(async () => {
  fastLanes().set('test:everything', (req) => {
    // As the page lane reads a target: a URL against a base.
    const url = new URL(req.url ?? '/', 'http://localhost');
    seen.push(`${url.host}${url.pathname}`);
    return { status: 200, headers: { 'Content-Type': 'text/plain' }, body: new TextEncoder().encode('lane') };
  });
  server = http.createServer((req, res) => {
    answerFromFastLane(req, res).then((answered) => answered || res.end('next'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  fastLanes().delete('test:everything');
  await new Promise((resolve) => server.close(resolve));
});

/** The target is sent exactly as written (fetch would fold it first). */
function get(target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: target }, (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve(body));
      })
      .on('error', reject);
  });
}

describe('the fast lane', () => {
  it('answers plain paths', async () => {
    expect(await get('/fr')).toBe('lane');
    expect(await get('/api/lights/2026?format=csv&next=//x')).toBe('lane');
    expect(seen).toEqual(['localhost/fr', 'localhost/api/lights/2026']);
  });

  it('leaves to Next.js what it would redirect: a second slash, a backslash, a dot segment', async () => {
    seen.length = 0;
    for (const target of ['//evil.example/fr', '///evil.example/fr', '/fr//', '/\\evil.example/fr', '/fr\\nl', '/x/../fr', '/./fr', '/fr/..']) {
      expect(await get(target), target).toBe('next');
    }
    // No lane ever read one of them (as a page on evil.example, say).
    expect(seen).toEqual([]);
  });

  it('tells plain paths from the rest', () => {
    expect(isPlainPath('/')).toBe(true);
    expect(isPlainPath('/fr/.well-known')).toBe(true);
    expect(isPlainPath('*')).toBe(false);
    expect(isPlainPath('http://evil.example/fr')).toBe(false);
    expect(isPlainPath(undefined)).toBe(false);
  });
});
