/**
 * A round's reads (round.server.ts) for the group and the administrator, the group's minutes
 * (decision.server.ts) and the header's group seat (scheme.server.ts), and the chair's permission to
 * record (issue 20): the chair of a scheme's group records the meeting, the decisions and the
 * reconsideration of appeals as the administrator does; a plain member cannot; the quorum and the
 * declarations still hold.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { grantApplications, grantGroupMembers, grantMeetings } from "../../../db/schema";
import { createDraft, submitApplication } from "./application.server";
import { decideAppeal, lodgeAppeal } from "./appeal.server";
import { declare, recommend } from "./assessment.server";
import { getRoundMinutes, openMeeting, recordDecision, sendDecisionLetters } from "./decision.server";
import { getApplicationForAdministrator, getGroupApplication, getGroupRound, roundForAdministrator, undeclaredByRound } from "./round.server";
import { releaseRound, shellFacts } from "./scheme.server";
import { canRecordDecisions } from "~/services/grant-permissions";
import { expectProblem } from "~/testing/coordination-fixture.server";
import { completeDraft, seedGrantScheme } from "~/testing/grant-fixture.server";
import { advanceClock, todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";

let f: Awaited<ReturnType<typeof seedGrantScheme>>;
const DAY = 86_400_000;
let orgApp = 0;
let privateApp = 0;
let meetingId = 0;
let draft = 0;

const chair = () => f.members[0]!.actor();
const member = (i: number) => f.members[i]!.actor();

beforeAll(async () => {
  f = await seedGrantScheme();
  getDb()
    .update(grantGroupMembers)
    .set({ role: "chair" })
    .where(and(eq(grantGroupMembers.schemeId, f.scheme.id), eq(grantGroupMembers.userId, f.members[0]!.id)))
    .run();
  orgApp = createDraft(f.applicant(), f.round.id, { kind: "organisation", organisationId: f.organisations.velforening }, completeDraft(f.ids, "Sommerfest"));
  privateApp = createDraft(f.privatePerson(), f.round.id, { kind: "private_person" }, completeDraft(f.ids, "Bokbytte"));
  submitApplication(f.applicant(), orgApp);
  submitApplication(f.privatePerson(), privateApp);
  draft = createDraft(f.applicant(), f.round.id, { kind: "organisation", organisationId: f.organisations.velforening }, completeDraft(f.ids, "Utkast"));
  recommend(f.schemeAdmin, orgApp, { recommendation: "granted", amountOre: null, text: "Godt tiltak" });
  advanceClock(11 * DAY);
});

describe("the chair's permission", () => {
  it("lets the administrator and the chair record, not a plain member", () => {
    const scheme = { programmeId: f.ids.levekarsloftet };
    expect(canRecordDecisions(f.schemeAdmin, scheme, null)).toBe(true);
    expect(canRecordDecisions(chair(), scheme, "chair")).toBe(true);
    expect(canRecordDecisions(member(1), scheme, "member")).toBe(false);
    expect(canRecordDecisions(null, scheme, "chair")).toBe(false);
  });

  it("a member sees nothing of an unreleased round; after release the overview counts what waits", () => {
    expectProblem(() => getGroupRound(member(1), f.round.id), "notReleased");
    releaseRound(f.schemeAdmin, f.round.id);
    expect(undeclaredByRound(f.members[1]!.id, [f.round.id]).get(f.round.id)).toBe(2);
    expect(shellFacts(f.members[1]!.id).isGroupMember).toBe(true);
    expect(shellFacts(f.applicant().id).isGroupMember).toBe(false);
  });

  it("shows the recommendation only after a declaration of no conflict, and never a private person's name", () => {
    let round = getGroupRound(member(1), f.round.id);
    expect(round.canRecord).toBe(false);
    expect(round.applications.find((a) => a.id === orgApp)).toMatchObject({ declaration: null, canSee: false, assessment: null });
    expect(round.applications.find((a) => a.id === privateApp)?.applicant).toBeNull();
    expectProblem(() => getGroupApplication(member(1), f.round.id, orgApp), "notDeclared");
    declare(member(1), orgApp, { hasConflict: false, reason: null });
    round = getGroupRound(member(1), f.round.id);
    expect(round.applications.find((a) => a.id === orgApp)).toMatchObject({ canSee: true, assessment: { recommendation: "granted" } });
    expect(getGroupApplication(member(1), f.round.id, orgApp).budgetLines).toHaveLength(3);
    declare(member(2), orgApp, { hasConflict: true, reason: "Styremedlem" });
    expectProblem(() => getGroupApplication(member(2), f.round.id, orgApp), "conflicted");
    expect(getGroupRound(member(2), f.round.id).applications.find((a) => a.id === orgApp)?.assessment).toBeNull();
    // The administrator sees all without declaring; another programme's coordinator nothing.
    expect(getGroupRound(f.schemeAdmin, f.round.id).applications.find((a) => a.id === orgApp)?.assessment).not.toBeNull();
    expectProblem(() => getGroupRound(f.grorud, f.round.id), "notFound");
    expectProblem(() => getGroupApplication(f.applicant(), f.round.id, orgApp), "notFound");
  });

  it("refuses a plain member's meeting; the chair records it and the decisions, under the quorum and declaration rules", () => {
    const everyone = f.members.map((m) => m.id);
    expectProblem(() => openMeeting(member(1), f.round.id, { heldOn: todayInNorway(), place: "", present: everyone }), "forbidden");
    meetingId = openMeeting(chair(), f.round.id, { heldOn: todayInNorway(), place: "Elefant", present: everyone });
    expect(getDb().select().from(grantMeetings).where(eq(grantMeetings.id, meetingId)).get()?.createdByUserId).toBe(f.members[0]!.id);
    expect(getGroupRound(chair(), f.round.id)).toMatchObject({ canRecord: true, meeting: { id: meetingId } });
    const decide = (actor = chair()) => recordDecision(actor, { applicationId: orgApp, meetingId, outcome: "granted", amountOre: null, reason: "", conditions: "" });
    expectProblem(() => decide(), "undeclaredPresent");
    declare(chair(), orgApp, { hasConflict: false, reason: null });
    declare(member(3), orgApp, { hasConflict: false, reason: null });
    expect(getGroupRound(chair(), f.round.id).applications.find((a) => a.id === orgApp)?.meetingCheck).toMatchObject({ undeclared: [], voting: 3 });
    expectProblem(() => decide(member(1)), "forbidden");
    decide();
    for (const m of f.members) declare(m.actor(), privateApp, { hasConflict: false, reason: null });
    recordDecision(chair(), { applicationId: privateApp, meetingId, outcome: "rejected", amountOre: null, reason: "Utenfor kriteriene", conditions: "" });
  });

  it("a quorum short of members without a conflict is refused", () => {
    const late = createDraft(f.applicant(), f.round.id, { kind: "organisation", organisationId: f.organisations.velforening }, completeDraft(f.ids, "Etternøler"));
    // The deadline has passed: the test puts it straight into the round as submitted.
    getDb().update(grantApplications).set({ status: "submitted", submittedAt: new Date() }).where(eq(grantApplications.id, late)).run();
    const small = openMeeting(chair(), f.round.id, { heldOn: todayInNorway(), place: "", present: [f.members[0]!.id, f.members[1]!.id] });
    declare(chair(), late, { hasConflict: false, reason: null });
    declare(member(1), late, { hasConflict: false, reason: null });
    expectProblem(() => recordDecision(chair(), { applicationId: late, meetingId: small, outcome: "granted", amountOre: null, reason: "", conditions: "" }), "quorumNotMet");
    getDb().update(grantApplications).set({ status: "withdrawn" }).where(eq(grantApplications.id, late)).run();
  });

  it("the minutes name who stepped aside and why, and write Privatperson's application without a name", () => {
    const minutes = getRoundMinutes(member(1), f.round.id);
    const first = minutes.meetings.find((m) => m.id === meetingId)!;
    expect(first.present).toHaveLength(4);
    expect(first.items.find((i) => i.applicationId === orgApp)?.steppedAside).toEqual([{ name: "Cecilie Gruppe", reason: "Styremedlem" }]);
    expect(first.items.find((i) => i.applicationId === privateApp)).toMatchObject({ applicant: null, outcome: "rejected" });
    expectProblem(() => getRoundMinutes(f.applicant(), f.round.id), "notFound");
  });

  it("the chair records the reconsideration of an appeal", () => {
    sendDecisionLetters(f.schemeAdmin, f.round.id);
    const appealId = lodgeAppeal(f.privatePerson(), privateApp, "Bokbyttet er åpent for alle.");
    expect(getGroupRound(member(1), f.round.id).applications.find((a) => a.id === privateApp)?.appeal).toMatchObject({ id: appealId, text: "Bokbyttet er åpent for alle." });
    expectProblem(() => decideAppeal(member(1), appealId, { outcome: "forwarded", note: "" }), "forbidden");
    decideAppeal(chair(), appealId, { outcome: "forwarded", note: "Sendt videre" });
    expect(getGroupRound(chair(), f.round.id).applications.find((a) => a.id === privateApp)?.appeal).toBeNull();
  });
});

// After the story above: the organisation's application is granted, its report due.
describe("a round and an application by their address, for the administrator", () => {
  it("finds a round by its slug or its id, within its scheme only", () => {
    expect(roundForAdministrator(f.schemeAdmin, f.scheme.slug, f.round.slug).id).toBe(f.round.id);
    expect(roundForAdministrator(f.schemeAdmin, f.scheme.slug, String(f.round.id)).id).toBe(f.round.id);
    expectProblem(() => roundForAdministrator(f.schemeAdmin, "finnes-ikke", f.round.slug), "notFound");
    expectProblem(() => roundForAdministrator(f.grorud, f.scheme.slug, f.round.slug), "forbidden");
  });

  it("opens a submitted application in full, not a draft, not under another round, not for another programme", () => {
    const a = getApplicationForAdministrator(f.schemeAdmin, f.round.id, orgApp);
    expect(a).toMatchObject({ title: "Sommerfest", outcome: "granted", reportStatus: "due" });
    expect(a.budgetLines).toHaveLength(3);
    expectProblem(() => getApplicationForAdministrator(f.schemeAdmin, f.round.id, draft), "notFound");
    expectProblem(() => getApplicationForAdministrator(f.schemeAdmin, f.round.id + 1000, orgApp), "notFound");
    expectProblem(() => getApplicationForAdministrator(f.grorud, f.round.id, orgApp), "forbidden");
  });
});
