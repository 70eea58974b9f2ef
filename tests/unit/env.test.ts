import { afterEach, describe, expect, it } from 'vitest';
import { assertServable, env, productionProblems, resetEnvCache } from '@/lib/env';

const saved = { ...process.env };

afterEach(() => {
  process.env = { ...saved };
  resetEnvCache();
});

function withEnv(vars: Record<string, string | undefined>) {
  process.env = { ...saved };
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvCache();
  return env();
}

describe('the settings', () => {
  it('need nothing on a laptop: the demo, links to http://localhost:PORT', () => {
    const e = withEnv({ DEMO_DATA: undefined, AUTH_URL: undefined, EMAIL_SERVER: undefined, PORT: '3456' });
    expect(productionProblems(process.env)).toEqual([]);
    expect(e.siteUrl.origin).toBe('http://localhost:3456');
  });

  it('refuse a real deployment without its public address and mail server, naming each', () => {
    const e = withEnv({ DEMO_DATA: 'false', AUTH_URL: undefined, EMAIL_SERVER: undefined });
    expect(e.DEMO_DATA).toBe(false);
    const problems = productionProblems(process.env);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^AUTH_URL/);
    expect(problems[1]).toMatch(/^EMAIL_SERVER/);
    expect(() => assertServable()).toThrow(/AUTH_URL[\s\S]*EMAIL_SERVER/);
  });

  it('accept a real deployment that names both', () => {
    const e = withEnv({ DEMO_DATA: 'false', AUTH_URL: 'https://bluelights.example.org', EMAIL_SERVER: 'smtp://mail.example.org:587' });
    expect(() => assertServable()).not.toThrow();
    expect(e.siteUrl.origin).toBe('https://bluelights.example.org');
  });

  it('take the public address alone, over http or https', () => {
    expect(() => withEnv({ AUTH_URL: 'ftp://bluelights.example.org' })).toThrow(/AUTH_URL/);
    expect(() => withEnv({ AUTH_URL: 'https://bluelights.example.org/some/path' })).toThrow(/AUTH_URL/);
    expect(() => withEnv({ AUTH_URL: 'not an address' })).toThrow(/AUTH_URL/);
    expect(withEnv({ AUTH_URL: 'https://bluelights.example.org/' }).siteUrl.origin).toBe('https://bluelights.example.org');
  });

  it('understand the usual spellings of yes and no, in any case', () => {
    for (const value of ['false', 'FALSE', 'False', '0', 'no', 'NO', 'off', 'Off']) {
      const e = withEnv({ DEMO_DATA: value, AUTH_URL: 'https://bluelights.example.org', EMAIL_SERVER: 'smtp://mail.example.org:587', SCHEDULER: value });
      expect(e.DEMO_DATA, value).toBe(false);
      expect(e.SCHEDULER, value).toBe('off');
      expect(productionProblems(process.env), value).toEqual([]);
    }
    for (const value of ['true', 'TRUE', '1', 'yes', 'Yes', 'on', 'ON', '', undefined]) {
      const e = withEnv({ DEMO_DATA: value, SCHEDULER: value });
      expect(e.DEMO_DATA, value).toBe(true);
      expect(e.SCHEDULER, value).toBe('on');
    }
  });

  it('refuse to start on a yes-or-no value they do not understand, naming the setting and what it accepts', () => {
    for (const name of ['DEMO_DATA', 'SCHEDULER']) {
      for (const value of ['maybe', 'ture', 'null', '2', 'n']) {
        // Even with everything a real deployment needs: nobody can tell whether this is one.
        const vars = { [name]: value, AUTH_URL: 'https://bluelights.example.org', EMAIL_SERVER: 'smtp://mail.example.org:587' };
        const problems = productionProblems({ ...vars });
        expect(problems, `${name}=${value}`).toHaveLength(1);
        expect(problems[0]).toMatch(new RegExp(`^${name}: "${value}" is not understood`));
        expect(problems[0]).toContain('true, 1, yes, on, false, 0, no, off');
        expect(() => assertServable({ ...vars }), `${name}=${value}`).toThrow(new RegExp(`${name}: "${value}"`));
        expect(() => withEnv(vars), `${name}=${value}`).toThrow(new RegExp(`${name}: "${value}" is not understood`));
      }
    }
  });

  it('treat DEMO_DATA=FALSE as the real deployment it is, not as the demo', () => {
    const problems = productionProblems({ DEMO_DATA: 'FALSE' });
    expect(problems.map((p) => p.split(':')[0])).toEqual(['AUTH_URL', 'EMAIL_SERVER']);
  });
});
