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
  // Grants (issue 20): to the applicant, the scheme's group and its administrators.
  "grant_more_requested",
  "grant_round_released",
  "grant_decided",
  "grant_appeal_lodged",
  "grant_report_reminder",
  "grant_report_decided",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

// ---------------------------------------------------------------------------------------------
// Grants (nærmiljøtilskudd, issue 20)
// ---------------------------------------------------------------------------------------------

/** Who applies: an approved organisation (its owner or editor acting), or a private person with an account. */
export const GRANT_APPLICANT_KINDS = ["organisation", "private_person"] as const;
export type GrantApplicantKind = (typeof GRANT_APPLICANT_KINDS)[number];

/**
 * An application's life: a draft (the applicant's alone), submitted (before the deadline, complete),
 * needs_more (the administrator asked for more: the applicant may change and submit it again until a
 * date), withdrawn (by the applicant, until decided), decided (a decision is recorded).
 */
export const GRANT_APPLICATION_STATUSES = ["draft", "submitted", "needs_more", "withdrawn", "decided"] as const;
export type GrantApplicationStatus = (typeof GRANT_APPLICATION_STATUSES)[number];

/** A decision, and the administrator's recommendation (innstilling), on an application. */
export const GRANT_OUTCOMES = ["granted", "partly_granted", "rejected"] as const;
export type GrantOutcome = (typeof GRANT_OUTCOMES)[number];
/** Outcomes that need a written reason (forvaltningsloven § 24). */
export const GRANT_OUTCOMES_NEEDING_REASON: readonly GrantOutcome[] = ["partly_granted", "rejected"];

/** A member's role in a scheme's group (bydelsgruppe). */
export const GRANT_MEMBER_ROLES = ["chair", "member"] as const;
export type GrantMemberRole = (typeof GRANT_MEMBER_ROLES)[number];

/** What became of an appeal: upheld by the group (the decision changes), or forwarded to the scheme's appeal body. */
export const GRANT_APPEAL_OUTCOMES = ["upheld", "forwarded"] as const;
export type GrantAppealOutcome = (typeof GRANT_APPEAL_OUTCOMES)[number];

/** A grant's report: due (not yet received), submitted, needs_more (the administrator asked for more), approved. */
export const GRANT_REPORT_STATUSES = ["due", "submitted", "needs_more", "approved"] as const;
export type GrantReportStatus = (typeof GRANT_REPORT_STATUSES)[number];
/** Report statuses in which the applicant still owes a report. */
export const GRANT_REPORT_OWED_STATUSES = ["due", "needs_more"] as const;

/** The files an application or report may carry, recognised by their bytes (at most GRANT_ATTACHMENT_MAX_BYTES). */
export const GRANT_ATTACHMENT_TYPES = ["application/pdf", "image/png", "image/jpeg"] as const;
export type GrantAttachmentType = (typeof GRANT_ATTACHMENT_TYPES)[number];
export const GRANT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

// --- The programme's year (issue 21): goals, plans, budgets, closing a period -----------------

/** Where a budget line's money comes from: the state, the municipality, or another named source. */
export const BUDGET_SOURCES = ["state", "municipality", "other"] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

/** A year's plan is drafted, then adopted by a named body; after adoption a change is a revision. */
export const PLAN_STATUSES = ["draft", "adopted"] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/**
 * What became of a tiltak when its programme's or area lift's period closed: continued in ordinary
 * operations (videreført i ordinær drift, by an organisation or agency, from a date), continued by a
 * partner, transferred to a successor programme, or ended (with a reason).
 */
export const INITIATIVE_OUTCOMES = ["ordinary_operations", "continued_by_partner", "successor", "ended"] as const;
export type InitiativeOutcome = (typeof INITIATIVE_OUTCOMES)[number];

/** The sections of the årsmelding a coordinator writes narrative for (kept per programme and year). */
export const REPORT_SECTIONS = [
  "introduction",
  "initiatives",
  "goals",
  "participation",
  "grants",
  "residents",
  "next_year",
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];
/** The reports whose narrative is kept: the yearly årsmelding and the period's final report (sluttrapport). */
export const REPORT_KINDS = ["annual", "final"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

// --- Medvirkning (issue 22): meetings, caravan stops and what residents said ------------------

/** What kind of meeting or stop: an open meeting, a workshop, a stop of the caravan (på hjul), an office day at the nærmiljøkontor, or a digital meeting. */
export const MEETING_KINDS = ["open_meeting", "workshop", "caravan_stop", "office_day", "digital"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** An organisation taking part in a meeting: added by the coordinator (confirmed), or asking to co-host (pending until confirmed). */
export const MEETING_ORGANISATION_STATUSES = ["pending", "confirmed"] as const;
export type MeetingOrganisationStatus = (typeof MEETING_ORGANISATION_STATUSES)[number];

/** How a resident gave their input: said aloud (written down by staff), written by the resident, or drawn. */
export const INPUT_MODES = ["oral", "written", "drawing"] as const;
export type InputMode = (typeof INPUT_MODES)[number];

/** What became of an input: new, being considered, taken into a tiltak (which), answered (the answer), not followed up (the reason). */
export const INPUT_FOLLOW_UP_STATUSES = ["new", "considering", "in_initiative", "answered", "not_followed_up"] as const;
export type InputFollowUpStatus = (typeof INPUT_FOLLOW_UP_STATUSES)[number];
