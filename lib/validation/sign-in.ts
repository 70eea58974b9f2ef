import { z } from 'zod';
import { email } from './common';

/** Where to go after signing in: a path on this site only (no `//host` or `http:`). */
const localPath = z
  .string()
  .regex(/^\/(?!\/)[\w\-./?=&%]*$/)
  .max(200)
  .catch('/start');

export const signInSchema = z.object({ email, callbackUrl: localPath.optional().default('/start') });
