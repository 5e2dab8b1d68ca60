import { and, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, grantApplications, grantBudgetLines, grantReports, grantSchemes } from "../../../db/schema";
import { createDraft, getApplicationForApplicant, hasOverdueReport, listApplicationsForApplicant, saveDraft, submitApplication, withdrawApplication } from "./application.server";
import { createRound, listOpenSchemes } from "./scheme.server";
import { completeDraft, seedGrantScheme } from "~/testing/grant-fixture.server";
import { expectProblem } from "~/testing/coordination-fixture.server";
import { advanceClock, now, resetClock } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";

let f: Awaited<ReturnType<typeof seedGrantScheme>>;
const DAY = 86_400_000;

beforeAll(async () => {
  f = await seedGrantScheme();
});
afterEach(() => resetClock());

const draft = (overrides: Partial<ReturnType<typeof completeDraft>> = {}, title = "Sommerfest") =>
  createDraft(f.applicant(), f.round.id, { kind: "organisation", organisationId: f.organisations.velforening }, { ...completeDraft(f.ids, title), ...overrides });

describe("drafts and submission", () => {
  it("saves a draft at any time, with its budget lines, and audits it", () => {
    const id = createDraft(f.applicant(), f.round.id, { kind: "organisation", organisationId: f.organisations.velforening }, { ...completeDraft(f.ids), title: "", amountApplied: null });
    const row = getDb().select().from(grantApplications).where(eq(grantApplications.id, id)).get()!;
    expect(row).toMatchObject({ status: "draft", title: "", amountAppliedOre: null, applicantKind: "organisation" });
    expect(getDb().select().from(grantBudgetLines).where(eq(grantBudgetLines.applicationId, id)).all()).toHaveLength(3);
    saveDraft(f.applicant(), id, { ...completeDraft(f.ids), title: "Nytt navn", budgetLines: [{ description: "Telt", amountOre: 100 }] });
    expect(getDb().select().from(grantBudgetLines).where(eq(grantBudgetLines.applicationId, id)).all()).toHaveLength(1);
    expect(getDb().select().from(auditEvents).where(and(eq(auditEvents.entityType, "grant_application"), eq(auditEvents.entityId, id))).all().map((a) => a.action)).toEqual([
      "grant_application.created",
      "grant_application.saved",
    ]);
  });

  it("another organisation's person neither sees nor changes the application", () => {
    const id = draft();
    expectProblem(() => saveDraft(f.privatePerson(), id, completeDraft(f.ids)), "notFound");
    expectProblem(() => getApplicationForApplicant(f.pendingApplicant(), id), "notFound");
    expectProblem(() => listApplicationsForApplicant(f.privatePerson(), [f.organisations.velforening]), "notFound");
  });

  it("submits a complete application within the rules, then the applicant cannot change it", () => {
    const id = draft();
    submitApplication(f.applicant(), id);
    expect(getDb().select().from(grantApplications).where(eq(grantApplications.id, id)).get()?.status).toBe("submitted");
    expectProblem(() => saveDraft(f.applicant(), id, completeDraft(f.ids)), "notEditable");
    expectProblem(() => submitApplication(f.applicant(), id), "notEditable");
  });

  it("refuses an incomplete application, naming the field", () => {
    const id = draft({ targetGroup: "" });
    try {
      submitApplication(f.applicant(), id);
      throw new Error("submitted");
    } catch (error) {
      expect(error).toMatchObject({ reason: "incomplete", field: "targetGroup" });
    }
    expectProblem(() => submitApplication(f.applicant(), draft({ budgetLines: [] })), "noBudget");
  });

  it("refuses an amount above the scheme's maximum", () => {
    // kr 45 000 of a kr 100 000 budget with kr 50 000 own share: within the budget, above the kr 40 000 maximum.
    const id = draft({ amountApplied: 4_500_000, ownShare: 5_000_000, budgetLines: [{ description: "Scene", amountOre: 10_000_000 }] });
    expectProblem(() => submitApplication(f.applicant(), id), "amountOverMax");
  });

  it("refuses an amount above the budget total minus the own share", () => {
    // Budget kr 20 000, own share kr 5 000: at most kr 15 000.
    expectProblem(() => submitApplication(f.applicant(), draft({ amountApplied: 1_500_100 })), "amountOverBudget");
    submitApplication(f.applicant(), draft({ amountApplied: 1_500_000 }));
  });

  it("refuses an own share below the scheme's percentage of the budget", () => {
    // 20 % of kr 20 000 is kr 4 000.
    expectProblem(() => submitApplication(f.applicant(), draft({ ownShare: 399_999, amountApplied: 1_000_000 })), "ownShareTooLow");
    submitApplication(f.applicant(), draft({ ownShare: 400_000, amountApplied: 1_000_000 }));
  });

  it("refuses an area outside the scheme's areas, accepts one below them", () => {
    expectProblem(() => submitApplication(f.applicant(), draft({ areaId: f.ids.hillevag })), "areaOutsideScheme");
    submitApplication(f.applicant(), draft({ areaId: f.ids.storhaug }));
  });

  it("refuses an applicant of a kind the scheme does not take, and an organisation not yet approved", () => {
    expectProblem(() => createDraft(f.applicant(), f.round.id, { kind: "organisation", organisationId: f.organisations.business }, completeDraft(f.ids)), "applicantNotAllowed");
    expectProblem(() => createDraft(f.pendingApplicant(), f.round.id, { kind: "organisation", organisationId: f.organisations.pending }, completeDraft(f.ids)), "organisationNotApproved");
    // The scheme stops taking private persons: a private person's draft can no longer be submitted.
    const own = createDraft(f.privatePerson(), f.round.id, { kind: "private_person" }, completeDraft(f.ids, "Gatefest"));
    getDb().update(grantSchemes).set({ allowsPrivatePersons: false }).where(eq(grantSchemes.id, f.scheme.id)).run();
    try {
      expectProblem(() => submitApplication(f.privatePerson(), own), "applicantNotAllowed");
    } finally {
      getDb().update(grantSchemes).set({ allowsPrivatePersons: true }).where(eq(grantSchemes.id, f.scheme.id)).run();
    }
    submitApplication(f.privatePerson(), own);
  });

  it("after the deadline nothing is submitted in the round; the draft stays and can still be saved", () => {
    const id = draft({}, "Sent");
    advanceClock(11 * DAY);
    expectProblem(() => submitApplication(f.applicant(), id), "deadlinePassed");
    saveDraft(f.applicant(), id, completeDraft(f.ids, "Sent, men lagret"));
    expect(getDb().select().from(grantApplications).where(eq(grantApplications.id, id)).get()).toMatchObject({ status: "draft", title: "Sent, men lagret" });
    expect(getApplicationForApplicant(f.applicant(), id)).toMatchObject({ canSubmitNow: false, editable: true });
  });

  it("before the round opens nothing is submitted", () => {
    const later = createRound(f.schemeAdmin, f.scheme.id, { name: "Vår test", opensAt: now() + 20 * DAY, deadlineAt: now() + 40 * DAY, plannedDecisionDate: null, budgetOre: 1_000_000 });
    const id = createDraft(f.applicant(), later.id, { kind: "organisation", organisationId: f.organisations.velforening }, completeDraft(f.ids));
    expectProblem(() => submitApplication(f.applicant(), id), "roundNotOpen");
    expect(listOpenSchemes().some((s) => s.roundId === later.id)).toBe(false);
    expect(listOpenSchemes().find((s) => s.roundId === f.round.id)).toMatchObject({ slug: f.scheme.slug, sectors: expect.arrayContaining(["voluntary", "residents_group"]) });
  });

  it("withdraws until decided, not after", () => {
    const id = draft({}, "Trekkes");
    submitApplication(f.applicant(), id);
    withdrawApplication(f.applicant(), id);
    expect(getDb().select().from(grantApplications).where(eq(grantApplications.id, id)).get()?.status).toBe("withdrawn");
    expectProblem(() => withdrawApplication(f.applicant(), id), "cannotWithdraw");
    const decided = draft({}, "Vedtatt");
    getDb().update(grantApplications).set({ status: "decided" }).where(eq(grantApplications.id, decided)).run();
    expectProblem(() => withdrawApplication(f.applicant(), decided), "cannotWithdraw");
  });

  it("flags an organisation with an overdue report", () => {
    const id = draft({}, "Rapport mangler");
    expect(hasOverdueReport({ organisationId: f.organisations.velforening }, "2027-09-01")).toBe(false);
    getDb().insert(grantReports).values({ applicationId: id, dueOn: "2027-08-19", status: "due" }).run();
    expect(hasOverdueReport({ organisationId: f.organisations.velforening }, "2027-08-19")).toBe(false);
    expect(hasOverdueReport({ organisationId: f.organisations.velforening }, "2027-08-20")).toBe(true);
    getDb().update(grantReports).set({ status: "submitted" }).where(eq(grantReports.applicationId, id)).run();
    expect(hasOverdueReport({ organisationId: f.organisations.velforening }, "2027-08-20")).toBe(false);
  });

  it("lists the organisation's applications with their round and scheme", () => {
    const list = listApplicationsForApplicant(f.applicant(), [f.organisations.velforening]);
    expect(list.length).toBeGreaterThan(3);
    expect(list[0]).toMatchObject({ schemeSlug: f.scheme.slug, roundName: "Høst test", outcome: null });
    expect(listApplicationsForApplicant(f.privatePerson(), []).every((a) => a.schemeSlug === f.scheme.slug && a.applicantKind === "private_person")).toBe(true);
  });
});
