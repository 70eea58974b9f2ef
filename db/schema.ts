/**
 * The database schema: every table (grouped in db/tables/), their relations
 * and the row types. Everything imports tables from here.
 */
import { relations } from 'drizzle-orm';
import { users } from './tables/auth';
import { buildings, campaigns, cities, cityCoordinators, illuminations, photoRights } from './tables/domain';
import { auditLog, importUploads, outbox } from './tables/operations';
import { helpCentres, participationRequests } from './tables/public-side';
import { events, partnerMembers, partners } from './tables/partners';

export * from './tables/auth';
export * from './tables/domain';
export * from './tables/operations';
export * from './tables/public-side';
export * from './tables/partners';

// ---------------------------------------------------------------------------
// Relations
// ---------------------------------------------------------------------------

export const usersRelations = relations(users, ({ many }) => ({
  cities: many(cityCoordinators),
  partners: many(partnerMembers),
}));

export const partnersRelations = relations(partners, ({ many }) => ({
  members: many(partnerMembers),
  events: many(events),
}));

export const partnerMembersRelations = relations(partnerMembers, ({ one }) => ({
  user: one(users, { fields: [partnerMembers.userId], references: [users.id] }),
  partner: one(partners, { fields: [partnerMembers.partnerId], references: [partners.id] }),
}));

export const eventsRelations = relations(events, ({ one }) => ({
  campaign: one(campaigns, { fields: [events.campaignId], references: [campaigns.id] }),
  partner: one(partners, { fields: [events.partnerId], references: [partners.id] }),
  city: one(cities, { fields: [events.cityId], references: [cities.id] }),
}));

export const citiesRelations = relations(cities, ({ many }) => ({
  buildings: many(buildings),
  coordinators: many(cityCoordinators),
}));

export const buildingsRelations = relations(buildings, ({ one, many }) => ({
  city: one(cities, { fields: [buildings.cityId], references: [cities.id] }),
  illuminations: many(illuminations),
}));

export const campaignsRelations = relations(campaigns, ({ many }) => ({
  illuminations: many(illuminations),
}));

export const illuminationsRelations = relations(illuminations, ({ one }) => ({
  campaign: one(campaigns, { fields: [illuminations.campaignId], references: [campaigns.id] }),
  building: one(buildings, { fields: [illuminations.buildingId], references: [buildings.id] }),
}));

export const cityCoordinatorsRelations = relations(cityCoordinators, ({ one }) => ({
  user: one(users, { fields: [cityCoordinators.userId], references: [users.id] }),
  city: one(cities, { fields: [cityCoordinators.cityId], references: [cities.id] }),
}));

// ---------------------------------------------------------------------------
// Inferred types
// ---------------------------------------------------------------------------

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Campaign = typeof campaigns.$inferSelect;
export type NewCampaign = typeof campaigns.$inferInsert;
export type City = typeof cities.$inferSelect;
export type NewCity = typeof cities.$inferInsert;
export type Building = typeof buildings.$inferSelect;
export type NewBuilding = typeof buildings.$inferInsert;
export type Illumination = typeof illuminations.$inferSelect;
export type NewIllumination = typeof illuminations.$inferInsert;
export type AuditEntry = typeof auditLog.$inferSelect;
export type PhotoRights = typeof photoRights.$inferSelect;
export type OutboxRow = typeof outbox.$inferSelect;
export type ImportUpload = typeof importUploads.$inferSelect;
export type ParticipationRequest = typeof participationRequests.$inferSelect;
export type HelpCentre = typeof helpCentres.$inferSelect;
export type Partner = typeof partners.$inferSelect;
export type NewPartner = typeof partners.$inferInsert;
export type PartnerEvent = typeof events.$inferSelect;
export type NewPartnerEvent = typeof events.$inferInsert;
