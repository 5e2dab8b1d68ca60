/**
 * The plan of the year (issue 21): a draft only inside the programme's period and once per year;
 * tiltak numbered by goal; budget lines and their sums; adoption as revision 0; a change after
 * adoption only with a reason, kept as the next revision while revision 0 reads as adopted; carrying
 * a year forward; what the public sees (never a draft); a closed programme read-only.
 */
import { and, eq, like } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, grantSchemes, initiativeGoals, initiatives, planBudgetLines, planRevisions, programmeGoals, programmes, subprogrammes } from "../../../db/schema";
import { addLine, removeLine, updateLine } from "./budget.server";
import { carryForward } from "./carry.server";
import { addItem, adoptPlan, createPlan, getPlanPage, removeItem, updateIntroduction } from "./plan.server";
import { getAdoptedPlan, listAdoptedPlans } from "./public.server";
import { getPlanVersion } from "./revision.server";
import { expectProblem, seedForCoordination } from "~/testing/coordination-fixture.server";
import { getDb } from "~/utils/db.server";
import type { AddLineInput } from "~/validation/plan";

let f: Awaited<ReturnType<typeof seedForCoordination>>;
const tiltak: Record<string, number> = {};
let goals: { main1: number; sub11: number; sub12: number; main2: number };
let scheme = 0;
let otherScheme = 0;
let oppvekst = 0;

const line = (over: Partial<AddLineInput>): AddLineInput => ({
  target: "programme",
  itemId: null,
  schemeId: null,
  subprogrammeId: null,
  description: "",
  source: "state",
  sourceName: "",
  planned: 0,
  granted: null,
  spent: null,
  reason: "",
  ...over,
});

beforeAll(async () => {
  f = await seedForCoordination();
  const db = getDb();
  for (const r of db.select({ id: initiatives.id, slug: initiatives.slug }).from(initiatives).all()) tiltak[r.slug] = r.id;
  const goal = (title: string, parentId: number | null, position: number) =>
    db.insert(programmeGoals).values({ programmeId: f.groruddalen, parentId, title, position }).returning({ id: programmeGoals.id }).get().id;
  // Positions far after any goals the demo may hold, so the numbers below are these goals' own.
  const main1 = goal("Planmål A", null, 900);
  const main2 = goal("Planmål B", null, 901);
  goals = { main1, sub11: goal("Delmål A1", main1, 0), sub12: goal("Delmål A2", main1, 1), main2 };
  scheme = db.select({ id: grantSchemes.id }).from(grantSchemes).where(eq(grantSchemes.programmeId, f.groruddalen)).get()!.id;
  otherScheme = db.select({ id: grantSchemes.id }).from(grantSchemes).where(eq(grantSchemes.slug, "naermiljotilskudd-storhaug")).get()!.id;
  oppvekst = db.select({ id: subprogrammes.id }).from(subprogrammes).where(and(eq(subprogrammes.programmeId, f.groruddalen), like(subprogrammes.slug, "oppvekst%"))).get()!.id;
});

const auditCount = (action: string) => getDb().select({ id: auditEvents.id }).from(auditEvents).where(eq(auditEvents.action, action)).all().length;

describe("a year's draft", () => {
  it("is refused outside the programme's period, for a year out of range and for a year that has one", () => {
    expectProblem(() => createPlan(f.grorud, f.groruddalen, 2016), "yearOutsidePeriod");
    expectProblem(() => createPlan(f.grorud, f.groruddalen, 2027), "yearOutsidePeriod");
    expectProblem(() => createPlan(f.grorud, f.groruddalen, 1999), "yearOutOfRange");
    expectProblem(() => createPlan(f.grorud, f.groruddalen, 2101), "yearOutOfRange");
    const before = auditCount("plan.created");
    createPlan(f.grorud, f.groruddalen, 2021, "Året etter pandemien.");
    expect(auditCount("plan.created")).toBe(before + 1);
    expectProblem(() => createPlan(f.grorud, f.groruddalen, 2021), "planExists");
    expect(auditCount("plan.created")).toBe(before + 1);
  });

  it("is another programme's coordinator's to neither read nor make", () => {
    expectProblem(() => createPlan(f.stavanger, f.groruddalen, 2020), "forbidden");
    expectProblem(() => getPlanPage(f.stavanger, f.groruddalen, 2021), "forbidden");
    expectProblem(() => getPlanPage(f.grorud, 999_999, 2021), "notFound");
  });
});

describe("a tiltak added without a goal chosen", () => {
  it("goes under the sub-goal it is linked to, or none; 'none' chosen is none", () => {
    const db = getDb();
    const planId = createPlan(f.grorud, f.groruddalen, 2024);
    const linked = tiltak["kartlegging-av-moteplasser-i-bjerke"]!;
    db.delete(initiativeGoals).where(eq(initiativeGoals.initiativeId, linked)).run();
    db.insert(initiativeGoals).values({ initiativeId: linked, goalId: goals.sub12 }).run();
    const unlinked = tiltak["vardugnad-pa-veitvet"]!;
    db.delete(initiativeGoals).where(eq(initiativeGoals.initiativeId, unlinked)).run();
    addItem(f.grorud, planId, { initiativeId: linked, goalId: undefined, note: "", reason: "" });
    addItem(f.grorud, planId, { initiativeId: unlinked, goalId: undefined, note: "", reason: "" });
    addItem(f.grorud, planId, { initiativeId: tiltak["leksehjelp-pa-romsas"]!, goalId: null, note: "", reason: "" });
    const items = getPlanPage(f.grorud, f.groruddalen, 2024).plan!.content.groups.flatMap((g) => g.items);
    expect(Object.fromEntries(items.map((i) => [i.initiativeId, i.goalId]))).toEqual({ [linked]: goals.sub12, [unlinked]: null, [tiltak["leksehjelp-pa-romsas"]!]: null });
  });
});

describe("the plan's tiltak and money", () => {
  let planId = 0;
  let items = { noGoal: 0, second: 0, first: 0, main2: 0 };

  beforeAll(() => {
    planId = createPlan(f.grorud, f.groruddalen, 2022);
    items = {
      noGoal: addItem(f.grorud, planId, { initiativeId: tiltak["jobbsjansen-grorud"]!, goalId: null, note: "", reason: "" }),
      second: addItem(f.grorud, planId, { initiativeId: tiltak["sprakkafe-pa-furuset"]!, goalId: goals.sub12, note: "", reason: "" }),
      first: addItem(f.grorud, planId, { initiativeId: tiltak["leksehjelp-pa-romsas"]!, goalId: goals.sub11, note: "Tre kvelder i uka", reason: "" }),
      main2: addItem(f.grorud, planId, { initiativeId: tiltak["nattbasket-pa-haugenstua"]!, goalId: goals.main2, note: "", reason: "" }),
    };
  });

  it("refuses another programme's tiltak, a tiltak twice and another programme's goal", () => {
    expectProblem(() => addItem(f.grorud, planId, { initiativeId: tiltak["kajakk-for-alle-i-lervig"]!, goalId: null, note: "", reason: "" }), "initiativeNotInProgramme");
    expectProblem(() => addItem(f.grorud, planId, { initiativeId: tiltak["leksehjelp-pa-romsas"]!, goalId: null, note: "", reason: "" }), "itemExists");
    const foreignGoal = getDb().insert(programmeGoals).values({ programmeId: getDb().select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, "levekarsloftet")).get()!.id, title: "Annet mål" }).returning({ id: programmeGoals.id }).get().id;
    expectProblem(() => addItem(f.grorud, planId, { initiativeId: tiltak["vardugnad-pa-veitvet"]!, goalId: foreignGoal, note: "", reason: "" }), "goalNotInProgramme");
  });

  it("numbers the tiltak by main goal and their place under it, those without a goal last", () => {
    const page = getPlanPage(f.grorud, f.groruddalen, 2022);
    const numbered = page.plan!.content.groups.flatMap((g) => g.items.map((i) => [i.number, i.id, i.goalNumber]));
    const mainsBefore = page.choices.goals.filter((g) => g.parentId === null).length - 2;
    const a = mainsBefore + 1;
    expect(numbered).toEqual([
      [`${a}.1`, items.first, `${a}.1`],
      [`${a}.2`, items.second, `${a}.2`],
      [`${a + 1}.1`, items.main2, `${a + 1}`],
      [`${a + 2}.1`, items.noGoal, null],
    ]);
    expect(page.plan!.content.groups.map((g) => g.title)).toEqual(["Planmål A", "Planmål B", null]);
  });

  it("sums the lines per sub-programme, per source and in total, and refuses another programme's scheme and a stranger's line", () => {
    addLine(f.grorud, planId, line({ target: "item", itemId: items.first, source: "state", planned: 1_250_000, granted: 1_000_000 }));
    addLine(f.grorud, planId, line({ target: "item", itemId: items.first, source: "municipality", planned: 25_000_000 }));
    addLine(f.grorud, planId, line({ target: "item", itemId: items.noGoal, source: "other", sourceName: "Sparebankstiftelsen", planned: 5_000_000, spent: 200_000 }));
    addLine(f.grorud, planId, line({ target: "scheme", schemeId: scheme, source: "municipality", planned: 40_000_000, subprogrammeId: oppvekst }));
    const adminLine = addLine(f.grorud, planId, line({ target: "programme", source: "state", planned: 300_000 }));
    expectProblem(() => addLine(f.grorud, planId, line({ target: "scheme", schemeId: otherScheme, planned: 1 })), "schemeNotInProgramme");
    expectProblem(() => addLine(f.grorud, planId, line({ target: "item", itemId: 999_999, planned: 1 })), "notFound");
    expectProblem(() => addLine(f.stavanger, planId, line({ planned: 1 })), "forbidden");

    const { sums } = getPlanPage(f.grorud, f.groruddalen, 2022).plan!;
    expect(sums.total).toEqual({ plannedOre: 71_550_000, grantedOre: 1_000_000, spentOre: 200_000 });
    expect(sums.bySource).toEqual([
      { source: "state", sourceName: "", plannedOre: 1_550_000, grantedOre: 1_000_000, spentOre: 0 },
      { source: "municipality", sourceName: "", plannedOre: 65_000_000, grantedOre: 0, spentOre: 0 },
      { source: "other", sourceName: "Sparebankstiftelsen", plannedOre: 5_000_000, grantedOre: 0, spentOre: 200_000 },
    ]);
    const bySub = Object.fromEntries(sums.bySubprogramme.map((s) => [s.name ?? "(none)", s.plannedOre]));
    // Leksehjelp and the scheme's line are oppvekst; Jobbsjansen sysselsetting; the administration line none.
    expect(bySub).toMatchObject({ "(none)": 300_000, Sysselsetting: 5_000_000 });
    expect(sums.bySubprogramme.at(-1)).toMatchObject({ id: null, plannedOre: 300_000 });
    expect(sums.bySubprogramme.find((s) => s.id === oppvekst)?.plannedOre).toBe(66_250_000);

    updateLine(f.grorud, planId, { lineId: adminLine, description: "Administrasjon", source: "state", sourceName: "ignored", planned: 400_000, granted: null, spent: null, subprogrammeId: null, reason: "" });
    expect(getDb().select({ name: planBudgetLines.sourceName, ore: planBudgetLines.plannedOre }).from(planBudgetLines).where(eq(planBudgetLines.id, adminLine)).get()).toEqual({ name: "", ore: 400_000 });
  });

  it("adopts as revision 0; a change after adoption needs a reason and becomes the next revision, with revision 0 unchanged", () => {
    expectProblem(() => adoptPlan(f.grorud, planId, { adoptedBy: "Styringsgruppen", adoptedOn: "2999-01-01" }), "adoptedOnInFuture");
    expect(getPlanPage(f.grorud, f.groruddalen, 2022).plan!.status).toBe("draft");
    expect(getAdoptedPlan("groruddalssatsingen", 2022)).toBeUndefined();

    adoptPlan(f.grorud, planId, { adoptedBy: "Styringsgruppen for Groruddalssatsingen", adoptedOn: "2022-01-20" });
    expectProblem(() => adoptPlan(f.grorud, planId, { adoptedBy: "Igjen", adoptedOn: "2022-01-21" }), "alreadyAdopted");
    const adopted = getPlanVersion(f.grorud, f.groruddalen, 2022, 0);
    expect(adopted.revision).toMatchObject({ revision: 0, reason: "", changedBy: "Kari Koordinator" });

    const lines = () => getDb().select({ id: planBudgetLines.id }).from(planBudgetLines).where(eq(planBudgetLines.planId, planId)).all().length;
    const linesBefore = lines();
    expectProblem(() => addLine(f.grorud, planId, line({ planned: 100 })), "reasonRequired");
    expectProblem(() => removeItem(f.grorud, planId, { itemId: items.main2, reason: "   " }), "reasonRequired");
    expectProblem(() => updateIntroduction(f.grorud, planId, { introduction: "Ny", reason: "" }), "reasonRequired");
    expect(lines()).toBe(linesBefore);

    removeItem(f.grorud, planId, { itemId: items.main2, reason: "Nattbasketen får penger fra idrettsrådet i år." });
    const revisions = getDb().select({ revision: planRevisions.revision, reason: planRevisions.reason }).from(planRevisions).where(eq(planRevisions.planId, planId)).all();
    expect(revisions).toEqual([
      { revision: 0, reason: "" },
      { revision: 1, reason: "Nattbasketen får penger fra idrettsrådet i år." },
    ]);
    expect(getPlanVersion(f.grorud, f.groruddalen, 2022, 0)).toEqual({ ...adopted, latest: 1 });
    const after = getPlanVersion(f.grorud, f.groruddalen, 2022, 1);
    expect(after.content.groups.flatMap((g) => g.items.map((i) => i.id))).not.toContain(items.main2);
    expect(adopted.content.groups.flatMap((g) => g.items.map((i) => i.id))).toContain(items.main2);
    expectProblem(() => getPlanVersion(f.grorud, f.groruddalen, 2022, 7), "notFound");
    expectProblem(() => getPlanVersion(f.stavanger, f.groruddalen, 2022, 0), "forbidden");
    const audit = getDb().select({ details: auditEvents.details }).from(auditEvents).where(eq(auditEvents.action, "plan.item_removed")).all().at(-1)!;
    expect(audit.details).toMatchObject({ revision: 1, reason: "Nattbasketen får penger fra idrettsrådet i år." });
  });

  it("shows the public the adopted plan as it now stands, with its revisions but no names, and lists it with its totals", () => {
    const shown = getAdoptedPlan("groruddalssatsingen", 2022)!;
    expect(shown).toMatchObject({ year: 2022, adoptedBy: "Styringsgruppen for Groruddalssatsingen", adoptedOn: "2022-01-20" });
    expect(shown.revisions.map((r) => r.revision)).toEqual([0, 1]);
    expect(JSON.stringify(shown)).not.toContain("Kari");
    expect(shown.sums.total.plannedOre).toBe(71_650_000);
    const listed = listAdoptedPlans(f.groruddalen).find((p) => p.year === 2022)!;
    expect(listed).toMatchObject({ revisions: 1, total: { plannedOre: 71_650_000, grantedOre: 1_000_000, spentOre: 200_000 } });
    expect(listAdoptedPlans(f.groruddalen).some((p) => p.year === 2021)).toBe(false);
    expect(getAdoptedPlan("groruddalssatsingen", 2021)).toBeUndefined();
    expect(getAdoptedPlan("finnes-ikke", 2022)).toBeUndefined();
  });

  it("carries the year forward: continuing tiltak with their goals and planned amounts, granted and spent cleared", () => {
    getDb().update(initiatives).set({ status: "completed" }).where(eq(initiatives.id, tiltak["sprakkafe-pa-furuset"]!)).run();
    expectProblem(() => carryForward(f.grorud, f.groruddalen, 2022), "planExists");
    expectProblem(() => carryForward(f.grorud, f.groruddalen, 2027), "yearOutsidePeriod");
    const carried = carryForward(f.grorud, f.groruddalen, 2023);
    expect(carried).toMatchObject({ fromYear: 2022, items: 2 });
    const plan = getPlanPage(f.grorud, f.groruddalen, 2023).plan!;
    expect(plan.status).toBe("draft");
    expect(plan.carriedFromPlanId).toBe(planId);
    const carriedItems = plan.content.groups.flatMap((g) => g.items);
    expect(carriedItems.map((i) => [i.initiativeId, i.goalId, i.note])).toEqual([
      [tiltak["leksehjelp-pa-romsas"]!, goals.sub11, "Tre kvelder i uka"],
      [tiltak["jobbsjansen-grorud"]!, null, ""],
    ]);
    const all = [...carriedItems.flatMap((i) => i.lines), ...plan.content.otherLines];
    expect(all.every((l) => l.grantedOre === null && l.spentOre === null)).toBe(true);
    expect(plan.sums.total.plannedOre).toBe(71_650_000);
    expectProblem(() => carryForward(f.grorud, f.groruddalen, 2020), "nothingToCarry");
  });

  it("keeps a closed programme's plans as they are", () => {
    getDb().update(programmes).set({ closedAt: new Date() }).where(eq(programmes.id, f.groruddalen)).run();
    try {
      expectProblem(() => createPlan(f.grorud, f.groruddalen, 2019), "programmeClosed");
      expectProblem(() => removeLine(f.grorud, planId, { lineId: 1, reason: "Avsluttet" }), "programmeClosed");
      expect(getPlanPage(f.grorud, f.groruddalen, 2022).programme.closed).toBe(true);
    } finally {
      getDb().update(programmes).set({ closedAt: null }).where(eq(programmes.id, f.groruddalen)).run();
    }
  });
});
