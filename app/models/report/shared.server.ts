/**
 * What the årsmelding and the final report derive alike from their sources (./sources.server.ts):
 * the goal structure with its numbers and indicators, a year's plan with its money, and the sums.
 */
import type { ReportSources } from "./sources.server";
import type { GoalView, Money, PlanView, ReportProgramme, SourceMoney } from "./types";

export const zeroMoney = (): Money => ({ plannedOre: 0, grantedOre: 0, spentOre: 0 });

export function addMoney(into: Money, line: { plannedOre: number; grantedOre: number | null; spentOre: number | null }): Money {
  into.plannedOre += line.plannedOre;
  into.grantedOre += line.grantedOre ?? 0;
  into.spentOre += line.spentOre ?? 0;
  return into;
}

/** Goal id → its number: main goals by position 1, 2 …; sub-goals 1.1, 1.2 … under theirs. */
function goalNumbers(sources: ReportSources): Map<number, { number: string; mainNumber: string }> {
  const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }) => a.position - b.position || a.id - b.id;
  const out = new Map<number, { number: string; mainNumber: string }>();
  const mains = sources.goals.filter((g) => g.parentId === null).sort(byPosition);
  mains.forEach((main, i) => {
    const n = String(i + 1);
    out.set(main.id, { number: n, mainNumber: n });
    sources.goals
      .filter((g) => g.parentId === main.id)
      .sort(byPosition)
      .forEach((sub, j) => out.set(sub.id, { number: `${n}.${j + 1}`, mainNumber: n }));
  });
  return out;
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
 * A year's plan with its tiltak numbered by the main goal they serve (1.1, 1.2, 2.1 …; tiltak under
 * no goal after them, numbered on), each with the sums of its budget lines. Null when there is none.
 */
export function planView(sources: ReportSources, year: number): PlanView | null {
  const plan = sources.plans.find((p) => p.year === year);
  if (!plan) return null;
  const numbers = goalNumbers(sources);
  const lines = sources.lines.filter((l) => l.planId === plan.id);
  const items = sources.items.filter((i) => i.planId === plan.id);
  const mainOf = (goalId: number | null) => (goalId !== null ? numbers.get(goalId)?.mainNumber ?? null : null);
  const sorted = [...items].sort((a, b) => {
    const ma = mainOf(a.goalId);
    const mb = mainOf(b.goalId);
    if (ma !== mb) return ma === null ? 1 : mb === null ? -1 : Number(ma) - Number(mb);
    return a.position - b.position || a.id - b.id;
  });
  const counters = new Map<string, number>();
  let loose = 0;
  return {
    year: plan.year,
    status: plan.status,
    adoptedBy: plan.adoptedBy,
    adoptedOn: plan.adoptedOn,
    items: sorted.map((item) => {
      const main = mainOf(item.goalId);
      let number: string;
      if (main === null) number = String(++loose);
      else {
        const k = (counters.get(main) ?? 0) + 1;
        counters.set(main, k);
        number = `${main}.${k}`;
      }
      const money = lines.filter((l) => l.itemId === item.id).reduce(addMoney, zeroMoney());
      return { number, title: item.title, slug: item.slug, status: item.status, subprogramme: item.subprogramme, note: item.note, money };
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
