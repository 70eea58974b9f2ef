/**
 * Who may do what: the one place that answers it. Pages use it to hide what a
 * user cannot do; every server action and route handler calls it again, since
 * a hidden button protects nothing.
 */
import type { IlluminationStatus, UserRole } from '@/lib/constants';
import { isRegistrationOpen } from '@/lib/campaigns/registration-open';

/** The signed-in user as the domain sees it; null is the public. */
export type Actor = {
  id: string;
  role: UserRole;
  /** Cities a coordinator may act for (empty for organisers, who may act for all). */
  cityIds: number[];
  /** Partner organisations a partner may act for (absent or empty for everyone else). */
  partnerIds?: number[];
} | null;

export class ForbiddenError extends Error {
  constructor(message = 'You are not allowed to do this.') {
    super(message);
    this.name = 'ForbiddenError';
  }
}

export class UnauthenticatedError extends Error {
  constructor(message = 'Please sign in.') {
    super(message);
    this.name = 'UnauthenticatedError';
  }
}

export const isOrganiser = (actor: Actor): boolean => actor?.role === 'organiser';

export const isCoordinatorOf = (actor: Actor, cityId: number): boolean =>
  actor?.role === 'coordinator' && actor.cityIds.includes(cityId);

export const isPartnerOf = (actor: Actor, partnerId: number): boolean =>
  actor?.role === 'partner' && (actor.partnerIds ?? []).includes(partnerId);

/** See an illumination: approved ones are public; others only to organisers and the city's coordinators. */
export function canViewIllumination(actor: Actor, target: { cityId: number; status: IlluminationStatus }): boolean {
  if (target.status === 'approved') return true;
  return isOrganiser(actor) || isCoordinatorOf(actor, target.cityId);
}

/**
 * Register, edit or withdraw: organisers always; a city's coordinators while
 * the campaign's registration is open (lib/campaigns/registration-open).
 */
export function canRegister(
  actor: Actor,
  target: { cityId: number; registrationDeadline: Date },
  now: Date = new Date(),
): boolean {
  if (isOrganiser(actor)) return true;
  return isCoordinatorOf(actor, target.cityId) && isRegistrationOpen(target, now);
}

/** Approve or reject: organisers only. */
export function canReview(actor: Actor): boolean {
  return isOrganiser(actor);
}

/** Confirm "lit" (with a photo) on the night: organisers and the city's coordinators. */
export function canConfirmLit(actor: Actor, target: { cityId: number }): boolean {
  return isOrganiser(actor) || isCoordinatorOf(actor, target.cityId);
}

/**
 * A photo's credit and whether it may be published: those who may confirm
 * "lit" (organisers and the city's coordinators), at any time.
 */
export function canSetPhotoRights(actor: Actor, target: { cityId: number }): boolean {
  return canConfirmLit(actor, target);
}

/** The press pack of a campaign (photos, credits, lists): organisers only. */
export function canDownloadPressPack(actor: Actor): boolean {
  return isOrganiser(actor);
}

/**
 * A city's posters and those of its buildings: its coordinators and the
 * organisers (coordinators print them for their own buildings).
 */
export function canMakePosters(actor: Actor, target: { cityId: number }): boolean {
  return isOrganiser(actor) || isCoordinatorOf(actor, target.cityId);
}

/** Campaigns, cities and coordinators: organisers only. */
export function canManageCampaigns(actor: Actor): boolean {
  return isOrganiser(actor);
}
export function canManageCities(actor: Actor): boolean {
  return isOrganiser(actor);
}
export function canManageCoordinators(actor: Actor): boolean {
  return isOrganiser(actor);
}

/** The outbox (mails waiting or failed, and retrying them): organisers only. */
export function canManageOutbox(actor: Actor): boolean {
  return isOrganiser(actor);
}

/** Their own account (the language of their mails): anyone signed in. */
export function canEditOwnAccount(actor: Actor): boolean {
  return actor !== null;
}

/**
 * Import a spreadsheet of buildings as registrations: organisers only (a
 * coordinator registers their own buildings one by one, with their map).
 */
export function canImportRegistrations(actor: Actor): boolean {
  return isOrganiser(actor);
}

/** Ask to take part (the public form): anyone, signed in or not. */
export function canAskToTakePart(): boolean {
  return true;
}

/** See and answer the requests to take part (accept, decline): organisers only. */
export function canAnswerRequests(actor: Actor): boolean {
  return isOrganiser(actor);
}

/** The help centres (add, edit): organisers only. */
export function canManageHelpCentres(actor: Actor): boolean {
  return isOrganiser(actor);
}

/** The audit log: organisers only. */
export function canViewAuditLog(actor: Actor): boolean {
  return isOrganiser(actor);
}

/** The coordinator workspace: any signed-in coordinator or organiser (partners have their own). */
export function canUseWorkspace(actor: Actor): boolean {
  return actor !== null && actor.role !== 'partner';
}

/** The partners' workspace (their organisations' events): partners, and organisers who help them. */
export function canUsePartnerSpace(actor: Actor): boolean {
  return actor?.role === 'partner' || isOrganiser(actor);
}

/** Partner organisations and the people acting for them (add, edit, invite, order, approve a logo): organisers only. */
export function canManagePartners(actor: Actor): boolean {
  return isOrganiser(actor);
}

/**
 * A partner organisation's public profile (description, website, a new logo
 * that awaits an organiser's approval): organisers and its own people.
 */
export function canEditPartnerProfile(actor: Actor, target: { partnerId: number }): boolean {
  return isOrganiser(actor) || isPartnerOf(actor, target.partnerId);
}

/** See an event: approved ones are public; others only to organisers and the organisation's people. */
export function canViewEvent(actor: Actor, target: { partnerId: number; status: IlluminationStatus }): boolean {
  if (target.status === 'approved') return true;
  return isOrganiser(actor) || isPartnerOf(actor, target.partnerId);
}

/**
 * Register, edit or withdraw an event: organisers always; the organisation's
 * people while the campaign's registration is open, like coordinators.
 */
export function canRegisterEvent(
  actor: Actor,
  target: { partnerId: number; registrationDeadline: Date },
  now: Date = new Date(),
): boolean {
  if (isOrganiser(actor)) return true;
  return isPartnerOf(actor, target.partnerId) && isRegistrationOpen(target, now);
}

export type ExportScope =
  | { kind: 'public' } // open data: approved illuminations of published campaigns
  | { kind: 'cities'; cityIds: number[] } // a coordinator's own cities, any status
  | { kind: 'all' };

/** What an actor may export. */
export function exportScope(actor: Actor): ExportScope {
  if (isOrganiser(actor)) return { kind: 'all' };
  if (actor?.role === 'coordinator') return { kind: 'cities', cityIds: [...actor.cityIds] };
  return { kind: 'public' };
}

/** Throws ForbiddenError (or UnauthenticatedError for the public) unless `allowed`. */
export function authorize(actor: Actor, allowed: boolean): asserts actor is NonNullable<Actor> {
  if (!actor) throw new UnauthenticatedError();
  if (!allowed) throw new ForbiddenError();
}
