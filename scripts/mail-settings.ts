/**
 * What the command-line tools that write or send mail check first: the same
 * settings the server refuses to start without (lib/production-settings.mjs),
 * so that a tool never mails a link to http://localhost:3000 from a real
 * deployment. Links are then built as the server builds them: from AUTH_URL,
 * through lib/env's siteUrl (lib/mail/compose.ts siteLink).
 */
import { env } from '@/lib/env';
import { productionProblems } from '@/lib/production-settings.mjs';

/** A refusal the tool prints as it is (no stack), then exits non-zero. */
export class SettingsError extends Error {}

/** Throws a SettingsError naming every missing or bad setting; returns the address links are built from. */
export function requireMailSettings(command: string, vars: Record<string, string | undefined> = process.env): URL {
  const problems = productionProblems(vars);
  if (problems.length > 0) {
    throw new SettingsError(`${command} sends no mail with DEMO_DATA=false until these are set, as for the server:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
  try {
    return env().siteUrl;
  } catch (error) {
    throw new SettingsError(error instanceof Error ? error.message : String(error));
  }
}

/** Prints what went wrong, readably, and sets a failing exit code. */
export function reportFailure(error: unknown): void {
  if (error instanceof SettingsError) console.error(error.message);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
}
