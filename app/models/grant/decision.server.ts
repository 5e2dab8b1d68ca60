/**
 * Deciding: the group's meeting (date, members present), each application's decision under the
 * quorum and conflict-of-interest rules, a round's minutes (protokoll, /bydelsgruppe/:round/protokoll),
 * and the decision letters.
 *
 * Rules (forvaltningsloven): no decision while a present member has not declared on the application
 * (§ 8); members with a conflict neither count towards the quorum nor vote (§ 6); a partial grant or
 * a rejection carries its reason (§ 24); the letter states the decision, the reason, the conditions
 * and report due date, and the right to appeal within three weeks and to whom (§§ 27–29).
 */
import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import {
  areas,
  grantApplications,
  grantDeclarations,
  grantDecisions,
  grantLetters,
  grantMeetingAttendees,
  grantMeetings,
  grantReports,
  grantRounds,
  organisations,
  users,
} from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { notify } from "~/services/notify.server";
import { canAdministerScheme, quorumNeeded } from "~/services/grant-permissions";
import type { Actor } from "~/services/permissions";
import { getMessages } from "~/i18n";
import { isoDayInNorway } from "~/components/initiatives/format";
import { now, todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import type { GrantOutcome } from "~/validation/enums";
import {
  addDays,
  APPEAL_PERIOD_MS,
  applicantRecipients,
  currentMembers,
  immediate,
  isCurrentMember,
  loadApplication,
  loadRound,
  refuse,
  requireAdministrator,
  requireRecorder,
  type Reader,
  type Tx,
} from "./shared.server";

// ---------------------------------------------------------------------------------------------
// The meeting
// ---------------------------------------------------------------------------------------------

/** Opens the group's meeting on a released round, with the members present (all current members of the group). The administrator or the group's chair records it. */
export function openMeeting(actor: Actor, roundId: number, input: { heldOn: string; place: string; present: number[] }): number {
  return getDb().transaction((tx) => {
    const round = requireRecorder(tx, actor, loadRound(tx, roundId));
    if (!round.releasedAt) refuse("notReleased");
    if (round.lettersSentAt) refuse("lettersAlreadySent");
    const members = new Set(currentMembers(tx, round.schemeId).map((m) => m.userId));
    if (input.present.length === 0 || !input.present.every((id) => members.has(id))) refuse("presentNotMember", "invalid", "present");
    const id = tx.insert(grantMeetings).values({ roundId, heldOn: input.heldOn, place: input.place, createdByUserId: actor.id }).returning({ id: grantMeetings.id }).get().id;
    tx.insert(grantMeetingAttendees).values(input.present.map((userId) => ({ meetingId: id, userId }))).run();
    audit({ actorUserId: actor.id, action: "grant_meeting.opened", entityType: "grant_round", entityId: roundId, details: { meetingId: id, heldOn: input.heldOn, present: input.present } }, tx);
    return id;
  }, immediate);
}

export type DecisionRecord = {
  applicationId: number;
  /** The meeting that decides; null only for a continuous scheme's administrative decision. */
  meetingId: number | null;
  outcome: GrantOutcome;
  /** The amount of a partial grant (a full grant is the amount applied for, a rejection nothing). */
  amountOre: number | null;
  reason: string;
  conditions: string;
};

/**
 * Records the decision on one application. In a meeting: every present member must have declared
 * on it, and the present members without a conflict must meet the quorum. A partial grant or a
 * rejection needs its reason; a partial amount lies strictly between nothing and the amount applied
 * for; the round's grants stay within its budget. A grant gets its report due date (the activity's
 * end plus the scheme's days) and a report to await. The administrator or the group's chair records it.
 */
export function recordDecision(actor: Actor, input: DecisionRecord): number {
  return getDb().transaction((tx) => {
    const application = requireRecorder(tx, actor, loadApplication(tx, input.applicationId));
    if (application.status === "decided") refuse("alreadyDecided");
    if (application.status !== "submitted") refuse("notSubmitted");
    let decidedOn = todayInNorway();
    if (input.meetingId === null) {
      if (!application.isContinuous) refuse("notFound", "notFound", "meetingId");
    } else {
      const meeting = tx.select().from(grantMeetings).where(eq(grantMeetings.id, input.meetingId)).get();
      if (!meeting || meeting.roundId !== application.roundId) refuse("notFound", "notFound", "meetingId");
      decidedOn = meeting.heldOn;
      checkVotingMembers(tx, application.schemeId, application.quorum, input.meetingId, application.id);
    }
    if (!application.isContinuous && !application.releasedAt) refuse("notReleased");
    if (input.outcome !== "granted" && !input.reason.trim()) refuse("reasonRequired", "invalid", "reason");
    const applied = application.amountAppliedOre ?? 0;
    const amount = input.outcome === "granted" ? applied : input.outcome === "rejected" ? 0 : (input.amountOre ?? 0);
    if (input.outcome === "partly_granted" && (amount <= 0 || amount >= applied)) refuse("partialAmount", "invalid", "amount");
    const budget = application.budgetOre;
    if (amount > 0 && budget > 0) {
      const granted = tx
        .select({ total: sql<number>`coalesce(sum(${grantDecisions.amountGrantedOre}), 0)` })
        .from(grantDecisions)
        .where(and(eq(grantDecisions.roundId, application.roundId), isNull(grantDecisions.supersededAt)))
        .get()!.total;
      if (granted + amount > budget) refuse("overRoundBudget", "invalid", "amount");
    }
    const id = insertDecision(tx, actor, application, { ...input, amountOre: amount }, decidedOn, null);
    tx.update(grantApplications).set({ status: "decided", updatedAt: new Date(now()) }).where(eq(grantApplications.id, application.id)).run();
    audit(
      { actorUserId: actor.id, action: "grant_decision.recorded", entityType: "grant_application", entityId: application.id, details: { decisionId: id, outcome: input.outcome, amountOre: amount, meetingId: input.meetingId } },
      tx,
    );
    return id;
  }, immediate);
}

/**
 * Inserts a current decision (and, for a grant, the report it asks for; for a rejection, no report).
 * Shared with an upheld appeal (appeal.server.ts), which supersedes the decision it answers first.
 */
export function insertDecision(
  tx: Tx,
  actor: Actor,
  application: { id: number; roundId: number; startDate: string | null; endDate: string | null; reportDueDays: number },
  input: { meetingId: number | null; outcome: GrantOutcome; amountOre: number | null; reason: string; conditions: string },
  decidedOn: string,
  appealId: number | null,
): number {
  const reportDueOn = input.outcome === "rejected" ? null : addDays(application.endDate ?? application.startDate ?? decidedOn, application.reportDueDays);
  const id = tx
    .insert(grantDecisions)
    .values({
      applicationId: application.id,
      roundId: application.roundId,
      meetingId: input.meetingId,
      appealId,
      outcome: input.outcome,
      amountGrantedOre: input.amountOre ?? 0,
      reason: input.reason.trim(),
      conditions: input.conditions,
      reportDueOn,
      decidedOn,
      decidedByUserId: actor.id,
    })
    .returning({ id: grantDecisions.id })
    .get().id;
  if (reportDueOn) {
    tx.insert(grantReports).values({ applicationId: application.id, dueOn: reportDueOn, status: "due" }).onConflictDoUpdate({ target: grantReports.applicationId, set: { dueOn: reportDueOn } }).run();
  }
  return id;
}

/** The present members all declared on the application, and those without a conflict meet the quorum. */
export function checkVotingMembers(tx: Reader, schemeId: number, quorum: number | null, meetingId: number, applicationId: number) {
  const present = tx
    .select({ userId: grantMeetingAttendees.userId, hasConflict: grantDeclarations.hasConflict })
    .from(grantMeetingAttendees)
    .leftJoin(grantDeclarations, and(eq(grantDeclarations.userId, grantMeetingAttendees.userId), eq(grantDeclarations.applicationId, applicationId)))
    .where(eq(grantMeetingAttendees.meetingId, meetingId))
    .all();
  if (present.some((p) => p.hasConflict === null)) refuse("undeclaredPresent");
  const voting = present.filter((p) => p.hasConflict === false).length;
  if (voting < quorumNeeded(quorum, currentMembers(tx, schemeId).length)) refuse("quorumNotMet");
}

// ---------------------------------------------------------------------------------------------
// The minutes
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// Decision letters
// ---------------------------------------------------------------------------------------------

/**
 * Sends the decision letters of a round: every application still open must be decided first. Each
 * applicant gets a notification and an e-mail in their own language; the letter as sent is kept.
 * The round is then decided, and its grants public. Returns how many letters went out.
 */
export function sendDecisionLetters(actor: Actor, roundId: number): number {
  return getDb().transaction((tx) => {
    const round = requireAdministrator(actor, loadRound(tx, roundId));
    if (round.lettersSentAt && !round.isContinuous) refuse("lettersAlreadySent");
    const open = tx
      .select({ id: grantApplications.id })
      .from(grantApplications)
      .where(and(eq(grantApplications.roundId, roundId), inArray(grantApplications.status, ["submitted", "needs_more"])))
      .limit(1)
      .get();
    if (open && !round.isContinuous) refuse("undecidedApplications");
    const unsent = tx
      .select({ id: grantDecisions.id })
      .from(grantDecisions)
      .where(and(eq(grantDecisions.roundId, roundId), isNull(grantDecisions.supersededAt), isNull(grantDecisions.letterSentAt)))
      .all();
    for (const d of unsent) sendLetter(tx, d.id);
    tx.update(grantRounds).set({ lettersSentAt: new Date(now()) }).where(eq(grantRounds.id, roundId)).run();
    audit({ actorUserId: actor.id, action: "grant_round.letters_sent", entityType: "grant_round", entityId: roundId, details: { letters: unsent.length } }, tx);
    return unsent.length;
  }, immediate);
}

/** Writes, keeps and sends one decision's letter to each of the applicant's recipients (also used after an upheld appeal). */
export function sendLetter(tx: Tx, decisionId: number): void {
  const d = tx
    .select({
      id: grantDecisions.id,
      applicationId: grantDecisions.applicationId,
      outcome: grantDecisions.outcome,
      amountGrantedOre: grantDecisions.amountGrantedOre,
      reason: grantDecisions.reason,
      conditions: grantDecisions.conditions,
      reportDueOn: grantDecisions.reportDueOn,
      decidedOn: grantDecisions.decidedOn,
    })
    .from(grantDecisions)
    .where(eq(grantDecisions.id, decisionId))
    .get()!;
  const application = loadApplication(tx, d.applicationId)!;
  const organisation = application.organisationId === null ? null : tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, application.organisationId)).get();
  const sentAt = now();
  const recipients = applicantRecipients(tx, application);
  const people = recipients.length ? tx.select({ id: users.id, name: users.name, language: users.language }).from(users).where(inArray(users.id, recipients)).all() : [];
  const letterFor = (t: ReturnType<typeof getMessages>, personName: string) => ({
    subject: t.mail.grants.decisionSubject(application.title),
    text: t.mail.grants.decisionText({
      applicant: organisation?.name ?? personName,
      title: application.title,
      scheme: application.schemeName,
      round: application.roundName,
      outcome: d.outcome,
      amountAppliedOre: application.amountAppliedOre ?? 0,
      amountGrantedOre: d.amountGrantedOre,
      reason: d.reason,
      conditions: d.conditions,
      reportDueOn: d.reportDueOn,
      decidedOn: d.decidedOn,
      appealDeadline: isoDayInNorway(sentAt + APPEAL_PERIOD_MS),
      appealBody: application.appealBody,
      link: `${getEnv().publicUrl}/min-side/tilskudd/${application.id}`,
    }),
  });
  for (const person of people) {
    const letter = letterFor(getMessages(person.language), person.name);
    tx.insert(grantLetters).values({ decisionId, recipientUserId: person.id, language: person.language, subject: letter.subject, body: letter.text, sentAt: new Date(sentAt) }).run();
    notify(tx, {
      userIds: [person.id],
      kind: "grant_decided",
      params: { application: application.title },
      link: `/min-side/tilskudd/${application.id}`,
      mail: (t) => letterFor(t, person.name),
    });
  }
  tx.update(grantDecisions).set({ letterSentAt: new Date(sentAt) }).where(eq(grantDecisions.id, decisionId)).run();
}
