/**
 * A programme as the public reads it (/satsinger/:slug, issue 21): what it is, its period, its
 * sub-programmes and the areas it covers (in tree order), in one statement. Programmes are public
 * from the moment an administrator sets them up; nothing here is private. The public counts of its
 * tiltak and partners are the front page's (listProgrammeSummaries, once per data version). And
 * the programmes as open data, with their goals, indicators and adopted budgets.
 */
import { asc, count, eq, isNotNull, sql } from "drizzle-orm";
import { areas, programmeAreas, programmes, subprogrammes } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { jsonObjects } from "~/utils/sql-json.server";
import { inTreeOrder } from "./area.server";
import { goalStructures, publicGoalStructure, type GoalStructure } from "./goal/structure.server";
import { adoptedPlansOf, type AdoptedPlanSummary } from "./plan/public.server";

type AreaRow = { id: number; slug: string; name: string; kind: string; parentId: number | null };

export type ProgrammeProfile = {
  id: number;
  slug: string;
  name: string;
  municipality: string;
  periodStart: number;
  periodEnd: number | null;
  description: string;
  closedAt: number | null;
  subprogrammes: { slug: string; name: string; description: string }[];
  areas: { slug: string; name: string; depth: number }[];
};

/** The programme with this slug, or undefined. One statement. */
export function getProgrammeProfile(slug: string): ProgrammeProfile | undefined {
  const row = getDb()
    .select({
      id: programmes.id,
      slug: programmes.slug,
      name: programmes.name,
      municipality: programmes.municipality,
      periodStart: programmes.periodStart,
      periodEnd: programmes.periodEnd,
      description: programmes.description,
      closedAt: programmes.closedAt,
      subprogrammes: jsonObjects<{ slug: string; name: string; description: string }>(
        sql`SELECT json_object('slug', ${subprogrammes.slug}, 'name', ${subprogrammes.name}, 'description', ${subprogrammes.description}) AS v
          FROM ${subprogrammes} WHERE ${subprogrammes.programmeId} = ${programmes.id} ORDER BY ${subprogrammes.position}, ${subprogrammes.name}`,
      ),
      areaRows: jsonObjects<AreaRow>(
        sql`SELECT json_object('id', ${areas.id}, 'slug', ${areas.slug}, 'name', ${areas.name}, 'kind', ${areas.kind}, 'parentId', ${areas.parentId}) AS v
          FROM ${programmeAreas} JOIN ${areas} ON ${areas.id} = ${programmeAreas.areaId} WHERE ${programmeAreas.programmeId} = ${programmes.id}`,
      ),
    })
    .from(programmes)
    .where(eq(programmes.slug, slug))
    .get();
  if (!row) return undefined;
  const { areaRows, closedAt, ...programme } = row;
  return {
    ...programme,
    closedAt: closedAt ? closedAt.getTime() : null,
    areas: inTreeOrder(areaRows).map(({ slug, name, depth }) => ({ slug, name, depth })),
  };
}

// ---------------------------------------------------------------------------------------------
// The open data (/api/v1/programmes)
// ---------------------------------------------------------------------------------------------

export type OpenProgrammeRow = {
  id: number;
  slug: string;
  name: string;
  municipality: string;
  periodStart: number;
  periodEnd: number | null;
  description: string;
  closedAt: Date | null;
  subprogrammes: { slug: string; name: string }[];
  goals: GoalStructure["goals"];
  plans: AdoptedPlanSummary[];
};

/**
 * Programmes for the open data, by municipality and name, a window at a time: each with its
 * sub-programmes, its goal structure (only public tiltak among the linked ones) and its adopted
 * plans' budgets. Six statements whatever the window's size. An unknown `programme` slug gives an
 * empty list.
 */
export function listOpenProgrammes(filters: { programme?: string }, window: { limit: number; offset: number }): { total: number; items: OpenProgrammeRow[] } {
  const db = getDb();
  const where = filters.programme !== undefined ? eq(programmes.slug, filters.programme) : undefined;
  const total = db.select({ n: count() }).from(programmes).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: programmes.id,
      slug: programmes.slug,
      name: programmes.name,
      municipality: programmes.municipality,
      periodStart: programmes.periodStart,
      periodEnd: programmes.periodEnd,
      description: programmes.description,
      closedAt: programmes.closedAt,
      subprogrammes: jsonObjects<{ slug: string; name: string }>(
        sql`SELECT json_object('slug', ${subprogrammes.slug}, 'name', ${subprogrammes.name}) AS v
          FROM ${subprogrammes} WHERE ${subprogrammes.programmeId} = ${programmes.id} ORDER BY ${subprogrammes.position}, ${subprogrammes.name}`,
      ),
    })
    .from(programmes)
    .where(where)
    .orderBy(asc(programmes.municipality), asc(programmes.name), asc(programmes.id))
    .limit(window.limit)
    .offset(window.offset)
    .all();
  if (rows.length === 0) return { total, items: [] };
  const ids = rows.map((r) => r.id);
  const structures = goalStructures(ids);
  const plans = adoptedPlansOf(ids);
  return {
    total,
    items: rows.map((r) => ({ ...r, goals: publicGoalStructure(structures.get(r.id)!).goals, plans: plans.get(r.id) ?? [] })),
  };
}

/** The programmes whose period has been closed, by slug, with the year it was closed (the list's "Avsluttet 2026"). One query. */
export function closedProgrammeYears(): Map<string, number> {
  return new Map(
    getDb()
      .select({ slug: programmes.slug, closedAt: programmes.closedAt })
      .from(programmes)
      .where(isNotNull(programmes.closedAt))
      .all()
      .map((p) => [p.slug, Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", year: "numeric" }).format(p.closedAt!))]),
  );
}
