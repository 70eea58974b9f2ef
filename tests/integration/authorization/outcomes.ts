/**
 * The expectations the matrix's rows share, one record per kind of user
 * (fixture.ts's ROLES). A new role is a new key here, and the compiler then
 * names every row written by hand that lacks it; a row for a new action picks
 * one of these, or spells its own.
 */
import type { Role } from './fixture';

export type Outcome = 'allowed' | 'refused' | 'error';
export type Expect = Record<Role, Outcome>;

/** Public things: anyone, signed in or not. */
export const everyone: Expect = { anonymous: 'allowed', otherCity: 'allowed', ownCity: 'allowed', otherPartner: 'allowed', ownPartner: 'allowed', organiser: 'allowed' };
/** Campaigns, cities, coordinators, partners, review, the outbox… */
export const organisersOnly: Expect = { anonymous: 'refused', otherCity: 'refused', ownCity: 'refused', otherPartner: 'refused', ownPartner: 'refused', organiser: 'allowed' };
/** One's own account: anyone signed in. */
export const signedIn: Expect = { anonymous: 'refused', otherCity: 'allowed', ownCity: 'allowed', otherPartner: 'allowed', ownPartner: 'allowed', organiser: 'allowed' };
/** A city's registrations: its coordinators and the organisers; partners, like another city's coordinator, are refused. */
export const cityStaff: Expect = { anonymous: 'refused', otherCity: 'refused', ownCity: 'allowed', otherPartner: 'refused', ownPartner: 'refused', organiser: 'allowed' };
/** An organisation's own things (its events, its profile): its people and the organisers. */
export const partnerStaff: Expect = { anonymous: 'refused', otherCity: 'refused', ownCity: 'refused', otherPartner: 'refused', ownPartner: 'allowed', organiser: 'allowed' };
