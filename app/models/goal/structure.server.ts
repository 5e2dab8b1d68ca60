/**
 * A programme's goal structure as it is read — by the coordinator's goal pages, the public programme
 * page, the open data, the plan of the year (which numbers its tiltak after the sub-goals) and the
 * årsmelding (indicator progress). One read for all of them, so the numbering and the values are the
 * same wherever they are shown.
 *
 * THE SHAPE IS A CONTRACT (others call it): `getGoalStructure(programmeId)` gives
 *
 *   { programmeId, goals: MainGoal[] }           main goals in order, numbered "1", "2" …
 *   MainGoal  = GoalNode & { subGoals: GoalNode[] }   sub-goals in order, numbered "1.1", "1.2" …
 *   GoalNode  = { id, number, parentId, title, description, subprogramme, area, indicators, initiatives }
 *     subprogramme / area: { id, slug, name } or null (a goal narrowed to one of them)
 *     indicators: GoalIndicator[] in order
 *     initiatives: LinkedInitiative[] by title — the tiltak linked to the goal (sub-goals only);
 *                  `isPublic` is false for a tiltak that is not public or is archived: public
 *                  readers must leave those out (publicGoalStructure does)
 *   GoalIndicator = { id, name, unit, source, baseline: {year, value}, target: {year, value} | null,
 *                     values: {year, value}[] by year, latest: {year, value} | null }
 *
 * Fields may be added; none will be renamed or removed. Three queries, whatever the programme's size;
 * `goalStructures(ids)` reads several programmes with the same three.
 */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { areas, goalIndicators, indicatorValues, initiativeGoals, initiatives, programmeGoals, programmes, subprogrammes } from "../../../db/schema";
import { canCoordinateProgramme, type Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { jsonObjects } from "~/utils/sql-json.server";
import { refuse } from "./shared.server";

export type Ref = { id: number; slug: string; name: string };
export type IndicatorPoint = { year: number; value: number };
export type GoalIndicator = {
  id: number;
  name: string;
  unit: string;
  source: string;
  baseline: IndicatorPoint;
  target: IndicatorPoint | null;
  values: IndicatorPoint[];
  latest: IndicatorPoint | null;
};
export type LinkedInitiative = { id: number; slug: string; title: string; isPublic: boolean };
export type GoalNode = {
  id: number;
  number: string;
  parentId: number | null;
  title: string;
  description: string;
  subprogramme: Ref | null;
  area: Ref | null;
  indicators: GoalIndicator[];
  initiatives: LinkedInitiative[];
};
export type MainGoal = GoalNode & { subGoals: GoalNode[] };
export type GoalStructure = { programmeId: number; goals: MainGoal[] };

/** One programme's goal structure (see the header for its shape). Three queries. */
export function getGoalStructure(programmeId: number): GoalStructure {
  return goalStructures([programmeId]).get(programmeId) ?? { programmeId, goals: [] };
}

/** Several programmes' goal structures, by programme id; every id has an entry. Three queries. */
export function goalStructures(programmeIds: readonly number[]): Map<number, GoalStructure> {
  const result = new Map<number, GoalStructure>(programmeIds.map((id) => [id, { programmeId: id, goals: [] }]));
  if (programmeIds.length === 0) return result;
  const db = getDb();
  const ids = [...new Set(programmeIds)];
  const goalRows = db
    .select({
      id: programmeGoals.id,
      programmeId: programmeGoals.programmeId,
      parentId: programmeGoals.parentId,
      title: programmeGoals.title,
      description: programmeGoals.description,
      subId: subprogrammes.id,
      subSlug: subprogrammes.slug,
      subName: subprogrammes.name,
      areaId: areas.id,
      areaSlug: areas.slug,
      areaName: areas.name,
    })
    .from(programmeGoals)
    .leftJoin(subprogrammes, eq(subprogrammes.id, programmeGoals.subprogrammeId))
    .leftJoin(areas, eq(areas.id, programmeGoals.areaId))
    .where(inArray(programmeGoals.programmeId, ids))
    .orderBy(asc(programmeGoals.programmeId), asc(programmeGoals.position), asc(programmeGoals.id))
    .all();
  if (goalRows.length === 0) return result;

  const indicatorRows = db
    .select({
      id: goalIndicators.id,
      goalId: goalIndicators.goalId,
      name: goalIndicators.name,
      unit: goalIndicators.unit,
      source: goalIndicators.source,
      baselineYear: goalIndicators.baselineYear,
      baselineValue: goalIndicators.baselineValue,
      targetYear: goalIndicators.targetYear,
      targetValue: goalIndicators.targetValue,
      // The yearly values come along as JSON: an index lookup on indicator_values' key per indicator.
      values: jsonObjects<IndicatorPoint>(
        sql`SELECT json_object('year', ${indicatorValues.year}, 'value', ${indicatorValues.value}) AS v FROM ${indicatorValues}
          WHERE ${indicatorValues.indicatorId} = ${goalIndicators.id} ORDER BY ${indicatorValues.year}`,
      ),
    })
    .from(goalIndicators)
    .innerJoin(programmeGoals, eq(programmeGoals.id, goalIndicators.goalId))
    .where(inArray(programmeGoals.programmeId, ids))
    .orderBy(asc(goalIndicators.position), asc(goalIndicators.id))
    .all();
  const linkRows = db
    .select({
      goalId: initiativeGoals.goalId,
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      isPublic: initiatives.isPublic,
      archivedAt: initiatives.archivedAt,
    })
    .from(initiativeGoals)
    .innerJoin(programmeGoals, eq(programmeGoals.id, initiativeGoals.goalId))
    .innerJoin(initiatives, eq(initiatives.id, initiativeGoals.initiativeId))
    .where(inArray(programmeGoals.programmeId, ids))
    .orderBy(asc(initiatives.title), asc(initiatives.id))
    .all();

  const indicatorsOf = groupBy(
    indicatorRows.map((i): GoalIndicator & { goalId: number } => {
      const values = i.values.map(({ year, value }) => ({ year, value }));
      return {
        goalId: i.goalId,
        id: i.id,
        name: i.name,
        unit: i.unit,
        source: i.source,
        baseline: { year: i.baselineYear, value: i.baselineValue },
        target: i.targetYear !== null && i.targetValue !== null ? { year: i.targetYear, value: i.targetValue } : null,
        values,
        latest: values.at(-1) ?? null,
      };
    }),
    (i) => i.goalId,
  );
  const initiativesOf = groupBy(linkRows, (l) => l.goalId);

  const node = (g: (typeof goalRows)[number], number: string): GoalNode => ({
    id: g.id,
    number,
    parentId: g.parentId,
    title: g.title,
    description: g.description,
    subprogramme: g.subId !== null && g.subSlug !== null && g.subName !== null ? { id: g.subId, slug: g.subSlug, name: g.subName } : null,
    area: g.areaId !== null && g.areaSlug !== null && g.areaName !== null ? { id: g.areaId, slug: g.areaSlug, name: g.areaName } : null,
    indicators: (indicatorsOf.get(g.id) ?? []).map(({ goalId: _goalId, ...i }) => i),
    initiatives: (initiativesOf.get(g.id) ?? []).map((l) => ({ id: l.id, slug: l.slug, title: l.title, isPublic: l.isPublic && l.archivedAt === null })),
  });

  const childrenOf = groupBy(
    goalRows.filter((g) => g.parentId !== null),
    (g) => g.parentId!,
  );
  for (const [programmeId, rows] of groupBy(
    goalRows.filter((g) => g.parentId === null),
    (g) => g.programmeId,
  )) {
    result.get(programmeId)!.goals = rows.map((main, i) => {
      const number = String(i + 1);
      return { ...node(main, number), subGoals: (childrenOf.get(main.id) ?? []).map((sub, j) => node(sub, `${number}.${j + 1}`)) };
    });
  }
  return result;
}

/** Whether a programme's period has been closed (its goals are then read-only). One query. */
export function isProgrammeClosed(programmeId: number): boolean {
  return getDb().select({ closedAt: programmes.closedAt }).from(programmes).where(eq(programmes.id, programmeId)).get()?.closedAt != null;
}

/** Every goal of a structure in reading order: main goal 1, its sub-goals, main goal 2 … */
export function allGoals(structure: GoalStructure): GoalNode[] {
  return structure.goals.flatMap(({ subGoals, ...main }) => [main, ...subGoals]);
}

/** The structure as the public sees it: only public, non-archived tiltak among the linked ones. */
export function publicGoalStructure(structure: GoalStructure): GoalStructure {
  const visible = (g: GoalNode): GoalNode => ({ ...g, initiatives: g.initiatives.filter((i) => i.isPublic) });
  return { ...structure, goals: structure.goals.map((m) => ({ ...visible(m), subGoals: m.subGoals.map(visible) })) };
}

// ---------------------------------------------------------------------------------------------
// The coordinator's goal page
// ---------------------------------------------------------------------------------------------

/**
 * One goal as its coordinator works on it (/koordinator/mal/:id): the goal within its programme's
 * structure (with its number, indicators and tiltak), the programme (closed or not), and for a
 * sub-goal the programme's tiltak that may be linked. notFound for an unknown goal, forbidden for
 * another programme's. Five queries.
 */
export function getGoalForCoordinator(actor: Actor, goalId: number) {
  const db = getDb();
  const row = db
    .select({ programmeId: programmeGoals.programmeId, slug: programmes.slug, name: programmes.name, closedAt: programmes.closedAt })
    .from(programmeGoals)
    .innerJoin(programmes, eq(programmes.id, programmeGoals.programmeId))
    .where(eq(programmeGoals.id, goalId))
    .get();
  if (!row) refuse("notFound");
  if (!canCoordinateProgramme(actor, row.programmeId)) refuse("forbidden");
  const structure = getGoalStructure(row.programmeId);
  const main = structure.goals.find((g) => g.id === goalId);
  const parent = main ? null : structure.goals.find((g) => g.subGoals.some((s) => s.id === goalId));
  const goal = main ?? parent?.subGoals.find((s) => s.id === goalId);
  if (!goal) refuse("notFound");
  const linkable = parent
    ? db
        .select({ id: initiatives.id, title: initiatives.title })
        .from(initiatives)
        .where(and(eq(initiatives.programmeId, row.programmeId), isNull(initiatives.archivedAt)))
        .orderBy(asc(initiatives.title), asc(initiatives.id))
        .all()
        .filter((i) => !goal.initiatives.some((l) => l.id === i.id))
    : [];
  return {
    programme: { id: row.programmeId, slug: row.slug, name: row.name, closed: row.closedAt !== null },
    goal,
    isMain: Boolean(main),
    parent: parent ? { id: parent.id, number: parent.number, title: parent.title } : null,
    subGoals: main?.subGoals.map((s) => ({ id: s.id, number: s.number, title: s.title })) ?? [],
    linkable,
  };
}

function groupBy<K, V>(rows: readonly V[], key: (row: V) => K): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}
