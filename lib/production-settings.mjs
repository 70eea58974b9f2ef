/**
 * The settings the server checks before it starts, so that a deployment that
 * would not work (or not safely) stops at once, naming what to fix, instead
 * of listening and answering errors:
 *
 * - every yes-or-no setting (DEMO_DATA, SCHEDULER) must be a value we
 *   understand: `DEMO_DATA=FALSE` or `off` is false, `maybe` stops the server;
 * - a real deployment (DEMO_DATA=false) needs its public address (otherwise
 *   the links in mails would come from request headers) and a mail server
 *   (otherwise sign-in links would end up in the server log).
 *
 * Plain JavaScript, because server.mjs checks it before starting Next.js;
 * lib/env.ts uses it too.
 */

const YES = ['true', '1', 'yes', 'on'];
const NO = ['false', '0', 'no', 'off'];

/** The spellings a yes-or-no setting accepts (any case), as a message lists them. */
export const ACCEPTED_SWITCH_VALUES = [...YES, ...NO].join(', ');

/** Every yes-or-no setting, with its value when unset (or empty). */
export const SWITCH_SETTINGS = /** @type {const} */ ({ DEMO_DATA: true, SCHEDULER: true });

/**
 * @param {string} value as written in the environment
 * @returns {boolean | undefined} undefined when the value is not one we understand
 */
export function parseSwitch(value) {
  const word = value.trim().toLowerCase();
  if (YES.includes(word)) return true;
  if (NO.includes(word)) return false;
  return undefined;
}

/**
 * @param {Record<string, string | undefined>} vars the environment
 * @param {keyof typeof SWITCH_SETTINGS} name
 * @returns {boolean} the setting, its default when unset; throws when not understood
 */
export function switchSetting(vars, name) {
  const value = vars[name];
  if (value === undefined || value.trim() === '') return SWITCH_SETTINGS[name];
  const parsed = parseSwitch(value);
  if (parsed === undefined) throw new Error(switchProblem(name, value));
  return parsed;
}

/**
 * @param {string} name
 * @param {string} value
 */
function switchProblem(name, value) {
  return `${name}: "${value}" is not understood; write true or false (accepted, in any case: ${ACCEPTED_SWITCH_VALUES})`;
}

/**
 * @param {Record<string, string | undefined>} vars the environment
 * @returns {string[]} one line per setting to fix (each starts with its name), empty when fit to serve
 */
export function productionProblems(vars) {
  const problems = [];
  for (const name of /** @type {(keyof typeof SWITCH_SETTINGS)[]} */ (Object.keys(SWITCH_SETTINGS))) {
    try {
      switchSetting(vars, name);
    } catch (error) {
      problems.push(/** @type {Error} */ (error).message);
    }
  }
  // Whether this is a real deployment is not known until DEMO_DATA is understood.
  if (problems.length > 0 || switchSetting(vars, 'DEMO_DATA')) return problems;
  if (!vars.AUTH_URL) problems.push('AUTH_URL: the public address of the site, e.g. https://bluelights.example.org (needed with DEMO_DATA=false)');
  if (!vars.EMAIL_SERVER) problems.push('EMAIL_SERVER: the SMTP server for sign-in links and notices, e.g. smtp://user:pass@mail.example.org:587 (needed with DEMO_DATA=false)');
  return problems;
}

/**
 * @param {string[]} problems from productionProblems
 * @returns {string} the message a refusing server prints
 */
export function refusal(problems) {
  return `Blue Lights will not start until these settings are set right:\n${problems.map((p) => `  ${p}`).join('\n')}`;
}
