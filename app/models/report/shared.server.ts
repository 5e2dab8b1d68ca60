/**
 * What the årsmelding and the final report derive alike from their sources (./sources.server.ts):
 * the goal structure with its numbers and indicators, a year's plan with its money, and the sums.
 */
import { numberGoals } from "~/models/plan/content.server";
import type { ReportSources } from "./sources.server";
import type { GoalView, Money, PlanView, ReportProgramme, SourceMoney } from "./types";

export const zeroMoney = (): Money => ({ plannedOre: 0, grantedOre: 0, spentOre: 0 });

export function addMoney(into: Money, line: { plannedOre: number; grantedOre: number | null; spentOre: number | null }): Money {
  into.plannedOre += line.plannedOre;
  into.grantedOre += line.grantedOre ?? 0;
  into.spentOre += line.spentOre ?? 0;
  return into;
}

/** Goal id → its number ("1", "1.2"), as the plan numbers them. */
function goalNumbers(sources: ReportSources): Map<number, { number: string }> {
  return numberGoals(sources.goals).numbers;
}

/** The goal structure, numbered, each goal with its indicators and their values up to `upToYear`. */
export function goalViews(sources: ReportSources, upToYear: number): GoalView[] {
  const numbers = goalNumbers(sources);
  const ordered = sources.goals
    .filter((g) => numbers.has(g.id))
    .sort((a, b) => compareNumbers(numbers.get(a.id)!.number, numbers.get(b.id)!.number));
  return ordered.map((goal) => ({
    number: numbers.get(goal.id)!.number,
    title: goal.title,
    level: goal.parentId === null ? 1 : 2,
    indicators: sources.indicators
      .filter((i) => i.goalId === goal.id)
      .sort((a, b) => a.position - b.position || a.id - b.id)
      .map((i) => {
        const values = sources.values.filter((v) => v.indicatorId === i.id && v.year <= upToYear).map(({ year, value }) => ({ year, value }));
        return {
          id: i.id,
          name: i.name,
          unit: i.unit,
          source: i.source,
          baseline: { year: i.baselineYear, value: i.baselineValue },
          target: i.targetYear !== null && i.targetValue !== null ? { year: i.targetYear, value: i.targetValue } : null,
          values,
          last: values.at(-1) ?? null,
        };
      }),
  }));
}

function compareNumbers(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Money per source (other sources by their name), in the order state, municipality, others by name. */
export function bySource(lines: ReportSources["lines"]): SourceMoney[] {
  const out = new Map<string, SourceMoney>();
  for (const line of lines) {
    const key = `${line.source}:${line.source === "other" ? line.sourceName : ""}`;
    const entry = out.get(key) ?? { source: line.source, sourceName: line.source === "other" ? line.sourceName : "", ...zeroMoney() };
    addMoney(entry, line);
    out.set(key, entry);
  }
  const rank = { state: 0, municipality: 1, other: 2 } as const;
  return [...out.values()].sort((a, b) => rank[a.source] - rank[b.source] || a.sourceName.localeCompare(b.sourceName, "nb"));
}

/**
 * A year's plan with its tiltak numbered as the plan page numbers them (app/models/plan's numberGoals
 * and its order: by main goal, then sub-goal, then position — 1.1, 1.2, 2.1 …; tiltak under no goal
 * after them, under the next number), each with the sums of its budget lines. Null when there is none.
 */
export function planView(sources: ReportSources, year: number): PlanView | null {
  const plan = sources.plans.find((p) => p.year === year);
  if (!plan) return null;
  const { mains, numbers } = numberGoals(sources.goals);
  const noGoal = mains.length + 1;
  const lines = sources.lines.filter((l) => l.planId === plan.id);
  const placed = sources.items
    .filter((i) => i.planId === plan.id)
    .map((item) => ({ item, goal: item.goalId === null ? undefined : numbers.get(item.goalId) }))
    .sort((a, b) => (a.goal?.main ?? noGoal) - (b.goal?.main ?? noGoal) || (a.goal?.order ?? 0) - (b.goal?.order ?? 0) || a.item.position - b.item.position || a.item.id - b.item.id);
  const counters = new Map<number, number>();
  return {
    year: plan.year,
    status: plan.status,
    adoptedBy: plan.adoptedBy,
    adoptedOn: plan.adoptedOn,
    items: placed.map(({ item, goal }) => {
      const main = goal?.main ?? noGoal;
      const k = (counters.get(main) ?? 0) + 1;
      counters.set(main, k);
      const money = lines.filter((l) => l.itemId === item.id).reduce(addMoney, zeroMoney());
      return { number: `${main}.${k}`, title: item.title, slug: item.slug, status: item.status, subprogramme: item.subprogramme, note: item.note, money };
    }),
    otherLines: lines.filter((l) => l.itemId === null).reduce(addMoney, zeroMoney()),
    bySource: bySource(lines),
    total: lines.reduce(addMoney, zeroMoney()),
  };
}

export function reportProgramme(programme: { slug: string; name: string }, sources: ReportSources): ReportProgramme {
  return {
    slug: programme.slug,
    name: programme.name,
    periodStart: sources.programme.periodStart,
    periodEnd: sources.programme.periodEnd,
    closed: sources.programme.closedAt !== null,
  };
}
