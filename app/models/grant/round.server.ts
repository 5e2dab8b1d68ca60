/**
 * A round and its applications as they are read, for the administrator and for the group: a round
 * found from its address (/koordinator/tilskudd/:slug/:round), a round as its administrator works on
 * it, one application in full for the administrator; a released round as the group's members and its
 * recorder (the administrator or the chair) see it (/bydelsgruppe/:round), what the actor may do in
 * it, one application in full for a member who declared no conflict, and per round what a member has
 * still to declare on. Each read has a fixed number of queries, so the pages stay within the query
 * budget whatever the round's size. The writes are assessment.server.ts's (check, recommendation,
 * declarations) and decision.server.ts's (meeting, decisions, letters).
 */
import { and, asc, desc, eq, inArray, isNull, ne, notInArray, sql } from "drizzle-orm";
import {
  areas,
  grantAppeals,
  grantApplications,
  grantAssessments,
  grantAttachments,
  grantBudgetLines,
  grantDeclarations,
  grantDecisions,
  grantGroupMembers,
  grantMeetingAttendees,
  grantMeetings,
  grantPayments,
  grantReports,
  grantRounds,
  grantSchemes,
  organisations,
  users,
} from "../../../db/schema";
import { canAdministerScheme, canAssess, canRecordDecisions, quorumNeeded } from "~/services/grant-permissions";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { organisationsWithOverdueReports } from "./application.server";
import { currentMembers, loadApplication, loadRound, memberRole, refuse, requireAdministrator, type Reader } from "./shared.server";

// ---------------------------------------------------------------------------------------------
// The administrator's side
// ---------------------------------------------------------------------------------------------

/** Columns of an application that the administrator and the group see in a list. */
const listColumns = {
  id: grantApplications.id,
  title: grantApplications.title,
  status: grantApplications.status,
  applicantKind: grantApplications.applicantKind,
  organisationId: grantApplications.organisationId,
  organisationName: organisations.name,
  organisationSector: organisations.sector,
  areaName: areas.name,
  amountAppliedOre: grantApplications.amountAppliedOre,
  ownShareOre: grantApplications.ownShareOre,
  submittedAt: grantApplications.submittedAt,
  moreRequestedUntil: grantApplications.moreRequestedUntil,
};

function roundApplications(db: Reader, roundId: number) {
  return db
    .select({
      ...listColumns,
      isComplete: grantAssessments.isComplete,
      recommendation: grantAssessments.recommendation,
      recommendedAmountOre: grantAssessments.recommendedAmountOre,
      recommendationText: grantAssessments.recommendationText,
      outcome: grantDecisions.outcome,
      amountGrantedOre: grantDecisions.amountGrantedOre,
    })
    .from(grantApplications)
    .leftJoin(organisations, eq(organisations.id, grantApplications.organisationId))
    .leftJoin(areas, eq(areas.id, grantApplications.areaId))
    .leftJoin(grantAssessments, eq(grantAssessments.applicationId, grantApplications.id))
    .leftJoin(grantDecisions, and(eq(grantDecisions.applicationId, grantApplications.id), isNull(grantDecisions.supersededAt)))
    // Drafts are the applicant's own until submitted; withdrawn ones stay listed, marked.
    .where(and(eq(grantApplications.roundId, roundId), ne(grantApplications.status, "draft")))
    .orderBy(asc(grantApplications.submittedAt), asc(grantApplications.id))
    .all();
}

/**
 * The round an address names within a scheme: its slug, or its id when the key is a number (a link
 * from a notification or the group's pages carries the id). One query.
 */
export function roundForAdministrator(actor: Actor, schemeSlug: string, roundKey: string) {
  const byId = /^\d{1,15}$/.test(roundKey) ? Number(roundKey) : null;
  const round = getDb()
    .select({ id: grantRounds.id, slug: grantRounds.slug, name: grantRounds.name, schemeId: grantSchemes.id, schemeSlug: grantSchemes.slug, schemeName: grantSchemes.name, programmeId: grantSchemes.programmeId })
    .from(grantRounds)
    .innerJoin(grantSchemes, eq(grantSchemes.id, grantRounds.schemeId))
    .where(and(eq(grantSchemes.slug, schemeSlug), byId === null ? eq(grantRounds.slug, roundKey) : eq(grantRounds.id, byId)))
    .get();
  return requireAdministrator(actor, round);
}

/** A round as its administrator corrects it (/koordinator/tilskudd/:slug/:round/endre): every field. Two queries. */
export function getRoundToEdit(actor: Actor, schemeSlug: string, roundKey: string) {
  const { id } = roundForAdministrator(actor, schemeSlug, roundKey);
  return requireAdministrator(actor, loadRound(getDb(), id));
}

/**
 * A round as its administrator works on it: the round, every submitted application with its check,
 * recommendation and decision, and the overdue-report flag of each organisation. Four queries.
 */
export function getRoundForAdministrator(actor: Actor, roundId: number) {
  const db = getDb();
  const round = requireAdministrator(actor, loadRound(db, roundId));
  const applications = roundApplications(db, roundId);
  const overdue = organisationsWithOverdueReports([...new Set(applications.map((a) => a.organisationId).filter((id): id is number => id !== null))]);
  return {
    round,
    applications: applications.map((a) => ({ ...a, overdueReport: a.organisationId !== null && overdue.has(a.organisationId) })),
  };
}

/**
 * One application as its administrator sees it, when it belongs to `roundId` (the address): the
 * whole application with its check, current decision and report, its budget lines, files and
 * payments. Drafts are the applicant's own: notFound. Four queries.
 */
export function getApplicationForAdministrator(actor: Actor, roundId: number, applicationId: number) {
  const db = getDb();
  const row = db
    .select({
      id: grantApplications.id,
      roundId: grantApplications.roundId,
      programmeId: grantSchemes.programmeId,
      status: grantApplications.status,
      title: grantApplications.title,
      description: grantApplications.description,
      targetGroup: grantApplications.targetGroup,
      expectedParticipants: grantApplications.expectedParticipants,
      startDate: grantApplications.startDate,
      endDate: grantApplications.endDate,
      areaName: areas.name,
      applicantKind: grantApplications.applicantKind,
      organisationId: grantApplications.organisationId,
      organisationName: organisations.name,
      organisationSector: organisations.sector,
      createdByUserId: grantApplications.createdByUserId,
      amountAppliedOre: grantApplications.amountAppliedOre,
      ownShareOre: grantApplications.ownShareOre,
      contactName: grantApplications.contactName,
      contactEmail: grantApplications.contactEmail,
      contactPhone: grantApplications.contactPhone,
      moreRequested: grantApplications.moreRequested,
      moreRequestedUntil: grantApplications.moreRequestedUntil,
      submittedAt: grantApplications.submittedAt,
      isComplete: grantAssessments.isComplete,
      recommendation: grantAssessments.recommendation,
      recommendedAmountOre: grantAssessments.recommendedAmountOre,
      recommendationText: grantAssessments.recommendationText,
      outcome: grantDecisions.outcome,
      amountGrantedOre: grantDecisions.amountGrantedOre,
      decisionReason: grantDecisions.reason,
      decidedOn: grantDecisions.decidedOn,
      letterSentAt: grantDecisions.letterSentAt,
      reportStatus: grantReports.status,
      reportDueOn: grantReports.dueOn,
      reportText: grantReports.text,
      participantsReached: grantReports.participantsReached,
      spentOre: grantReports.spentOre,
      unspentOre: grantReports.unspentOre,
      reportSubmittedAt: grantReports.submittedAt,
      reportFeedback: grantReports.feedback,
    })
    .from(grantApplications)
    .innerJoin(grantRounds, eq(grantRounds.id, grantApplications.roundId))
    .innerJoin(grantSchemes, eq(grantSchemes.id, grantRounds.schemeId))
    .leftJoin(organisations, eq(organisations.id, grantApplications.organisationId))
    .leftJoin(areas, eq(areas.id, grantApplications.areaId))
    .leftJoin(grantAssessments, eq(grantAssessments.applicationId, grantApplications.id))
    .leftJoin(grantDecisions, and(eq(grantDecisions.applicationId, grantApplications.id), isNull(grantDecisions.supersededAt)))
    .leftJoin(grantReports, eq(grantReports.applicationId, grantApplications.id))
    .where(eq(grantApplications.id, applicationId))
    .get();
  // Another round's application under this round's address is as unknown as a made-up id.
  if (!row || row.roundId !== roundId || row.status === "draft") refuse("notFound", "notFound");
  requireAdministrator(actor, row);
  const budgetLines = db
    .select({ description: grantBudgetLines.description, amountOre: grantBudgetLines.amountOre })
    .from(grantBudgetLines)
    .where(eq(grantBudgetLines.applicationId, applicationId))
    .orderBy(asc(grantBudgetLines.position))
    .all();
  const attachments = db
    .select({ id: grantAttachments.id, fileName: grantAttachments.fileName, mediaType: grantAttachments.mediaType, sizeBytes: grantAttachments.sizeBytes, reportId: grantAttachments.reportId })
    .from(grantAttachments)
    .where(eq(grantAttachments.applicationId, applicationId))
    .orderBy(asc(grantAttachments.createdAt), asc(grantAttachments.id))
    .all();
  const payments = db
    .select({ id: grantPayments.id, paidOn: grantPayments.paidOn, amountOre: grantPayments.amountOre })
    .from(grantPayments)
    .where(eq(grantPayments.applicationId, applicationId))
    .orderBy(asc(grantPayments.paidOn), asc(grantPayments.id))
    .all();
  return { ...row, budgetLines, attachments, payments };
}

// ---------------------------------------------------------------------------------------------
// The group's side (released rounds)
// ---------------------------------------------------------------------------------------------

/** Per released round, how many of its open applications the person has not declared on yet. One query. */
export function undeclaredByRound(userId: number, roundIds: number[]): Map<number, number> {
  if (roundIds.length === 0) return new Map();
  const rows = getDb()
    .select({ roundId: grantApplications.roundId, n: sql<number>`count(*)` })
    .from(grantApplications)
    .leftJoin(grantDeclarations, and(eq(grantDeclarations.applicationId, grantApplications.id), eq(grantDeclarations.userId, userId)))
    .where(and(inArray(grantApplications.roundId, roundIds), eq(grantApplications.status, "submitted"), isNull(grantDeclarations.userId)))
    .groupBy(grantApplications.roundId)
    .all();
  return new Map(rows.map((r) => [r.roundId, Number(r.n)]));
}

/** The round, if the actor may work in it (a current member, or its administrator) and it has been released; else notFound. */
function requireGroupRound(actor: Actor, roundId: number) {
  const db = getDb();
  const round = loadRound(db, roundId);
  if (!round) refuse("notFound", "notFound");
  const members = currentMembers(db, round.schemeId);
  const me = members.find((m) => m.userId === actor.id) ?? null;
  const isAdministrator = canAdministerScheme(actor, round);
  if (!me && !isAdministrator) refuse("notFound", "notFound");
  // Before release the applications are the administrator's work in progress (/koordinator/tilskudd).
  if (!round.releasedAt) refuse("notReleased", "notFound");
  return { db, round, members, me, isAdministrator };
}

/**
 * What the actor may do in a released round, checked before any form is read: a member declares,
 * the administrator or the chair records. Unknown, unreleased or not theirs: notFound. Two queries.
 */
export function groupRoundAccess(actor: Actor, roundId: number): { mayDeclare: boolean; mayRecord: boolean } {
  const db = getDb();
  const round = loadRound(db, roundId);
  if (!round) refuse("notFound", "notFound");
  const isAdministrator = canAdministerScheme(actor, round);
  const role = memberRole(db, round.schemeId, actor.id);
  if (!role && !isAdministrator) refuse("notFound", "notFound");
  if (!round.releasedAt) refuse("notReleased", "notFound");
  return { mayDeclare: role !== null, mayRecord: canRecordDecisions(actor, round, role) };
}

/**
 * A released round for /bydelsgruppe/:round: every submitted application with the person's own
 * declaration, the recommendation where they may see it (declared no conflict, or the
 * administrator), the current decision and the open appeal; for the recorder also the meeting, the
 * members to choose from and, per application, who present has not declared, who stepped aside
 * and whether the quorum holds. Five queries.
 */
export function getGroupRound(actor: Actor, roundId: number) {
  const { db, round, members, me, isAdministrator } = requireGroupRound(actor, roundId);
  const canRecord = canRecordDecisions(actor, round, me?.role ?? null);
  const rows = db
    .select({
      id: grantApplications.id,
      title: grantApplications.title,
      status: grantApplications.status,
      applicantKind: grantApplications.applicantKind,
      organisationName: organisations.name,
      areaName: areas.name,
      amountAppliedOre: grantApplications.amountAppliedOre,
      recommendation: grantAssessments.recommendation,
      recommendedAmountOre: grantAssessments.recommendedAmountOre,
      recommendationText: grantAssessments.recommendationText,
      outcome: grantDecisions.outcome,
      amountGrantedOre: grantDecisions.amountGrantedOre,
      decisionReason: grantDecisions.reason,
      appealId: grantAppeals.id,
      appealText: grantAppeals.text,
      appealLodgedAt: grantAppeals.lodgedAt,
    })
    .from(grantApplications)
    .leftJoin(organisations, eq(organisations.id, grantApplications.organisationId))
    .leftJoin(areas, eq(areas.id, grantApplications.areaId))
    .leftJoin(grantAssessments, eq(grantAssessments.applicationId, grantApplications.id))
    .leftJoin(grantDecisions, and(eq(grantDecisions.applicationId, grantApplications.id), isNull(grantDecisions.supersededAt)))
    // At most one open appeal per application (grant_appeals_open_unique), so the join adds no rows.
    .leftJoin(grantAppeals, and(eq(grantAppeals.applicationId, grantApplications.id), isNull(grantAppeals.outcome)))
    .where(and(eq(grantApplications.roundId, roundId), notInArray(grantApplications.status, ["draft", "withdrawn"])))
    .orderBy(asc(grantApplications.submittedAt), asc(grantApplications.id))
    .all();
  const declarations = db
    .select({ applicationId: grantDeclarations.applicationId, userId: grantDeclarations.userId, hasConflict: grantDeclarations.hasConflict, reason: grantDeclarations.reason })
    .from(grantDeclarations)
    .innerJoin(grantApplications, eq(grantApplications.id, grantDeclarations.applicationId))
    .where(eq(grantApplications.roundId, roundId))
    .all();
  const meetingRows = db
    .select({ id: grantMeetings.id, heldOn: grantMeetings.heldOn, place: grantMeetings.place, userId: grantMeetingAttendees.userId, name: users.name })
    .from(grantMeetings)
    .leftJoin(grantMeetingAttendees, eq(grantMeetingAttendees.meetingId, grantMeetings.id))
    .leftJoin(users, eq(users.id, grantMeetingAttendees.userId))
    .where(eq(grantMeetings.roundId, roundId))
    .orderBy(desc(grantMeetings.heldOn), desc(grantMeetings.id), asc(users.name))
    .all();
  // The latest meeting is the one decisions are recorded in; earlier ones stay in the minutes.
  const latest = meetingRows[0] ?? null;
  const meeting = latest
    ? {
        id: latest.id,
        heldOn: latest.heldOn,
        place: latest.place,
        present: meetingRows.filter((r) => r.id === latest.id && r.userId !== null).map((r) => ({ userId: r.userId!, name: r.name ?? "" })),
      }
    : null;
  const needed = quorumNeeded(round.quorum, members.length);
  const nameOf = new Map(members.map((m) => [m.userId, m.name]));
  return {
    round: { id: round.id, name: round.name, schemeName: round.schemeName, appealBody: round.appealBody, lettersSentAt: round.lettersSentAt, plannedDecisionDate: round.plannedDecisionDate },
    me: me ? { role: me.role } : null,
    isAdministrator,
    canRecord,
    members: canRecord ? members.map((m) => ({ userId: m.userId, name: m.name, role: m.role })) : [],
    meeting,
    hasMeetings: meetingRows.length > 0,
    quorumNeeded: needed,
    applications: rows.map((a) => {
      const mine = declarations.find((d) => d.applicationId === a.id && d.userId === actor.id) ?? null;
      const sees = isAdministrator || (me !== null && canAssess({ isMember: true, declaration: mine }));
      const onThis = declarations.filter((d) => d.applicationId === a.id);
      const present = meeting?.present ?? [];
      return {
        id: a.id,
        title: a.title,
        status: a.status,
        // A private person is not named to the group either: the minutes are public (offentleglova).
        applicant: a.applicantKind === "private_person" ? null : a.organisationName,
        areaName: a.areaName,
        amountAppliedOre: a.amountAppliedOre,
        declaration: mine ? { hasConflict: mine.hasConflict, reason: mine.reason } : null,
        canSee: sees,
        assessment: sees && a.recommendation ? { recommendation: a.recommendation, amountOre: a.recommendedAmountOre, text: a.recommendationText ?? "" } : null,
        decision: a.outcome ? { outcome: a.outcome, amountGrantedOre: a.amountGrantedOre ?? 0, reason: a.decisionReason ?? "" } : null,
        appeal: a.appealId ? { id: a.appealId, lodgedAt: a.appealLodgedAt, text: sees ? a.appealText : null } : null,
        // The recorder's checklist before the decision (the model checks the same when it records).
        meetingCheck: canRecord && meeting
          ? {
              undeclared: present.filter((p) => !onThis.some((d) => d.userId === p.userId)).map((p) => p.name),
              steppedAside: onThis.filter((d) => d.hasConflict).map((d) => nameOf.get(d.userId) ?? ""),
              voting: present.filter((p) => onThis.some((d) => d.userId === p.userId && !d.hasConflict)).length,
            }
          : null,
      };
    }),
  };
}

/**
 * One application in full for the group (/bydelsgruppe/:round/soknad/:id): the application, its
 * budget, the recommendation and the attachments, for a member who declared no conflict or the
 * administrator. A member who has not declared, or declared a conflict, is refused (notDeclared,
 * conflicted; forbidden). Five queries (four for the administrator).
 */
export function getGroupApplication(actor: Actor, roundId: number, applicationId: number) {
  const db = getDb();
  const application = loadApplication(db, applicationId);
  if (!application || application.roundId !== roundId || application.status === "draft" || application.status === "withdrawn") refuse("notFound", "notFound");
  const isAdministrator = canAdministerScheme(actor, application);
  if (!isAdministrator) {
    // The seat in the group and the declaration on this application, in one query.
    const standing = db
      .select({ role: grantGroupMembers.role, hasConflict: grantDeclarations.hasConflict })
      .from(grantGroupMembers)
      .leftJoin(grantDeclarations, and(eq(grantDeclarations.applicationId, applicationId), eq(grantDeclarations.userId, grantGroupMembers.userId)))
      .where(and(eq(grantGroupMembers.schemeId, application.schemeId), eq(grantGroupMembers.userId, actor.id), isNull(grantGroupMembers.endedAt)))
      .get();
    if (!standing) refuse("notFound", "notFound");
    if (!application.releasedAt) refuse("notReleased", "notFound");
    if (standing.hasConflict === null) refuse("notDeclared", "forbidden");
    if (standing.hasConflict) refuse("conflicted", "forbidden");
  } else if (!application.releasedAt) refuse("notReleased", "notFound");
  const row = db
    .select({
      id: grantApplications.id,
      title: grantApplications.title,
      status: grantApplications.status,
      applicantKind: grantApplications.applicantKind,
      organisationName: organisations.name,
      areaName: areas.name,
      description: grantApplications.description,
      targetGroup: grantApplications.targetGroup,
      expectedParticipants: grantApplications.expectedParticipants,
      startDate: grantApplications.startDate,
      endDate: grantApplications.endDate,
      amountAppliedOre: grantApplications.amountAppliedOre,
      ownShareOre: grantApplications.ownShareOre,
      recommendation: grantAssessments.recommendation,
      recommendedAmountOre: grantAssessments.recommendedAmountOre,
      recommendationText: grantAssessments.recommendationText,
      isComplete: grantAssessments.isComplete,
    })
    .from(grantApplications)
    .leftJoin(organisations, eq(organisations.id, grantApplications.organisationId))
    .leftJoin(areas, eq(areas.id, grantApplications.areaId))
    .leftJoin(grantAssessments, eq(grantAssessments.applicationId, grantApplications.id))
    .where(eq(grantApplications.id, applicationId))
    .get()!;
  const budgetLines = db
    .select({ description: grantBudgetLines.description, amountOre: grantBudgetLines.amountOre })
    .from(grantBudgetLines)
    .where(eq(grantBudgetLines.applicationId, applicationId))
    .orderBy(asc(grantBudgetLines.position))
    .all();
  const attachments = db
    .select({ id: grantAttachments.id, fileName: grantAttachments.fileName, sizeBytes: grantAttachments.sizeBytes })
    .from(grantAttachments)
    // The report's files belong to the follow-up, not to the assessment.
    .where(and(eq(grantAttachments.applicationId, applicationId), isNull(grantAttachments.reportId)))
    .orderBy(asc(grantAttachments.id))
    .all();
  const { applicantKind, organisationName, ...rest } = row;
  return {
    round: { id: application.roundId, name: application.roundName, schemeName: application.schemeName },
    application: { ...rest, applicant: applicantKind === "private_person" ? null : organisationName },
    budgetLines,
    attachments,
  };
}

export type GroupRound = ReturnType<typeof getGroupRound>;
