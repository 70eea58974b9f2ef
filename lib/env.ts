import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Loads the demo campaigns, cities and buildings into an empty database at start. */
  DEMO_DATA: booleanFlag.default(true),
  TILE_URL: z.string().min(1).default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
  TILE_ATTRIBUTION: z
    .string()
    .default('&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'),
  EMAIL_SERVER: z.string().optional(),
  EMAIL_FROM: z.string().default('Blue Lights <no-reply@bluelights.example>'),
  AUTH_SECRET: z.string().optional(),
  /** The site's public address (`https://bluelights.example`); empty is the same as unset. */
  AUTH_URL: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })])
    .optional()
    .transform((v) => v || undefined),
  /** Sign-in link requests allowed per client address in 15 minutes. */
  SIGN_IN_CLIENT_LIMIT: z.coerce.number().int().min(1).default(30),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The validated environment. Throws one readable error listing every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}

/** The configured public address (AUTH_URL), or null where there is none (a laptop). */
export function configuredPublicUrl(): URL | null {
  const { AUTH_URL } = env();
  return AUTH_URL ? new URL(AUTH_URL) : null;
}

/**
 * Whether the site is served over https, by its configured address: never
 * decided from a request header, which any client can set.
 */
export function servedOverHttps(): boolean {
  return configuredPublicUrl()?.protocol === 'https:';
}
