/**
 * Appeals (forvaltningsloven §§ 28–29): the applicant lodges one within three weeks of the decision
 * letter; it goes back to the group for reconsideration. An upheld appeal changes the decision (the
 * old one stays on record, superseded, and a new letter goes out); one not upheld is recorded as
 * forwarded to the appeal body the scheme names.
 */
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { grantAppeals, grantDecisions, grantMeetings, grantReports } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { notify } from "~/services/notify.server";
import type { Actor } from "~/services/permissions";
import { now, todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import type { GrantAppealOutcome, GrantOutcome } from "~/validation/enums";
import { checkVotingMembers, insertDecision, sendLetter } from "./decision.server";
import { APPEAL_PERIOD_MS, immediate, loadApplication, refuse, requireApplicant, requireRecorder, schemeAdministrators } from "./shared.server";

function currentDecision(db: Pick<ReturnType<typeof getDb>, "select">, applicationId: number) {
  return db
    .select({ id: grantDecisions.id, letterSentAt: grantDecisions.letterSentAt, outcome: grantDecisions.outcome, amountGrantedOre: grantDecisions.amountGrantedOre })
    .from(grantDecisions)
    .where(and(eq(grantDecisions.applicationId, applicationId), isNull(grantDecisions.supersededAt)))
    .get();
}

/** The applicant appeals against the current decision: only after its letter, within three weeks, one open appeal at a time. */
export function lodgeAppeal(actor: Actor, applicationId: number, text: string): number {
  return getDb().transaction((tx) => {
    const application = requireApplicant(tx, actor, applicationId);
    const decision = currentDecision(tx, applicationId);
    if (!decision?.letterSentAt) refuse("noLetterYet");
    if (now() > decision.letterSentAt.getTime() + APPEAL_PERIOD_MS) refuse("appealPeriodOver");
    const open = tx.select({ id: grantAppeals.id }).from(grantAppeals).where(and(eq(grantAppeals.applicationId, applicationId), isNull(grantAppeals.outcome))).get();
    if (open) refuse("appealOpen");
    const id = tx
      .insert(grantAppeals)
      .values({ applicationId, decisionId: decision.id, text, lodgedByUserId: actor.id, lodgedAt: new Date(now()) })
      .returning({ id: grantAppeals.id })
      .get().id;
    audit({ actorUserId: actor.id, action: "grant_appeal.lodged", entityType: "grant_application", entityId: applicationId, details: { appealId: id, decisionId: decision.id } }, tx);
    notify(tx, {
      userIds: schemeAdministrators(tx, application.programmeId),
      kind: "grant_appeal_lodged",
      params: { application: application.title },
      link: `/koordinator/tilskudd/${application.schemeSlug}`,
      mail: null,
    });
    return id;
  }, immediate);
}

export type AppealDecision =
  | { outcome: Extract<GrantAppealOutcome, "forwarded">; note: string }
  | { outcome: Extract<GrantAppealOutcome, "upheld">; note: string; decision: { outcome: GrantOutcome; amountOre: number | null; reason: string; conditions: string } };

/**
 * Records the group's reconsideration, entered by the administrator or the group's chair. Upheld: the decision is
 * replaced by the new one (reason required unless it grants in full) and its letter sent. Forwarded:
 * recorded as sent on to the scheme's appeal body.
 */
export function decideAppeal(actor: Actor, appealId: number, input: AppealDecision): void {
  getDb().transaction((tx) => {
    const appeal = tx.select().from(grantAppeals).where(eq(grantAppeals.id, appealId)).get();
    const application = requireRecorder(tx, actor, appeal ? loadApplication(tx, appeal.applicationId) : undefined);
    if (appeal!.outcome !== null) refuse("appealNotOpen");
    if (input.outcome === "upheld") {
      const d = input.decision;
      if (d.outcome !== "granted" && !d.reason.trim()) refuse("reasonRequired", "invalid", "reason");
      const applied = application.amountAppliedOre ?? 0;
      const amount = d.outcome === "granted" ? applied : d.outcome === "rejected" ? 0 : (d.amountOre ?? 0);
      if (d.outcome === "partly_granted" && (amount <= 0 || amount >= applied)) refuse("partialAmount", "invalid", "amount");
      // The group reconsiders as it decided (forvaltningsloven § 6 and the quorum): at its latest
      // meeting in the round, every present member has declared on the application and enough
      // without a conflict are there. A continuous scheme decides without meetings.
      if (!application.isContinuous) {
        const meeting = tx.select({ id: grantMeetings.id }).from(grantMeetings).where(eq(grantMeetings.roundId, application.roundId)).orderBy(desc(grantMeetings.heldOn), desc(grantMeetings.id)).get();
        if (!meeting) refuse("noMeeting");
        checkVotingMembers(tx, application.schemeId, application.quorum, meeting.id, application.id);
      }
      // The round's budget holds for the new decision as for the first: the old amount is freed.
      if (amount > 0 && application.budgetOre > 0) {
        const granted = tx
          .select({ total: sql<number>`coalesce(sum(${grantDecisions.amountGrantedOre}), 0)` })
          .from(grantDecisions)
          .where(and(eq(grantDecisions.roundId, application.roundId), isNull(grantDecisions.supersededAt)))
          .get()!.total;
        const freed = currentDecision(tx, application.id)?.amountGrantedOre ?? 0;
        if (granted - freed + amount > application.budgetOre) refuse("overRoundBudget", "invalid", "amount");
      }
      tx.update(grantDecisions).set({ supersededAt: new Date(now()) }).where(eq(grantDecisions.id, appeal!.decisionId)).run();
      if (d.outcome === "rejected") tx.delete(grantReports).where(and(eq(grantReports.applicationId, application.id), eq(grantReports.status, "due"))).run();
      const decisionId = insertDecision(tx, actor, application, { meetingId: null, outcome: d.outcome, amountOre: amount, reason: d.reason, conditions: d.conditions }, todayInNorway(), appealId);
      sendLetter(tx, decisionId);
    }
    tx.update(grantAppeals).set({ outcome: input.outcome, outcomeNote: input.note, decidedByUserId: actor.id, decidedAt: new Date(now()) }).where(eq(grantAppeals.id, appealId)).run();
    audit({ actorUserId: actor.id, action: `grant_appeal.${input.outcome}`, entityType: "grant_application", entityId: application.id, details: { appealId } }, tx);
  }, immediate);
}
