/**
 * What the group's pages read (/bydelsgruppe…, issue 20): the person's schemes with what waits for
 * them, a released round as its members and its recorder (the administrator or the group's chair)
 * see it, one application in full, and a round's minutes. Each read is one function with a fixed
 * number of queries, so the pages stay within the query budget whatever the round's size; the writes
 * are the models' own (declare, openMeeting, recordDecision, decideAppeal).
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, notInArray, sql } from "drizzle-orm";
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
  notifications,
  organisations,
  users,
} from "../../../db/schema";
import { canAdministerScheme, canAssess, canRecordDecisions, quorumNeeded } from "~/services/grant-permissions";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { currentMembers, isCurrentMember, loadApplication, loadRound, memberRole, refuse } from "./shared.server";

/**
 * The header's two facts about a signed-in person in one statement: unread notifications, and
 * whether they sit in any scheme's group (the "Bydelsgruppe" link). One statement instead of two,
 * because the header runs on every page and every page has a budget of ten.
 */
export function shellFacts(userId: number): { unread: number; isGroupMember: boolean } {
  const row = getDb()
    .select({
      unread: sql<number>`(SELECT count(*) FROM ${notifications} WHERE ${notifications.userId} = ${userId} AND ${notifications.readAt} IS NULL)`,
      member: sql<number>`EXISTS (SELECT 1 FROM ${grantGroupMembers} WHERE ${grantGroupMembers.userId} = ${userId} AND ${grantGroupMembers.endedAt} IS NULL)`,
    })
    .from(sql`(SELECT 1)`)
    .get();
  return { unread: Number(row?.unread ?? 0), isGroupMember: Boolean(row?.member) };
}

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

/**
 * The minutes (protokoll) of a round for /bydelsgruppe/:round/protokoll, for its administrator and
 * the group's members: each meeting's date, place and who was present; per application decided
 * there the applicant (never a private person's name: the minutes are public under offentleglova),
 * the activity, the decision and its reason, and who stepped aside and why. Five queries.
 */
export function getRoundMinutes(actor: Actor, roundId: number) {
  const db = getDb();
  const round = loadRound(db, roundId);
  if (!round) refuse("notFound", "notFound");
  if (!canAdministerScheme(actor, round) && !isCurrentMember(db, round.schemeId, actor.id)) refuse("notFound", "notFound");
  const meetingRows = db
    .select({ id: grantMeetings.id, heldOn: grantMeetings.heldOn, place: grantMeetings.place, name: users.name })
    .from(grantMeetings)
    .leftJoin(grantMeetingAttendees, eq(grantMeetingAttendees.meetingId, grantMeetings.id))
    .leftJoin(users, eq(users.id, grantMeetingAttendees.userId))
    .where(eq(grantMeetings.roundId, roundId))
    .orderBy(asc(grantMeetings.heldOn), asc(grantMeetings.id), asc(users.name))
    .all();
  const meetingIds = [...new Set(meetingRows.map((m) => m.id))];
  const decided = meetingIds.length
    ? db
        .select({
          meetingId: grantDecisions.meetingId,
          applicationId: grantApplications.id,
          title: grantApplications.title,
          applicantKind: grantApplications.applicantKind,
          organisationName: organisations.name,
          areaName: areas.name,
          amountAppliedOre: grantApplications.amountAppliedOre,
          outcome: grantDecisions.outcome,
          amountGrantedOre: grantDecisions.amountGrantedOre,
          reason: grantDecisions.reason,
          superseded: isNotNull(grantDecisions.supersededAt),
        })
        .from(grantDecisions)
        .innerJoin(grantApplications, eq(grantApplications.id, grantDecisions.applicationId))
        .leftJoin(organisations, eq(organisations.id, grantApplications.organisationId))
        .leftJoin(areas, eq(areas.id, grantApplications.areaId))
        .where(inArray(grantDecisions.meetingId, meetingIds))
        .orderBy(asc(grantDecisions.id))
        .all()
    : [];
  const conflicts = decided.length
    ? db
        .select({ applicationId: grantDeclarations.applicationId, name: users.name, reason: grantDeclarations.reason })
        .from(grantDeclarations)
        .innerJoin(users, eq(users.id, grantDeclarations.userId))
        .where(and(inArray(grantDeclarations.applicationId, decided.map((d) => d.applicationId)), eq(grantDeclarations.hasConflict, true)))
        .orderBy(asc(users.name))
        .all()
    : [];
  return {
    round: { id: round.id, name: round.name, schemeName: round.schemeName, appealBody: round.appealBody },
    meetings: meetingIds.map((id) => {
      const rows = meetingRows.filter((m) => m.id === id);
      return {
        id,
        heldOn: rows[0]!.heldOn,
        place: rows[0]!.place,
        present: rows.map((r) => r.name).filter((n): n is string => n !== null),
        items: decided
          .filter((d) => d.meetingId === id)
          .map((d) => ({
            applicationId: d.applicationId,
            title: d.title,
            applicant: d.applicantKind === "private_person" ? null : d.organisationName,
            areaName: d.areaName,
            amountAppliedOre: d.amountAppliedOre,
            outcome: d.outcome,
            amountGrantedOre: d.amountGrantedOre,
            reason: d.reason,
            superseded: Boolean(d.superseded),
            steppedAside: conflicts.filter((c) => c.applicationId === d.applicationId).map((c) => ({ name: c.name, reason: c.reason ?? "" })),
          })),
      };
    }),
  };
}

export type GroupRound = ReturnType<typeof getGroupRound>;
