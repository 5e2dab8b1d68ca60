/**
 * The årsmelding and the final report as data (issue 21): every section there, the money of the
 * year's plan (planned against granted and spent, per tiltak, per source, in all), next year's draft
 * marked as a draft, the goals numbered with their indicators up to the year, the narrative saved per
 * programme, kind, year and section (audited; an empty text removes it), and another programme refused.
 */
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  auditEvents,
  goalIndicators,
  indicatorValues,
  initiativeOutcomes,
  initiatives,
  planBudgetLines,
  planItems,
  programmeGoals,
  programmePlans,
  programmes,
  reportNarratives,
} from "../../../db/schema";
import { presentReport } from "~/components/report/document";
import { nb } from "~/i18n/nb";
import type { Actor } from "~/services/permissions";
import { expectProblem, seedForCoordination } from "~/testing/coordination-fixture.server";
import { getDb } from "~/utils/db.server";
import { REPORT_SECTIONS } from "~/validation/enums";
import { getAnnualReportData } from "./annual.server";
import { getFinalReportData } from "./final.server";
import { saveNarrative } from "./narrative.server";

let grorud: Actor;
let stavanger: Actor;
let admin: Actor;
let groruddalen = 0;
const G = "groruddalssatsingen";

/** A 2025 plan (adopted) and a 2026 draft for Groruddalssatsingen, with goals and an indicator: the test's own records. */
function arrange() {
  const db = getDb();
  const tiltak = db.select({ id: initiatives.id, title: initiatives.title }).from(initiatives).where(eq(initiatives.programmeId, groruddalen)).orderBy(initiatives.id).limit(3).all();
  const main = db.insert(programmeGoals).values({ programmeId: groruddalen, title: "Varig bedre levekår", position: 1 }).returning().get();
  const sub = db.insert(programmeGoals).values({ programmeId: groruddalen, parentId: main.id, title: "Flere i arbeid", position: 1 }).returning().get();
  const indicator = db
    .insert(goalIndicators)
    .values({ goalId: sub.id, name: "Sysselsetting 20–66 år", unit: "%", source: "SSB", baselineYear: 2017, baselineValue: 61.2, targetYear: 2026, targetValue: 66 })
    .returning()
    .get();
  db.insert(indicatorValues).values([
    { indicatorId: indicator.id, year: 2023, value: 62.5 },
    { indicatorId: indicator.id, year: 2025, value: 63.9 },
    { indicatorId: indicator.id, year: 2026, value: 64.4 },
  ]).run();
  const plan = db.insert(programmePlans).values({ programmeId: groruddalen, year: 2025, status: "adopted", adoptedBy: "Bydelsutvalget", adoptedOn: "2025-02-13" }).returning().get();
  const [a, b] = [0, 1].map((i) => db.insert(planItems).values({ planId: plan.id, initiativeId: tiltak[i]!.id, goalId: sub.id, position: i }).returning().get());
  db.insert(planBudgetLines).values([
    { planId: plan.id, planItemId: a!.id, source: "state", plannedOre: 400_000_00, grantedOre: 400_000_00, spentOre: 380_500_00 },
    { planId: plan.id, planItemId: a!.id, source: "municipality", plannedOre: 100_000_00, grantedOre: 100_000_00, spentOre: 100_000_00 },
    { planId: plan.id, planItemId: b!.id, source: "other", sourceName: "Sparebankstiftelsen", plannedOre: 50_000_00, grantedOre: 40_000_00, spentOre: null },
    { planId: plan.id, source: "municipality", description: "Programledelse", plannedOre: 200_000_00, grantedOre: 200_000_00, spentOre: 210_000_00 },
  ]).run();
  const draft = db.insert(programmePlans).values({ programmeId: groruddalen, year: 2026, status: "draft" }).returning().get();
  const next = db.insert(planItems).values({ planId: draft.id, initiativeId: tiltak[2]!.id, position: 0 }).returning().get();
  db.insert(planBudgetLines).values({ planId: draft.id, planItemId: next.id, source: "state", plannedOre: 250_000_00 }).run();
  db.insert(initiativeOutcomes).values({ initiativeId: tiltak[0]!.id, outcome: "ordinary_operations", organisationName: "Bydel Grorud", fromDate: "2027-01-01" }).run();
  return { tiltak };
}

let tiltak: { id: number; title: string }[];

beforeAll(async () => {
  ({ grorud, stavanger, admin, groruddalen } = await seedForCoordination());
  // The demo's own goals, plans, outcomes and narratives (the seed's) are not what this file is
  // about: the test arranges its own for Groruddalssatsingen.
  const raw = getDb().$client;
  raw.exec(`DELETE FROM report_narratives;
    DELETE FROM initiative_outcomes;
    DELETE FROM plan_revisions; DELETE FROM plan_budget_lines; DELETE FROM plan_items; DELETE FROM programme_plans;
    DELETE FROM initiative_goals; DELETE FROM indicator_values; DELETE FROM goal_indicators;
    DELETE FROM programme_goals WHERE parent_id IS NOT NULL; DELETE FROM programme_goals;`);
  ({ tiltak } = arrange());
});

describe("the årsmelding as data", () => {
  it("holds every section, in order, with its heading, for the page and the document alike", () => {
    const { report } = getAnnualReportData(grorud, G, 2025);
    const presented = presentReport(report, nb);
    expect(presented.sections.map((s) => s.key)).toEqual([...REPORT_SECTIONS]);
    expect(presented.sections.map((s) => s.heading)).toEqual([
      "Innledning",
      "Status for tiltakene i 2025",
      "Mål og indikatorer",
      "Deltakelse per delprogram og sektor",
      "Tilskudd",
      "Beboermedvirkning",
      "Handlingsprogram for 2026",
    ]);
    expect(presented.heading).toBe("Årsrapport 2025: Groruddalssatsingen");
    // Resident participation is not recorded in Laget: the report says so instead of inventing it.
    expect(presented.sections.find((s) => s.key === "residents")!.blocks).toEqual([{ kind: "paragraph", text: nb.planning.report.residentsNone }]);
  });

  it("sums the year's plan: planned against granted and spent, per tiltak, per source and in all", () => {
    const { report } = getAnnualReportData(grorud, G, 2025);
    const plan = report.plan!;
    expect(plan.status).toBe("adopted");
    expect(plan.items.map((i) => [i.number, i.title])).toEqual([
      ["1.1", tiltak[0]!.title],
      ["1.2", tiltak[1]!.title],
    ]);
    expect(plan.items[0]!.money).toEqual({ plannedOre: 500_000_00, grantedOre: 500_000_00, spentOre: 480_500_00 });
    // Nothing reported spent counts 0, not unknown money.
    expect(plan.items[1]!.money).toEqual({ plannedOre: 50_000_00, grantedOre: 40_000_00, spentOre: 0 });
    expect(plan.otherLines).toEqual({ plannedOre: 200_000_00, grantedOre: 200_000_00, spentOre: 210_000_00 });
    expect(plan.total).toEqual({ plannedOre: 750_000_00, grantedOre: 740_000_00, spentOre: 690_500_00 });
    expect(plan.bySource.map((s) => [s.source, s.sourceName, s.plannedOre, s.spentOre])).toEqual([
      ["state", "", 400_000_00, 380_500_00],
      ["municipality", "", 300_000_00, 310_000_00],
      ["other", "Sparebankstiftelsen", 50_000_00, 0],
    ]);
    const table = presentReport(report, nb).sections.find((s) => s.key === "initiatives")!.blocks.find((b) => b.kind === "table")!;
    if (table.kind !== "table") throw new Error("no table");
    expect(table.table.foot).toEqual(["Sum", "", "", "", "750\u00a0000\u00a0kr", "740\u00a0000\u00a0kr", "690\u00a0500\u00a0kr"]);
  });

  it("shows next year's plan as the action programme, marked as a draft", () => {
    const { report } = getAnnualReportData(grorud, G, 2025);
    expect(report.nextPlan!.status).toBe("draft");
    expect(report.nextPlan!.total.plannedOre).toBe(250_000_00);
    const next = presentReport(report, nb).sections.find((s) => s.key === "next_year")!;
    expect(next.blocks[0]).toEqual({ kind: "paragraph", text: "Planen for 2026 er et utkast og er ikke vedtatt." });
    expect(JSON.stringify(next.blocks)).toContain("(utkast)");
  });

  it("numbers the goals and reads the indicators up to the report's year", () => {
    const { report } = getAnnualReportData(grorud, G, 2025);
    expect(report.goals.map((g) => [g.number, g.title])).toEqual([
      ["1", "Varig bedre levekår"],
      ["1.1", "Flere i arbeid"],
    ]);
    const indicator = report.goals[1]!.indicators[0]!;
    expect(indicator.last).toEqual({ year: 2025, value: 63.9 });
    expect(indicator.values.map((v) => v.year)).toEqual([2023, 2025]);
  });

  it("says when there is no plan for a year", () => {
    const { report } = getAnnualReportData(grorud, G, 2024);
    expect(report.plan).toBeNull();
    expect(JSON.stringify(presentReport(report, nb).sections[1]!.blocks)).toContain("Ingen plan for 2024 er registrert i Laget.");
  });

  it("refuses another programme's report and answers an unknown one as not found", () => {
    expectProblem(() => getAnnualReportData(stavanger, G, 2025), "forbidden");
    expectProblem(() => getAnnualReportData(grorud, "finnes-ikke", 2025), "notFound");
    expect(getAnnualReportData(admin, G, 2025).report.programme.slug).toBe(G);
  });
});

describe("the narrative", () => {
  it("is saved per programme, kind, year and section, with an audit entry, and shown only there", () => {
    const result = saveNarrative(grorud, { slug: G, kind: "annual", year: 2025, section: "goals", body: "Sysselsettingen økte i 2025." });
    expect(result.changed).toBe(true);
    expect(getAnnualReportData(grorud, G, 2025).report.narratives).toEqual({ goals: "Sysselsettingen økte i 2025." });
    expect(getAnnualReportData(grorud, G, 2024).report.narratives).toEqual({});
    expect(getFinalReportData(grorud, G).report.narratives).toEqual({});
    const entry = getDb().select().from(auditEvents).where(and(eq(auditEvents.action, "report.narrative_saved"), eq(auditEvents.entityId, groruddalen))).get();
    expect(entry?.details).toMatchObject({ kind: "annual", year: 2025, section: "goals" });
    // The same text again changes nothing and writes no audit entry.
    expect(saveNarrative(grorud, { slug: G, kind: "annual", year: 2025, section: "goals", body: "Sysselsettingen økte i 2025." }).changed).toBe(false);
  });

  it("is removed when saved empty", () => {
    saveNarrative(grorud, { slug: G, kind: "annual", year: 2025, section: "residents", body: "Midlertidig" });
    saveNarrative(grorud, { slug: G, kind: "annual", year: 2025, section: "residents", body: "" });
    expect(getAnnualReportData(grorud, G, 2025).report.narratives.residents).toBeUndefined();
    expect(getDb().select().from(auditEvents).where(eq(auditEvents.action, "report.narrative_removed")).all()).toHaveLength(1);
  });

  it("refuses another programme, a year outside the period and a final report before the period ends", () => {
    const count = () => getDb().select().from(reportNarratives).all().length;
    const before = count();
    expectProblem(() => saveNarrative(stavanger, { slug: G, kind: "annual", year: 2025, section: "goals", body: "Nei" }), "forbidden");
    expectProblem(() => saveNarrative(grorud, { slug: G, kind: "annual", year: 2016, section: "goals", body: "Nei" }), "yearOutsidePeriod");
    expectProblem(() => saveNarrative(grorud, { slug: G, kind: "annual", year: 2027, section: "goals", body: "Nei" }), "yearOutsidePeriod");
    // Levekårsløftet has no end year and is not closed: no final report yet.
    expectProblem(() => saveNarrative(stavanger, { slug: "levekarsloftet", kind: "final", year: null, section: "introduction", body: "Nei" }), "finalNotAvailable");
    expect(count()).toBe(before);
  });

  it("keeps a closed programme's narratives editable: the final report is written after closing", () => {
    getDb().update(programmes).set({ closedAt: new Date() }).where(eq(programmes.id, groruddalen)).run();
    try {
      saveNarrative(grorud, { slug: G, kind: "final", year: null, section: "introduction", body: "Perioden 2017–2026 er over." });
      const { report } = getFinalReportData(grorud, G);
      expect(report.year).toBe(2026);
      expect(report.narratives.introduction).toBe("Perioden 2017–2026 er over.");
    } finally {
      getDb().update(programmes).set({ closedAt: null }).where(eq(programmes.id, groruddalen)).run();
    }
  });
});

describe("the final report as data", () => {
  it("covers the period: outcomes, partners per year and sector, money per source per year, indicators to the last value", () => {
    const { report } = getFinalReportData(grorud, G);
    expect(report.available).toBe(true);
    expect(report.years).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]);
    const first = report.outcomes.find((o) => o.title === tiltak[0]!.title)!;
    expect(first).toMatchObject({ outcome: "ordinary_operations", by: "Bydel Grorud", from: "2027-01-01" });
    expect(report.outcomes.filter((o) => o.outcome === null).length).toBe(report.outcomes.length - 1);
    expect(report.partnersByYear).toHaveLength(10);
    expect(report.partnersByYear.at(-1)!.total).toBeGreaterThan(0);
    expect(report.moneyByYear.map((y) => [y.year, y.status, y.total.plannedOre])).toEqual([
      [2025, "adopted", 750_000_00],
      [2026, "draft", 250_000_00],
    ]);
    expect(report.goals[1]!.indicators[0]!.last).toEqual({ year: 2026, value: 64.4 });
    const presented = presentReport(report, nb);
    expect(presented.sections.map((s) => s.key)).toEqual([...REPORT_SECTIONS]);
    expect(presented.heading).toBe("Sluttrapport: Groruddalssatsingen");
  });

  it("is not available for a programme whose period has not ended", () => {
    expect(getFinalReportData(stavanger, "levekarsloftet").report.available).toBe(false);
    expectProblem(() => getFinalReportData(stavanger, G), "forbidden");
  });
});
