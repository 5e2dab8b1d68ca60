/**
 * What the årsmelding and the final report read besides the annual counts: the programme's period,
 * the coordinator's narrative, the year plans with their tiltak and budget lines, and the goal
 * structure with its indicators and yearly values — in ONE statement (each part a JSON column whose
 * subquery is an index lookup on the programme), so the report page stays within its statement budget
 * (app/testing/query-budget.test.ts) whatever the data size.
 *
 * The plans and goals are read here rather than through the plan and goal models (issue 21's H1 and
 * H2), which were not there when the report was written: the report needs all of it in one statement,
 * not one read per part.
 */
import { sql } from "drizzle-orm";
import { getDb } from "~/utils/db.server";
import type { BudgetSource, InitiativeStatus, PlanStatus, ReportKind, ReportSection } from "~/validation/enums";

export type PlanRow = { id: number; year: number; status: PlanStatus; adoptedBy: string | null; adoptedOn: string | null };
export type PlanItemRow = {
  id: number;
  planId: number;
  position: number;
  goalId: number | null;
  note: string;
  title: string;
  slug: string;
  status: InitiativeStatus;
  subprogramme: string;
};
export type BudgetLineRow = {
  planId: number;
  itemId: number | null;
  source: BudgetSource;
  sourceName: string;
  description: string;
  plannedOre: number;
  grantedOre: number | null;
  spentOre: number | null;
};
export type GoalRow = { id: number; parentId: number | null; title: string; position: number };
export type IndicatorRow = {
  id: number;
  goalId: number;
  name: string;
  unit: string;
  source: string;
  baselineYear: number;
  baselineValue: number;
  targetYear: number | null;
  targetValue: number | null;
  position: number;
};
export type IndicatorValueRow = { indicatorId: number; year: number; value: number };

export type ReportSources = {
  programme: { periodStart: number; periodEnd: number | null; closedAt: number | null };
  narratives: Partial<Record<ReportSection, string>>;
  plans: PlanRow[];
  items: PlanItemRow[];
  lines: BudgetLineRow[];
  goals: GoalRow[];
  indicators: IndicatorRow[];
  values: IndicatorValueRow[];
};

type Raw = Record<"programme" | "narratives" | "plans" | "items" | "lines" | "goals" | "indicators" | "values", string | null>;

/**
 * The sources of one report. `years`: the plan years to read (the report's year and the next for the
 * årsmelding); null for every year (the final report).
 */
export function readReportSources(programmeId: number, narrative: { kind: ReportKind; year: number | { periodEndOr: number } }, years: number[] | null): ReportSources {
  // The final report's narrative belongs to the period's last year (this year for an open-ended period).
  const narrativeYear =
    typeof narrative.year === "number" ? sql`${narrative.year}` : sql`coalesce((SELECT period_end FROM programmes WHERE id = ${programmeId}), ${narrative.year.periodEndOr})`;
  const yearFilter = years === null ? sql`1` : sql`pl.year IN (${sql.join(years.map((y) => sql`${y}`), sql`, `)})`;
  const row = getDb().get<Raw>(sql`
    SELECT
      (SELECT json_object('periodStart', p.period_start, 'periodEnd', p.period_end, 'closedAt', p.closed_at)
        FROM programmes p WHERE p.id = ${programmeId}) AS programme,
      (SELECT json_group_array(json_array(n.section, n.body)) FROM report_narratives n
        WHERE n.programme_id = ${programmeId} AND n.kind = ${narrative.kind} AND n.year = ${narrativeYear}) AS narratives,
      (SELECT json_group_array(json_object('id', pl.id, 'year', pl.year, 'status', pl.status, 'adoptedBy', pl.adopted_by, 'adoptedOn', pl.adopted_on))
        FROM programme_plans pl WHERE pl.programme_id = ${programmeId} AND ${yearFilter}) AS plans,
      (SELECT json_group_array(json_object('id', it.id, 'planId', it.plan_id, 'position', it.position, 'goalId', it.goal_id, 'note', it.note,
          'title', i.title, 'slug', i.slug, 'status', i.status, 'subprogramme', coalesce(s.name, '')))
        FROM programme_plans pl JOIN plan_items it ON it.plan_id = pl.id JOIN initiatives i ON i.id = it.initiative_id
        LEFT JOIN subprogrammes s ON s.id = i.subprogramme_id
        WHERE pl.programme_id = ${programmeId} AND ${yearFilter}) AS items,
      (SELECT json_group_array(json_object('planId', b.plan_id, 'itemId', b.plan_item_id, 'source', b.source, 'sourceName', b.source_name,
          'description', b.description, 'plannedOre', b.planned_ore, 'grantedOre', b.granted_ore, 'spentOre', b.spent_ore))
        FROM programme_plans pl JOIN plan_budget_lines b ON b.plan_id = pl.id
        WHERE pl.programme_id = ${programmeId} AND ${yearFilter}) AS lines,
      (SELECT json_group_array(json_object('id', g.id, 'parentId', g.parent_id, 'title', g.title, 'position', g.position))
        FROM programme_goals g WHERE g.programme_id = ${programmeId}) AS goals,
      (SELECT json_group_array(json_object('id', gi.id, 'goalId', gi.goal_id, 'name', gi.name, 'unit', gi.unit, 'source', gi.source,
          'baselineYear', gi.baseline_year, 'baselineValue', gi.baseline_value, 'targetYear', gi.target_year, 'targetValue', gi.target_value,
          'position', gi.position))
        FROM programme_goals g JOIN goal_indicators gi ON gi.goal_id = g.id WHERE g.programme_id = ${programmeId}) AS indicators,
      (SELECT json_group_array(json_object('indicatorId', v.indicator_id, 'year', v.year, 'value', v.value))
        FROM programme_goals g JOIN goal_indicators gi ON gi.goal_id = g.id JOIN indicator_values v ON v.indicator_id = gi.id
        WHERE g.programme_id = ${programmeId}) AS "values"`);
  const list = <T>(text: string | null | undefined): T[] => (text ? (JSON.parse(text) as T[]) : []);
  const programme = row?.programme ? (JSON.parse(row.programme) as ReportSources["programme"]) : null;
  if (!programme) throw new Error(`programme ${programmeId} vanished while its report was read`);
  return {
    programme,
    narratives: Object.fromEntries(list<[ReportSection, string]>(row!.narratives)),
    plans: list<PlanRow>(row!.plans).sort((a, b) => a.year - b.year),
    items: list<PlanItemRow>(row!.items),
    lines: list<BudgetLineRow>(row!.lines),
    goals: list<GoalRow>(row!.goals),
    indicators: list<IndicatorRow>(row!.indicators),
    values: list<IndicatorValueRow>(row!.values).sort((a, b) => a.year - b.year),
  };
}
