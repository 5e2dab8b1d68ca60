/** The scheme administrator's reads of a scheme (scheme.server.ts): who may read them, what they show and hide. */
import { beforeAll, describe, expect, it } from "vitest";
import { createDraft } from "./application.server";
import { lodgeAppeal } from "./appeal.server";
import { createRound, createScheme, getSchemePage, schemeForAdministrator, updateRound } from "./scheme.server";
import { loadRound } from "./shared.server";
import { getDb } from "~/utils/db.server";
import { now } from "~/utils/clock.server";
import { expectProblem } from "~/testing/coordination-fixture.server";
import { completeDraft, decideRound, seedGrantScheme } from "~/testing/grant-fixture.server";

let f: Awaited<ReturnType<typeof seedGrantScheme>>;
let ids: number[] = [];
let draft = 0;

beforeAll(async () => {
  f = await seedGrantScheme();
  ids = decideRound(f, [
    { title: "Sommerfest", outcome: "granted" },
    { title: "Konsert", outcome: "rejected", reason: "Kommersielt." },
  ]);
  draft = createDraft(f.applicant(), f.round.id, { kind: "organisation", organisationId: f.organisations.velforening }, completeDraft(f.ids, "Utkast"));
  lodgeAppeal(f.applicant(), ids[1]!, "Konserten er åpen for alle og gratis.");
});

describe("the scheme page", () => {
  it("gives the scheme's rules, areas, sectors, group and rounds, with the programme's areas and the appeals by round", () => {
    const page = getSchemePage(f.schemeAdmin, f.scheme.slug);
    expect(page).toMatchObject({ id: f.scheme.id, slug: f.scheme.slug, programmeId: f.ids.levekarsloftet });
    expect(page.areaIds).toEqual([f.ids.storhaug]);
    expect(page.sectors.sort()).toEqual(["residents_group", "voluntary"]);
    expect(page.members.map((m) => m.userId).sort((a, b) => a - b)).toEqual(f.members.map((m) => m.id).sort((a, b) => a - b));
    expect(page.rounds.map((r) => r.id)).toEqual([f.round.id]);
    // Drafts are not counted: two decided applications.
    expect(page.rounds.find((r) => r.id === f.round.id)?.applications).toBe(2);
    expect(page.programmeAreas.map((a) => a.id)).toContain(f.ids.storhaug);
    expect(page.appeals).toEqual([expect.objectContaining({ title: "Konsert", outcome: null, roundId: f.round.id })]);
  });

  it("refuses another programme's coordinator (forbidden) and an unknown scheme (notFound)", () => {
    expectProblem(() => getSchemePage(f.grorud, f.scheme.slug), "forbidden");
    expectProblem(() => getSchemePage(f.schemeAdmin, "finnes-ikke"), "notFound");
    expectProblem(() => schemeForAdministrator(f.grorud, f.scheme.slug), "forbidden");
    expectProblem(() => schemeForAdministrator(f.schemeAdmin, "finnes-ikke"), "notFound");
    expect(schemeForAdministrator(f.schemeAdmin, f.scheme.slug).id).toBe(f.scheme.id);
  });
});

describe("a scheme's address", () => {
  it("is never 'ny', the new-scheme form's own path: a scheme named Ny gets ny-2", () => {
    const programmeId = schemeForAdministrator(f.schemeAdmin, f.scheme.slug).programmeId;
    const { slug } = createScheme(f.schemeAdmin, {
      programmeId,
      name: "Ny",
      description: "",
      criteria: "Åpent for alle.",
      areaIds: [f.ids.storhaug],
      sectors: ["voluntary"],
      allowsPrivatePersons: false,
      maxAmount: 1_000_000,
      ownSharePercent: 0,
      quorum: null,
      appealBody: "Klagenemnda",
      reportDueDays: 60,
      isContinuous: false,
      decisionWithinDays: null,
    });
    expect(slug).toBe("ny-2");
  });
});

describe("correcting a round", () => {
  const DAY = 86_400_000;
  const input = (over: Partial<Parameters<typeof createRound>[2]> = {}) => ({
    name: "Vinterrunden",
    opensAt: now() - DAY,
    deadlineAt: now() + 10 * DAY,
    plannedDecisionDate: null,
    budgetOre: 10_000_000,
    ...over,
  });

  it("changes the deadline, decision date and budget until the round goes to the group, never the deadline into the past", () => {
    expectProblem(() => createRound(f.schemeAdmin, f.scheme.id, input({ deadlineAt: null })), "enterDeadline");
    const round = createRound(f.schemeAdmin, f.scheme.id, input());
    updateRound(f.schemeAdmin, round.id, input({ deadlineAt: now() + 20 * DAY, plannedDecisionDate: "2027-03-01", budgetOre: 12_000_000 }));
    expect(loadRound(getDb(), round.id)).toMatchObject({ plannedDecisionDate: "2027-03-01", budgetOre: 12_000_000 });
    expectProblem(() => updateRound(f.schemeAdmin, round.id, input({ deadlineAt: now() - 1000 })), "deadlineInPast");
    expectProblem(() => updateRound(f.schemeAdmin, round.id, input({ deadlineAt: null })), "enterDeadline");
    expectProblem(() => updateRound(f.grorud, round.id, input()), "forbidden");
  });

  it("leaves a round released to the group as it is", () => {
    expectProblem(() => updateRound(f.schemeAdmin, f.round.id, input()), "alreadyReleased");
  });
});
