import { and, eq, inArray, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { emailOutbox, grantApplications, grantLetters, grantReports, grantRounds, notifications, users } from "../../../db/schema";
import { createDraft, getApplicationForApplicant, listApplicationsForApplicant, saveDraft, submitApplication } from "./application.server";
import { declare, recommend, recordCompleteness, requestMore } from "./assessment.server";
import { getRoundMinutes, openMeeting, recordDecision, sendDecisionLetters } from "./decision.server";
import { getGroupApplication, getGroupRound, getRoundForAdministrator } from "./round.server";
import { listGroupSchemes, releaseRound } from "./scheme.server";
import { canAssess, quorumNeeded } from "~/services/grant-permissions";
import { expectProblem } from "~/testing/coordination-fixture.server";
import { completeDraft, seedGrantScheme } from "~/testing/grant-fixture.server";
import { advanceClock, todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";

let f: Awaited<ReturnType<typeof seedGrantScheme>>;
const DAY = 86_400_000;
const apps = { a: 0, b: 0, c: 0, d: 0 };

// One story, in order: the tests below share the clock and the round.
beforeAll(async () => {
  f = await seedGrantScheme();
  const org = { kind: "organisation" as const, organisationId: f.organisations.velforening };
  apps.a = createDraft(f.applicant(), f.round.id, org, completeDraft(f.ids, "Sommerfest"));
  apps.b = createDraft(f.privatePerson(), f.round.id, { kind: "private_person" }, completeDraft(f.ids, "Gatefest"));
  apps.c = createDraft(f.applicant(), f.round.id, org, completeDraft(f.ids, "Konsert"));
  apps.d = createDraft(f.applicant(), f.round.id, org, completeDraft(f.ids, "Dugnad"));
  submitApplication(f.applicant(), apps.a);
  submitApplication(f.privatePerson(), apps.b);
  submitApplication(f.applicant(), apps.c);
  submitApplication(f.applicant(), apps.d);
  // The private applicant reads Laget in English.
  getDb().update(users).set({ language: "en" }).where(eq(users.email, "ildsjel@laget.test")).run();
});

const member = (i: number) => f.members[i]!.actor();

describe("assessment", () => {
  it("asks for more: the application reopens until a date, also after the deadline, and the applicant is told", () => {
    recordCompleteness(f.schemeAdmin, apps.a, true);
    const until = new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10);
    requestMore(f.schemeAdmin, apps.d, { message: "Send budsjett for lyd.", until });
    expect(getDb().select().from(grantApplications).where(eq(grantApplications.id, apps.d)).get()).toMatchObject({ status: "needs_more", moreRequestedUntil: until });
    expect(getDb().select().from(notifications).where(eq(notifications.kind, "grant_more_requested")).all()).toHaveLength(1);
    expectProblem(() => requestMore(f.schemeAdmin, apps.d, { message: "Igjen", until }), "notSubmitted");
    expectProblem(() => requestMore(f.stavanger === f.schemeAdmin ? f.grorud : f.stavanger, apps.a, { message: "x", until }), "forbidden");

    advanceClock(11 * DAY); // the deadline has passed
    saveDraft(f.applicant(), apps.d, completeDraft(f.ids, "Dugnad med lyd"));
    submitApplication(f.applicant(), apps.d);
    expect(getDb().select().from(grantApplications).where(eq(grantApplications.id, apps.d)).get()?.status).toBe("submitted");
  });

  it("a request for more ends at its date", () => {
    const late = createDraft(f.applicant(), f.round.id, { kind: "organisation", organisationId: f.organisations.velforening }, completeDraft(f.ids, "For sent"));
    getDb().update(grantApplications).set({ status: "needs_more", moreRequestedUntil: "2000-01-01" }).where(eq(grantApplications.id, late)).run();
    expectProblem(() => submitApplication(f.applicant(), late), "moreRequestExpired");
    getDb().update(grantApplications).set({ status: "withdrawn" }).where(eq(grantApplications.id, late)).run();
  });

  it("recommends; a partial recommendation lies below the amount applied for", () => {
    expectProblem(() => recommend(f.schemeAdmin, apps.b, { recommendation: "partly_granted", amountOre: 1_250_000, text: "" }), "partialAmount");
    recommend(f.schemeAdmin, apps.a, { recommendation: "granted", amountOre: null, text: "Godt tiltak" });
    recommend(f.schemeAdmin, apps.b, { recommendation: "partly_granted", amountOre: 800_000, text: "Delvis" });
    recommend(f.schemeAdmin, apps.c, { recommendation: "rejected", amountOre: null, text: "Utenfor kriteriene" });
    const round = getRoundForAdministrator(f.schemeAdmin, f.round.id);
    expect(round.applications.find((a) => a.id === apps.b)).toMatchObject({ recommendation: "partly_granted", recommendedAmountOre: 800_000, organisationName: null, applicantKind: "private_person" });
  });

  it("releases the round to the group only after the deadline, once, and tells the members", () => {
    releaseRound(f.schemeAdmin, f.round.id);
    expectProblem(() => releaseRound(f.schemeAdmin, f.round.id), "alreadyReleased");
    expect(getDb().select().from(notifications).where(eq(notifications.kind, "grant_round_released")).all().map((n) => n.userId).sort()).toEqual(f.members.map((m) => m.id).sort());
    expect(listGroupSchemes(f.members[0]!.id).find((s) => s.id === f.scheme.id)?.rounds.map((r) => r.id)).toContain(f.round.id);
    expectProblem(() => getGroupRound(f.applicant(), f.round.id), "notFound");
  });

  it("a member sees no assessment before declaring, and none of an application they have a conflict in", () => {
    expectProblem(() => getGroupApplication(member(0), f.round.id, apps.a), "notDeclared");
    expect(getGroupRound(member(0), f.round.id).applications.find((a) => a.id === apps.a)?.assessment).toBeNull();
    expectProblem(() => declare(member(0), apps.a, { hasConflict: true, reason: " " }), "conflictReason");
    declare(member(0), apps.a, { hasConflict: true, reason: "Styremedlem i velforeningen" });
    expectProblem(() => getGroupApplication(member(0), f.round.id, apps.a), "conflicted");
    expect(getGroupRound(member(0), f.round.id).applications.find((a) => a.id === apps.a)).toMatchObject({ assessment: null, declaration: { hasConflict: true } });
    declare(member(1), apps.a, { hasConflict: false, reason: null });
    expect(getGroupApplication(member(1), f.round.id, apps.a)).toMatchObject({ application: { title: "Sommerfest", recommendation: "granted" } });
    expect(getGroupRound(member(1), f.round.id).applications.find((a) => a.id === apps.a)?.assessment).toMatchObject({ recommendation: "granted" });
    expect(canAssess({ isMember: true, declaration: { hasConflict: true } })).toBe(false);
    expect(canAssess({ isMember: false, declaration: { hasConflict: false } })).toBe(false);
  });
});

describe("the meeting and the decisions", () => {
  let small = 0;
  let full = 0;

  it("counts only members as present", () => {
    expectProblem(() => openMeeting(f.schemeAdmin, f.round.id, { heldOn: todayInNorway(), place: "Elefant", present: [f.members[0]!.id, f.applicant().id] }), "presentNotMember");
    small = openMeeting(f.schemeAdmin, f.round.id, { heldOn: todayInNorway(), place: "Elefant", present: f.members.slice(0, 3).map((m) => m.id) });
  });

  it("records no decision while a present member has not declared", () => {
    expectProblem(() => recordDecision(f.schemeAdmin, { applicationId: apps.a, meetingId: small, outcome: "granted", amountOre: null, reason: "", conditions: "" }), "undeclaredPresent");
  });

  it("needs the quorum among present members without a conflict", () => {
    declare(member(2), apps.a, { hasConflict: false, reason: null });
    // Four members: a quorum of three. Present 0, 1, 2; member 0 stepped aside: two vote.
    expect(quorumNeeded(null, 4)).toBe(3);
    expectProblem(() => recordDecision(f.schemeAdmin, { applicationId: apps.a, meetingId: small, outcome: "granted", amountOre: null, reason: "", conditions: "" }), "quorumNotMet");
    full = openMeeting(f.schemeAdmin, f.round.id, { heldOn: todayInNorway(), place: "Elefant", present: f.members.map((m) => m.id) });
    declare(member(3), apps.a, { hasConflict: false, reason: null });
    recordDecision(f.schemeAdmin, { applicationId: apps.a, meetingId: full, outcome: "granted", amountOre: null, reason: "", conditions: "Logo på plakaten" });
    expect(getDb().select().from(grantApplications).where(eq(grantApplications.id, apps.a)).get()?.status).toBe("decided");
    expectProblem(() => recordDecision(f.schemeAdmin, { applicationId: apps.a, meetingId: full, outcome: "granted", amountOre: null, reason: "", conditions: "" }), "alreadyDecided");
    expectProblem(() => declare(member(0), apps.a, { hasConflict: false, reason: null }), "alreadyDecided");
  });

  it("requires a reason for a rejection and a partial grant (§ 24), and a partial amount below the amount applied for", () => {
    for (const i of [0, 1, 2, 3]) for (const app of [apps.b, apps.c, apps.d]) declare(member(i), app, { hasConflict: false, reason: null });
    expectProblem(() => recordDecision(f.schemeAdmin, { applicationId: apps.c, meetingId: full, outcome: "rejected", amountOre: null, reason: "  ", conditions: "" }), "reasonRequired");
    expectProblem(() => recordDecision(f.schemeAdmin, { applicationId: apps.b, meetingId: full, outcome: "partly_granted", amountOre: 800_000, reason: "", conditions: "" }), "reasonRequired");
    expectProblem(() => recordDecision(f.schemeAdmin, { applicationId: apps.b, meetingId: full, outcome: "partly_granted", amountOre: 1_250_000, reason: "Budsjett", conditions: "" }), "partialAmount");
    recordDecision(f.schemeAdmin, { applicationId: apps.b, meetingId: full, outcome: "partly_granted", amountOre: 800_000, reason: "Rammen er brukt opp.", conditions: "" });
    recordDecision(f.schemeAdmin, { applicationId: apps.c, meetingId: full, outcome: "rejected", amountOre: null, reason: "Konserten er kommersiell.", conditions: "" });
    // A grant awaits its report 60 days after the activity; a rejection none.
    expect(getDb().select().from(grantReports).where(eq(grantReports.applicationId, apps.a)).get()).toMatchObject({ status: "due", dueOn: "2027-08-19" });
    expect(getDb().select().from(grantReports).where(eq(grantReports.applicationId, apps.c)).get()).toBeUndefined();
  });

  it("keeps the round's grants within its budget", () => {
    // Granted so far: kr 12 500 + kr 8 000; a budget of kr 25 000 leaves no room for kr 12 500 more.
    getDb().update(grantRounds).set({ budgetOre: 2_500_000 }).where(eq(grantRounds.id, f.round.id)).run();
    expectProblem(() => recordDecision(f.schemeAdmin, { applicationId: apps.d, meetingId: full, outcome: "granted", amountOre: null, reason: "", conditions: "" }), "overRoundBudget");
    getDb().update(grantRounds).set({ budgetOre: 10_000_000 }).where(eq(grantRounds.id, f.round.id)).run();
  });

  it("sends no letters while an application is undecided; then one letter per applicant in their language, once", () => {
    expectProblem(() => sendDecisionLetters(f.schemeAdmin, f.round.id), "undecidedApplications");
    // The applicant does not see the decision before the letter.
    expect(listApplicationsForApplicant(f.applicant(), [f.organisations.velforening]).find((a) => a.id === apps.a)?.outcome).toBeNull();
    recordDecision(f.schemeAdmin, { applicationId: apps.d, meetingId: full, outcome: "granted", amountOre: null, reason: "", conditions: "" });
    expect(sendDecisionLetters(f.schemeAdmin, f.round.id)).toBe(4);
    expectProblem(() => sendDecisionLetters(f.schemeAdmin, f.round.id), "lettersAlreadySent");

    const letters = getDb().select().from(grantLetters).where(inArray(grantLetters.recipientUserId, [f.applicant().id, f.privatePerson().id])).all();
    expect(letters).toHaveLength(4);
    expect(letters.find((l) => l.recipientUserId === f.privatePerson().id)?.language).toBe("en");
    const partial = getDb().select().from(emailOutbox).where(like(emailOutbox.subject, "%Gatefest%")).get()!;
    expect(partial.to).toBe("ildsjel@laget.test");
    expect(partial.subject).toBe("Grant decision: Gatefest");
    expect(partial.bodyText).toContain("partly granted: NOK 8,000 of the NOK 12,500 applied for");
    expect(partial.bodyText).toContain("Reason: Rammen er brukt opp.");
    expect(partial.bodyText).toContain("within three weeks");
    expect(partial.bodyText).toContain("Klagenemnda i Stavanger kommune");
    const rejected = getDb().select().from(emailOutbox).where(like(emailOutbox.subject, "%Konsert%")).get()!;
    expect(rejected.bodyText).toContain("Søknaden er avslått.");
    expect(rejected.bodyText).toContain("Begrunnelse: Konserten er kommersiell.");
    expect(rejected.bodyText).toContain("innen tre uker");
    expect(rejected.bodyText).not.toContain("Rapport");
    const granted = getDb().select().from(emailOutbox).where(like(emailOutbox.subject, "%Sommerfest%")).get()!;
    expect(granted.bodyText).toContain("innvilget med kr 12 500");
    expect(granted.bodyText).toContain("Vilkår: Logo på plakaten");
    expect(granted.bodyText).toContain("19. august 2027");
    expect(getDb().select().from(notifications).where(eq(notifications.kind, "grant_decided")).all()).toHaveLength(4);

    const mine = getApplicationForApplicant(f.applicant(), apps.a);
    expect(mine.decision).toMatchObject({ outcome: "granted", amountGrantedOre: 1_250_000 });
    expect(mine.decision?.letterBody).toContain("Sommerfest");
    expect(mine.canAppeal).toBe(true);
  });

  it("the minutes list each decision, its reason and who stepped aside, never a private person's name", () => {
    const minutes = getRoundMinutes(member(1), f.round.id).meetings.find((m) => m.id === full)!;
    expect(minutes.present).toHaveLength(4);
    expect(minutes.items.map((i) => [i.title, i.outcome])).toEqual([
      ["Sommerfest", "granted"],
      ["Gatefest", "partly_granted"],
      ["Konsert", "rejected"],
      ["Dugnad med lyd", "granted"],
    ]);
    expect(minutes.items[0]!.steppedAside).toEqual([{ name: "Anne Gruppe", reason: "Styremedlem i velforeningen" }]);
    expect(minutes.items[1]).toMatchObject({ applicant: null, reason: "Rammen er brukt opp." });
    expect(JSON.stringify(getRoundMinutes(member(1), f.round.id))).not.toContain("Ildsjel");
    expectProblem(() => getRoundMinutes(f.grorud, f.round.id), "notFound");
    expectProblem(() => getRoundMinutes(f.applicant(), f.round.id), "notFound");
    expect(getRoundMinutes(f.schemeAdmin, f.round.id).meetings.find((m) => m.id === full)?.items).toHaveLength(4);
    expect(getDb().select().from(grantApplications).where(and(eq(grantApplications.roundId, f.round.id), eq(grantApplications.status, "decided"))).all()).toHaveLength(4);
  });
});
