import fs from 'node:fs';
import path from 'node:path';

/**
 * Calls a server action over HTTP the way the browser does for a form bound
 * with `useActionState`: `Next-Action` names the action, the body carries the
 * previous state and the form's fields (React's reply encoding).
 */
export type ActionCall = {
  baseURL: string;
  /** The page the form is on (the action runs through that page's route). */
  page: string;
  actionId: string;
  fields: Record<string, string | string[]>;
  cookie?: string;
  origin?: string;
  /** Further request headers, as a script may send them. */
  headers?: Record<string, string>;
};

/** `ok` is the action's own word, or a redirect after success (what saving forms do). */
export type ActionReply = { status: number; ok: boolean; code?: string; redirect?: string; body: string };

/** The id of an exported action, from the build's server reference manifest. */
export function actionId(distDir: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(distDir, 'server', 'server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!entry) throw new Error(`No server action ${exportedName} in ${file}`);
  return entry[0];
}

export async function callAction({ baseURL, page, actionId: id, fields, cookie, origin, headers }: ActionCall): Promise<ActionReply> {
  const body = new FormData();
  // As React encodes it: the form's fields first (prefixed with their part id), then the root row.
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) body.append(`_1_${k}`, item);
  body.append('0', JSON.stringify([{ ok: false, message: '', fieldErrors: {} }, '$K1']));
  const res = await fetch(`${baseURL}${page}`, {
    method: 'POST',
    headers: {
      'Next-Action': id,
      Accept: 'text/x-component',
      Origin: origin ?? baseURL,
      ...(cookie ? { Cookie: cookie } : {}),
      ...headers,
    },
    body,
    redirect: 'manual',
  });
  return actionReply(res.status, res.headers.get('x-action-redirect'), await res.text());
}

/** What an action's answer says: its state (a JSON row of the React Server Components stream), or a redirect. */
export function actionReply(status: number, redirectHeader: string | null | undefined, text: string): ActionReply {
  const state = text
    .split('\n')
    .map((line) => line.slice(line.indexOf(':') + 1))
    .map((json) => {
      try {
        return JSON.parse(json) as { ok?: boolean; code?: string };
      } catch {
        return null;
      }
    })
    .find((v) => v && typeof v === 'object' && 'ok' in v);
  const redirect = redirectHeader ?? undefined;
  const redirectedToSignIn = redirect !== undefined && /\/sign-in(\?|;|$)/.test(redirect);
  return {
    status,
    ok: state ? Boolean(state.ok) : redirect !== undefined && !redirectedToSignIn,
    code: state?.code,
    redirect,
    body: text,
  };
}
