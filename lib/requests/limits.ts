/**
 * The limits of the public "take part" form, in one place: field lengths,
 * how fast a person can fill it, and how often one client or one address may
 * send it. Safe for the browser (the form shows the lengths).
 */
export const REQUEST_LIMITS = {
  NAME_MAX: 100,
  ROLE_MAX: 100,
  ORGANISATION_MAX: 150,
  MESSAGE_MAX: 2000,
  REPLY_MAX: 2000,
  /** A city as an organiser types it when accepting. */
  CITY_MAX: 120,
} as const;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

export const REQUEST_TIMING = {
  /** Nobody reads the form and types a name, an address and a city in less: faster is a program. */
  MIN_FILL_MS: 3 * SECOND,
  /** A form left open longer is sent back once with a fresh timestamp (input kept). */
  MAX_FORM_AGE_MS: 2 * 24 * HOUR,
} as const;

/** Requests from one client address (a town hall's staff may share one). Past them it is told to wait. */
export const REQUEST_CLIENT_LIMITS = [
  { max: 5, windowMs: HOUR },
  { max: 20, windowMs: 24 * HOUR },
];

/** Requests stored for one e-mail address: past this, the same thanks, and nothing is stored. */
export const REQUEST_ADDRESS_LIMITS = [{ max: 3, windowMs: 24 * HOUR }];
