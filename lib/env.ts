import { z } from 'zod';
import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL } from './constants';
import { DEFAULT_EXIT_URL } from './help/exit-script';
import { ACCEPTED_SWITCH_VALUES, parseSwitch, productionProblems, refusal } from './production-settings.mjs';

export { productionProblems };

/**
 * A yes-or-no setting: true/false, 1/0, yes/no, on/off in any case; empty is
 * unset. Anything else is refused (server.mjs refuses it before starting).
 */
function yesOrNo(fallback: boolean) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return fallback;
      const parsed = parseSwitch(value);
      if (parsed === undefined) {
        ctx.addIssue({ code: 'custom', message: `"${value}" is not understood; write true or false (accepted, in any case: ${ACCEPTED_SWITCH_VALUES})` });
        return z.NEVER;
      }
      return parsed;
    });
}

/** An http(s) address without path, query or fragment: the site's public origin. */
const publicAddress = z
  .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address, e.g. https://bluelights.example.org' })
  .transform((v) => new URL(v))
  .refine((u) => (u.pathname === '/' || u.pathname === '') && !u.search && !u.hash, {
    error: 'must be the site address alone, without a path (e.g. https://bluelights.example.org)',
  });

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /**
   * Loads the demo campaigns, cities and buildings into an empty database at
   * start. `false` is a real deployment, which must name its public address
   * and mail server (see productionProblems).
   */
  DEMO_DATA: yesOrNo(true),
  TILE_URL: z.string().min(1).default(DEFAULT_TILE_URL),
  TILE_ATTRIBUTION: z.string().default(DEFAULT_TILE_ATTRIBUTION),
  /** Tiles for the public map's night view; empty: the day's tiles, darkened in the browser. */
  TILE_URL_DARK: z.string().default(''),
  /** Their attribution; empty: TILE_ATTRIBUTION. */
  TILE_ATTRIBUTION_DARK: z.string().default(''),
  EMAIL_SERVER: z.string().min(1).optional(),
  EMAIL_FROM: z.string().default('Blue Lights <no-reply@bluelights.example>'),
  AUTH_SECRET: z.string().optional(),
  /**
   * The site's public address. Every link that leaves the server (sign-in
   * links, mails) is built from it, never from the request's Host header.
   */
  AUTH_URL: z.preprocess((v) => (v === '' ? undefined : v), publicAddress.optional()),
  /** Reverse proxies in front of the app whose X-Forwarded-For entries are believed (see lib/http/forwarded.mjs). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Sign-in link requests allowed per client address in 15 minutes. */
  SIGN_IN_CLIENT_LIMIT: z.coerce.number().int().min(1).default(10),
  /**
   * `on`: each server process sends the outbox and the reminders itself
   * (safe with several processes); `off`: nothing is sent on a schedule,
   * `npm run jobs:run` does it (from cron).
   */
  SCHEDULER: yesOrNo(true).transform((on) => (on ? 'on' : 'off') as 'on' | 'off'),
  /** The wait before a failed mail's first retry; each further wait doubles, up to an hour. */
  MAIL_RETRY_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Where "Exit this page" leads at once: a neutral site, such as the weather or the news. */
  EXIT_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address, e.g. https://www.bbc.com/weather' }).default(DEFAULT_EXIT_URL),
});

export type Env = z.infer<typeof envSchema> & {
  /** AUTH_URL, or on a laptop the address the README tells people to open. */
  siteUrl: URL;
};

let cached: Env | undefined;

/** The validated environment. Throws one readable error listing every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const data = parsed.data;
  cached = { ...data, siteUrl: data.AUTH_URL ?? new URL(`http://localhost:${data.PORT}`) };
  return cached;
}

/** Throws, naming every missing setting, when a real deployment lacks what it cannot run safely without. */
export function assertServable(vars: Record<string, string | undefined> = process.env): void {
  const problems = productionProblems(vars);
  if (problems.length > 0) throw new Error(refusal(problems));
}

/** For tests that change process.env between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}

/**
 * Whether the site is served over https, by its configured address: never
 * decided from a request header, which any client can set.
 */
export function servedOverHttps(): boolean {
  return env().siteUrl.protocol === 'https:';
}
