/**
 * What a real deployment (DEMO_DATA=false) cannot run safely without: its
 * public address (otherwise the links in mails would come from request
 * headers) and a mail server (otherwise sign-in links would end up in the
 * server log). Plain JavaScript, because server.mjs checks it before starting
 * Next.js; lib/env.ts uses it too.
 */

const FALSE = new Set(['false', '0', 'no']);

/**
 * @param {Record<string, string | undefined>} vars the environment
 * @returns {string[]} one line per missing setting, empty when fit to serve
 */
export function productionProblems(vars) {
  if (!FALSE.has(vars.DEMO_DATA ?? 'true')) return [];
  const problems = [];
  if (!vars.AUTH_URL) problems.push('AUTH_URL: the public address of the site, e.g. https://bluelights.example.org');
  if (!vars.EMAIL_SERVER) problems.push('EMAIL_SERVER: the SMTP server for sign-in links and notices, e.g. smtp://user:pass@mail.example.org:587');
  return problems;
}

/**
 * @param {string[]} problems from productionProblems
 * @returns {string} the message a refusing server prints
 */
export function refusal(problems) {
  return `Blue Lights will not start with DEMO_DATA=false until these are set:\n${problems.map((p) => `  ${p}`).join('\n')}`;
}
