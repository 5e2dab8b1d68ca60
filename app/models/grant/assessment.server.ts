/**
 * Assessing applications: the administrator's completeness check, asking the applicant for more
 * (which reopens the application until a date), and the recommendation (innstilling); the group
 * members' conflict-of-interest declarations (forvaltningsloven §§ 6 and 8). What each member may
 * then see is round.server.ts's (getGroupRound, getGroupApplication): a member with a conflict sees
 * no assessment of that application and none of its files; a member who has not declared sees none yet.
 */
import { and, eq, inArray } from "drizzle-orm";
import { grantApplications, grantAssessments, grantDeclarations } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { notify } from "~/services/notify.server";
import type { Actor } from "~/services/permissions";
import { now, todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import type { GrantOutcome } from "~/validation/enums";
import {
  applicantRecipients,
  immediate,
  isCurrentMember,
  loadApplication,
  loadRound,
  refuse,
  requireAdministrator,
  type Reader,
} from "./shared.server";

function requireAdministeredApplication(db: Reader, actor: Actor, applicationId: number) {
  return requireAdministrator(actor, loadApplication(db, applicationId));
}

/** Records whether a submitted application is complete. */
export function recordCompleteness(actor: Actor, applicationId: number, isComplete: boolean): void {
  getDb().transaction((tx) => {
    const application = requireAdministeredApplication(tx, actor, applicationId);
    if (application.status !== "submitted") refuse("notSubmitted");
    const values = { isComplete, checkedByUserId: actor.id, checkedAt: new Date(now()) };
    tx.insert(grantAssessments).values({ applicationId, ...values }).onConflictDoUpdate({ target: grantAssessments.applicationId, set: values }).run();
    audit({ actorUserId: actor.id, action: "grant_application.checked", entityType: "grant_application", entityId: applicationId, details: { isComplete } }, tx);
  }, immediate);
}

/**
 * Asks the applicant for more: the application goes back to them (needs_more), editable and
 * submittable again until `until` (YYYY-MM-DD, Oslo), even after the round's deadline. They are told.
 */
export function requestMore(actor: Actor, applicationId: number, input: { message: string; until: string }): void {
  getDb().transaction((tx) => {
    const application = requireAdministeredApplication(tx, actor, applicationId);
    if (application.status !== "submitted") refuse("notSubmitted");
    if (application.releasedAt) refuse("alreadyReleased");
    if (input.until < todayInNorway()) refuse("moreRequestExpired", "invalid", "until");
    tx.update(grantApplications)
      .set({ status: "needs_more", moreRequested: input.message, moreRequestedUntil: input.until, updatedAt: new Date(now()) })
      .where(eq(grantApplications.id, applicationId))
      .run();
    const values = { isComplete: false, checkedByUserId: actor.id, checkedAt: new Date(now()) };
    tx.insert(grantAssessments).values({ applicationId, ...values }).onConflictDoUpdate({ target: grantAssessments.applicationId, set: values }).run();
    audit({ actorUserId: actor.id, action: "grant_application.more_requested", entityType: "grant_application", entityId: applicationId, details: { until: input.until } }, tx);
    notify(tx, {
      userIds: applicantRecipients(tx, application),
      kind: "grant_more_requested",
      params: { application: application.title, until: input.until },
      link: `/min-side/tilskudd/${applicationId}`,
      mail: null,
    });
  }, immediate);
}

/** The administrator's recommendation (innstilling) to the group. */
export function recommend(actor: Actor, applicationId: number, input: { recommendation: GrantOutcome; amountOre: number | null; text: string }): void {
  getDb().transaction((tx) => {
    const application = requireAdministeredApplication(tx, actor, applicationId);
    if (application.status !== "submitted") refuse("notSubmitted");
    const amount =
      input.recommendation === "rejected" ? 0 : input.recommendation === "granted" ? application.amountAppliedOre : input.amountOre;
    if (input.recommendation === "partly_granted" && (amount === null || amount <= 0 || amount >= (application.amountAppliedOre ?? 0))) refuse("partialAmount", "invalid", "amount");
    const values = { recommendation: input.recommendation, recommendedAmountOre: amount, recommendationText: input.text, recommendedByUserId: actor.id, recommendedAt: new Date(now()) };
    tx.insert(grantAssessments).values({ applicationId, ...values }).onConflictDoUpdate({ target: grantAssessments.applicationId, set: values }).run();
    audit({ actorUserId: actor.id, action: "grant_application.recommended", entityType: "grant_application", entityId: applicationId, details: { recommendation: input.recommendation, amountOre: amount } }, tx);
  }, immediate);
}

// ---------------------------------------------------------------------------------------------
// The group's side
// ---------------------------------------------------------------------------------------------

/** The round released to the group, for one of its current members; anything else is notFound. */
function requireMemberRound(db: Reader, actor: Actor, roundId: number) {
  const round = loadRound(db, roundId);
  if (!round || !isCurrentMember(db, round.schemeId, actor.id)) refuse("notFound", "notFound");
  if (!round.releasedAt) refuse("notReleased");
  return round;
}

/**
 * A member declares, for one application of a released round, "no conflict" or "conflict" with a
 * reason. The declaration may be changed until the application is decided (a member may find out
 * later that they are disqualified).
 */
export function declare(actor: Actor, applicationId: number, input: { hasConflict: boolean; reason: string | null }): void {
  getDb().transaction((tx) => {
    const application = loadApplication(tx, applicationId);
    if (!application || application.status === "draft") refuse("notFound", "notFound");
    requireMemberRound(tx, actor, application.roundId);
    if (application.status === "decided") refuse("alreadyDecided");
    if (input.hasConflict && !input.reason?.trim()) refuse("conflictReason", "invalid", "reason");
    const values = { hasConflict: input.hasConflict, reason: input.hasConflict ? input.reason : null, declaredAt: new Date(now()) };
    tx.insert(grantDeclarations)
      .values({ applicationId, userId: actor.id, ...values })
      .onConflictDoUpdate({ target: [grantDeclarations.applicationId, grantDeclarations.userId], set: values })
      .run();
    audit({ actorUserId: actor.id, action: input.hasConflict ? "grant_declaration.conflict" : "grant_declaration.no_conflict", entityType: "grant_application", entityId: applicationId, details: { reason: values.reason } }, tx);
  }, immediate);
}

/** Members of the scheme who have not declared on an application (for the meeting's checklist). */
export function undeclaredMembers(db: Reader, applicationId: number, memberIds: number[]): number[] {
  if (memberIds.length === 0) return [];
  const declared = new Set(
    db
      .select({ userId: grantDeclarations.userId })
      .from(grantDeclarations)
      .where(and(eq(grantDeclarations.applicationId, applicationId), inArray(grantDeclarations.userId, memberIds)))
      .all()
      .map((d) => d.userId),
  );
  return memberIds.filter((id) => !declared.has(id));
}
