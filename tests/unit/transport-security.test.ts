import { afterEach, describe, expect, it, vi } from 'vitest';

/** lib/env.ts reads the environment once per process: each case loads it afresh. */
async function withAuthUrl(value: string | undefined) {
  vi.resetModules();
  if (value === undefined) vi.stubEnv('AUTH_URL', undefined as unknown as string);
  else vi.stubEnv('AUTH_URL', value);
  const env = await import('@/lib/env');
  const security = await import('@/lib/http/transport-security');
  return { ...env, ...security };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('Strict-Transport-Security', () => {
  it('is added when the configured public address is https', async () => {
    const { withTransportSecurity, env } = await withAuthUrl('https://bluelights.example');
    expect(env().siteUrl.host).toBe('bluelights.example');
    expect(withTransportSecurity(new Response('x')).headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('is added to a response with immutable headers too (a redirect Auth.js makes), keeping it as it was', async () => {
    const { withTransportSecurity } = await withAuthUrl('https://bluelights.example');
    const redirect = Response.redirect('https://bluelights.example/sign-in?error=Verification', 302);
    const secured = withTransportSecurity(redirect);
    expect(secured.status).toBe(302);
    expect(secured.headers.get('location')).toBe('https://bluelights.example/sign-in?error=Verification');
    expect(secured.headers.get('strict-transport-security')).toBe('max-age=31536000');
  });

  it('is not added over http, nor without a configured address', async () => {
    for (const value of ['http://localhost:3000', '', undefined]) {
      const { withTransportSecurity } = await withAuthUrl(value);
      expect(withTransportSecurity(new Response('x')).headers.get('strict-transport-security'), String(value)).toBeNull();
    }
  });

  it('refuses a configured address that is not an http or https one', async () => {
    for (const value of ['ftp://bluelights.example', 'bluelights.example', 'javascript:alert(1)']) {
      const { env } = await withAuthUrl(value);
      expect(() => env(), value).toThrow(/AUTH_URL/);
    }
  });
});
