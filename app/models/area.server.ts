/**
 * The area tree (municipality → district → sub-district / living-condition zone): the subtree and
 * ancestor queries other models filter by, the one tree every picker and filter shows, the public
 * area pages, and the administrators' changes to areas. Every change runs in one immediate
 * transaction with its audit row, and the checks that guard it (a loop in the tree, an area still in
 * use) are made inside it. Refusals come back as values (`Refusal`, ADR 013) for the form to show.
 */
import { and, asc, count, eq, inArray, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  areas,
  initiatives,
  organisationAreas,
  organisationOffers,
  organisations,
  participations,
  programmeAreas,
  programmes,
  subprogrammes,
} from "../../db/schema";
import { shownInitiativeStatus } from "~/components/initiatives/status";
import { audit } from "~/services/audit.server";
import { changes } from "~/utils/changes";
import { todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { memoisePerDataVersion } from "~/utils/derived-cache.server";
import { refusal, type Refusal } from "~/utils/refusal.server";
import { slugify, uniqueSlug } from "~/utils/slug";
import type { AdminValidationKey } from "~/validation/admin";
import { OFFERS, SECTORS, type AreaKind, type Offer } from "~/validation/enums";
import { publicInitiative, publicOrganisation, publicParticipation } from "./visibility.server";

/**
 * The ids of an area and every area below it (district → sub-districts → …), one recursive query.
 * "Partners in Grorud" includes those in Romsås.
 */
export function areaSubtreeIds(areaId: number): number[] {
  return getDb()
    .all<{ id: number }>(
      sql`WITH RECURSIVE subtree(id) AS (
            SELECT ${areaId}
            UNION
            SELECT areas.id FROM areas JOIN subtree ON areas.parent_id = subtree.id
          )
          SELECT id FROM subtree`,
    )
    .map((r) => r.id);
}

/** A SQL fragment for `column IN (the subtree of areaId)`, to use inside a larger query. */
export function inAreaSubtree(column: unknown, areaId: number) {
  return sql`${column} IN (WITH RECURSIVE subtree(id) AS (
      SELECT ${areaId} UNION SELECT areas.id FROM areas JOIN subtree ON areas.parent_id = subtree.id
    ) SELECT id FROM subtree)`;
}

/**
 * A SQL subquery for the areas that contain the area in `column` (its parent, grandparent …, not the
 * area itself), one `id` per row; correlated, so it can run per row of a larger query.
 */
export function areaAncestors(column: unknown) {
  return sql`WITH RECURSIVE up(id) AS (
      SELECT areas.parent_id FROM areas WHERE areas.id = ${column}
      UNION SELECT areas.parent_id FROM areas JOIN up ON areas.id = up.id
    ) SELECT id FROM up WHERE id IS NOT NULL`;
}

// ---------------------------------------------------------------------------------------------
// Public area pages (/omrader, /omrader/:slug) and the directory's area filter
// ---------------------------------------------------------------------------------------------

export type AreaOption = { slug: string; name: string; depth: number };

/**
 * Areas in tree order (parents before their children, siblings by name), with their depth. A row
 * whose parent is not among the rows is a root: a programme's areas (a part of the tree) come out as
 * the same tree, cut where the programme's areas begin.
 */
export function inTreeOrder<T extends { id: number; parentId: number | null; name: string }>(rows: T[]): (T & { depth: number })[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<number | null, T[]>();
  for (const row of rows) {
    const parent = row.parentId !== null && ids.has(row.parentId) ? row.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, "nb");
  const out: (T & { depth: number })[] = [];
  const seen = new Set<number>();
  const visit = (parentId: number | null, depth: number) => {
    for (const row of [...(children.get(parentId) ?? [])].sort(byName)) {
      if (seen.has(row.id)) continue; // a cycle would be a data error; never loop on it
      seen.add(row.id);
      out.push({ ...row, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

export type AreaTreeNode = { id: number; slug: string; name: string; kind: AreaKind; depth: number };
/** An area of the tree with what the administrators' page shows of it. */
export type AreaTreeRow = AreaTreeNode & { parentId: number | null; population: number | null; liftStartYear: number | null; liftEndYear: number | null };

/**
 * Every area in tree order (parents before their children, siblings by name) with its depth: the one
 * source for every area picker and filter, and the administrators' tree. One query; callers only read it.
 */
export function listAreaTree(): readonly AreaTreeRow[] {
  // Ordering a national tree (hundreds of areas) by Norwegian collation costs milliseconds on every
  // page with an area picker; the tree only changes with a commit.
  return memoisePerDataVersion("area-tree", () => {
    const rows = getDb()
      .select({
        id: areas.id,
        slug: areas.slug,
        name: areas.name,
        kind: areas.kind,
        parentId: areas.parentId,
        population: areas.population,
        liftStartYear: areas.liftStartYear,
        liftEndYear: areas.liftEndYear,
      })
      .from(areas)
      .all();
    return inTreeOrder(rows);
  });
}

/** Up to this many areas, the area filter lists them all; past it, a list would be unusable. */
export const FULL_AREA_FILTER_LIMIT = 150;

/**
 * The areas for the directory's area filter, as a tree (only what the form shows). A city's tree is
 * shown whole. A national one (hundreds of areas) shows the top-level areas (the municipalities),
 * and under the chosen one its whole subtree: choose a municipality, search, then narrow to a district.
 */
export function listAreaOptions(selectedSlug: string | null = null): { options: AreaOption[]; condensed: boolean } {
  const tree = listAreaTree();
  if (tree.length <= FULL_AREA_FILTER_LIMIT) return memoisePerDataVersion("area-options", () => ({ options: tree.map(areaOption), condensed: false }));
  const selected = selectedSlug === null ? -1 : tree.findIndex((a) => a.slug === selectedSlug);
  let rootOfSelected = selected;
  while (rootOfSelected > 0 && tree[rootOfSelected]!.depth > 0) rootOfSelected--;
  // Walking ~900 areas for every listing page showed in issue 19's benchmark; the options depend only
  // on the tree and the chosen municipality, so they are kept per data version and municipality.
  return memoisePerDataVersion(`area-options:${rootOfSelected}`, () => {
    const options: AreaOption[] = [];
    let root = -1;
    tree.forEach((area, index) => {
      if (area.depth === 0) root = index;
      if (area.depth === 0 || (selected >= 0 && root === rootOfSelected)) options.push(areaOption(area));
    });
    return { options, condensed: true };
  });
}

const areaOption = ({ slug, name, depth }: AreaTreeNode): AreaOption => ({ slug, name, depth });

export function findAreaBySlug(slug: string): { id: number; slug: string; name: string } | null {
  return getDb().select({ id: areas.id, slug: areas.slug, name: areas.name }).from(areas).where(eq(areas.slug, slug)).get() ?? null;
}

/** Every area with its descendants (itself included), as SQL for a WITH clause: closure(ancestor_id, area_id). */
const closure = sql`closure(ancestor_id, area_id) AS (
    SELECT id, id FROM areas
    UNION ALL
    SELECT closure.ancestor_id, areas.id FROM areas JOIN closure ON areas.parent_id = closure.area_id
  )`;

export type AreaTreeItem = {
  slug: string;
  name: string;
  kind: AreaKind;
  depth: number;
  initiativeCount: number;
  partnerCount: number;
};

/**
 * All areas as a tree with, for each, the public tiltak and the approved partners in the area and
 * below it (the same sets /omrader/:slug lists). Three queries whatever the data size.
 */
export function listAreasWithCounts(): AreaTreeItem[] {
  // Counting every public tiltak and partner per area is a national aggregate: once per data version.
  return memoisePerDataVersion("areas-with-counts", countAreas);
}

function countAreas(): AreaTreeItem[] {
  const db = getDb();
  const rows = db
    .select({ id: areas.id, parentId: areas.parentId, slug: areas.slug, name: areas.name, kind: areas.kind })
    .from(areas)
    .all();
  const initiativeCounts = new Map(
    db
      .all<{ areaId: number; n: number }>(
        sql`WITH RECURSIVE ${closure}
            SELECT closure.ancestor_id AS areaId, count(DISTINCT ${initiatives.id}) AS n
            FROM closure JOIN ${initiatives} ON ${initiatives.areaId} = closure.area_id
            WHERE ${publicInitiative()}
            GROUP BY closure.ancestor_id`,
      )
      .map((r) => [r.areaId, r.n]),
  );
  const partnerCounts = new Map(
    db
      .all<{ areaId: number; n: number }>(
        sql`WITH RECURSIVE ${closure},
            present(area_id, organisation_id) AS (
              SELECT ${organisationAreas.areaId}, ${organisationAreas.organisationId}
              FROM ${organisationAreas} JOIN ${organisations} ON ${organisations.id} = ${organisationAreas.organisationId}
              WHERE ${publicOrganisation()}
              UNION
              SELECT ${initiatives.areaId}, ${participations.organisationId}
              FROM ${participations}
              JOIN ${initiatives} ON ${initiatives.id} = ${participations.initiativeId}
              JOIN ${organisations} ON ${organisations.id} = ${participations.organisationId}
              WHERE ${publicParticipation()}
            )
            SELECT closure.ancestor_id AS areaId, count(DISTINCT present.organisation_id) AS n
            FROM closure JOIN present ON present.area_id = closure.area_id
            GROUP BY closure.ancestor_id`,
      )
      .map((r) => [r.areaId, r.n]),
  );
  return inTreeOrder(rows).map((row) => ({
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    depth: row.depth,
    initiativeCount: initiativeCounts.get(row.id) ?? 0,
    partnerCount: partnerCounts.get(row.id) ?? 0,
  }));
}

export type AreaOverview = NonNullable<ReturnType<typeof getAreaOverview>>;

/**
 * "Who does what" in an area and below it: its facts, the public tiltak (with their sub-programme)
 * and the approved partners that serve an area in the subtree or take an active part in a public
 * tiltak there. Seven queries whatever the data size.
 */
export function getAreaOverview(slug: string) {
  const db = getDb();
  const parent = alias(areas, "parent");
  const area = db
    .select({
      id: areas.id,
      slug: areas.slug,
      name: areas.name,
      kind: areas.kind,
      population: areas.population,
      liftStartYear: areas.liftStartYear,
      liftEndYear: areas.liftEndYear,
      parentSlug: parent.slug,
      parentName: parent.name,
    })
    .from(areas)
    .leftJoin(parent, eq(parent.id, areas.parentId))
    .where(eq(areas.slug, slug))
    .get();
  if (!area) return null;

  const programmeList = db
    .select({ name: programmes.name, municipality: programmes.municipality })
    .from(programmeAreas)
    .innerJoin(programmes, eq(programmes.id, programmeAreas.programmeId))
    .where(eq(programmeAreas.areaId, area.id))
    .orderBy(asc(programmes.name))
    .all();

  const children = db
    .select({ slug: areas.slug, name: areas.name, kind: areas.kind })
    .from(areas)
    .where(eq(areas.parentId, area.id))
    .orderBy(asc(areas.name))
    .all();

  const subtree = areaSubtreeIds(area.id);

  const tiltak = db
    .select({
      slug: initiatives.slug,
      title: initiatives.title,
      summary: initiatives.summary,
      status: initiatives.status,
      startDate: initiatives.startDate,
      endDate: initiatives.endDate,
      areaName: areas.name,
      subprogrammeName: subprogrammes.name,
      subprogrammePosition: subprogrammes.position,
    })
    .from(initiatives)
    .innerJoin(subprogrammes, eq(subprogrammes.id, initiatives.subprogrammeId))
    .innerJoin(areas, eq(areas.id, initiatives.areaId))
    .where(and(inArray(initiatives.areaId, subtree), publicInitiative()))
    .orderBy(asc(subprogrammes.position), asc(subprogrammes.name), asc(initiatives.title))
    .all();

  const servesSubtree = db
    .select({ id: organisationAreas.organisationId })
    .from(organisationAreas)
    .where(inArray(organisationAreas.areaId, subtree));
  const takesPartInSubtree = db
    .select({ id: participations.organisationId })
    .from(participations)
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(and(inArray(initiatives.areaId, subtree), publicParticipation()));
  const partnerRows = db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, sector: organisations.sector })
    .from(organisations)
    .where(and(publicOrganisation(), or(inArray(organisations.id, servesSubtree), inArray(organisations.id, takesPartInSubtree))))
    .orderBy(asc(organisations.sortName))
    .all();

  const offersOf = new Map<number, Offer[]>();
  if (partnerRows.length > 0) {
    for (const row of db
      .select({ organisationId: organisationOffers.organisationId, offer: organisationOffers.offer })
      .from(organisationOffers)
      .where(inArray(organisationOffers.organisationId, partnerRows.map((p) => p.id)))
      .all()) {
      offersOf.set(row.organisationId, [...(offersOf.get(row.organisationId) ?? []), row.offer]);
    }
  }

  // Tiltak by sub-programme name, so "Nærmiljø" in several Oslo programmes is one group.
  const today = todayInNorway();
  const tiltakGroups: { subprogramme: string; initiatives: Omit<(typeof tiltak)[number], "subprogrammeName" | "subprogrammePosition">[] }[] = [];
  for (const { subprogrammeName, subprogrammePosition: _p, ...item } of tiltak) {
    let group = tiltakGroups.find((g) => g.subprogramme === subprogrammeName);
    if (!group) tiltakGroups.push((group = { subprogramme: subprogrammeName, initiatives: [] }));
    group.initiatives.push({ ...item, status: shownInitiativeStatus(item.status, item.endDate, today) });
  }

  const partnerGroups = SECTORS.map((sector) => ({
    sector,
    partners: partnerRows
      .filter((p) => p.sector === sector)
      .map((p) => ({
        slug: p.slug,
        name: p.name,
        offers: (offersOf.get(p.id) ?? []).sort((a, b) => OFFERS.indexOf(a) - OFFERS.indexOf(b)),
      })),
  })).filter((g) => g.partners.length > 0);

  const { id: _id, parentSlug, parentName, ...facts } = area;
  return {
    ...facts,
    parent: parentSlug !== null && parentName !== null ? { slug: parentSlug, name: parentName } : null,
    programmes: programmeList,
    children,
    initiativeCount: tiltak.length,
    partnerCount: partnerRows.length,
    tiltakGroups,
    partnerGroups,
  };
}

// ---------------------------------------------------------------------------------------------
// The administrators' changes to areas
// ---------------------------------------------------------------------------------------------

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];
/** A refusal of an administrator's change: a key into t.admin.validation, and the field it concerns (ADR 013). */
type AdminRefusal = Refusal<AdminValidationKey>;
const immediate = { behavior: "immediate" } as const;

/** What refers to an area; any of these blocks deleting it. */
function areaUsage(tx: Tx | ReturnType<typeof getDb>, areaId: number) {
  const n = (query: { get: () => { n: number } | undefined }) => query.get()?.n ?? 0;
  return {
    children: n(tx.select({ n: count() }).from(areas).where(eq(areas.parentId, areaId))),
    organisations: n(tx.select({ n: count() }).from(organisationAreas).where(eq(organisationAreas.areaId, areaId))),
    initiatives: n(tx.select({ n: count() }).from(initiatives).where(eq(initiatives.areaId, areaId))),
    programmes: n(tx.select({ n: count() }).from(programmeAreas).where(eq(programmeAreas.areaId, areaId))),
  };
}
export type AreaUsage = ReturnType<typeof areaUsage>;

export function getAreaForAdmin(slug: string) {
  const db = getDb();
  const area = db
    .select({
      id: areas.id,
      slug: areas.slug,
      name: areas.name,
      kind: areas.kind,
      parentId: areas.parentId,
      population: areas.population,
      liftStartYear: areas.liftStartYear,
      liftEndYear: areas.liftEndYear,
    })
    .from(areas)
    .where(eq(areas.slug, slug))
    .get();
  return area ? { ...area, usage: areaUsage(db, area.id) } : undefined;
}

export type AreaInput = {
  name: string;
  slug: string;
  kind: AreaKind;
  parentId: number | null;
  population: number | null;
  liftStartYear: number | null;
  liftEndYear: number | null;
};

/** True when `candidateParentId` is `areaId` itself or lies below it (making it the parent would close a loop). */
function wouldCycle(tx: Tx, areaId: number, candidateParentId: number): boolean {
  const row = tx.get<{ hit: number }>(sql`WITH RECURSIVE up(id, parent_id) AS (
      SELECT id, parent_id FROM areas WHERE id = ${candidateParentId}
      UNION
      SELECT areas.id, areas.parent_id FROM areas JOIN up ON areas.id = up.parent_id
    )
    SELECT count(*) AS hit FROM up WHERE id = ${areaId}`);
  return (row?.hit ?? 0) > 0;
}

export function saveArea(
  actorId: number,
  areaId: number | null,
  input: AreaInput
): { ok: true; id: number; slug: string; created: boolean } | AdminRefusal {
  return getDb().transaction((tx) => {
    const current = areaId
      ? tx
          .select({
            name: areas.name,
            slug: areas.slug,
            kind: areas.kind,
            parentId: areas.parentId,
            population: areas.population,
            liftStartYear: areas.liftStartYear,
            liftEndYear: areas.liftEndYear,
          })
          .from(areas)
          .where(eq(areas.id, areaId))
          .get()
      : null;
    if (areaId && !current) return refusal("areaNotFound");
    if (input.parentId !== null) {
      if (!tx.select({ id: areas.id }).from(areas).where(eq(areas.id, input.parentId)).get()) return refusal("invalidRequest", "parentId");
      if (areaId && wouldCycle(tx, areaId, input.parentId)) return refusal("areaCycle", "parentId");
    }
    const taken = (candidate: string) =>
      !!tx
        .select({ id: areas.id })
        .from(areas)
        .where(areaId ? and(eq(areas.slug, candidate), ne(areas.id, areaId)) : eq(areas.slug, candidate))
        .get();
    let slug = input.slug;
    if (slug === "") slug = current && current.name === input.name ? current.slug : uniqueSlug(slugify(input.name), taken);
    else if (taken(slug)) return refusal("slugTaken", "slug");
    const values = { ...input, slug };

    if (!areaId || !current) {
      const id = tx.insert(areas).values(values).returning({ id: areas.id }).get().id;
      audit(
        {
          actorUserId: actorId,
          action: "area.created",
          entityType: "area",
          entityId: id,
          details: { name: values.name, slug, kind: values.kind, parentId: values.parentId },
        },
        tx
      );
      return { ok: true as const, id, slug, created: true };
    }
    const changed = changes(current, values, ["name", "slug", "kind", "parentId", "population", "liftStartYear", "liftEndYear"]);
    if (Object.keys(changed).length) {
      tx.update(areas).set(values).where(eq(areas.id, areaId)).run();
      audit({ actorUserId: actorId, action: "area.updated", entityType: "area", entityId: areaId, details: changed }, tx);
    }
    return { ok: true as const, id: areaId, slug, created: false };
  }, immediate);
}

export function deleteArea(actorId: number, areaId: number): { ok: true } | AdminRefusal | { ok: false; reason: "areaInUse"; usage: AreaUsage } {
  return getDb().transaction((tx) => {
    const area = tx.select({ name: areas.name, slug: areas.slug }).from(areas).where(eq(areas.id, areaId)).get();
    if (!area) return refusal("areaNotFound");
    const usage = areaUsage(tx, areaId);
    if (Object.values(usage).some((n) => n > 0)) return { ok: false as const, reason: "areaInUse" as const, usage };
    tx.delete(areas).where(eq(areas.id, areaId)).run();
    audit(
      { actorUserId: actorId, action: "area.deleted", entityType: "area", entityId: areaId, details: { name: area.name, slug: area.slug } },
      tx
    );
    return { ok: true as const };
  }, immediate);
}
