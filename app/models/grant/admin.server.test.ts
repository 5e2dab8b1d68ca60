/** The scheme administrator's reads (admin.server.ts): who may read them, what they show and hide. */
import { beforeAll, describe, expect, it } from "vitest";
import { createDraft } from "./application.server";
import { getApplicationForAdministrator, getSchemePage, roundForAdministrator, schemeForAdministrator } from "./admin.server";
import { lodgeAppeal } from "./appeal.server";
import { getSchemeForAdministrator } from "./scheme.server";
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
  it("gives what getSchemeForAdministrator gives, with the programme's areas and the appeals by round", () => {
    const page = getSchemePage(f.schemeAdmin, f.scheme.slug);
    const full = getSchemeForAdministrator(f.schemeAdmin, f.scheme.slug);
    expect(page.areaIds).toEqual(full.areas.map((a) => a.id).sort((a, b) => a - b));
    expect(page.sectors.sort()).toEqual([...full.sectors].sort());
    expect(page.members).toEqual(full.members);
    expect(page.rounds.map((r) => [r.id, r.applications])).toEqual(full.rounds.map((r) => [r.id, r.applications]));
    // Drafts are not counted: two decided applications.
    expect(page.rounds.find((r) => r.id === f.round.id)?.applications).toBe(2);
    expect(page.programmeAreas.map((a) => a.id)).toContain(f.ids.storhaug);
    expect(page.appeals).toEqual([expect.objectContaining({ title: "Konsert", outcome: null, roundId: f.round.id })]);
  });

  it("refuses another programme's coordinator (forbidden) and an unknown scheme (notFound)", () => {
    expectProblem(() => getSchemePage(f.grorud, f.scheme.slug), "forbidden");
    expectProblem(() => getSchemePage(f.schemeAdmin, "finnes-ikke"), "notFound");
    expectProblem(() => schemeForAdministrator(f.grorud, f.scheme.slug), "forbidden");
  });
});

describe("a round and an application by their address", () => {
  it("finds a round by its slug or its id, within its scheme only", () => {
    expect(roundForAdministrator(f.schemeAdmin, f.scheme.slug, f.round.slug).id).toBe(f.round.id);
    expect(roundForAdministrator(f.schemeAdmin, f.scheme.slug, String(f.round.id)).id).toBe(f.round.id);
    expectProblem(() => roundForAdministrator(f.schemeAdmin, "finnes-ikke", f.round.slug), "notFound");
    expectProblem(() => roundForAdministrator(f.grorud, f.scheme.slug, f.round.slug), "forbidden");
  });

  it("opens a submitted application in full, not a draft, not under another round, not for another programme", () => {
    const a = getApplicationForAdministrator(f.schemeAdmin, f.round.id, ids[0]!);
    expect(a).toMatchObject({ title: "Sommerfest", outcome: "granted", reportStatus: "due" });
    expect(a.budgetLines).toHaveLength(3);
    expectProblem(() => getApplicationForAdministrator(f.schemeAdmin, f.round.id, draft), "notFound");
    expectProblem(() => getApplicationForAdministrator(f.schemeAdmin, f.round.id + 1000, ids[0]!), "notFound");
    expectProblem(() => getApplicationForAdministrator(f.grorud, f.round.id, ids[0]!), "forbidden");
  });
});
