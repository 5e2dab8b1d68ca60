/**
 * A year's plan as it reads (issue 21): its tiltak numbered by goal (main goal 1 → 1.1, 1.2 …; tiltak
 * without a goal last, under the number after the last goal), each with its responsible organisation,
 * partners, period, status and budget lines, the lines for grant schemes and the programme itself,
 * and the sums per sub-programme, per source and in total. The same shape is what a revision keeps as
 * its snapshot (JSON), so the plan as it now stands and any version as it stood read alike.
 * Three statements whatever the plan's size.
 */
import { sql } from "drizzle-orm";
import type { BudgetSource, InitiativeStatus } from "~/validation/enums";
import type { Reader } from "./shared.server";

export type LineTarget = "item" | "scheme" | "programme";

export type PlanLine = {
  id: number;
  target: LineTarget;
  itemId: number | null;
  schemeId: number | null;
  schemeName: string | null;
  /** The line's own sub-programme, or (for a tiltak's line) the tiltak's. */
  subprogrammeId: number | null;
  subprogrammeName: string | null;
  description: string;
  source: BudgetSource;
  sourceName: string;
  plannedOre: number;
  grantedOre: number | null;
  spentOre: number | null;
};

export type PlanItemView = {
  id: number;
  number: string;
  initiativeId: number;
  /** Null in the public view of a tiltak that is not public (its budget still counts). */
  slug: string | null;
  title: string | null;
  isPublic: boolean;
  status: InitiativeStatus;
  startDate: string | null;
  endDate: string | null;
  subprogrammeId: number;
  subprogrammeName: string;
  lead: string | null;
  partners: string[];
  goalId: number | null;
  /** The sub-goal's (or main goal's) own number, "1.2", and title. */
  goalNumber: string | null;
  goalTitle: string | null;
  position: number;
  note: string;
  lines: PlanLine[];
};

export type PlanGroup = { number: number; goalId: number | null; title: string | null; items: PlanItemView[] };

export type PlanContent = { year: number; introduction: string; groups: PlanGroup[]; otherLines: PlanLine[] };

export type Amounts = { plannedOre: number; grantedOre: number; spentOre: number };
export type PlanSums = {
  bySubprogramme: ({ id: number | null; name: string | null } & Amounts)[];
  bySource: ({ source: BudgetSource; sourceName: string } & Amounts)[];
  total: Amounts;
};

export type GoalRow = { id: number; parentId: number | null; title: string; position: number };

/** The programme's goals, for numbering: one statement. */
export function goalsOf(db: Reader, programmeId: number): GoalRow[] {
  return db.all<GoalRow>(sql`SELECT id, parent_id AS parentId, title, position FROM programme_goals WHERE programme_id = ${programmeId}`);
}

const byPosition = (a: { position: number; id: number }, b: { position: number; id: number }) => a.position - b.position || a.id - b.id;

/** Each goal's number ("1", "1.2"), its main goal's number, and the order of the sub-goals inside it. */
export function numberGoals(goals: GoalRow[]) {
  const mains = goals.filter((g) => g.parentId === null).sort(byPosition);
  const numbers = new Map<number, { number: string; main: number; mainId: number; order: number; title: string }>();
  mains.forEach((m, i) => {
    numbers.set(m.id, { number: String(i + 1), main: i + 1, mainId: m.id, order: 0, title: m.title });
    goals
      .filter((g) => g.parentId === m.id)
      .sort(byPosition)
      .forEach((s, k) => numbers.set(s.id, { number: `${i + 1}.${k + 1}`, main: i + 1, mainId: m.id, order: k + 1, title: s.title }));
  });
  return { mains, numbers };
}

type ItemRow = Omit<PlanItemView, "number" | "goalNumber" | "goalTitle" | "lines" | "partners" | "isPublic"> & { isPublic: number; partners: string };
type LineRow = Omit<PlanLine, "target"> & { itemId: number | null };

/** The plan's content as it now stands. `goals` when the caller has read them already. */
export function readPlanContent(db: Reader, plan: { id: number; programmeId: number; year: number; introduction: string }, goals?: GoalRow[]): PlanContent {
  const items = db.all<ItemRow>(sql`
    SELECT pi.id, pi.initiative_id AS initiativeId, i.slug, i.title, i.is_public AS isPublic, i.status,
      i.start_date AS startDate, i.end_date AS endDate, i.subprogramme_id AS subprogrammeId, s.name AS subprogrammeName,
      lead.name AS lead, pi.goal_id AS goalId, pi.position, pi.note,
      (SELECT json_group_array(name) FROM (SELECT o.name FROM participations p JOIN organisations o ON o.id = p.organisation_id
        WHERE p.initiative_id = i.id AND p.status = 'active' AND o.status = 'approved' AND o.id IS NOT i.lead_organisation_id
        ORDER BY o.name)) AS partners
    FROM plan_items pi
    JOIN initiatives i ON i.id = pi.initiative_id
    JOIN subprogrammes s ON s.id = i.subprogramme_id
    LEFT JOIN organisations lead ON lead.id = i.lead_organisation_id AND lead.status = 'approved'
    WHERE pi.plan_id = ${plan.id}`);
  const lines = db.all<LineRow>(sql`
    SELECT l.id, l.plan_item_id AS itemId, l.grant_scheme_id AS schemeId, gs.name AS schemeName,
      COALESCE(l.subprogramme_id, i.subprogramme_id) AS subprogrammeId, s.name AS subprogrammeName,
      l.description, l.source, l.source_name AS sourceName, l.planned_ore AS plannedOre, l.granted_ore AS grantedOre, l.spent_ore AS spentOre
    FROM plan_budget_lines l
    LEFT JOIN plan_items pi ON pi.id = l.plan_item_id
    LEFT JOIN initiatives i ON i.id = pi.initiative_id
    LEFT JOIN grant_schemes gs ON gs.id = l.grant_scheme_id
    LEFT JOIN subprogrammes s ON s.id = COALESCE(l.subprogramme_id, i.subprogramme_id)
    WHERE l.plan_id = ${plan.id}
    ORDER BY l.position, l.id`);
  return assemble(plan, items, lines, goals ?? goalsOf(db, plan.programmeId));
}

function assemble(plan: { year: number; introduction: string }, items: ItemRow[], lines: LineRow[], goals: GoalRow[]): PlanContent {
  const { mains, numbers } = numberGoals(goals);
  const linesOf = new Map<number, PlanLine[]>();
  const otherLines: PlanLine[] = [];
  for (const l of lines) {
    const line: PlanLine = { ...l, target: l.itemId !== null ? "item" : l.schemeId !== null ? "scheme" : "programme" };
    if (l.itemId === null) otherLines.push(line);
    else linesOf.set(l.itemId, [...(linesOf.get(l.itemId) ?? []), line]);
  }
  const noGoal = mains.length + 1;
  const placed = items
    .map((item) => ({ item, goal: item.goalId === null ? undefined : numbers.get(item.goalId) }))
    .sort((a, b) => (a.goal?.main ?? noGoal) - (b.goal?.main ?? noGoal) || (a.goal?.order ?? 0) - (b.goal?.order ?? 0) || byPosition(a.item, b.item));
  const groups: PlanGroup[] = [];
  for (const { item, goal } of placed) {
    const main = goal?.main ?? noGoal;
    let group = groups.find((g) => g.number === main);
    if (!group) {
      group = { number: main, goalId: goal?.mainId ?? null, title: goal ? numbers.get(goal.mainId)!.title : null, items: [] };
      groups.push(group);
    }
    group.items.push({
      ...item,
      number: `${main}.${group.items.length + 1}`,
      isPublic: item.isPublic === 1,
      partners: JSON.parse(item.partners) as string[],
      goalNumber: goal?.number ?? null,
      goalTitle: goal?.title ?? null,
      lines: linesOf.get(item.id) ?? [],
    });
  }
  return { year: plan.year, introduction: plan.introduction, groups, otherLines };
}

/** Every line of the plan, the tiltak's first. */
export function allLines(content: PlanContent): PlanLine[] {
  return [...content.groups.flatMap((g) => g.items.flatMap((i) => i.lines)), ...content.otherLines];
}

const zero = (): Amounts => ({ plannedOre: 0, grantedOre: 0, spentOre: 0 });
function add(into: Amounts, line: Pick<PlanLine, "plannedOre" | "grantedOre" | "spentOre">) {
  into.plannedOre += line.plannedOre;
  into.grantedOre += line.grantedOre ?? 0;
  into.spentOre += line.spentOre ?? 0;
}

/**
 * The plan's sums: per sub-programme (lines for the programme as a whole without one come last), per
 * source (state, municipality, then each other source by its name) and in total. Granted and spent
 * count what is filled in.
 */
export function planSums(content: PlanContent): PlanSums {
  const subs = new Map<string, { id: number | null; name: string | null } & Amounts>();
  const sources = new Map<string, { source: BudgetSource; sourceName: string } & Amounts>();
  const total = zero();
  for (const line of allLines(content)) {
    const subKey = String(line.subprogrammeId);
    if (!subs.has(subKey)) subs.set(subKey, { id: line.subprogrammeId, name: line.subprogrammeName, ...zero() });
    add(subs.get(subKey)!, line);
    const sourceKey = `${line.source}:${line.sourceName}`;
    if (!sources.has(sourceKey)) sources.set(sourceKey, { source: line.source, sourceName: line.sourceName, ...zero() });
    add(sources.get(sourceKey)!, line);
    add(total, line);
  }
  const SOURCE_ORDER = { state: 0, municipality: 1, other: 2 } as const;
  return {
    bySubprogramme: [...subs.values()].sort((a, b) => (a.name === null ? 1 : 0) - (b.name === null ? 1 : 0) || (a.name ?? "").localeCompare(b.name ?? "", "nb")),
    bySource: [...sources.values()].sort((a, b) => SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source] || a.sourceName.localeCompare(b.sourceName, "nb")),
    total,
  };
}

/** What the public may see of a plan: a tiltak that is not public keeps its number and money, not its name or partners. */
export function publicContent(content: PlanContent): PlanContent {
  return {
    ...content,
    groups: content.groups.map((g) => ({
      ...g,
      items: g.items.map((item) => (item.isPublic ? item : { ...item, slug: null, title: null, lead: null, partners: [], note: "" })),
    })),
  };
}
