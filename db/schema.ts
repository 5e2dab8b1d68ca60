/**
 * Laget's whole data model. Migrations in db/migrations are generated from this file by drizzle-kit
 * (`npm run db:generate`) and committed.
 *
 * Conventions:
 * - Integer primary keys; public URLs use slugs, never ids.
 * - Timestamps are integer milliseconds since the epoch (drizzle maps them to Date);
 *   calendar dates (a tiltak's period, an update's event date) are ISO text, YYYY-MM-DD.
 * - Every enum column has a CHECK constraint built from the lists in app/validation/enums.ts.
 * - Every foreign key and every column a page filters on has an index.
 * - History is never deleted: participations end, organisations are archived. The exceptions are
 *   updates a partner deletes (gone from every view, as promised) and a person's own account.
 */
import { sql, type SQL } from "drizzle-orm";
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  AREA_KINDS,
  INITIATIVE_STATUSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  NOTIFICATION_KINDS,
  OFFERS,
  OPEN_PARTICIPATION_STATUSES,
  ORGANISATION_STATUSES,
  PARTICIPATION_ROLES,
  PARTICIPATION_STATUSES,
  LANGUAGES,
  SECTORS,
  TOKEN_PURPOSES,
  UPDATE_VISIBILITIES,
  USER_ROLES,
} from "../app/validation/enums";
import { norwegianSortKeySql } from "./norwegian-order";

/** `"column" IN ('a', 'b')` for CHECK constraints; the values are our own constants, never input. */
function inList(column: string, values: readonly string[]): string {
  return `"${column}" IN (${values.map((v) => `'${v}'`).join(", ")})`;
}
const oneOf = (column: string, values: readonly string[]): SQL => sql.raw(inList(column, values));

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);

const isoDate = (column: string): SQL =>
  sql.raw(`"${column}" IS NULL OR "${column}" GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'`);

// ---------------------------------------------------------------------------------------------
// Programmes, sub-programmes and areas
// ---------------------------------------------------------------------------------------------

export const programmes = sqliteTable("programmes", {
  id: integer("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  municipality: text("municipality").notNull(),
  periodStart: integer("period_start").notNull(),
  periodEnd: integer("period_end"),
  description: text("description").notNull().default(""),
  createdAt: createdAt(),
});

export const subprogrammes = sqliteTable(
  "subprogrammes",
  {
    id: integer("id").primaryKey(),
    programmeId: integer("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull().default(0),
  },
  (t) => [uniqueIndex("subprogrammes_programme_slug_unique").on(t.programmeId, t.slug)],
);

export const areas = sqliteTable(
  "areas",
  {
    id: integer("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    kind: text("kind", { enum: AREA_KINDS }).notNull(),
    parentId: integer("parent_id").references((): any => areas.id, { onDelete: "restrict" }),
    population: integer("population"),
    /** An area lift (områdeløft) runs in this area during these years. */
    liftStartYear: integer("lift_start_year"),
    liftEndYear: integer("lift_end_year"),
  },
  (t) => [
    check("areas_kind_check", oneOf("kind", AREA_KINDS)),
    check("areas_population_check", sql`${t.population} IS NULL OR ${t.population} >= 0`),
    index("areas_parent_idx").on(t.parentId),
  ],
);

export const programmeAreas = sqliteTable(
  "programme_areas",
  {
    programmeId: integer("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.areaId] }),
    index("programme_areas_area_idx").on(t.areaId),
  ],
);

// ---------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------

export const users = sqliteTable(
  "users",
  {
    // AUTOINCREMENT: a deleted person's id is never given to someone else (the audit log refers to it).
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stored as typed; unique regardless of case (see the index below). */
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: USER_ROLES }).notNull().default("none"),
    /**
     * False for an account made from the registration or join form until its address is confirmed by
     * the link mailed to it (app/models/signup.server.ts); such an account cannot sign in. Accounts
     * made any other way (an invitation link, the seed) have shown control of the address already.
     */
    emailConfirmed: integer("email_confirmed", { mode: "boolean" }).notNull().default(true),
    /**
     * The language of the person's e-mails and notifications: the one they used when they signed up,
     * or chose on /konto. No CHECK constraint, so a new language (nynorsk) needs no table rebuild;
     * the app writes only LANGUAGES.
     */
    language: text("language", { enum: LANGUAGES }).notNull().default("nb"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("users_email_lower_unique").on(sql`lower(${t.email})`),
    check("users_role_check", oneOf("role", USER_ROLES)),
  ],
);

export const coordinatorAssignments = sqliteTable(
  "coordinator_assignments",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    programmeId: integer("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.programmeId] }),
    index("coordinator_assignments_programme_idx").on(t.programmeId),
  ],
);

/**
 * Sessions (lucia). lucia owns `expiresAt` (unix seconds, the longest idle timeout); the auth module
 * adds the role's shorter idle timeout from `lastSeenAt` and the absolute lifetime from `createdAt`.
 */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at").notNull(),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** One-time links (password reset, e-mail change, invitation, sign-up confirmation). Only a hash of the token is stored. */
export const oneTimeTokens = sqliteTable(
  "one_time_tokens",
  {
    id: integer("id").primaryKey(),
    purpose: text("purpose", { enum: TOKEN_PURPOSES }).notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    userId: integer("user_id").references(() => users.id, { onDelete: "cascade" }),
    email: text("email"),
    organisationId: integer("organisation_id").references(() => organisations.id, {
      onDelete: "cascade",
    }),
    membershipRole: text("membership_role", { enum: MEMBERSHIP_ROLES }),
    createdByUserId: integer("created_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("one_time_tokens_purpose_check", oneOf("purpose", TOKEN_PURPOSES)),
    check(
      "one_time_tokens_membership_role_check",
      sql.raw(`"membership_role" IS NULL OR ${inList("membership_role", MEMBERSHIP_ROLES)}`),
    ),
    index("one_time_tokens_user_idx").on(t.userId),
    index("one_time_tokens_organisation_idx").on(t.organisationId),
    index("one_time_tokens_created_by_idx").on(t.createdByUserId),
  ],
);

/** Counted attempts (failed logins, resets, registrations) so a restart does not reset a limit. */
export const rateLimitHits = sqliteTable(
  "rate_limit_hits",
  {
    id: integer("id").primaryKey(),
    bucket: text("bucket").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [index("rate_limit_hits_bucket_at_idx").on(t.bucket, t.at)],
);

// ---------------------------------------------------------------------------------------------
// Organisations (partners)
// ---------------------------------------------------------------------------------------------

export const organisations = sqliteTable(
  "organisations",
  {
    id: integer("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    /** The name's key in Norwegian alphabetical order (db/norwegian-order.ts); ORDER BY this, show `name`. */
    sortName: text("sort_name").generatedAlwaysAs(sql.raw(norwegianSortKeySql("name")), { mode: "virtual" }),
    sector: text("sector", { enum: SECTORS }).notNull(),
    orgNumber: text("org_number").unique(),
    description: text("description").notNull().default(""),
    website: text("website"),
    contactEmail: text("contact_email"),
    contactPhone: text("contact_phone"),
    logoFile: text("logo_file"),
    status: text("status", { enum: ORGANISATION_STATUSES }).notNull().default("pending"),
    /** Why a coordinator rejected it; shown to the applicant. */
    decisionReason: text("decision_reason"),
    registeredByUserId: integer("registered_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    decidedByUserId: integer("decided_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
    approvedAt: integer("approved_at", { mode: "timestamp_ms" }),
    lastConfirmedAt: integer("last_confirmed_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    check("organisations_sector_check", oneOf("sector", SECTORS)),
    check("organisations_status_check", oneOf("status", ORGANISATION_STATUSES)),
    check(
      "organisations_org_number_check",
      // IS NOT NULL matters: a CHECK whose expression is NULL passes.
      sql`(${t.orgNumber} IS NULL AND ${t.sector} = 'residents_group') OR (${t.orgNumber} IS NOT NULL AND length(${t.orgNumber}) = 9 AND ${t.orgNumber} NOT GLOB '*[^0-9]*')`,
    ),
    index("organisations_status_sort_name_idx").on(t.status, t.sortName),
    index("organisations_status_sector_sort_name_idx").on(t.status, t.sector, t.sortName),
    // The directory's "nyeste" sort.
    index("organisations_status_approved_idx").on(t.status, t.approvedAt),
    index("organisations_registered_by_idx").on(t.registeredByUserId),
    index("organisations_decided_by_idx").on(t.decidedByUserId),
  ],
);

export const organisationAreas = sqliteTable(
  "organisation_areas",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.areaId] }),
    index("organisation_areas_area_idx").on(t.areaId),
  ],
);

export const organisationThemes = sqliteTable(
  "organisation_themes",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    subprogrammeId: integer("subprogramme_id")
      .notNull()
      .references(() => subprogrammes.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.subprogrammeId] }),
    index("organisation_themes_subprogramme_idx").on(t.subprogrammeId),
  ],
);

export const organisationOffers = sqliteTable(
  "organisation_offers",
  {
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    offer: text("offer", { enum: OFFERS }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.offer] }),
    check("organisation_offers_offer_check", oneOf("offer", OFFERS)),
    index("organisation_offers_offer_idx").on(t.offer),
  ],
);

export const memberships = sqliteTable(
  "memberships",
  {
    id: integer("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    role: text("role", { enum: MEMBERSHIP_ROLES }).notNull(),
    status: text("status", { enum: MEMBERSHIP_STATUSES }).notNull(),
    message: text("message"),
    decidedByUserId: integer("decided_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    createdAt: createdAt(),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    endedAt: integer("ended_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    check("memberships_role_check", oneOf("role", MEMBERSHIP_ROLES)),
    check("memberships_status_check", oneOf("status", MEMBERSHIP_STATUSES)),
    uniqueIndex("memberships_open_unique")
      .on(t.userId, t.organisationId)
      .where(sql`${t.status} IN ('requested', 'active')`),
    index("memberships_user_idx").on(t.userId),
    index("memberships_organisation_status_idx").on(t.organisationId, t.status),
    index("memberships_decided_by_idx").on(t.decidedByUserId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Tiltak (initiatives), participations and updates
// ---------------------------------------------------------------------------------------------

export const initiatives = sqliteTable(
  "initiatives",
  {
    id: integer("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    description: text("description").notNull().default(""),
    programmeId: integer("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "restrict" }),
    subprogrammeId: integer("subprogramme_id")
      .notNull()
      .references(() => subprogrammes.id, { onDelete: "restrict" }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
    status: text("status", { enum: INITIATIVE_STATUSES }).notNull().default("planned"),
    /** Listing order of the status: ongoing, planned, completed. Generated so an index can serve ORDER BY. */
    statusRank: integer("status_rank").generatedAlwaysAs(
      sql.raw(`CASE "status" WHEN 'ongoing' THEN 0 WHEN 'planned' THEN 1 ELSE 2 END`),
      { mode: "virtual" },
    ),
    startDate: text("start_date"),
    endDate: text("end_date"),
    leadOrganisationId: integer("lead_organisation_id").references(() => organisations.id, {
      onDelete: "set null",
    }),
    isPublic: integer("is_public", { mode: "boolean" }).notNull().default(true),
    archivedAt: integer("archived_at", { mode: "timestamp_ms" }),
    createdByUserId: integer("created_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    check("initiatives_status_check", oneOf("status", INITIATIVE_STATUSES)),
    check("initiatives_start_date_check", isoDate("start_date")),
    check("initiatives_end_date_check", isoDate("end_date")),
    check(
      "initiatives_period_check",
      sql`${t.startDate} IS NULL OR ${t.endDate} IS NULL OR ${t.startDate} <= ${t.endDate}`,
    ),
    index("initiatives_programme_status_idx").on(t.programmeId, t.status),
    index("initiatives_subprogramme_idx").on(t.subprogrammeId),
    index("initiatives_area_idx").on(t.areaId),
    index("initiatives_lead_organisation_idx").on(t.leadOrganisationId),
    index("initiatives_created_by_idx").on(t.createdByUserId),
    index("initiatives_status_title_idx").on(t.status, t.title),
    // The public list: public, not archived, by status then title.
    index("initiatives_public_listing_idx").on(t.isPublic, t.archivedAt, t.statusRank, t.title),
  ],
);

/** Sectors a tiltak is looking for partners from. */
export const initiativeSoughtSectors = sqliteTable(
  "initiative_sought_sectors",
  {
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    sector: text("sector", { enum: SECTORS }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.sector] }),
    check("initiative_sought_sectors_sector_check", oneOf("sector", SECTORS)),
  ],
);

/** Offers (premises, volunteers …) a tiltak is looking for. */
export const initiativeSoughtOffers = sqliteTable(
  "initiative_sought_offers",
  {
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    offer: text("offer", { enum: OFFERS }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.initiativeId, t.offer] }),
    check("initiative_sought_offers_offer_check", oneOf("offer", OFFERS)),
  ],
);

export const participations = sqliteTable(
  "participations",
  {
    id: integer("id").primaryKey(),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "restrict" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "restrict" }),
    role: text("role", { enum: PARTICIPATION_ROLES }).notNull(),
    status: text("status", { enum: PARTICIPATION_STATUSES }).notNull(),
    /** The request's or invitation's message. */
    message: text("message"),
    decisionMessage: text("decision_message"),
    requestedByUserId: integer("requested_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    decidedByUserId: integer("decided_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    createdAt: createdAt(),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    startedAt: integer("started_at", { mode: "timestamp_ms" }),
    endedAt: integer("ended_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    check("participations_role_check", oneOf("role", PARTICIPATION_ROLES)),
    check("participations_status_check", oneOf("status", PARTICIPATION_STATUSES)),
    // One open request, invitation or active participation per organisation and tiltak.
    uniqueIndex("participations_open_unique")
      .on(t.initiativeId, t.organisationId)
      .where(oneOf("status", OPEN_PARTICIPATION_STATUSES)),
    index("participations_initiative_status_idx").on(t.initiativeId, t.status),
    index("participations_organisation_status_idx").on(t.organisationId, t.status),
    index("participations_status_created_idx").on(t.status, t.createdAt),
    index("participations_requested_by_idx").on(t.requestedByUserId),
    index("participations_decided_by_idx").on(t.decidedByUserId),
  ],
);

export const updates = sqliteTable(
  "updates",
  {
    // AUTOINCREMENT: a deleted update's id is never reused (the audit log refers to it).
    id: integer("id").primaryKey({ autoIncrement: true }),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    authorUserId: integer("author_user_id").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    body: text("body").notNull(),
    visibility: text("visibility", { enum: UPDATE_VISIBILITIES }).notNull().default("public"),
    eventDate: text("event_date"),
    hiddenAt: integer("hidden_at", { mode: "timestamp_ms" }),
    hiddenByUserId: integer("hidden_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    hiddenReason: text("hidden_reason"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    check("updates_visibility_check", oneOf("visibility", UPDATE_VISIBILITIES)),
    check("updates_event_date_check", isoDate("event_date")),
    check(
      "updates_hidden_reason_check",
      sql`${t.hiddenAt} IS NULL OR length(${t.hiddenReason}) > 0`,
    ),
    index("updates_initiative_created_idx").on(t.initiativeId, t.createdAt),
    index("updates_organisation_created_idx").on(t.organisationId, t.createdAt),
    index("updates_visibility_created_idx").on(t.visibility, t.createdAt),
    index("updates_author_idx").on(t.authorUserId),
    index("updates_hidden_by_idx").on(t.hiddenByUserId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Audit, mail and notifications
// ---------------------------------------------------------------------------------------------

export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey(),
    actorUserId: integer("actor_user_id").references(() => users.id, { onDelete: "set null" }),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id"),
    /** JSON; never passwords, tokens or session ids. */
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_events_created_idx").on(t.createdAt),
    index("audit_events_actor_created_idx").on(t.actorUserId, t.createdAt),
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
    index("audit_events_action_created_idx").on(t.action, t.createdAt),
  ],
);

export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: integer("id").primaryKey(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    createdAt: createdAt(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    error: text("error"),
  },
  (t) => [
    index("email_outbox_created_idx").on(t.createdAt),
    index("email_outbox_to_idx").on(t.to),
  ],
);

export const notifications = sqliteTable(
  "notifications",
  {
    id: integer("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    /** Values for the message template of this kind (names, titles, reasons). */
    params: text("params", { mode: "json" }).$type<Record<string, string>>().notNull(),
    link: text("link"),
    readAt: integer("read_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("notifications_kind_check", oneOf("kind", NOTIFICATION_KINDS)),
    index("notifications_user_created_idx").on(t.userId, t.createdAt),
  ],
);

/** A person's choice to not receive e-mail of a kind; in-app notifications always arrive. */
export const notificationPreferences = sqliteTable(
  "notification_preferences",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    emailEnabled: integer("email_enabled", { mode: "boolean" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.kind] }),
    check("notification_preferences_kind_check", oneOf("kind", NOTIFICATION_KINDS)),
  ],
);
