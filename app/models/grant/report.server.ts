/**
 * After a grant: payments recorded (not executed), the applicant's report (what happened,
 * participants reached, money spent and any unspent amount to repay), the administrator's approval
 * or request for more, and the reminders a week before and on the due date.
 */
import { and, asc, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import { grantApplications, grantDecisions, grantPayments, grantReports, organisations } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { notify } from "~/services/notify.server";
import type { Actor } from "~/services/permissions";
import { now, todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { GRANT_REPORT_OWED_STATUSES } from "~/validation/enums";
import { addDays, applicantRecipients, immediate, loadApplication, loadRound, refuse, requireAdministrator, requireApplicant } from "./shared.server";

/** Records a payment of a granted application; the payments never exceed the grant. */
export function recordPayment(actor: Actor, applicationId: number, input: { paidOn: string; amountOre: number }): number {
  return getDb().transaction((tx) => {
    const application = requireAdministrator(actor, loadApplication(tx, applicationId));
    const decision = tx
      .select({ amountGrantedOre: grantDecisions.amountGrantedOre, letterSentAt: grantDecisions.letterSentAt })
      .from(grantDecisions)
      .where(and(eq(grantDecisions.applicationId, applicationId), isNull(grantDecisions.supersededAt)))
      .get();
    if (!decision || decision.amountGrantedOre === 0) refuse("notGranted");
    if (!decision.letterSentAt) refuse("noLetterYet");
    const paid = tx.select({ total: sql<number>`coalesce(sum(${grantPayments.amountOre}), 0)` }).from(grantPayments).where(eq(grantPayments.applicationId, applicationId)).get()!.total;
    if (paid + input.amountOre > decision.amountGrantedOre) refuse("overGranted", "invalid", "amount");
    const id = tx.insert(grantPayments).values({ applicationId, paidOn: input.paidOn, amountOre: input.amountOre, recordedByUserId: actor.id }).returning({ id: grantPayments.id }).get().id;
    audit({ actorUserId: actor.id, action: "grant_payment.recorded", entityType: "grant_application", entityId: application.id, details: { paymentId: id, amountOre: input.amountOre, paidOn: input.paidOn } }, tx);
    return id;
  }, immediate);
}

/** The applicant submits the report (or sends it again after being asked for more). */
export function submitReport(actor: Actor, applicationId: number, input: { text: string; participantsReached: number | null; spentOre: number; unspentOre: number }): void {
  getDb().transaction((tx) => {
    requireApplicant(tx, actor, applicationId);
    const report = tx.select({ id: grantReports.id, status: grantReports.status }).from(grantReports).where(eq(grantReports.applicationId, applicationId)).get();
    if (!report) refuse("notGranted");
    if (!(GRANT_REPORT_OWED_STATUSES as readonly string[]).includes(report.status)) refuse("reportNotOwed");
    // What is left to repay cannot be more than was granted.
    const granted = tx
      .select({ amount: grantDecisions.amountGrantedOre })
      .from(grantDecisions)
      .where(and(eq(grantDecisions.applicationId, applicationId), isNull(grantDecisions.supersededAt)))
      .get()?.amount ?? 0;
    if (input.unspentOre > granted) refuse("unspentOverGranted", "invalid", "unspent");
    tx.update(grantReports)
      .set({ ...input, status: "submitted", submittedByUserId: actor.id, submittedAt: new Date(now()) })
      .where(eq(grantReports.id, report.id))
      .run();
    audit({ actorUserId: actor.id, action: "grant_report.submitted", entityType: "grant_application", entityId: applicationId, details: { spentOre: input.spentOre, unspentOre: input.unspentOre } }, tx);
  }, immediate);
}

/** The administrator approves a submitted report, or asks for more (the applicant is told either way). */
export function decideReport(actor: Actor, applicationId: number, input: { approve: true } | { approve: false; feedback: string }): void {
  getDb().transaction((tx) => {
    const application = requireAdministrator(actor, loadApplication(tx, applicationId));
    const report = tx.select({ id: grantReports.id, status: grantReports.status }).from(grantReports).where(eq(grantReports.applicationId, applicationId)).get();
    if (!report || report.status !== "submitted") refuse("reportNotSubmitted");
    const feedback = input.approve ? "" : input.feedback;
    tx.update(grantReports)
      .set({ status: input.approve ? "approved" : "needs_more", feedback, decidedByUserId: actor.id, decidedAt: new Date(now()) })
      .where(eq(grantReports.id, report.id))
      .run();
    audit({ actorUserId: actor.id, action: input.approve ? "grant_report.approved" : "grant_report.more_requested", entityType: "grant_application", entityId: applicationId }, tx);
    notify(tx, {
      userIds: applicantRecipients(tx, application),
      kind: "grant_report_decided",
      params: { application: application.title, approved: input.approve ? "1" : "0", reason: feedback },
      link: `/min-side/tilskudd/${applicationId}`,
      mail: null,
    });
  }, immediate);
}

/** A round's grants with their payments and reports, for the administrator's follow-up. Two queries. */
export function listFollowUp(actor: Actor, roundId: number) {
  const db = getDb();
  requireAdministrator(actor, loadRound(db, roundId));
  const today = todayInNorway();
  return db
    .select({
      applicationId: grantApplications.id,
      title: grantApplications.title,
      applicantKind: grantApplications.applicantKind,
      organisationName: organisations.name,
      amountGrantedOre: grantDecisions.amountGrantedOre,
      paidOre: sql<number>`(SELECT coalesce(sum(${grantPayments.amountOre}), 0) FROM ${grantPayments} WHERE ${grantPayments.applicationId} = "grant_applications"."id")`,
      reportStatus: grantReports.status,
      reportDueOn: grantReports.dueOn,
      overdue: sql<boolean>`${grantReports.status} IN ('due', 'needs_more') AND ${grantReports.dueOn} < ${today}`.mapWith(Boolean),
    })
    .from(grantDecisions)
    .innerJoin(grantApplications, eq(grantApplications.id, grantDecisions.applicationId))
    .leftJoin(organisations, eq(organisations.id, grantApplications.organisationId))
    .leftJoin(grantReports, eq(grantReports.applicationId, grantApplications.id))
    .where(and(eq(grantDecisions.roundId, roundId), isNull(grantDecisions.supersededAt), sql`${grantDecisions.outcome} <> 'rejected'`))
    .orderBy(asc(grantReports.dueOn), asc(grantApplications.title))
    .all();
}

/**
 * Reports owed that need a reminder today: due within the coming week and not yet reminded before
 * it, or due (today, or up to three days ago) and not yet reminded on the day. The windows, not exact
 * days, let a server that was down on the day catch up; a report long overdue gets no "due today".
 * From the (status, due_on) index.
 */
/** How many days late a missed "due today" reminder is still sent. */
const DUE_CATCH_UP_DAYS = 3;

export function dueReminders(today: string = todayInNorway()) {
  const inAWeek = addDays(today, 7);
  return getDb()
    .select({
      reportId: grantReports.id,
      applicationId: grantReports.applicationId,
      dueOn: grantReports.dueOn,
      weekReminderSentAt: grantReports.weekReminderSentAt,
      dueReminderSentAt: grantReports.dueReminderSentAt,
      title: grantApplications.title,
      organisationId: grantApplications.organisationId,
      createdByUserId: grantApplications.createdByUserId,
    })
    .from(grantReports)
    .innerJoin(grantApplications, eq(grantApplications.id, grantReports.applicationId))
    .where(and(inArray(grantReports.status, GRANT_REPORT_OWED_STATUSES), lte(grantReports.dueOn, inAWeek), sql`${grantReports.dueOn} >= ${addDays(today, -DUE_CATCH_UP_DAYS)}`))
    .all()
    .filter((r) => (r.dueOn <= today ? r.dueReminderSentAt === null : r.weekReminderSentAt === null && r.dueReminderSentAt === null));
}

/** Sends today's reminders (a notification and an e-mail in each recipient's language) and remembers them. Returns how many. */
export function sendReportReminders(today: string = todayInNorway()): number {
  const due = dueReminders(today);
  if (due.length === 0) return 0;
  return getDb().transaction((tx) => {
    for (const r of due) {
      const link = `/min-side/tilskudd/${r.applicationId}`;
      notify(tx, {
        userIds: applicantRecipients(tx, r),
        kind: "grant_report_reminder",
        params: { application: r.title, due: r.dueOn },
        link,
        mail: (t) => ({ subject: t.mail.grants.reportReminderSubject(r.title), text: t.mail.grants.reportReminderText(r.title, r.dueOn, `${getEnv().publicUrl}${link}`) }),
      });
      tx.update(grantReports)
        .set(r.dueOn <= today ? { dueReminderSentAt: new Date(now()) } : { weekReminderSentAt: new Date(now()) })
        .where(eq(grantReports.id, r.reportId))
        .run();
      audit({ actorUserId: null, action: "grant_report.reminded", entityType: "grant_application", entityId: r.applicationId, details: { dueOn: r.dueOn } }, tx);
    }
    return due.length;
  }, immediate);
}
