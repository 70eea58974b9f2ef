/**
 * Whether a campaign still takes registrations: the one rule behind the
 * permissions (lib/permissions canRegister: coordinators register, edit and
 * withdraw only while it holds), the coordinators' workspace and the
 * registration page. Free of the database and of the clock: `now` is passed in.
 */

/** What the rule needs of a campaign (its deadline is the last instant that still counts). */
export type RegistrationWindow = { registrationDeadline: Date };

/**
 * Open until and including the deadline's own millisecond (the organisers'
 * form stores the last day's 23:59:59.999 in Brussels); no campaign, nothing
 * to register in. Organisers are not bound by it (see canRegister).
 */
export function isRegistrationOpen(campaign: RegistrationWindow | null | undefined, now: Date): boolean {
  if (!campaign) return false;
  return now.getTime() <= campaign.registrationDeadline.getTime();
}
