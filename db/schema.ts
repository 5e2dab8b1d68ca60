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
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import {
  AREA_KINDS,
  BUDGET_SOURCES,
  GRANT_APPEAL_OUTCOMES,
  GRANT_APPLICANT_KINDS,
  GRANT_APPLICATION_STATUSES,
  GRANT_ATTACHMENT_MAX_BYTES,
  GRANT_ATTACHMENT_TYPES,
  GRANT_MEMBER_ROLES,
  GRANT_OUTCOMES,
  GRANT_REPORT_STATUSES,
  INITIATIVE_OUTCOMES,
  INITIATIVE_STATUSES,
  INPUT_FOLLOW_UP_STATUSES,
  INPUT_MODES,
  MEETING_KINDS,
  MEETING_ORGANISATION_STATUSES,
  MEMBERSHIP_ROLES,
  MEMBERSHIP_STATUSES,
  NOTIFICATION_KINDS,
  OFFERS,
  OPEN_PARTICIPATION_STATUSES,
  ORGANISATION_STATUSES,
  PARTICIPATION_ROLES,
  PARTICIPATION_STATUSES,
  PLAN_STATUSES,
  LANGUAGES,
  REPORT_KINDS,
  REPORT_SECTIONS,
  SECTORS,
  TOKEN_PURPOSES,
  UPDATE_VISIBILITIES,
  USER_ROLES,
} from "../app/validation/enums";
import { norwegianSortKeySqlInTwoSteps } from "./norwegian-order";

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
  /**
   * Set when a coordinator closes the period (issue 21): every tiltak has an outcome, open requests
   * and invitations are closed, and the public pages stay as a read-only archive.
   */
  closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  closedByUserId: integer("closed_by_user_id").references((): any => users.id, { onDelete: "set null" }),
  /** The programme this one continues (a successor created from a closed or ending programme). */
  predecessorId: integer("predecessor_id").references((): any => programmes.id, { onDelete: "set null" }),
}, (t) => [
  index("programmes_closed_by_idx").on(t.closedByUserId),
  index("programmes_predecessor_idx").on(t.predecessorId),
]);

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
    /** Set when the area lift's period is closed (its tiltak have outcomes; see initiative_outcomes). */
    liftClosedAt: integer("lift_closed_at", { mode: "timestamp_ms" }),
    liftClosedByUserId: integer("lift_closed_by_user_id").references((): any => users.id, { onDelete: "set null" }),
  },
  (t) => [
    check("areas_kind_check", oneOf("kind", AREA_KINDS)),
    check("areas_population_check", sql`${t.population} IS NULL OR ${t.population} >= 0`),
    index("areas_parent_idx").on(t.parentId),
    index("areas_lift_closed_by_idx").on(t.liftClosedByUserId),
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

/**
 * Laget's copy of what Enhetsregisteret (Brønnøysundregistrene, NLOD) says about an organisation
 * number (app/services/enhetsregisteret.server.ts): kept a day for lookups, refreshed by the nightly
 * change feed, and dropped when the register marks the unit removed ("Fjernet"), as its terms require.
 * `unit` is the register's data in Laget's words (JSON), null when not found or removed.
 */
export const registerUnits = sqliteTable(
  "register_units",
  {
    orgNumber: text("org_number").primaryKey(),
    outcome: text("outcome", { enum: ["found", "not_found", "removed"] }).notNull(),
    unit: text("unit"),
    /** What the coordinators are told about the unit (bankrupt, being dissolved, deleted, removed), or null. */
    flag: text("flag", { enum: ["bankrupt", "beingDissolved", "deleted", "removed"] }),
    checkedAt: integer("checked_at").notNull(),
  },
  (t) => [
    check("register_units_outcome_check", sql`${t.outcome} IN ('found', 'not_found', 'removed') AND (${t.outcome} = 'found') = (${t.unit} IS NOT NULL)`),
    check("register_units_flag_check", sql`${t.flag} IS NULL OR ${t.flag} IN ('bankrupt', 'beingDissolved', 'deleted', 'removed')`),
    // The dashboard reads the flagged few, never the whole copy.
    index("register_units_flag_idx").on(t.flag).where(sql`${t.flag} IS NOT NULL`),
  ],
);

/** Where the nightly job left Enhetsregisteret's change feed: the last `oppdateringsid` read. */
export const registerFeedState = sqliteTable("register_feed_state", {
  id: integer("id").primaryKey(),
  lastChangeId: integer("last_change_id").notNull(),
  readAt: integer("read_at").notNull(),
});

// ---------------------------------------------------------------------------------------------
// Organisations (partners)
// ---------------------------------------------------------------------------------------------

const SORT_NAME_STEPS = norwegianSortKeySqlInTwoSteps("name", "sort_name_base");

export const organisations = sqliteTable(
  "organisations",
  {
    id: integer("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    /** The name's key in Norwegian alphabetical order (db/norwegian-order.ts); ORDER BY this, show `name`. */
    sortName: text("sort_name").generatedAlwaysAs(sql.raw(SORT_NAME_STEPS[1]), { mode: "virtual" }),
    /** The first half of sort_name's replacements (db/norwegian-order.ts: one expression is too deep for older SQLite). */
    sortNameBase: text("sort_name_base").generatedAlwaysAs(sql.raw(SORT_NAME_STEPS[0]), { mode: "virtual" }),
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
    /** The tiltak this one continues, carried over into a successor programme (its history stays linked). */
    predecessorId: integer("predecessor_id").references((): any => initiatives.id, { onDelete: "set null" }),
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
    index("initiatives_predecessor_idx").on(t.predecessorId),
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

// ---------------------------------------------------------------------------------------------
// Grants (nærmiljøtilskudd, issue 20): schemes, rounds, applications, assessment, decisions,
// appeals, payments and reports. Money is integer øre. Public pages read schemes, their areas and
// sectors, rounds, decided applications, decisions and reports (data-version triggers in migration
// 0007); the rest is the applicant's, the administrators' and the group's alone.
// ---------------------------------------------------------------------------------------------

const nonNegative = (column: string): SQL => sql.raw(`"${column}" IS NULL OR "${column}" >= 0`);

/** A grant scheme (ordning), owned by a programme and run by its coordinators. */
export const grantSchemes = sqliteTable(
  "grant_schemes",
  {
    id: integer("id").primaryKey(),
    programmeId: integer("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "restrict" }),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    /** The adopted criteria, as adopted (text). */
    criteria: text("criteria").notNull().default(""),
    /** Private persons with an account may apply (never named publicly). Organisations: see grant_scheme_sectors. */
    allowsPrivatePersons: integer("allows_private_persons", { mode: "boolean" }).notNull().default(false),
    maxAmountOre: integer("max_amount_ore").notNull(),
    /** The applicant's own share of the budget, at least this percent (0 allowed). */
    ownSharePercent: integer("own_share_percent").notNull().default(0),
    /** Members needed for a decision; null: more than half the group's members. */
    quorum: integer("quorum"),
    /** Where appeals go (klageinstans), named in every decision letter. */
    appealBody: text("appeal_body").notNull(),
    /** The report is due this many days after the activity ends. */
    reportDueDays: integer("report_due_days").notNull().default(60),
    /** No deadline: applications are decided as they come, within decisionWithinDays. */
    isContinuous: integer("is_continuous", { mode: "boolean" }).notNull().default(false),
    decisionWithinDays: integer("decision_within_days"),
    createdByUserId: integer("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
    archivedAt: integer("archived_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    check("grant_schemes_amounts_check", sql`${t.maxAmountOre} > 0 AND ${t.ownSharePercent} BETWEEN 0 AND 100 AND ${t.reportDueDays} >= 0`),
    check("grant_schemes_quorum_check", sql`${t.quorum} IS NULL OR ${t.quorum} >= 1`),
    check(
      "grant_schemes_continuous_check",
      sql`(${t.isContinuous} = 0) OR (${t.decisionWithinDays} IS NOT NULL AND ${t.decisionWithinDays} > 0)`,
    ),
    index("grant_schemes_programme_idx").on(t.programmeId),
    index("grant_schemes_created_by_idx").on(t.createdByUserId),
  ],
);

/** The areas a scheme covers; an application's area must be one of them or below one. */
export const grantSchemeAreas = sqliteTable(
  "grant_scheme_areas",
  {
    schemeId: integer("scheme_id")
      .notNull()
      .references(() => grantSchemes.id, { onDelete: "cascade" }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.areaId] }), index("grant_scheme_areas_area_idx").on(t.areaId)],
);

/** The organisation sectors that may apply (residents' groups are the sector residents_group). */
export const grantSchemeSectors = sqliteTable(
  "grant_scheme_sectors",
  {
    schemeId: integer("scheme_id")
      .notNull()
      .references(() => grantSchemes.id, { onDelete: "cascade" }),
    sector: text("sector", { enum: SECTORS }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.sector] }), check("grant_scheme_sectors_sector_check", oneOf("sector", SECTORS))],
);

/** The scheme's group (bydelsgruppe): people with an account, members may be outside the municipality. */
export const grantGroupMembers = sqliteTable(
  "grant_group_members",
  {
    id: integer("id").primaryKey(),
    schemeId: integer("scheme_id")
      .notNull()
      .references(() => grantSchemes.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: GRANT_MEMBER_ROLES }).notNull().default("member"),
    addedByUserId: integer("added_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    endedAt: integer("ended_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    check("grant_group_members_role_check", oneOf("role", GRANT_MEMBER_ROLES)),
    uniqueIndex("grant_group_members_current_unique").on(t.schemeId, t.userId).where(sql`${t.endedAt} IS NULL`),
    index("grant_group_members_user_idx").on(t.userId, t.endedAt),
    index("grant_group_members_added_by_idx").on(t.addedByUserId),
  ],
);

/**
 * An application round (søknadsrunde). The deadline is an instant (UTC ms) computed from the
 * scheme's Oslo-time deadline; a continuous scheme has one round without a deadline.
 */
export const grantRounds = sqliteTable(
  "grant_rounds",
  {
    id: integer("id").primaryKey(),
    schemeId: integer("scheme_id")
      .notNull()
      .references(() => grantSchemes.id, { onDelete: "restrict" }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    opensAt: integer("opens_at", { mode: "timestamp_ms" }).notNull(),
    deadlineAt: integer("deadline_at", { mode: "timestamp_ms" }),
    plannedDecisionDate: text("planned_decision_date"),
    budgetOre: integer("budget_ore").notNull(),
    /** The administrator released the round's assessed applications to the group. */
    releasedAt: integer("released_at", { mode: "timestamp_ms" }),
    /** The decision letters went out: the round is decided and its grants public. */
    lettersSentAt: integer("letters_sent_at", { mode: "timestamp_ms" }),
    createdByUserId: integer("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("grant_rounds_budget_check", nonNegative("budget_ore")),
    check("grant_rounds_planned_decision_date_check", isoDate("planned_decision_date")),
    check("grant_rounds_period_check", sql`${t.deadlineAt} IS NULL OR ${t.opensAt} < ${t.deadlineAt}`),
    uniqueIndex("grant_rounds_scheme_slug_unique").on(t.schemeId, t.slug),
    index("grant_rounds_scheme_opens_idx").on(t.schemeId, t.opensAt),
    // The public list of open rounds and the decided ones.
    index("grant_rounds_deadline_idx").on(t.deadlineAt),
    index("grant_rounds_letters_sent_idx").on(t.lettersSentAt),
    index("grant_rounds_created_by_idx").on(t.createdByUserId),
  ],
);

export const grantApplications = sqliteTable(
  "grant_applications",
  {
    id: integer("id").primaryKey(),
    roundId: integer("round_id")
      .notNull()
      .references(() => grantRounds.id, { onDelete: "restrict" }),
    applicantKind: text("applicant_kind", { enum: GRANT_APPLICANT_KINDS }).notNull(),
    /** The applying organisation; null for a private person. */
    organisationId: integer("organisation_id").references(() => organisations.id, { onDelete: "restrict" }),
    /** Who wrote it: the private person, or the organisation's owner or editor who started it. */
    createdByUserId: integer("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    status: text("status", { enum: GRANT_APPLICATION_STATUSES }).notNull().default("draft"),
    title: text("title").notNull().default(""),
    description: text("description").notNull().default(""),
    targetGroup: text("target_group").notNull().default(""),
    expectedParticipants: integer("expected_participants"),
    startDate: text("start_date"),
    endDate: text("end_date"),
    areaId: integer("area_id").references(() => areas.id, { onDelete: "restrict" }),
    amountAppliedOre: integer("amount_applied_ore"),
    ownShareOre: integer("own_share_ore"),
    contactName: text("contact_name").notNull().default(""),
    contactEmail: text("contact_email").notNull().default(""),
    contactPhone: text("contact_phone").notNull().default(""),
    /** A tiltak the organisation takes part in, optional. */
    initiativeId: integer("initiative_id").references(() => initiatives.id, { onDelete: "set null" }),
    /** The administrator asked for more (status needs_more): what, and until when (YYYY-MM-DD, Oslo). */
    moreRequested: text("more_requested"),
    moreRequestedUntil: text("more_requested_until"),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    withdrawnAt: integer("withdrawn_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    check("grant_applications_kind_check", oneOf("applicant_kind", GRANT_APPLICANT_KINDS)),
    check("grant_applications_status_check", oneOf("status", GRANT_APPLICATION_STATUSES)),
    check(
      "grant_applications_applicant_check",
      sql`(${t.applicantKind} = 'organisation' AND ${t.organisationId} IS NOT NULL) OR (${t.applicantKind} = 'private_person' AND ${t.organisationId} IS NULL)`,
    ),
    check(
      "grant_applications_amounts_check",
      sql.raw(`("amount_applied_ore" IS NULL OR "amount_applied_ore" >= 0) AND ("own_share_ore" IS NULL OR "own_share_ore" >= 0) AND ("expected_participants" IS NULL OR "expected_participants" >= 0)`),
    ),
    check("grant_applications_start_date_check", isoDate("start_date")),
    check("grant_applications_end_date_check", isoDate("end_date")),
    check("grant_applications_more_until_check", isoDate("more_requested_until")),
    check("grant_applications_period_check", sql`${t.startDate} IS NULL OR ${t.endDate} IS NULL OR ${t.startDate} <= ${t.endDate}`),
    index("grant_applications_round_status_idx").on(t.roundId, t.status),
    index("grant_applications_organisation_status_idx").on(t.organisationId, t.status),
    index("grant_applications_created_by_idx").on(t.createdByUserId, t.status),
    index("grant_applications_area_idx").on(t.areaId),
    index("grant_applications_initiative_idx").on(t.initiativeId),
  ],
);

/** The activity's budget, line by line; the total minus the own share bounds the amount applied for. */
export const grantBudgetLines = sqliteTable(
  "grant_budget_lines",
  {
    id: integer("id").primaryKey(),
    applicationId: integer("application_id")
      .notNull()
      .references(() => grantApplications.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    description: text("description").notNull(),
    amountOre: integer("amount_ore").notNull(),
  },
  (t) => [check("grant_budget_lines_amount_check", sql`${t.amountOre} >= 0`), uniqueIndex("grant_budget_lines_application_position_unique").on(t.applicationId, t.position)],
);

/**
 * A file attached to an application or its report: metadata only. The bytes live outside public/
 * under `storedName` (random, never the uploaded name) and are served only to the applicant, the
 * scheme's administrators and its group.
 */
export const grantAttachments = sqliteTable(
  "grant_attachments",
  {
    id: integer("id").primaryKey(),
    applicationId: integer("application_id")
      .notNull()
      .references(() => grantApplications.id, { onDelete: "cascade" }),
    /** Set when the file belongs to the report (photos, receipts). */
    reportId: integer("report_id").references(() => grantReports.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    storedName: text("stored_name").notNull().unique(),
    mediaType: text("media_type", { enum: GRANT_ATTACHMENT_TYPES }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    uploadedByUserId: integer("uploaded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("grant_attachments_type_check", oneOf("media_type", GRANT_ATTACHMENT_TYPES)),
    check("grant_attachments_size_check", sql.raw(`"size_bytes" > 0 AND "size_bytes" <= ${GRANT_ATTACHMENT_MAX_BYTES}`)),
    index("grant_attachments_application_idx").on(t.applicationId),
    index("grant_attachments_report_idx").on(t.reportId),
    index("grant_attachments_uploaded_by_idx").on(t.uploadedByUserId),
  ],
);

/** The administrator's check (complete?) and recommendation (innstilling), one per application. */
export const grantAssessments = sqliteTable(
  "grant_assessments",
  {
    applicationId: integer("application_id")
      .primaryKey()
      .references(() => grantApplications.id, { onDelete: "cascade" }),
    isComplete: integer("is_complete", { mode: "boolean" }),
    checkedByUserId: integer("checked_by_user_id").references(() => users.id, { onDelete: "set null" }),
    checkedAt: integer("checked_at", { mode: "timestamp_ms" }),
    recommendation: text("recommendation", { enum: GRANT_OUTCOMES }),
    recommendedAmountOre: integer("recommended_amount_ore"),
    recommendationText: text("recommendation_text").notNull().default(""),
    recommendedByUserId: integer("recommended_by_user_id").references(() => users.id, { onDelete: "set null" }),
    recommendedAt: integer("recommended_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    check("grant_assessments_recommendation_check", sql.raw(`"recommendation" IS NULL OR ${inList("recommendation", GRANT_OUTCOMES)}`)),
    check("grant_assessments_amount_check", nonNegative("recommended_amount_ore")),
    index("grant_assessments_checked_by_idx").on(t.checkedByUserId),
    index("grant_assessments_recommended_by_idx").on(t.recommendedByUserId),
  ],
);

/**
 * A group member's declaration on one application (forvaltningsloven §§ 6 and 8): no conflict, or a
 * conflict with its reason. A member with a conflict sees no assessment and casts no vote on it.
 */
export const grantDeclarations = sqliteTable(
  "grant_declarations",
  {
    applicationId: integer("application_id")
      .notNull()
      .references(() => grantApplications.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    hasConflict: integer("has_conflict", { mode: "boolean" }).notNull(),
    reason: text("reason"),
    declaredAt: integer("declared_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.applicationId, t.userId] }),
    check("grant_declarations_reason_check", sql`${t.hasConflict} = 0 OR length(trim(${t.reason})) > 0`),
    index("grant_declarations_user_idx").on(t.userId),
  ],
);

/** The group's meeting on a round: its date and the members present. */
export const grantMeetings = sqliteTable(
  "grant_meetings",
  {
    id: integer("id").primaryKey(),
    roundId: integer("round_id")
      .notNull()
      .references(() => grantRounds.id, { onDelete: "restrict" }),
    heldOn: text("held_on").notNull(),
    place: text("place").notNull().default(""),
    createdByUserId: integer("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("grant_meetings_held_on_check", isoDate("held_on")),
    index("grant_meetings_round_idx").on(t.roundId, t.heldOn),
    index("grant_meetings_created_by_idx").on(t.createdByUserId),
  ],
);

export const grantMeetingAttendees = sqliteTable(
  "grant_meeting_attendees",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => grantMeetings.id, { onDelete: "cascade" }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.userId] }), index("grant_meeting_attendees_user_idx").on(t.userId)],
);

/**
 * A decision on an application. The current one has supersededAt null (one per application); an
 * upheld appeal supersedes it with a new one, so the history stays. A partial grant or a rejection
 * carries its reason (forvaltningsloven § 24); a rejection grants nothing.
 */
export const grantDecisions = sqliteTable(
  "grant_decisions",
  {
    id: integer("id").primaryKey(),
    applicationId: integer("application_id")
      .notNull()
      .references(() => grantApplications.id, { onDelete: "restrict" }),
    roundId: integer("round_id")
      .notNull()
      .references(() => grantRounds.id, { onDelete: "restrict" }),
    /** The meeting that decided it; null for a continuous scheme's administrative decision. */
    meetingId: integer("meeting_id").references(() => grantMeetings.id, { onDelete: "restrict" }),
    /** The appeal this decision answers (an upheld appeal's new decision). */
    appealId: integer("appeal_id").references(() => grantAppeals.id, { onDelete: "restrict" }),
    outcome: text("outcome", { enum: GRANT_OUTCOMES }).notNull(),
    amountGrantedOre: integer("amount_granted_ore").notNull(),
    reason: text("reason").notNull().default(""),
    /** Conditions of the grant beside the report (text). */
    conditions: text("conditions").notNull().default(""),
    reportDueOn: text("report_due_on"),
    decidedOn: text("decided_on").notNull(),
    decidedByUserId: integer("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    letterSentAt: integer("letter_sent_at", { mode: "timestamp_ms" }),
    supersededAt: integer("superseded_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("grant_decisions_outcome_check", oneOf("outcome", GRANT_OUTCOMES)),
    check(
      "grant_decisions_amount_check",
      sql`(${t.outcome} = 'rejected' AND ${t.amountGrantedOre} = 0) OR (${t.outcome} <> 'rejected' AND ${t.amountGrantedOre} > 0)`,
    ),
    check("grant_decisions_reason_check", sql`${t.outcome} = 'granted' OR length(trim(${t.reason})) > 0`),
    check("grant_decisions_report_due_check", isoDate("report_due_on")),
    check("grant_decisions_decided_on_check", isoDate("decided_on")),
    uniqueIndex("grant_decisions_current_unique").on(t.applicationId).where(sql`${t.supersededAt} IS NULL`),
    // The public grants of a round and its totals.
    index("grant_decisions_round_outcome_idx").on(t.roundId, t.outcome),
    index("grant_decisions_application_idx").on(t.applicationId),
    index("grant_decisions_meeting_idx").on(t.meetingId),
    index("grant_decisions_appeal_idx").on(t.appealId),
    index("grant_decisions_decided_by_idx").on(t.decidedByUserId),
  ],
);

/** A decision letter as sent: kept unchanged, in the recipient's language. */
export const grantLetters = sqliteTable(
  "grant_letters",
  {
    id: integer("id").primaryKey(),
    decisionId: integer("decision_id")
      .notNull()
      .references(() => grantDecisions.id, { onDelete: "restrict" }),
    recipientUserId: integer("recipient_user_id").references(() => users.id, { onDelete: "set null" }),
    language: text("language", { enum: LANGUAGES }).notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("grant_letters_decision_idx").on(t.decisionId), index("grant_letters_recipient_idx").on(t.recipientUserId)],
);

/** An appeal (klage, forvaltningsloven §§ 28–29), lodged within three weeks of the letter. */
export const grantAppeals = sqliteTable(
  "grant_appeals",
  {
    id: integer("id").primaryKey(),
    applicationId: integer("application_id")
      .notNull()
      .references(() => grantApplications.id, { onDelete: "restrict" }),
    /** The decision appealed against. */
    decisionId: integer("decision_id")
      .notNull()
      .references((): any => grantDecisions.id, { onDelete: "restrict" }),
    text: text("text").notNull(),
    lodgedByUserId: integer("lodged_by_user_id").references(() => users.id, { onDelete: "set null" }),
    lodgedAt: integer("lodged_at", { mode: "timestamp_ms" }).notNull(),
    outcome: text("outcome", { enum: GRANT_APPEAL_OUTCOMES }),
    outcomeNote: text("outcome_note").notNull().default(""),
    decidedByUserId: integer("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    check("grant_appeals_outcome_check", sql.raw(`"outcome" IS NULL OR ${inList("outcome", GRANT_APPEAL_OUTCOMES)}`)),
    check("grant_appeals_text_check", sql`length(trim(${t.text})) > 0`),
    // One open appeal per application.
    uniqueIndex("grant_appeals_open_unique").on(t.applicationId).where(sql`${t.outcome} IS NULL`),
    index("grant_appeals_decision_idx").on(t.decisionId),
    index("grant_appeals_outcome_idx").on(t.outcome, t.lodgedAt),
    index("grant_appeals_lodged_by_idx").on(t.lodgedByUserId),
    index("grant_appeals_decided_by_idx").on(t.decidedByUserId),
  ],
);

/** A payment recorded (not executed). */
export const grantPayments = sqliteTable(
  "grant_payments",
  {
    id: integer("id").primaryKey(),
    applicationId: integer("application_id")
      .notNull()
      .references(() => grantApplications.id, { onDelete: "restrict" }),
    paidOn: text("paid_on").notNull(),
    amountOre: integer("amount_ore").notNull(),
    recordedByUserId: integer("recorded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("grant_payments_amount_check", sql`${t.amountOre} > 0`),
    check("grant_payments_paid_on_check", isoDate("paid_on")),
    index("grant_payments_application_idx").on(t.applicationId),
    index("grant_payments_recorded_by_idx").on(t.recordedByUserId),
  ],
);

/**
 * A grant's report, created with its due date when the grant is decided (status due), then
 * submitted, sent back for more, or approved. Reminders are remembered so each goes out once.
 */
export const grantReports = sqliteTable(
  "grant_reports",
  {
    id: integer("id").primaryKey(),
    applicationId: integer("application_id")
      .notNull()
      .unique()
      .references(() => grantApplications.id, { onDelete: "restrict" }),
    status: text("status", { enum: GRANT_REPORT_STATUSES }).notNull().default("due"),
    dueOn: text("due_on").notNull(),
    text: text("text").notNull().default(""),
    participantsReached: integer("participants_reached"),
    spentOre: integer("spent_ore"),
    unspentOre: integer("unspent_ore"),
    submittedByUserId: integer("submitted_by_user_id").references(() => users.id, { onDelete: "set null" }),
    submittedAt: integer("submitted_at", { mode: "timestamp_ms" }),
    feedback: text("feedback").notNull().default(""),
    decidedByUserId: integer("decided_by_user_id").references(() => users.id, { onDelete: "set null" }),
    decidedAt: integer("decided_at", { mode: "timestamp_ms" }),
    weekReminderSentAt: integer("week_reminder_sent_at", { mode: "timestamp_ms" }),
    dueReminderSentAt: integer("due_reminder_sent_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    check("grant_reports_status_check", oneOf("status", GRANT_REPORT_STATUSES)),
    check("grant_reports_due_on_check", isoDate("due_on")),
    check("grant_reports_amounts_check", sql.raw(`("participants_reached" IS NULL OR "participants_reached" >= 0) AND ("spent_ore" IS NULL OR "spent_ore" >= 0) AND ("unspent_ore" IS NULL OR "unspent_ore" >= 0)`)),
    // Reminders and the overdue list: owed reports by due date.
    index("grant_reports_status_due_idx").on(t.status, t.dueOn),
    index("grant_reports_submitted_by_idx").on(t.submittedByUserId),
    index("grant_reports_decided_by_idx").on(t.decidedByUserId),
  ],
);

// ---------------------------------------------------------------------------------------------
// The programme's year (issue 21): goals and indicators, the yearly plan with its budget lines and
// revisions, the årsmelding's narrative, and what became of each tiltak when a period closed
// ---------------------------------------------------------------------------------------------

/**
 * A programme's goal structure: main goals (no parent) and their sub-goals (parent set, one level).
 * A goal may be narrowed to a sub-programme or an area. Numbered by position: main goal 1, its
 * sub-goals 1.1, 1.2 …; a plan numbers its tiltak after the sub-goal they serve.
 */
export const programmeGoals = sqliteTable(
  "programme_goals",
  {
    id: integer("id").primaryKey(),
    programmeId: integer("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "restrict" }),
    parentId: integer("parent_id").references((): any => programmeGoals.id, { onDelete: "restrict" }),
    subprogrammeId: integer("subprogramme_id").references(() => subprogrammes.id, { onDelete: "set null" }),
    areaId: integer("area_id").references(() => areas.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("programme_goals_programme_idx").on(t.programmeId, t.parentId, t.position),
    index("programme_goals_parent_idx").on(t.parentId),
    index("programme_goals_subprogramme_idx").on(t.subprogrammeId),
    index("programme_goals_area_idx").on(t.areaId),
  ],
);

/** A measure of a goal: what is counted, in which unit, from which source, from a baseline to a target. */
export const goalIndicators = sqliteTable(
  "goal_indicators",
  {
    id: integer("id").primaryKey(),
    goalId: integer("goal_id")
      .notNull()
      .references(() => programmeGoals.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** As written after the number: "%", "personer", "per 1000 innbyggere". */
    unit: text("unit").notNull().default(""),
    /** Where the figures come from: SSB, levekårsundersøkelsen, the district's own count. */
    source: text("source").notNull().default(""),
    baselineYear: integer("baseline_year").notNull(),
    baselineValue: real("baseline_value").notNull(),
    targetYear: integer("target_year"),
    targetValue: real("target_value"),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [
    check("goal_indicators_years_check", sql`${t.baselineYear} BETWEEN 1990 AND 2100 AND (${t.targetYear} IS NULL OR (${t.targetYear} BETWEEN 1990 AND 2100 AND ${t.targetYear} >= ${t.baselineYear}))`),
    check("goal_indicators_target_check", sql`(${t.targetYear} IS NULL) = (${t.targetValue} IS NULL)`),
    index("goal_indicators_goal_idx").on(t.goalId, t.position),
  ],
);

/** An indicator's value for a year, entered by a coordinator. */
export const indicatorValues = sqliteTable(
  "indicator_values",
  {
    indicatorId: integer("indicator_id")
      .notNull()
      .references(() => goalIndicators.id, { onDelete: "cascade" }),
    year: integer("year").notNull(),
    value: real("value").notNull(),
    note: text("note").notNull().default(""),
    recordedByUserId: integer("recorded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    recordedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.indicatorId, t.year] }),
    check("indicator_values_year_check", sql`${t.year} BETWEEN 1990 AND 2100`),
    index("indicator_values_recorded_by_idx").on(t.recordedByUserId),
  ],
);

/** The sub-goals a tiltak serves. */
export const initiativeGoals = sqliteTable(
  "initiative_goals",
  {
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    goalId: integer("goal_id")
      .notNull()
      .references(() => programmeGoals.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.goalId] }), index("initiative_goals_goal_idx").on(t.goalId)],
);

/**
 * A programme's plan for a year (handlingsprogram / programplan): a draft, then adopted by a named
 * body on a date. Every change after adoption is a revision (plan_revisions); revision 0 is the plan
 * as adopted, so the adopted version stays readable whatever came after.
 */
export const programmePlans = sqliteTable(
  "programme_plans",
  {
    id: integer("id").primaryKey(),
    programmeId: integer("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "restrict" }),
    year: integer("year").notNull(),
    status: text("status", { enum: PLAN_STATUSES }).notNull().default("draft"),
    /** The plan's own text: background, this year's priorities. */
    introduction: text("introduction").notNull().default(""),
    adoptedBy: text("adopted_by"),
    adoptedOn: text("adopted_on"),
    /** The plan this draft was carried forward from (the last adopted plan before it). */
    carriedFromPlanId: integer("carried_from_plan_id").references((): any => programmePlans.id, { onDelete: "set null" }),
    createdByUserId: integer("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    uniqueIndex("programme_plans_programme_year_unique").on(t.programmeId, t.year),
    check("programme_plans_status_check", oneOf("status", PLAN_STATUSES)),
    check("programme_plans_year_check", sql`${t.year} BETWEEN 2000 AND 2100`),
    check("programme_plans_adopted_on_check", isoDate("adopted_on")),
    check(
      "programme_plans_adoption_check",
      sql`(${t.status} = 'adopted') = (${t.adoptedBy} IS NOT NULL AND ${t.adoptedOn} IS NOT NULL)`,
    ),
    index("programme_plans_carried_from_idx").on(t.carriedFromPlanId),
    index("programme_plans_created_by_idx").on(t.createdByUserId),
  ],
);

/** A tiltak in a year's plan, under the sub-goal it serves there (numbered 1.1, 1.2 … by position). */
export const planItems = sqliteTable(
  "plan_items",
  {
    id: integer("id").primaryKey(),
    planId: integer("plan_id")
      .notNull()
      .references(() => programmePlans.id, { onDelete: "cascade" }),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "restrict" }),
    goalId: integer("goal_id").references(() => programmeGoals.id, { onDelete: "set null" }),
    position: integer("position").notNull().default(0),
    /** What the tiltak is to do this year. */
    note: text("note").notNull().default(""),
  },
  (t) => [
    uniqueIndex("plan_items_plan_initiative_unique").on(t.planId, t.initiativeId),
    index("plan_items_initiative_idx").on(t.initiativeId),
    index("plan_items_goal_idx").on(t.goalId),
  ],
);

/**
 * Money in a year's plan, in øre: for a tiltak in the plan, for a grant scheme (the grants it decides
 * draw on this line), or for the programme itself (e.g. its administration, then with a sub-programme
 * or none). Planned when the plan is made, granted when the budget is decided, spent as reported.
 */
export const planBudgetLines = sqliteTable(
  "plan_budget_lines",
  {
    id: integer("id").primaryKey(),
    planId: integer("plan_id")
      .notNull()
      .references(() => programmePlans.id, { onDelete: "cascade" }),
    planItemId: integer("plan_item_id").references(() => planItems.id, { onDelete: "cascade" }),
    grantSchemeId: integer("grant_scheme_id").references(() => grantSchemes.id, { onDelete: "set null" }),
    subprogrammeId: integer("subprogramme_id").references(() => subprogrammes.id, { onDelete: "set null" }),
    description: text("description").notNull().default(""),
    source: text("source", { enum: BUDGET_SOURCES }).notNull(),
    /** The other source's name (a foundation, Husbanken, a private funder); empty for state and municipality. */
    sourceName: text("source_name").notNull().default(""),
    plannedOre: integer("planned_ore").notNull(),
    grantedOre: integer("granted_ore"),
    spentOre: integer("spent_ore"),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    check("plan_budget_lines_source_check", oneOf("source", BUDGET_SOURCES)),
    check("plan_budget_lines_source_name_check", sql`(${t.source} = 'other') = (${t.sourceName} <> '')`),
    check("plan_budget_lines_target_check", sql`${t.planItemId} IS NULL OR ${t.grantSchemeId} IS NULL`),
    check(
      "plan_budget_lines_amounts_check",
      sql`${t.plannedOre} >= 0 AND (${t.grantedOre} IS NULL OR ${t.grantedOre} >= 0) AND (${t.spentOre} IS NULL OR ${t.spentOre} >= 0)`,
    ),
    index("plan_budget_lines_plan_idx").on(t.planId, t.position),
    index("plan_budget_lines_item_idx").on(t.planItemId),
    index("plan_budget_lines_scheme_idx").on(t.grantSchemeId),
    index("plan_budget_lines_subprogramme_idx").on(t.subprogrammeId),
  ],
);

/**
 * An adopted plan's history: revision 0 is the plan as adopted, each later one a change after
 * adoption with who, when and why. `snapshot` is the whole plan after the change (JSON: items with
 * their numbers and budget lines), so any version can be read as it stood.
 */
export const planRevisions = sqliteTable(
  "plan_revisions",
  {
    id: integer("id").primaryKey(),
    planId: integer("plan_id")
      .notNull()
      .references(() => programmePlans.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    reason: text("reason").notNull(),
    snapshot: text("snapshot").notNull(),
    changedByUserId: integer("changed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    changedAt: createdAt(),
  },
  (t) => [
    uniqueIndex("plan_revisions_plan_revision_unique").on(t.planId, t.revision),
    check("plan_revisions_revision_check", sql`${t.revision} >= 0`),
    index("plan_revisions_changed_by_idx").on(t.changedByUserId),
  ],
);

/**
 * A coordinator's own words in a report, per section: the årsmelding of a year, or the final report
 * (sluttrapport) of the period (year = the period's last year).
 */
export const reportNarratives = sqliteTable(
  "report_narratives",
  {
    programmeId: integer("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: REPORT_KINDS }).notNull(),
    year: integer("year").notNull(),
    section: text("section", { enum: REPORT_SECTIONS }).notNull(),
    body: text("body").notNull(),
    updatedByUserId: integer("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
    updatedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.kind, t.year, t.section] }),
    check("report_narratives_kind_check", oneOf("kind", REPORT_KINDS)),
    check("report_narratives_section_check", oneOf("section", REPORT_SECTIONS)),
    check("report_narratives_year_check", sql`${t.year} BETWEEN 2000 AND 2100`),
    index("report_narratives_updated_by_idx").on(t.updatedByUserId),
  ],
);

/**
 * What became of a tiltak when its programme's or area lift's period was closed: continued in
 * ordinary operations or by a partner (by whom — an organisation in Laget, or an agency named in
 * words — and from when), transferred to a successor programme (the new tiltak), or ended (why).
 */
export const initiativeOutcomes = sqliteTable(
  "initiative_outcomes",
  {
    initiativeId: integer("initiative_id")
      .primaryKey()
      .references(() => initiatives.id, { onDelete: "cascade" }),
    outcome: text("outcome", { enum: INITIATIVE_OUTCOMES }).notNull(),
    organisationId: integer("organisation_id").references(() => organisations.id, { onDelete: "set null" }),
    organisationName: text("organisation_name").notNull().default(""),
    fromDate: text("from_date"),
    reason: text("reason").notNull().default(""),
    successorInitiativeId: integer("successor_initiative_id").references(() => initiatives.id, { onDelete: "set null" }),
    recordedByUserId: integer("recorded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    recordedAt: createdAt(),
  },
  (t) => [
    check("initiative_outcomes_outcome_check", oneOf("outcome", INITIATIVE_OUTCOMES)),
    check("initiative_outcomes_from_date_check", isoDate("from_date")),
    check("initiative_outcomes_ended_check", sql`${t.outcome} <> 'ended' OR ${t.reason} <> ''`),
    index("initiative_outcomes_organisation_idx").on(t.organisationId),
    index("initiative_outcomes_successor_idx").on(t.successorInitiativeId),
    index("initiative_outcomes_recorded_by_idx").on(t.recordedByUserId),
  ],
);

// ---------------------------------------------------------------------------------------------
// The map (issue 25)
// ---------------------------------------------------------------------------------------------

/**
 * An area's outline for the map: a GeoJSON Polygon or MultiPolygon geometry in WGS84 (longitude,
 * latitude), simplified to what a page needs. Oslo's come from Oslo kommune's bydelsfakta (MIT);
 * others are imported by an administrator (usually Kartverket's or SSB's units, CC BY 4.0).
 */
export const areaBoundaries = sqliteTable(
  "area_boundaries",
  {
    areaId: integer("area_id")
      .primaryKey()
      .references(() => areas.id, { onDelete: "cascade" }),
    geometry: text("geometry").notNull(),
    source: text("source").notNull(),
    licence: text("licence").notNull(),
    importedByUserId: integer("imported_by_user_id").references(() => users.id, { onDelete: "set null" }),
    importedAt: createdAt(),
  },
  (t) => [index("area_boundaries_imported_by_idx").on(t.importedByUserId)],
);

// ---------------------------------------------------------------------------------------------
// Single sign-on (issue 24 part 1)
// ---------------------------------------------------------------------------------------------

/**
 * A person's sign-in with an OpenID Connect provider: the provider's configured name (`OIDC_<NAME>_…`,
 * lower case) and its subject (`sub`, the provider's stable id for the person). Only the subject is
 * kept — never ID-porten's national identity number (`pid`) or any other claim.
 */
export const userIdentities = sqliteTable(
  "user_identities",
  {
    id: integer("id").primaryKey(),
    provider: text("provider").notNull(),
    subject: text("subject").notNull(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("user_identities_provider_subject_unique").on(t.provider, t.subject), index("user_identities_user_idx").on(t.userId)],
);

/**
 * Settings an administrator changes on /admin/innlogging (and the key the sign-in state cookie is
 * sealed with, made at first use), one row per key, the value as JSON. A setting not here has its default.
 */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).notNull(),
  updatedByUserId: integer("updated_by_user_id").references(() => users.id, { onDelete: "set null" }),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

// ---------------------------------------------------------------------------------------------
// Medvirkning (issue 22): meetings, caravan stops and what residents said
// ---------------------------------------------------------------------------------------------

/** `"column" IS NULL OR "column"` is a clock time HH:MM. */
const clockTime = (column: string): SQL => sql.raw(`"${column}" IS NULL OR "${column}" GLOB '[0-2][0-9]:[0-5][0-9]'`);

/**
 * A recurring stop entered once (the caravan at Lervig every second Tuesday through spring): its
 * occurrences are rows in `meetings` made from it, each of which can then be moved or cancelled on
 * its own. Read by the coordinator's pages only; the public reads the occurrences.
 */
export const meetingSeries = sqliteTable(
  "meeting_series",
  {
    id: integer("id").primaryKey(),
    programmeId: integer("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "restrict" }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
    kind: text("kind", { enum: MEETING_KINDS }).notNull(),
    title: text("title").notNull(),
    placeName: text("place_name").notNull().default(""),
    address: text("address").notNull().default(""),
    /** ISO weekday, 1 = Monday … 7 = Sunday. */
    weekday: integer("weekday").notNull(),
    /** Oslo local clock times, HH:MM. */
    startTime: text("start_time").notNull(),
    endTime: text("end_time").notNull(),
    everyWeeks: integer("every_weeks").notNull().default(1),
    fromDate: text("from_date").notNull(),
    untilDate: text("until_date").notNull(),
    createdByUserId: integer("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    check("meeting_series_kind_check", oneOf("kind", MEETING_KINDS)),
    check("meeting_series_weekday_check", sql`${t.weekday} BETWEEN 1 AND 7`),
    check("meeting_series_every_weeks_check", sql`${t.everyWeeks} BETWEEN 1 AND 8`),
    check("meeting_series_start_time_check", clockTime("start_time")),
    check("meeting_series_end_time_check", clockTime("end_time")),
    check("meeting_series_from_date_check", isoDate("from_date")),
    check("meeting_series_until_date_check", isoDate("until_date")),
    check("meeting_series_period_check", sql`${t.fromDate} <= ${t.untilDate}`),
    index("meeting_series_programme_idx").on(t.programmeId),
    index("meeting_series_area_idx").on(t.areaId),
    index("meeting_series_created_by_idx").on(t.createdByUserId),
  ],
);

/**
 * One meeting or stop, or one occurrence of a series. Times are instants (ms) entered in Oslo time.
 * Cancelling keeps the row (the calendar feed shows it STATUS:CANCELLED with the same UID); every
 * change a calendar should see bumps `sequence` (iCal SEQUENCE). The closing records attendees as a
 * number only — never names.
 */
export const meetings = sqliteTable(
  "meetings",
  {
    id: integer("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    programmeId: integer("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "restrict" }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
    seriesId: integer("series_id").references(() => meetingSeries.id, { onDelete: "set null" }),
    /** The occurrence's original date in its series (YYYY-MM-DD), kept when it is moved. */
    seriesDate: text("series_date"),
    kind: text("kind", { enum: MEETING_KINDS }).notNull(),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    placeName: text("place_name").notNull().default(""),
    address: text("address").notNull().default(""),
    digitalUrl: text("digital_url").notNull().default(""),
    startsAt: integer("starts_at", { mode: "timestamp_ms" }).notNull(),
    endsAt: integer("ends_at", { mode: "timestamp_ms" }).notNull(),
    isPublic: integer("is_public", { mode: "boolean" }).notNull().default(true),
    stepFree: integer("step_free", { mode: "boolean" }).notNull().default(false),
    interpreter: integer("interpreter", { mode: "boolean" }).notNull().default(false),
    /** Languages spoken at the meeting besides Norwegian, as written by the coordinator ("arabisk, somali"). */
    languages: text("languages").notNull().default(""),
    cancelledAt: integer("cancelled_at", { mode: "timestamp_ms" }),
    cancelNotice: text("cancel_notice").notNull().default(""),
    movedNotice: text("moved_notice").notNull().default(""),
    sequence: integer("sequence").notNull().default(0),
    attendeeCount: integer("attendee_count"),
    summary: text("summary").notNull().default(""),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    closedByUserId: integer("closed_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdByUserId: integer("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    check("meetings_kind_check", oneOf("kind", MEETING_KINDS)),
    check("meetings_series_date_check", isoDate("series_date")),
    check("meetings_times_check", sql`${t.endsAt} > ${t.startsAt}`),
    check("meetings_sequence_check", sql`${t.sequence} >= 0`),
    check("meetings_attendee_count_check", nonNegative("attendee_count")),
    uniqueIndex("meetings_series_date_unique").on(t.seriesId, t.seriesDate),
    index("meetings_public_starts_idx").on(t.isPublic, t.startsAt),
    index("meetings_programme_starts_idx").on(t.programmeId, t.startsAt),
    index("meetings_area_starts_idx").on(t.areaId, t.startsAt),
    index("meetings_closed_by_idx").on(t.closedByUserId),
    index("meetings_created_by_idx").on(t.createdByUserId),
  ],
);

/** An organisation taking part in a meeting; `present` is set when the meeting is closed. */
export const meetingOrganisations = sqliteTable(
  "meeting_organisations",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    organisationId: integer("organisation_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    status: text("status", { enum: MEETING_ORGANISATION_STATUSES }).notNull(),
    present: integer("present", { mode: "boolean" }).notNull().default(false),
    requestedByUserId: integer("requested_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.organisationId] }),
    check("meeting_organisations_status_check", oneOf("status", MEETING_ORGANISATION_STATUSES)),
    index("meeting_organisations_organisation_idx").on(t.organisationId),
    index("meeting_organisations_requested_by_idx").on(t.requestedByUserId),
  ],
);

/** The tiltak a meeting is about. */
export const meetingInitiatives = sqliteTable(
  "meeting_initiatives",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "cascade" }),
    initiativeId: integer("initiative_id")
      .notNull()
      .references(() => initiatives.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.initiativeId] }), index("meeting_initiatives_initiative_idx").on(t.initiativeId)],
);

/**
 * What a resident said, recorded by staff on the spot. Nothing identifies the resident: there is no
 * column for a name or contact details. Free text may still hold personal data, so an input is shown
 * publicly only after a coordinator has read it and marked it public (published_at/by). The client
 * makes `idempotency_key` when the form is filled in, so a text resent after a dropped connection is
 * stored once.
 */
export const residentInputs = sqliteTable(
  "resident_inputs",
  {
    id: integer("id").primaryKey(),
    meetingId: integer("meeting_id").references(() => meetings.id, { onDelete: "set null" }),
    programmeId: integer("programme_id")
      .notNull()
      .references(() => programmes.id, { onDelete: "restrict" }),
    areaId: integer("area_id")
      .notNull()
      .references(() => areas.id, { onDelete: "restrict" }),
    /** The tiltak the input is about, if any (the follow-up's tiltak is follow_up_initiative_id). */
    initiativeId: integer("initiative_id").references(() => initiatives.id, { onDelete: "set null" }),
    theme: text("theme").notNull().default(""),
    body: text("body").notNull(),
    mode: text("mode", { enum: INPUT_MODES }).notNull(),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    recordedByUserId: integer("recorded_by_user_id").references(() => users.id, { onDelete: "set null" }),
    recordedAt: createdAt(),
    followUpStatus: text("follow_up_status", { enum: INPUT_FOLLOW_UP_STATUSES }).notNull().default("new"),
    followUpInitiativeId: integer("follow_up_initiative_id").references(() => initiatives.id, { onDelete: "set null" }),
    answer: text("answer").notNull().default(""),
    reason: text("reason").notNull().default(""),
    followedUpAt: integer("followed_up_at", { mode: "timestamp_ms" }),
    followedUpByUserId: integer("followed_up_by_user_id").references(() => users.id, { onDelete: "set null" }),
    isPublic: integer("is_public", { mode: "boolean" }).notNull().default(false),
    publishedAt: integer("published_at", { mode: "timestamp_ms" }),
    publishedByUserId: integer("published_by_user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [
    check("resident_inputs_mode_check", oneOf("mode", INPUT_MODES)),
    check("resident_inputs_follow_up_status_check", oneOf("follow_up_status", INPUT_FOLLOW_UP_STATUSES)),
    check("resident_inputs_answered_check", sql`${t.followUpStatus} <> 'answered' OR ${t.answer} <> ''`),
    check("resident_inputs_not_followed_up_check", sql`${t.followUpStatus} <> 'not_followed_up' OR ${t.reason} <> ''`),
    check("resident_inputs_in_initiative_check", sql`${t.followUpStatus} <> 'in_initiative' OR ${t.followUpInitiativeId} IS NOT NULL`),
    check("resident_inputs_published_check", sql`${t.isPublic} = 0 OR ${t.publishedAt} IS NOT NULL`),
    index("resident_inputs_meeting_idx").on(t.meetingId),
    index("resident_inputs_programme_status_idx").on(t.programmeId, t.followUpStatus, t.recordedAt),
    index("resident_inputs_area_idx").on(t.areaId),
    index("resident_inputs_initiative_idx").on(t.initiativeId),
    index("resident_inputs_follow_up_initiative_idx").on(t.followUpInitiativeId),
    index("resident_inputs_public_idx").on(t.isPublic, t.recordedAt),
    index("resident_inputs_recorded_by_idx").on(t.recordedByUserId),
    index("resident_inputs_followed_up_by_idx").on(t.followedUpByUserId),
    index("resident_inputs_published_by_idx").on(t.publishedByUserId),
  ],
);
