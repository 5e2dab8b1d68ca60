/**
 * The goal structure (issue 21): main goals and sub-goals numbered by position, moves, deletion only
 * when nothing refers to a goal, indicators with yearly values, tiltak linked to sub-goals; every
 * change audited, kept to the coordinator's programmes (admins all) and refused once the programme
 * is closed. The read others call (getGoalStructure) keeps its shape and its three queries.
 */
import { and, desc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, indicatorValues, initiatives, planItems, programmeGoals, programmes, programmePlans, subprogrammes } from "../../../db/schema";
import { expectProblem, seedForCoordination } from "~/testing/coordination-fixture.server";
import { countStatements } from "~/testing/statement-count.server";
import { getDb } from "~/utils/db.server";
import { createGoal, deleteGoal, linkInitiative, moveGoal, unlinkInitiative, updateGoal } from "./goal.server";
import { createIndicator, deleteIndicator, removeIndicatorValue, setIndicatorValue, updateIndicator } from "./indicator.server";
import { allGoals, getGoalForCoordinator, getGoalStructure, publicGoalStructure } from "./structure.server";

let f: Awaited<ReturnType<typeof seedForCoordination>>;
/** A programme of its own, so the demo's goals do not get in the way. */
let programmeId = 0;
let otherSub = 0;
const none = { description: "", parentId: null, subprogrammeId: null, areaId: null };

const lastAudit = (action: string) =>
  getDb().select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(desc(auditEvents.id)).limit(1).get();
const numbers = () => allGoals(getGoalStructure(programmeId)).map((g) => `${g.number} ${g.title}`);

beforeAll(async () => {
  f = await seedForCoordination();
  const db = getDb();
  programmeId = db.insert(programmes).values({ slug: "malprove", name: "Målprøve", municipality: "Oslo", periodStart: 2017, periodEnd: 2026 }).returning({ id: programmes.id }).get().id;
  otherSub = db.select({ id: subprogrammes.id }).from(subprogrammes).where(eq(subprogrammes.id, f.sysselsetting)).get()!.id;
});

describe("the goal structure", () => {
  it("numbers main goals and their sub-goals by position", () => {
    const one = createGoal(f.admin, programmeId, { ...none, title: "Varig bedre levekår" });
    const two = createGoal(f.admin, programmeId, { ...none, title: "Sterkere nærmiljø" });
    createGoal(f.admin, programmeId, { ...none, parentId: one, title: "Flere i arbeid" });
    createGoal(f.admin, programmeId, { ...none, parentId: one, title: "Flere fullfører videregående" });
    createGoal(f.admin, programmeId, { ...none, parentId: two, title: "Flere deltar" });
    expect(numbers()).toEqual(["1 Varig bedre levekår", "1.1 Flere i arbeid", "1.2 Flere fullfører videregående", "2 Sterkere nærmiljø", "2.1 Flere deltar"]);
    expect(lastAudit("goal.created")?.entityType).toBe("programme_goal");
  });

  it("moves a goal among its siblings and renumbers; at the edge nothing changes", () => {
    const sub = allGoals(getGoalStructure(programmeId)).find((g) => g.title === "Flere fullfører videregående")!;
    moveGoal(f.admin, sub.id, "up");
    expect(numbers().slice(1, 3)).toEqual(["1.1 Flere fullfører videregående", "1.2 Flere i arbeid"]);
    moveGoal(f.admin, sub.id, "up");
    expect(numbers().slice(1, 3)).toEqual(["1.1 Flere fullfører videregående", "1.2 Flere i arbeid"]);
    const two = getGoalStructure(programmeId).goals[1]!;
    moveGoal(f.admin, two.id, "up");
    expect(numbers()[0]).toBe("1 Sterkere nærmiljø");
    expect(numbers()[2]).toBe("2 Varig bedre levekår");
    moveGoal(f.admin, two.id, "down");
    expect(lastAudit("goal.moved")?.details).toMatchObject({ direction: "down" });
  });

  it("refuses a sub-goal under a sub-goal, another programme's parent and a sub-programme or area outside the programme", () => {
    const sub = getGoalStructure(programmeId).goals[0]!.subGoals[0]!;
    expectProblem(() => createGoal(f.admin, programmeId, { ...none, parentId: sub.id, title: "For dypt" }), "parentNotMain");
    const foreign = createGoal(f.admin, f.groruddalen, { ...none, title: "Groruddalens" });
    expectProblem(() => createGoal(f.admin, programmeId, { ...none, parentId: foreign, title: "Feil satsing" }), "notFound");
    expectProblem(() => createGoal(f.admin, programmeId, { ...none, subprogrammeId: otherSub, title: "Feil delprogram" }), "subprogrammeOutside");
    expectProblem(() => createGoal(f.admin, programmeId, { ...none, areaId: f.romsas, title: "Feil område" }), "areaOutside");
    // Groruddalen's own sub-programme and area are fine for its goals.
    const narrowed = createGoal(f.grorud, f.groruddalen, { ...none, subprogrammeId: f.sysselsetting, areaId: f.romsas, title: "Romsås i arbeid" });
    const read = allGoals(getGoalStructure(f.groruddalen)).find((g) => g.id === narrowed)!;
    expect(read.subprogramme?.slug).toBe("sysselsetting");
    expect(read.area?.slug).toBe("romsas");
  });

  it("keeps a coordinator to their own programmes (admins all)", () => {
    expectProblem(() => createGoal(f.stavanger, f.groruddalen, { ...none, title: "Ikke min" }), "forbidden");
    const goal = getGoalStructure(programmeId).goals[0]!;
    expectProblem(() => updateGoal(f.grorud, goal.id, { ...none, title: "Ikke min" }), "forbidden");
    expectProblem(() => getGoalForCoordinator(f.stavanger, goal.id), "forbidden");
    expectProblem(() => getGoalForCoordinator(f.admin, 999_999), "notFound");
    expectProblem(() => updateGoal(f.admin, 999_999, { ...none, title: "Finnes ikke" }), "notFound");
  });

  it("edits a goal and audits what changed; an unchanged save writes nothing", () => {
    const goal = getGoalStructure(programmeId).goals[0]!;
    updateGoal(f.admin, goal.id, { title: "Varig bedre levekår i Groruddalen", description: "Hele dalen", subprogrammeId: null, areaId: null });
    expect(lastAudit("goal.updated")?.details).toMatchObject({ changed: ["title", "description"] });
    const before = lastAudit("goal.updated")!.id;
    updateGoal(f.admin, goal.id, { title: "Varig bedre levekår i Groruddalen", description: "Hele dalen", subprogrammeId: null, areaId: null });
    expect(lastAudit("goal.updated")!.id).toBe(before);
  });
});

describe("indicators and their yearly values", () => {
  let goalId = 0;
  let indicatorId = 0;
  beforeAll(() => {
    goalId = getGoalStructure(programmeId).goals[0]!.subGoals[0]!.id;
  });

  it("adds an indicator with a baseline and a target; a target before the baseline or half a target is refused", () => {
    indicatorId = createIndicator(f.admin, goalId, { name: "Andel sysselsatte", unit: "%", source: "SSB", baselineYear: 2017, baselineValue: 61.2, targetYear: 2026, targetValue: 66 });
    expectProblem(() => createIndicator(f.admin, goalId, { name: "X", unit: "", source: "", baselineYear: 2017, baselineValue: 1, targetYear: 2016, targetValue: 2 }), "targetBeforeBaseline");
    expectProblem(() => createIndicator(f.admin, goalId, { name: "X", unit: "", source: "", baselineYear: 2017, baselineValue: 1, targetYear: 2026, targetValue: null }), "targetIncomplete");
    expect(lastAudit("indicator.created")?.entityId).toBe(indicatorId);
  });

  it("adds, changes and removes a year's value, each audited; a year before the baseline is refused", () => {
    expect(setIndicatorValue(f.admin, indicatorId, 2018, 12.5)).toBe("added");
    expect(setIndicatorValue(f.admin, indicatorId, 2019, 62)).toBe("added");
    expect(setIndicatorValue(f.admin, indicatorId, 2018, 61.8)).toBe("changed");
    expect(lastAudit("indicator.value_set")?.details).toMatchObject({ year: 2018, value: 61.8, previous: 12.5 });
    expect(setIndicatorValue(f.admin, indicatorId, 2018, 61.8)).toBe("unchanged");
    expectProblem(() => setIndicatorValue(f.admin, indicatorId, 2016, 1), "valueBeforeBaseline");
    const indicator = getGoalStructure(programmeId).goals[0]!.subGoals[0]!.indicators[0]!;
    expect(indicator).toMatchObject({
      name: "Andel sysselsatte",
      unit: "%",
      source: "SSB",
      baseline: { year: 2017, value: 61.2 },
      target: { year: 2026, value: 66 },
      values: [
        { year: 2018, value: 61.8 },
        { year: 2019, value: 62 },
      ],
      latest: { year: 2019, value: 62 },
    });
    removeIndicatorValue(f.admin, indicatorId, 2019);
    expect(lastAudit("indicator.value_removed")?.details).toMatchObject({ year: 2019, value: 62 });
    expectProblem(() => removeIndicatorValue(f.admin, indicatorId, 2019), "noValue");
  });

  it("refuses a later baseline while earlier values exist", () => {
    expectProblem(
      () => updateIndicator(f.admin, indicatorId, { name: "Andel sysselsatte", unit: "%", source: "SSB", baselineYear: 2019, baselineValue: 62, targetYear: 2026, targetValue: 66 }),
      "valueBeforeBaseline",
    );
    updateIndicator(f.admin, indicatorId, { name: "Andel sysselsatte 20–66 år", unit: "%", source: "SSB", baselineYear: 2017, baselineValue: 61.2, targetYear: 2026, targetValue: 67 });
    expect(lastAudit("indicator.updated")?.details).toMatchObject({ name: { to: "Andel sysselsatte 20–66 år" }, targetValue: { from: 66, to: 67 } });
  });

  it("keeps another programme's coordinator out of the indicator", () => {
    expectProblem(() => setIndicatorValue(f.stavanger, indicatorId, 2020, 1), "forbidden");
    expectProblem(() => deleteIndicator(f.grorud, indicatorId), "forbidden");
    expectProblem(() => setIndicatorValue(f.admin, 999_999, 2020, 1), "notFound");
  });
});

describe("tiltak linked to sub-goals", () => {
  it("links a tiltak of the same programme to a sub-goal only, once; unlinks", () => {
    const structure = getGoalStructure(f.groruddalen);
    const main = structure.goals.find((g) => g.title === "Romsås i arbeid")!;
    const sub = createGoal(f.grorud, f.groruddalen, { ...none, parentId: main.id, title: "Flere i praksis" });
    const tiltak = getDb().select({ id: initiatives.id, programmeId: initiatives.programmeId, isPublic: initiatives.isPublic }).from(initiatives).where(eq(initiatives.slug, "jobbsjansen-grorud")).get()!;
    const hidden = getDb().select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, "kartlegging-av-moteplasser-i-bjerke")).get()!;
    const storhaug = getDb().select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, "gatefest-i-emmaus")).get()!;
    linkInitiative(f.grorud, sub, tiltak.id);
    linkInitiative(f.grorud, sub, tiltak.id);
    linkInitiative(f.grorud, sub, hidden.id);
    expectProblem(() => linkInitiative(f.grorud, main.id, tiltak.id), "notSubGoal");
    expectProblem(() => linkInitiative(f.grorud, sub, storhaug.id), "initiativeOutside");
    const node = allGoals(getGoalStructure(f.groruddalen)).find((g) => g.id === sub)!;
    expect(node.initiatives.map((i) => i.id).sort()).toEqual([tiltak.id, hidden.id].sort());
    // The public never sees the tiltak that is not public.
    const publicNode = allGoals(publicGoalStructure(getGoalStructure(f.groruddalen))).find((g) => g.id === sub)!;
    expect(publicNode.initiatives.map((i) => i.id)).toEqual([tiltak.id]);
    const page = getGoalForCoordinator(f.grorud, sub);
    expect(page.linkable.some((i) => i.id === tiltak.id)).toBe(false);
    expect(page.parent?.id).toBe(main.id);
    unlinkInitiative(f.grorud, sub, hidden.id);
    expect(lastAudit("goal.initiative_unlinked")?.details).toMatchObject({ initiativeId: hidden.id });
  });
});

describe("deleting a goal", () => {
  it("is refused while sub-goals, indicators, tiltak or a plan refer to it, and says which", () => {
    const structure = getGoalStructure(programmeId);
    const main = structure.goals[0]!;
    const sub = main.subGoals[0]!;
    expectProblem(() => deleteGoal(f.admin, main.id), "hasSubGoals");
    expectProblem(() => deleteGoal(f.admin, sub.id), "hasIndicators");
    deleteIndicator(f.admin, sub.indicators[0]!.id);
    expect(getDb().select().from(indicatorValues).where(eq(indicatorValues.indicatorId, sub.indicators[0]!.id)).all()).toEqual([]);
    const tiltak = getDb().insert(initiatives).values({ slug: "malprove-tiltak", title: "Prøvetiltak", programmeId, subprogrammeId: otherSub, areaId: f.romsas, status: "planned" }).returning({ id: initiatives.id }).get().id;
    linkInitiative(f.admin, sub.id, tiltak);
    expectProblem(() => deleteGoal(f.admin, sub.id), "hasInitiatives");
    unlinkInitiative(f.admin, sub.id, tiltak);
    const plan = getDb().insert(programmePlans).values({ programmeId, year: 2026 }).returning({ id: programmePlans.id }).get().id;
    getDb().insert(planItems).values({ planId: plan, initiativeId: tiltak, goalId: sub.id }).run();
    expectProblem(() => deleteGoal(f.admin, sub.id), "inPlan");
    getDb().delete(planItems).where(eq(planItems.planId, plan)).run();
    deleteGoal(f.admin, sub.id);
    expect(lastAudit("goal.deleted")?.details).toMatchObject({ title: sub.title });
    expect(getDb().select().from(programmeGoals).where(eq(programmeGoals.id, sub.id)).get()).toBeUndefined();
  });
});

describe("a closed programme", () => {
  it("is read-only: every change is refused", () => {
    const goal = getGoalStructure(programmeId).goals[0]!;
    const sub = goal.subGoals[0]!;
    const indicator = createIndicator(f.admin, sub.id, { name: "Deltakere", unit: "personer", source: "", baselineYear: 2017, baselineValue: 100, targetYear: null, targetValue: null });
    getDb().update(programmes).set({ closedAt: new Date() }).where(eq(programmes.id, programmeId)).run();
    try {
      expectProblem(() => createGoal(f.admin, programmeId, { ...none, title: "For sent" }), "closed");
      expectProblem(() => updateGoal(f.admin, goal.id, { ...none, title: "For sent" }), "closed");
      expectProblem(() => moveGoal(f.admin, goal.id, "down"), "closed");
      expectProblem(() => deleteGoal(f.admin, sub.id), "closed");
      expectProblem(() => setIndicatorValue(f.admin, indicator, 2020, 1), "closed");
      expectProblem(() => removeIndicatorValue(f.admin, indicator, 2020), "closed");
      expectProblem(() => deleteIndicator(f.admin, indicator), "closed");
      expect(getGoalForCoordinator(f.admin, goal.id).programme.closed).toBe(true);
    } finally {
      getDb().update(programmes).set({ closedAt: null }).where(eq(programmes.id, programmeId)).run();
    }
  });
});

describe("getGoalStructure", () => {
  it("reads any programme in three queries, and an empty one in one", () => {
    expect(countStatements(() => getGoalStructure(f.groruddalen)).statements).toBe(3);
    expect(countStatements(() => getGoalStructure(programmeId)).statements).toBe(3);
    const empty = getDb().insert(programmes).values({ slug: "tom", name: "Tom", municipality: "Oslo", periodStart: 2020, periodEnd: null }).returning({ id: programmes.id }).get().id;
    const read = countStatements(() => getGoalStructure(empty));
    expect(read.result).toEqual({ programmeId: empty, goals: [] });
    expect(read.statements).toBe(1);
  });

  it("has the demo's goal structure for Groruddalssatsingen, with indicators from 2017", () => {
    const structure = getGoalStructure(f.groruddalen);
    const demo = structure.goals[0]!;
    expect(demo.number).toBe("1");
    expect(demo.subGoals.length).toBeGreaterThanOrEqual(3);
    const indicator = allGoals(structure).flatMap((g) => g.indicators)[0]!;
    expect(indicator.baseline.year).toBe(2017);
    expect(indicator.values.length).toBeGreaterThan(0);
    const linked = getDb().select().from(initiatives).innerJoin(programmes, eq(programmes.id, initiatives.programmeId)).where(and(eq(programmes.slug, "groruddalssatsingen"))).all();
    expect(linked.length).toBeGreaterThan(0);
  });
});
