/** After the decision: appeals, payments, reports and reminders, and what the public sees. */
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, grantDeclarations, grantDecisions, grantReports, grantRounds, notifications, users } from "../../../db/schema";
import { getApplicationForApplicant, hasOverdueReport } from "./application.server";
import { decideAppeal, lodgeAppeal } from "./appeal.server";
import { getPublicScheme, grantsYearReport, listPublicGrants } from "./public.server";
import { decideReport, dueReminders, listFollowUp, recordPayment, sendReportReminders, submitReport } from "./report.server";
import { getSchemePage, listSchemesForAdministrator } from "./scheme.server";
import { expectProblem } from "~/testing/coordination-fixture.server";
import { decideRound, seedGrantScheme } from "~/testing/grant-fixture.server";
import { advanceClock } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";

let f: Awaited<ReturnType<typeof seedGrantScheme>>;
let granted = 0;
let partial = 0;
let rejected = 0;
let privateGrant = 0;
const DAY = 86_400_000;

beforeAll(async () => {
  f = await seedGrantScheme();
  const ids = decideRound(f, [
    { title: "Sommerfest", outcome: "granted" },
    { title: "Gatefest", outcome: "partly_granted", amountOre: 600_000, reason: "Rammen er brukt opp." },
    { title: "Konsert", outcome: "rejected", reason: "Kommersielt." },
    { title: "Bakgårdskino", privatePerson: true, outcome: "granted" },
  ]);
  [granted, partial, rejected, privateGrant] = ids as [number, number, number, number];
});

describe("in public", () => {
  it("shows the granted applications of the decided round only, never a private person's name", () => {
    const page = getPublicScheme(f.scheme.slug)!;
    expect(page.grants.map((g) => g.title).sort()).toEqual(["Bakgårdskino", "Gatefest", "Sommerfest"]);
    expect(page.grants.find((g) => g.applicationId === privateGrant)).toMatchObject({ privatePerson: true, organisationName: null, organisationSlug: null });
    expect(page.grants.find((g) => g.title === "Sommerfest")).toMatchObject({ privatePerson: false, organisationName: "Lervig velforening test", areaName: "Lervig", amountGrantedOre: 1_250_000 });
    expect(JSON.stringify(page)).not.toMatch(/Ildsjel|Konsert/);
    expect(page.totals.all).toEqual({ count: 3, amountOre: 1_250_000 + 600_000 + 1_250_000 });
    expect(page.totals.bySector).toEqual(expect.arrayContaining([{ key: "private_person", count: 1, amountOre: 1_250_000 }, { key: "voluntary", count: 2, amountOre: 1_850_000 }]));
    expect(page.totals.byArea).toEqual([{ key: "Lervig", count: 3, amountOre: 3_100_000 }]);
    const list = listPublicGrants({ schemeSlug: f.scheme.slug });
    expect(list.total).toBe(3);
    expect(list.items.every((g) => g.schemeSlug === f.scheme.slug)).toBe(true);
    expect(getPublicScheme("finnes-ikke")).toBeNull();
  });

  it("the administrator's scheme page counts each round's submitted applications; another programme's coordinator is refused", () => {
    const scheme = getSchemePage(f.schemeAdmin, f.scheme.slug);
    expect(scheme.rounds.find((r) => r.id === f.round.id)?.applications).toBe(4);
    expect(scheme.members).toHaveLength(4);
    expect(scheme.programmeAreas.filter((a) => scheme.areaIds.includes(a.id)).map((a) => a.name)).toEqual(["Storhaug"]);
    expectProblem(() => getSchemePage(f.grorud, f.scheme.slug), "forbidden");
    expectProblem(() => getSchemePage(f.schemeAdmin, "finnes-ikke"), "notFound");
    expect(listSchemesForAdministrator(f.grorud).some((s) => s.slug === f.scheme.slug)).toBe(false);
    expect(listSchemesForAdministrator(f.admin).some((s) => s.slug === f.scheme.slug)).toBe(true);
  });

  it("counts the year's applications, grants and reports for the annual report", () => {
    const year = Number(page().grants[0]!.decidedOn.slice(0, 4));
    const summary = grantsYearReport(f.ids.levekarsloftet, year);
    expect(summary.applications).toBeGreaterThanOrEqual(4);
    expect(summary.totals.all.count).toBeGreaterThanOrEqual(3);
  });
});
const page = () => getPublicScheme(f.scheme.slug)!;

describe("appeals", () => {
  it("the applicant appeals within three weeks of the letter, one open appeal at a time; the administrators are told", () => {
    expectProblem(() => lodgeAppeal(f.privatePerson(), partial, "Ikke min"), "notFound");
    const appeal = lodgeAppeal(f.applicant(), partial, "Vi trenger hele beløpet.");
    expectProblem(() => lodgeAppeal(f.applicant(), partial, "Igjen"), "appealOpen");
    expect(getDb().select().from(notifications).where(eq(notifications.kind, "grant_appeal_lodged")).all().map((n) => n.userId)).toContain(f.schemeAdmin.id);
    expect(getSchemePage(f.schemeAdmin, f.scheme.slug).appeals.map((a) => a.id)).toContain(appeal);
    expectProblem(() => getSchemePage(f.grorud, f.scheme.slug), "forbidden");

    // Upheld: the decision changes, the old one stays superseded, a new letter goes out.
    expectProblem(() => decideAppeal(f.schemeAdmin, appeal, { outcome: "upheld", note: "", decision: { outcome: "partly_granted", amountOre: 900_000, reason: "", conditions: "" } }), "reasonRequired");
    decideAppeal(f.schemeAdmin, appeal, { outcome: "upheld", note: "Ny vurdering", decision: { outcome: "granted", amountOre: null, reason: "", conditions: "" } });
    const decisions = getDb().select().from(grantDecisions).where(eq(grantDecisions.applicationId, partial)).all();
    expect(decisions.map((d) => [d.outcome, d.supersededAt !== null, d.appealId])).toEqual([
      ["partly_granted", true, null],
      ["granted", false, appeal],
    ]);
    expect(getApplicationForApplicant(f.applicant(), partial).decision).toMatchObject({ outcome: "granted", amountGrantedOre: 1_250_000 });
    expect(getPublicScheme(f.scheme.slug)!.grants.find((g) => g.title === "Gatefest")?.amountGrantedOre).toBe(1_250_000);
    expectProblem(() => decideAppeal(f.schemeAdmin, appeal, { outcome: "forwarded", note: "" }), "appealNotOpen");
  });

  it("an upheld appeal is decided as the first decision was: every present member declared, and within the round's budget", () => {
    const appeal = lodgeAppeal(f.applicant(), rejected, "Vi har fått nye tall.");
    const upheld = { outcome: "upheld" as const, note: "", decision: { outcome: "granted" as const, amountOre: null, reason: "", conditions: "" } };
    // A member present at the round's meeting withdraws their declaration: the group may not reconsider.
    const declaration = getDb().select().from(grantDeclarations).where(eq(grantDeclarations.applicationId, rejected)).get()!;
    getDb()
      .delete(grantDeclarations)
      .where(and(eq(grantDeclarations.applicationId, rejected), eq(grantDeclarations.userId, declaration.userId)))
      .run();
    expectProblem(() => decideAppeal(f.schemeAdmin, appeal, upheld), "undeclaredPresent");
    getDb().insert(grantDeclarations).values(declaration).run();
    // Granting in full would pass the round's budget.
    const round = getDb().select({ budgetOre: grantRounds.budgetOre }).from(grantRounds).where(eq(grantRounds.id, f.round.id)).get()!;
    getDb().update(grantRounds).set({ budgetOre: 1_000_000 }).where(eq(grantRounds.id, f.round.id)).run();
    expectProblem(() => decideAppeal(f.schemeAdmin, appeal, upheld), "overRoundBudget");
    getDb().update(grantRounds).set({ budgetOre: round.budgetOre }).where(eq(grantRounds.id, f.round.id)).run();
    decideAppeal(f.schemeAdmin, appeal, { outcome: "forwarded", note: "Sendt til klagenemnda" });
    expect(getApplicationForApplicant(f.applicant(), rejected).decision?.outcome).toBe("rejected");
  });

  it("an appeal not upheld is forwarded to the appeal body; after three weeks no appeal is taken", () => {
    const appeal = lodgeAppeal(f.applicant(), rejected, "Konserten er gratis.");
    decideAppeal(f.schemeAdmin, appeal, { outcome: "forwarded", note: "Sendt til klagenemnda" });
    expect(getSchemePage(f.schemeAdmin, f.scheme.slug).appeals.find((a) => a.id === appeal)).toMatchObject({ outcome: "forwarded" });
    expect(getApplicationForApplicant(f.applicant(), rejected).decision?.outcome).toBe("rejected");
    advanceClock(22 * DAY);
    expectProblem(() => lodgeAppeal(f.applicant(), granted, "For sent"), "appealPeriodOver");
    expect(getApplicationForApplicant(f.applicant(), granted).canAppeal).toBe(false);
  });
});

describe("payments and reports", () => {
  it("records payments of a grant up to its amount, none for a rejection", () => {
    recordPayment(f.schemeAdmin, granted, { paidOn: "2027-06-01", amountOre: 1_000_000 });
    expectProblem(() => recordPayment(f.schemeAdmin, granted, { paidOn: "2027-06-02", amountOre: 250_001 }), "overGranted");
    recordPayment(f.schemeAdmin, granted, { paidOn: "2027-06-02", amountOre: 250_000 });
    expectProblem(() => recordPayment(f.schemeAdmin, rejected, { paidOn: "2027-06-01", amountOre: 100 }), "notGranted");
    expectProblem(() => recordPayment(f.grorud, granted, { paidOn: "2027-06-01", amountOre: 100 }), "forbidden");
    expect(listFollowUp(f.schemeAdmin, f.round.id).find((r) => r.applicationId === granted)).toMatchObject({ paidOre: 1_250_000, reportStatus: "due" });
  });

  it("reminds a week before and on the due date, once each, in the recipient's language, catching up a missed day", () => {
    // Every grant's report is due 2027-08-19 (60 days after 20 June 2027).
    getDb().update(users).set({ language: "en" }).where(eq(users.email, "ildsjel@laget.test")).run();
    expect(dueReminders("2027-08-11")).toHaveLength(0);
    expect(sendReportReminders("2027-08-12")).toBe(3);
    expect(sendReportReminders("2027-08-12")).toBe(0);
    expect(sendReportReminders("2027-08-13")).toBe(0);
    // The server was down on the 19th: the day's reminder goes out on its first day back.
    expect(sendReportReminders("2027-08-21")).toBe(3);
    expect(sendReportReminders("2027-08-22")).toBe(0);
    const english = getDb().select().from(emailOutbox).where(like(emailOutbox.subject, "Reminder: report for “Bakgårdskino”")).all();
    expect(english).toHaveLength(2);
    expect(getDb().select().from(emailOutbox).where(like(emailOutbox.subject, "Påminnelse: rapport for «Bakgårdskino»")).all()).toHaveLength(0);
    expect(getDb().select().from(emailOutbox).where(like(emailOutbox.subject, "Påminnelse: rapport for «Sommerfest»")).all()).toHaveLength(2);
  });

  it("the applicant reports once; the administrator approves or asks for more; an overdue report flags the organisation", () => {
    expect(hasOverdueReport({ organisationId: f.organisations.velforening }, "2027-08-20")).toBe(true);
    expectProblem(() => decideReport(f.schemeAdmin, granted, { approve: true }), "reportNotSubmitted");
    expectProblem(() => submitReport(f.applicant(), rejected, { text: "x", participantsReached: 1, spentOre: 0, unspentOre: 0 }), "notGranted");
    expectProblem(() => submitReport(f.applicant(), granted, { text: "Avlyst.", participantsReached: 0, spentOre: 0, unspentOre: 1_250_001 }), "unspentOverGranted");
    submitReport(f.applicant(), granted, { text: "180 kom.", participantsReached: 180, spentOre: 1_200_000, unspentOre: 50_000 });
    expectProblem(() => submitReport(f.applicant(), granted, { text: "igjen", participantsReached: 1, spentOre: 0, unspentOre: 0 }), "reportNotOwed");
    decideReport(f.schemeAdmin, granted, { approve: false, feedback: "Legg ved kvitteringer." });
    expect(getDb().select().from(grantReports).where(eq(grantReports.applicationId, granted)).get()).toMatchObject({ status: "needs_more", feedback: "Legg ved kvitteringer." });
    submitReport(f.applicant(), granted, { text: "Med kvitteringer.", participantsReached: 180, spentOre: 1_200_000, unspentOre: 50_000 });
    decideReport(f.schemeAdmin, granted, { approve: true });
    expect(getDb().select().from(grantReports).where(eq(grantReports.applicationId, granted)).get()?.status).toBe("approved");
    // Gatefest's report is still owed: the organisation stays flagged.
    expect(hasOverdueReport({ organisationId: f.organisations.velforening }, "2027-08-20")).toBe(true);
    submitReport(f.applicant(), partial, { text: "Gatefest holdt.", participantsReached: 60, spentOre: 1_250_000, unspentOre: 0 });
    expect(hasOverdueReport({ organisationId: f.organisations.velforening }, "2027-08-20")).toBe(false);
    expect(hasOverdueReport({ userId: f.privatePerson().id }, "2027-08-20")).toBe(true);
    expect(getDb().select().from(notifications).where(eq(notifications.kind, "grant_report_decided")).all()).toHaveLength(2);
  });
});

describe("query plans", () => {
  it("answers the public and list queries from indexes, never a full scan of the grant tables", () => {
    const client = getDb().$client;
    const statements: string[] = [];
    const original = client.prepare.bind(client);
    client.prepare = ((source: string) => {
      statements.push(source);
      return original(source);
    }) as typeof client.prepare;
    try {
      getPublicScheme(f.scheme.slug);
      listPublicGrants({ page: 2 });
      hasOverdueReport({ organisationId: f.organisations.velforening });
      dueReminders("2027-08-12");
    } finally {
      client.prepare = original;
    }
    const scans = statements
      .filter((s) => /^\s*select/i.test(s))
      .flatMap((s) => {
        // Bind every parameter as NULL: the plan does not depend on the values.
        const plan = original(`EXPLAIN QUERY PLAN ${s}`).all(...new Array((s.match(/\?/g) ?? []).length).fill(null)) as { detail: string }[];
        return plan.filter((row) => /^SCAN (grant_\w+|organisations)\b(?!.*USING)/.test(row.detail)).map((row) => `${row.detail} ← ${s}`);
      });
    expect(statements.length).toBeGreaterThan(4);
    expect(scans).toEqual([]);
  });
});
