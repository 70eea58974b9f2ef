import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, tileSource } from '@/lib/http/csp';

describe('the content security policy', () => {
  it('allows scripts only with the nonce, and framing only when embeddable', () => {
    const page = contentSecurityPolicy({ nonce: 'abc', tileUrls: ['https://tile.openstreetmap.org/{z}/{x}/{y}.png', 'https://{s}.basemaps.example/dark/{z}/{x}/{y}.png'], embeddable: false });
    expect(page).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(page).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(page).toContain("frame-ancestors 'none'");
    expect(page).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org https://*.basemaps.example;");
    expect(contentSecurityPolicy({ nonce: 'abc', tileUrls: ['x'], embeddable: true })).toContain('frame-ancestors *');
  });

  it('turns a tile template into an origin, subdomains as a wildcard', () => {
    expect(tileSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(tileSource('not a url')).toBe('');
  });

  it('makes a different nonce each time', () => {
    expect(newNonce()).not.toBe(newNonce());
  });
});
