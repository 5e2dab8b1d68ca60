/**
 * Applying for a grant (/min-side/tilskudd): drafts the applicant saves at any time, submission
 * under every rule of the scheme, withdrawal until decided, the applicant's own list and page (with
 * what its form offers: the scheme's areas, the tiltak the organisation may link), and the
 * overdue-report flag. An application is the applicant's alone: someone else's is notFound. The
 * scheme's open round and areas for a new application are scheme.server.ts's.
 */
import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import {
  areas,
  grantApplications,
  grantAppeals,
  grantAttachments,
  grantBudgetLines,
  grantDecisions,
  grantLetters,
  grantReports,
  grantRounds,
  grantSchemeAreas,
  grantSchemes,
  initiatives,
  organisations,
  participations,
} from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { applicantAllowed, canApplyForOrganisation } from "~/services/grant-permissions";
import type { Actor } from "~/services/permissions";
import { now, todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import type { ApplicationDraftInput } from "~/validation/grants";
import { GRANT_REPORT_OWED_STATUSES } from "~/validation/enums";
import { isRoundOpen } from "./scheme.server";
import { APPEAL_PERIOD_MS, immediate, loadRound, refuse, requireApplicant, schemeSectors, type Reader, type Tx } from "./shared.server";

export type ApplicantChoice = { kind: "organisation"; organisationId: number } | { kind: "private_person" };

function draftColumns(input: ApplicationDraftInput) {
  return {
    title: input.title,
    description: input.description,
    targetGroup: input.targetGroup,
    expectedParticipants: input.expectedParticipants,
    startDate: input.startDate,
    endDate: input.endDate,
    areaId: input.areaId,
    amountAppliedOre: input.amountApplied,
    ownShareOre: input.ownShare,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    contactPhone: input.contactPhone,
    initiativeId: input.initiativeId,
  };
}

function writeBudget(tx: Tx, applicationId: number, lines: ApplicationDraftInput["budgetLines"]) {
  tx.delete(grantBudgetLines).where(eq(grantBudgetLines.applicationId, applicationId)).run();
  if (lines.length > 0) {
    tx.insert(grantBudgetLines)
      .values(lines.map((l, position) => ({ applicationId, position, description: l.description, amountOre: l.amountOre ?? 0 })))
      .run();
  }
}

/** A tiltak may be linked only when the organisation takes part in it. */
function checkInitiative(tx: Tx, organisationId: number | null, initiativeId: number | null) {
  if (initiativeId === null) return;
  const ours =
    organisationId !== null &&
    tx
      .select({ id: participations.id })
      .from(participations)
      .where(and(eq(participations.initiativeId, initiativeId), eq(participations.organisationId, organisationId), eq(participations.status, "active")))
      .get();
  if (!ours) refuse("initiativeNotOurs", "invalid", "initiativeId");
}

/**
 * Starts a draft in a round, for one of the actor's organisations or as a private person. The round
 * must exist and its scheme must take this kind of applicant; the deadline is checked at submission
 * (a draft may be written any time, and stays after the deadline).
 */
export function createDraft(actor: Actor, roundId: number, applicant: ApplicantChoice, input: ApplicationDraftInput): number {
  return getDb().transaction((tx) => {
    const round = loadRound(tx, roundId);
    if (!round || round.archivedAt) refuse("notFound", "notFound");
    let organisationId: number | null = null;
    if (applicant.kind === "organisation") {
      const org = tx.select({ id: organisations.id, status: organisations.status, sector: organisations.sector }).from(organisations).where(eq(organisations.id, applicant.organisationId)).get();
      if (!org || !actor.memberships.some((m) => m.organisationId === org.id)) refuse("notFound", "notFound");
      if (!canApplyForOrganisation(actor, org)) refuse("organisationNotApproved");
      if (!applicantAllowed(schemeRules(tx, round.schemeId), { kind: "organisation", sector: org.sector })) refuse("applicantNotAllowed");
      organisationId = org.id;
    } else if (!applicantAllowed(schemeRules(tx, round.schemeId), { kind: "private_person" })) {
      refuse("applicantNotAllowed");
    }
    checkInitiative(tx, organisationId, input.initiativeId);
    const id = tx
      .insert(grantApplications)
      .values({ ...draftColumns(input), roundId, applicantKind: applicant.kind, organisationId, createdByUserId: actor.id, status: "draft" })
      .returning({ id: grantApplications.id })
      .get().id;
    writeBudget(tx, id, input.budgetLines);
    audit({ actorUserId: actor.id, action: "grant_application.created", entityType: "grant_application", entityId: id, details: { roundId, organisationId } }, tx);
    return id;
  }, immediate);
}

function schemeRules(db: Reader, schemeId: number) {
  const scheme = db.select({ allowsPrivatePersons: grantSchemes.allowsPrivatePersons }).from(grantSchemes).where(eq(grantSchemes.id, schemeId)).get()!;
  return { allowsPrivatePersons: scheme.allowsPrivatePersons, sectors: schemeSectors(db, schemeId) };
}

/** May the applicant change it now? A draft always; one sent back for more until its date. */
function requireEditable(application: { status: string; moreRequestedUntil: string | null }) {
  if (application.status === "draft") return;
  if (application.status === "needs_more") {
    if (application.moreRequestedUntil !== null && application.moreRequestedUntil < todayInNorway()) refuse("moreRequestExpired");
    return;
  }
  refuse("notEditable");
}

/** Saves what was typed: a draft, or an application the administrator asked more of (until its date). */
export function saveDraft(actor: Actor, applicationId: number, input: ApplicationDraftInput): void {
  getDb().transaction((tx) => {
    const application = requireApplicant(tx, actor, applicationId);
    requireEditable(application);
    checkInitiative(tx, application.organisationId, input.initiativeId);
    tx.update(grantApplications).set({ ...draftColumns(input), updatedAt: new Date(now()) }).where(eq(grantApplications.id, applicationId)).run();
    writeBudget(tx, applicationId, input.budgetLines);
    audit({ actorUserId: actor.id, action: "grant_application.saved", entityType: "grant_application", entityId: applicationId }, tx);
  }, immediate);
}

/**
 * Submits the application: only while the round is open (a draft sent back for more: until the date
 * given), only when complete, and only within the scheme's rules — amount ≤ the scheme's maximum and
 * ≤ the budget total minus the own share, own share ≥ the scheme's percentage of the budget, the
 * area inside the scheme's areas, the applicant of an allowed kind (organisation approved).
 * Each refusal names the field it concerns.
 */
export function submitApplication(actor: Actor, applicationId: number): void {
  getDb().transaction((tx) => {
    const application = requireApplicant(tx, actor, applicationId);
    requireEditable(application);
    const at = now();
    if (application.status === "draft") {
      if (application.opensAt.getTime() > at) refuse("roundNotOpen");
      if (!isRoundOpen({ opensAt: application.opensAt, deadlineAt: application.deadlineAt }, at)) refuse("deadlinePassed");
    }
    const row = tx.select().from(grantApplications).where(eq(grantApplications.id, applicationId)).get()!;
    const scheme = tx.select().from(grantSchemes).where(eq(grantSchemes.id, application.schemeId)).get()!;

    // Who applies.
    const rules = { allowsPrivatePersons: scheme.allowsPrivatePersons, sectors: schemeSectors(tx, scheme.id) };
    if (row.applicantKind === "organisation") {
      const org = tx.select({ id: organisations.id, status: organisations.status, sector: organisations.sector }).from(organisations).where(eq(organisations.id, row.organisationId!)).get()!;
      if (!canApplyForOrganisation(actor, org)) refuse("organisationNotApproved");
      if (!applicantAllowed(rules, { kind: "organisation", sector: org.sector })) refuse("applicantNotAllowed");
    } else if (!applicantAllowed(rules, { kind: "private_person" })) {
      refuse("applicantNotAllowed");
    }

    // Complete.
    const required: [keyof typeof row, unknown][] = [
      ["title", row.title],
      ["description", row.description],
      ["targetGroup", row.targetGroup],
      ["expectedParticipants", row.expectedParticipants],
      ["startDate", row.startDate],
      ["areaId", row.areaId],
      ["amountAppliedOre", row.amountAppliedOre],
      ["ownShareOre", row.ownShareOre],
      ["contactName", row.contactName],
      ["contactEmail", row.contactEmail],
    ];
    for (const [field, value] of required) {
      if (value === null || value === "") refuse("incomplete", "invalid", field === "amountAppliedOre" ? "amountApplied" : field === "ownShareOre" ? "ownShare" : field);
    }
    const budgetTotal = tx
      .select({ total: sql<number | null>`sum(${grantBudgetLines.amountOre})` })
      .from(grantBudgetLines)
      .where(eq(grantBudgetLines.applicationId, applicationId))
      .get()?.total;
    if (!budgetTotal) refuse("noBudget", "invalid", "budgetLines");

    // Within the scheme's rules.
    const amount = row.amountAppliedOre!;
    const ownShare = row.ownShareOre!;
    if (amount <= 0) refuse("incomplete", "invalid", "amountApplied");
    if (amount > scheme.maxAmountOre) refuse("amountOverMax", "invalid", "amountApplied");
    if (amount > budgetTotal - ownShare) refuse("amountOverBudget", "invalid", "amountApplied");
    // Integer arithmetic: own share × 100 ≥ percent × budget total.
    if (ownShare * 100 < scheme.ownSharePercent * budgetTotal) refuse("ownShareTooLow", "invalid", "ownShare");
    if (!areaInScheme(tx, row.areaId!, scheme.id)) refuse("areaOutsideScheme", "invalid", "areaId");

    tx.update(grantApplications)
      .set({ status: "submitted", submittedAt: new Date(at), moreRequested: null, moreRequestedUntil: null, updatedAt: new Date(at) })
      .where(eq(grantApplications.id, applicationId))
      .run();
    audit(
      { actorUserId: actor.id, action: application.status === "needs_more" ? "grant_application.resubmitted" : "grant_application.submitted", entityType: "grant_application", entityId: applicationId, details: { amountAppliedOre: amount } },
      tx,
    );
  }, immediate);
}

/** The area is one of the scheme's areas or lies below one. */
function areaInScheme(db: Tx, areaId: number, schemeId: number): boolean {
  return (
    db.all<{ ok: number }>(sql`
      WITH RECURSIVE up(id, parent_id) AS (
        SELECT id, parent_id FROM ${areas} WHERE id = ${areaId}
        UNION ALL SELECT a.id, a.parent_id FROM ${areas} a JOIN up ON a.id = up.parent_id
      ) SELECT 1 AS ok FROM up JOIN grant_scheme_areas gsa ON gsa.area_id = up.id WHERE gsa.scheme_id = ${schemeId} LIMIT 1`).length > 0
  );
}

/** Withdraws the application: any time until it is decided. */
export function withdrawApplication(actor: Actor, applicationId: number): void {
  getDb().transaction((tx) => {
    const application = requireApplicant(tx, actor, applicationId);
    if (application.status === "decided" || application.status === "withdrawn") refuse("cannotWithdraw");
    tx.update(grantApplications).set({ status: "withdrawn", withdrawnAt: new Date(now()) }).where(eq(grantApplications.id, applicationId)).run();
    audit({ actorUserId: actor.id, action: "grant_application.withdrawn", entityType: "grant_application", entityId: applicationId }, tx);
  }, immediate);
}

// ---------------------------------------------------------------------------------------------
// The applicant's pages
// ---------------------------------------------------------------------------------------------

/**
 * The applications of the given organisations and the person's own as a private person, newest
 * first, in one query (/min-side/tilskudd shows them all). Every organisation must be one the
 * person is a member of: another organisation's applications are notFound, as its page is.
 */
export function listApplicationsForApplicant(actor: Actor, organisationIds: number[]) {
  if (!organisationIds.every((id) => actor.memberships.some((m) => m.organisationId === id))) refuse("notFound", "notFound");
  const who = or(
    organisationIds.length ? inArray(grantApplications.organisationId, organisationIds) : sql`0`,
    and(eq(grantApplications.createdByUserId, actor.id), eq(grantApplications.applicantKind, "private_person")),
  );
  return getDb()
    .select({
      id: grantApplications.id,
      organisationId: grantApplications.organisationId,
      applicantKind: grantApplications.applicantKind,
      title: grantApplications.title,
      status: grantApplications.status,
      amountAppliedOre: grantApplications.amountAppliedOre,
      roundName: grantRounds.name,
      deadlineAt: grantRounds.deadlineAt,
      schemeName: grantSchemes.name,
      schemeSlug: grantSchemes.slug,
      // The applicant sees the decision once the letter has gone out.
      outcome: grantDecisions.outcome,
      amountGrantedOre: grantDecisions.amountGrantedOre,
      reportStatus: grantReports.status,
      reportDueOn: grantReports.dueOn,
    })
    .from(grantApplications)
    .innerJoin(grantRounds, eq(grantRounds.id, grantApplications.roundId))
    .innerJoin(grantSchemes, eq(grantSchemes.id, grantRounds.schemeId))
    .leftJoin(grantDecisions, and(eq(grantDecisions.applicationId, grantApplications.id), isNull(grantDecisions.supersededAt), sql`${grantDecisions.letterSentAt} IS NOT NULL`))
    .leftJoin(grantReports, eq(grantReports.applicationId, grantApplications.id))
    .where(who)
    .orderBy(desc(grantApplications.createdAt), desc(grantApplications.id))
    .all();
}

/**
 * Everything an application's page needs beyond the application itself, in one query: the
 * organisation's name, the linked tiltak, the scheme's maximum and own share, and — for the edit
 * form — the scheme's areas (with those below them) and the tiltak the organisation takes part in.
 */
export function applicationPageContext(application: { roundId: number; organisationId: number | null; initiativeId: number | null }) {
  const org = application.organisationId ?? -1;
  const row = getDb().get<{ organisationName: string | null; initiative: string | null; maxAmountOre: number; ownSharePercent: number; areas: string; initiatives: string }>(sql`
    SELECT
      (SELECT name FROM ${organisations} WHERE id = ${org}) AS organisationName,
      (SELECT json_object('slug', slug, 'title', title) FROM ${initiatives} WHERE id = ${application.initiativeId ?? -1}) AS initiative,
      s.max_amount_ore AS maxAmountOre,
      s.own_share_percent AS ownSharePercent,
      (WITH RECURSIVE tree(id) AS (
         SELECT area_id FROM ${grantSchemeAreas} WHERE scheme_id = s.id
         UNION SELECT a.id FROM ${areas} a JOIN tree ON a.parent_id = tree.id
       ) SELECT json_group_array(json_object('id', id, 'name', name)) FROM (SELECT a.id, a.name FROM ${areas} a JOIN tree ON tree.id = a.id ORDER BY a.name)) AS areas,
      (SELECT json_group_array(json_object('id', id, 'title', title)) FROM (
         SELECT DISTINCT i.id, i.title FROM ${participations} p JOIN ${initiatives} i ON i.id = p.initiative_id
         WHERE p.organisation_id = ${org} AND p.status = 'active' AND i.archived_at IS NULL ORDER BY i.title)) AS initiatives
    FROM ${grantRounds} r JOIN ${grantSchemes} s ON s.id = r.scheme_id WHERE r.id = ${application.roundId}`)!;
  return {
    organisationName: row.organisationName,
    initiative: row.initiative ? (JSON.parse(row.initiative) as { slug: string; title: string }) : null,
    maxAmountOre: row.maxAmountOre,
    ownSharePercent: row.ownSharePercent,
    areas: JSON.parse(row.areas) as { id: number; name: string }[],
    initiatives: JSON.parse(row.initiatives) as { id: number; title: string }[],
  };
}

/** The tiltak the organisations take part in (active), which an application may be linked to. One query. */
export function linkableInitiatives(organisationIds: number[]) {
  if (organisationIds.length === 0) return [];
  return getDb()
    .selectDistinct({ id: initiatives.id, title: initiatives.title, organisationId: participations.organisationId })
    .from(participations)
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .where(and(inArray(participations.organisationId, organisationIds), eq(participations.status, "active"), isNull(initiatives.archivedAt)))
    .orderBy(asc(initiatives.title))
    .all();
}

/**
 * One application as its applicant sees it (/min-side/tilskudd/:id): the fields, the budget, the
 * decision and letter once sent, appeals, the report, the attachments, and what the applicant may
 * do now. Five queries.
 */
export function getApplicationForApplicant(actor: Actor, applicationId: number) {
  const db = getDb();
  const loaded = requireApplicant(db, actor, applicationId);
  // The budget lines come along as JSON: one statement fewer keeps the page within its budget.
  const { row, report, budget } = db
    .select({
      row: grantApplications,
      report: grantReports,
      budget: sql<string>`(SELECT json_group_array(json_object('description', description, 'amountOre', amount_ore)) FROM (SELECT description, amount_ore FROM ${grantBudgetLines} WHERE application_id = ${applicationId} ORDER BY position))`,
    })
    .from(grantApplications)
    .leftJoin(grantReports, eq(grantReports.applicationId, grantApplications.id))
    .where(eq(grantApplications.id, applicationId))
    .get()!;
  const budgetLines = JSON.parse(budget) as { description: string; amountOre: number }[];
  const decision =
    db
      .select({
        id: grantDecisions.id,
        outcome: grantDecisions.outcome,
        amountGrantedOre: grantDecisions.amountGrantedOre,
        reason: grantDecisions.reason,
        conditions: grantDecisions.conditions,
        reportDueOn: grantDecisions.reportDueOn,
        decidedOn: grantDecisions.decidedOn,
        letterSentAt: grantDecisions.letterSentAt,
        letterBody: sql<string | null>`(SELECT ${grantLetters.body} FROM ${grantLetters} WHERE ${grantLetters.decisionId} = "grant_decisions"."id" AND ${grantLetters.recipientUserId} = ${actor.id} ORDER BY ${grantLetters.id} DESC LIMIT 1)`,
      })
      .from(grantDecisions)
      .where(and(eq(grantDecisions.applicationId, applicationId), isNull(grantDecisions.supersededAt), sql`${grantDecisions.letterSentAt} IS NOT NULL`))
      .get() ?? null;
  const appeals = db
    .select({ id: grantAppeals.id, text: grantAppeals.text, lodgedAt: grantAppeals.lodgedAt, outcome: grantAppeals.outcome, outcomeNote: grantAppeals.outcomeNote })
    .from(grantAppeals)
    .where(eq(grantAppeals.applicationId, applicationId))
    .orderBy(asc(grantAppeals.lodgedAt))
    .all();
  const attachments = db
    .select({ id: grantAttachments.id, fileName: grantAttachments.fileName, mediaType: grantAttachments.mediaType, sizeBytes: grantAttachments.sizeBytes, reportId: grantAttachments.reportId })
    .from(grantAttachments)
    .where(eq(grantAttachments.applicationId, applicationId))
    .orderBy(asc(grantAttachments.id))
    .all();
  const at = now();
  return {
    ...row,
    roundName: loaded.roundName,
    schemeName: loaded.schemeName,
    deadlineAt: loaded.deadlineAt,
    appealBody: loaded.appealBody,
    budgetLines,
    decision,
    appeals,
    report,
    attachments,
    editable: row.status === "draft" || (row.status === "needs_more" && (row.moreRequestedUntil === null || row.moreRequestedUntil >= todayInNorway())),
    canSubmitNow: row.status === "needs_more" || (row.status === "draft" && isRoundOpen(loaded, at)),
    canWithdraw: row.status !== "decided" && row.status !== "withdrawn",
    canAppeal: !!decision?.letterSentAt && at <= decision.letterSentAt.getTime() + APPEAL_PERIOD_MS && !appeals.some((a) => a.outcome === null),
  };
}

/**
 * The overdue flag: the organisation (or the private person) owes a report whose due date has
 * passed. Shown when they apply again and on the administrator's list. One query.
 */
export function hasOverdueReport(applicant: { organisationId: number } | { userId: number }, today: string = todayInNorway()): boolean {
  const who =
    "organisationId" in applicant
      ? eq(grantApplications.organisationId, applicant.organisationId)
      : and(eq(grantApplications.createdByUserId, applicant.userId), eq(grantApplications.applicantKind, "private_person"));
  return !!getDb()
    .select({ id: grantReports.id })
    .from(grantApplications)
    .innerJoin(grantReports, eq(grantReports.applicationId, grantApplications.id))
    .where(and(who, inArray(grantReports.status, GRANT_REPORT_OWED_STATUSES), lt(grantReports.dueOn, today)))
    .limit(1)
    .get();
}

/** Organisations among `organisationIds` with an overdue report (one query, for a list page's flags). */
export function organisationsWithOverdueReports(organisationIds: number[], today: string = todayInNorway()): Set<number> {
  if (organisationIds.length === 0) return new Set();
  const rows = getDb()
    .selectDistinct({ organisationId: grantApplications.organisationId })
    .from(grantApplications)
    .innerJoin(grantReports, eq(grantReports.applicationId, grantApplications.id))
    .where(and(inArray(grantApplications.organisationId, organisationIds), inArray(grantReports.status, GRANT_REPORT_OWED_STATUSES), lt(grantReports.dueOn, today)))
    .all();
  return new Set(rows.map((r) => r.organisationId!).filter((id) => id !== null));
}
