/**
 * The domain's closed vocabularies. The database schema (CHECK constraints), the zod schemas and the
 * UI labels (app/i18n) all derive from these lists, so a value exists in one place only.
 */

export const SECTORS = [
  "district",
  "municipal_agency",
  "state_agency",
  "voluntary",
  "business",
  "residents_group",
] as const;
export type Sector = (typeof SECTORS)[number];

/** Only residents' groups may lack an organisation number (see DOMAIN.md). */
export const SECTORS_WITHOUT_ORG_NUMBER: readonly Sector[] = ["residents_group"];

export const ORGANISATION_STATUSES = ["pending", "approved", "rejected", "archived"] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

export const OFFERS = [
  "premises",
  "volunteers",
  "work_placements",
  "expertise",
  "funding",
  "network",
  "activities",
  "equipment",
] as const;
export type Offer = (typeof OFFERS)[number];

export const AREA_KINDS = [
  "municipality",
  "district",
  "sub_district",
  "living_condition_zone",
  "other",
] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const USER_ROLES = ["admin", "coordinator", "none"] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const MEMBERSHIP_ROLES = ["owner", "editor"] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** A membership starts as a join request (requested) or directly active (registration, invitation). */
export const MEMBERSHIP_STATUSES = ["requested", "active", "declined", "ended"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

export const INITIATIVE_STATUSES = ["planned", "ongoing", "completed"] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export const PARTICIPATION_ROLES = ["lead", "partner", "contributor", "funder", "venue"] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];

export const PARTICIPATION_STATUSES = ["requested", "invited", "active", "declined", "ended"] as const;
export type ParticipationStatus = (typeof PARTICIPATION_STATUSES)[number];
/** Statuses during which an organisation counts as "in" a tiltak; at most one such row per pair. */
export const OPEN_PARTICIPATION_STATUSES = ["requested", "invited", "active"] as const;

export const UPDATE_VISIBILITIES = ["public", "partners", "coordinators"] as const;
export type UpdateVisibility = (typeof UPDATE_VISIBILITIES)[number];

export { LANGUAGES, type Language } from "../i18n/languages";

export const TOKEN_PURPOSES = ["password_reset", "email_change", "invitation", "signup"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

export const NOTIFICATION_KINDS = [
  "organisation_decided",
  "join_request_decided",
  "invitation_received",
  "update_hidden",
  "organisation_registered",
  "membership_requested",
  "membership_decided",
  "participation_requested",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
