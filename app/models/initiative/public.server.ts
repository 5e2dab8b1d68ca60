import { ftsMatchExpression } from "../full-text-search.server";
import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import { integer, real, sqliteTable } from "drizzle-orm/sqlite-core";
import {
  areas,
  initiativeSoughtOffers,
  initiativeSoughtSectors,
  initiatives,
  organisations,
  participations,
  programmes,
  subprogrammes,
  updates,
} from "../../../db/schema";
import { INITIATIVE_FILTER_PARAMS } from "~/components/initiatives/params";
import { shownInitiativeStatus } from "~/components/initiatives/status";
import { inAreaSubtree, listAreaTree, type AreaTreeNode } from "~/models/area.server";
import { listProgrammeChoices } from "~/models/programme.server";
import { publicInitiative, publicOrganisation, publicParticipation, publicUpdate } from "~/models/visibility.server";
import { memoisePerDataVersion } from "~/utils/derived-cache.server";
import { todayInNorway } from "~/utils/clock.server";
import { getDb, preparedQuery } from "~/utils/db.server";
import {
  INITIATIVE_STATUSES,
  PARTICIPATION_ROLES,
  SECTORS,
  type AreaKind,
  type InitiativeStatus,
  type Offer,
  type ParticipationRole,
  type Sector,
} from "~/validation/enums";

export const INITIATIVES_PAGE_SIZE = 20;
/** The tiltak page shows this many of its latest updates; the updates page has the rest. */
export const INITIATIVE_UPDATES_LIMIT = 30;

/**
 * The FTS5 index over tiltak (db/migrations/0001_full_text_search.sql). Declared here, not in
 * db/schema.ts, so drizzle-kit never tries to manage the virtual table; only `rowid` and `rank` are read.
 */
const initiativesFts = sqliteTable("initiatives_fts", {
  rowid: integer("rowid").notNull(),
  rank: real("rank").notNull(),
});

// ---------------------------------------------------------------------------------------------
// Search and filters
// ---------------------------------------------------------------------------------------------


export type InitiativeFilterInput = {
  programme: string | null;
  subprogramme: string | null;
  area: string | null;
  status: InitiativeStatus | null;
  sector: Sector | null;
  q: string;
};

export { INITIATIVE_FILTER_PARAMS };

/** Reads the filters of /tiltak from the query string; unknown statuses are treated as none. */
export function parseInitiativeFilters(url: URL): InitiativeFilterInput {
  const get = (name: string) => {
    const v = url.searchParams.get(name)?.trim();
    return v ? v.slice(0, 200) : null;
  };
  const status = get(INITIATIVE_FILTER_PARAMS.status);
  const sector = get(INITIATIVE_FILTER_PARAMS.sector);
  return {
    programme: get(INITIATIVE_FILTER_PARAMS.programme),
    subprogramme: get(INITIATIVE_FILTER_PARAMS.subprogramme),
    area: get(INITIATIVE_FILTER_PARAMS.area),
    status: status && (INITIATIVE_STATUSES as readonly string[]).includes(status) ? (status as InitiativeStatus) : null,
    sector: sector && (SECTORS as readonly string[]).includes(sector) ? (sector as Sector) : null,
    q: (url.searchParams.get(INITIATIVE_FILTER_PARAMS.q) ?? "").trim().slice(0, 200),
  };
}

export type AreaOption = AreaTreeNode;
export type FilterOptions = {
  programmes: readonly { id: number; slug: string; name: string }[];
  /** Sub-programmes by slug across programmes ("sysselsetting" in every Oslo programme). */
  subprogrammes: { slug: string; name: string; ids: number[] }[];
  /** Every area, in tree order (parents before their children), with its depth for indenting. */
  areas: AreaOption[];
};

/**
 * The choices of the filter forms: programmes, sub-programmes, areas. They change only with a commit,
 * and building them per request (a join, and a copy of a national area tree of ~900 nodes) was most
 * of what /tiltak spent beyond its list (issue 19's benchmark), so they are kept per data version.
 * Callers only read them.
 */
export function listFilterOptions(): FilterOptions {
  return memoisePerDataVersion("initiative-filter-options", buildFilterOptions);
}

function buildFilterOptions(): FilterOptions {
  const subRows = getDb()
    .select({ id: subprogrammes.id, slug: subprogrammes.slug, name: subprogrammes.name, position: subprogrammes.position })
    .from(subprogrammes)
    .innerJoin(programmes, eq(programmes.id, subprogrammes.programmeId))
    .orderBy(asc(programmes.municipality), asc(subprogrammes.position), asc(subprogrammes.name))
    .all();
  const bySlug = new Map<string, { slug: string; name: string; ids: number[] }>();
  for (const row of subRows) {
    const entry = bySlug.get(row.slug);
    if (entry) entry.ids.push(row.id);
    else bySlug.set(row.slug, { slug: row.slug, name: row.name, ids: [row.id] });
  }

  return {
    programmes: listProgrammeChoices(),
    subprogrammes: [...bySlug.values()],
    areas: listAreaTree().map(({ id, slug, name, kind, depth }) => ({ id, slug, name, kind, depth })),
  };
}

/** Filters resolved against the options: ids to query by, and which given values matched nothing. */
export type ResolvedInitiativeFilters = {
  programmeId: number | null;
  subprogrammeIds: number[] | null;
  areaId: number | null;
  status: InitiativeStatus | null;
  sector: Sector | null;
  match: string | null;
  unknown: ("programme" | "subprogramme" | "area")[];
};

export function resolveInitiativeFilters(input: InitiativeFilterInput, options: FilterOptions): ResolvedInitiativeFilters {
  const unknown: ResolvedInitiativeFilters["unknown"] = [];
  const programme = input.programme ? options.programmes.find((p) => p.slug === input.programme) : undefined;
  if (input.programme && !programme) unknown.push("programme");
  const sub = input.subprogramme ? options.subprogrammes.find((s) => s.slug === input.subprogramme) : undefined;
  if (input.subprogramme && !sub) unknown.push("subprogramme");
  const area = input.area ? options.areas.find((a) => a.slug === input.area) : undefined;
  if (input.area && !area) unknown.push("area");
  return {
    programmeId: programme?.id ?? null,
    subprogrammeIds: sub?.ids ?? null,
    areaId: area?.id ?? null,
    status: input.status,
    sector: input.sector,
    match: ftsMatchExpression(input.q),
    unknown,
  };
}

// ---------------------------------------------------------------------------------------------
// The public list
// ---------------------------------------------------------------------------------------------

export type InitiativeListItem = {
  slug: string;
  title: string;
  summary: string;
  status: InitiativeStatus;
  startDate: string | null;
  endDate: string | null;
  programmeName: string;
  subprogrammeName: string;
  areaName: string;
  partnerCount: number;
};

/** ongoing first, then planned, then completed (a generated, indexed column); within a status by title. */
const statusOrder = asc(initiatives.statusRank);

/**
 * One page of public, non-archived tiltak matching the filters, with the number of partners (active
 * participations of approved organisations) of each. Three queries: the total, the page, the counts.
 * With a search the best matches (FTS5 rank) come first.
 */
export function listPublicInitiatives(
  filters: ResolvedInitiativeFilters,
  page: number,
  pageSize = INITIATIVES_PAGE_SIZE,
): { total: number; items: InitiativeListItem[] } {
  const db = getDb();
  const conditions: (SQL | undefined)[] = [publicInitiative()];
  if (filters.programmeId !== null) conditions.push(eq(initiatives.programmeId, filters.programmeId));
  if (filters.subprogrammeIds !== null) conditions.push(inArray(initiatives.subprogrammeId, filters.subprogrammeIds));
  if (filters.areaId !== null) conditions.push(inAreaSubtree(initiatives.areaId, filters.areaId));
  const today = todayInNorway();
  if (filters.status !== null) conditions.push(shownStatusIs(filters.status, today));
  if (filters.sector !== null) {
    // Partners of the sector as the tiltak page shows them: active participations of approved organisations.
    conditions.push(
      inArray(
        initiatives.id,
        db
          .select({ id: participations.initiativeId })
          .from(participations)
          .innerJoin(organisations, eq(organisations.id, participations.organisationId))
          .where(and(eq(organisations.sector, filters.sector), publicOrganisation(), eq(participations.status, "active"))),
      ),
    );
  }
  const where = and(...conditions);

  const hits =
    filters.match === null
      ? null
      : db
          .select({ rowid: initiativesFts.rowid, rank: initiativesFts.rank })
          .from(initiativesFts)
          .where(sql`${initiativesFts} MATCH ${filters.match}`)
          .as("hits");

  const countQuery = db.select({ n: count() }).from(initiatives);
  const total = (hits ? countQuery.innerJoin(hits, eq(hits.rowid, initiatives.id)) : countQuery).where(where).get()?.n ?? 0;

  const pageQuery = db
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      summary: initiatives.summary,
      status: initiatives.status,
      startDate: initiatives.startDate,
      endDate: initiatives.endDate,
      programmeName: programmes.name,
      subprogrammeName: subprogrammes.name,
      areaName: areas.name,
    })
    .from(initiatives)
    .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
    .innerJoin(subprogrammes, eq(subprogrammes.id, initiatives.subprogrammeId))
    .innerJoin(areas, eq(areas.id, initiatives.areaId));
  const rows = (
    hits
      ? pageQuery
          .innerJoin(hits, eq(hits.rowid, initiatives.id))
          .where(where)
          .orderBy(asc(hits.rank), asc(initiatives.title), asc(initiatives.id))
      : pageQuery.where(where).orderBy(statusOrder, asc(initiatives.title), asc(initiatives.id))
  )
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();

  const counts = partnerCounts(rows.map((r) => r.id));
  return {
    total,
    items: rows.map(({ id, ...row }) => ({ ...row, status: shownInitiativeStatus(row.status, row.endDate, today), partnerCount: counts.get(id) ?? 0 })),
  };
}

/**
 * The filter on the status people see (shownInitiativeStatus): "completed" also takes the tiltak
 * whose end date has passed, the other statuses leave them out.
 */
function shownStatusIs(status: InitiativeStatus, today: string): SQL | undefined {
  const periodOver = sql`${initiatives.endDate} < ${today}`;
  if (status === "completed") return or(eq(initiatives.status, "completed"), periodOver);
  return and(eq(initiatives.status, status), sql`(${initiatives.endDate} IS NULL OR ${initiatives.endDate} >= ${today})`);
}

/** Active participations of approved organisations per tiltak, for a page of tiltak ids. One query. */
function partnerCounts(initiativeIds: number[]): Map<number, number> {
  if (initiativeIds.length === 0) return new Map();
  return new Map(
    getDb()
      .select({ initiativeId: participations.initiativeId, n: count() })
      .from(participations)
      .innerJoin(organisations, eq(organisations.id, participations.organisationId))
      .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
      .where(and(inArray(participations.initiativeId, initiativeIds), publicParticipation()))
      .groupBy(participations.initiativeId)
      .all()
      .map((r) => [r.initiativeId, r.n]),
  );
}

// ---------------------------------------------------------------------------------------------
// One tiltak
// ---------------------------------------------------------------------------------------------

export type InitiativePartner = { slug: string; name: string; sector: Sector };
export type InitiativeUpdate = {
  id: number;
  title: string;
  body: string;
  eventDate: string | null;
  createdAt: number;
  organisation: { slug: string; name: string };
};

export type PublicInitiative = {
  slug: string;
  title: string;
  summary: string;
  description: string;
  status: InitiativeStatus;
  startDate: string | null;
  endDate: string | null;
  programme: { slug: string; name: string };
  subprogramme: { slug: string; name: string };
  area: { slug: string; name: string; kind: AreaKind };
  lead: { slug: string; name: string } | null;
  soughtSectors: Sector[];
  soughtOffers: Offer[];
  /** Partners grouped by role, in the order of PARTICIPATION_ROLES; roles without partners are left out. */
  partnersByRole: { role: ParticipationRole; partners: InitiativePartner[] }[];
  updates: InitiativeUpdate[];
  updateCount: number;
};

/**
 * A public, non-archived tiltak with what its page shows, or null. Six queries whatever the number of
 * partners or updates: the tiltak, sought sectors, sought offers, partners, updates and their total.
 */
export function getPublicInitiative(slug: string): PublicInitiative | null {
  const queries = publicInitiativeQueries();
  const row = queries.initiative.get({ slug });
  if (!row) return null;
  const soughtSectors = queries.soughtSectors.all({ initiativeId: row.id }).map((r) => r.sector);
  const soughtOffers = queries.soughtOffers.all({ initiativeId: row.id }).map((r) => r.offer);
  const partnerRows = queries.partners.all({ initiativeId: row.id });
  const partnersByRole = PARTICIPATION_ROLES.map((role) => ({
    role,
    partners: partnerRows.filter((p) => p.role === role).map(({ role: _role, ...p }) => p),
  })).filter((group) => group.partners.length > 0);
  const updateRows = queries.updates.all({ initiativeId: row.id });
  const updateCount =
    updateRows.length < INITIATIVE_UPDATES_LIMIT ? updateRows.length : (queries.updateCount.get({ initiativeId: row.id })?.n ?? 0);

  return {
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    description: row.description,
    status: shownInitiativeStatus(row.status, row.endDate, todayInNorway()),
    startDate: row.startDate,
    endDate: row.endDate,
    programme: { slug: row.programmeSlug, name: row.programmeName },
    subprogramme: { slug: row.subprogrammeSlug, name: row.subprogrammeName },
    area: { slug: row.areaSlug, name: row.areaName, kind: row.areaKind },
    lead: row.leadSlug !== null && row.leadName !== null ? { slug: row.leadSlug, name: row.leadName } : null,
    soughtSectors,
    soughtOffers,
    partnersByRole,
    updates: updateRows.map(({ organisationSlug, organisationName, createdAt, ...u }) => ({
      ...u,
      createdAt: createdAt.getTime(),
      organisation: { slug: organisationSlug, name: organisationName },
    })),
    updateCount,
  };
}

/** A tiltak's public page runs these on every visit; built once (see preparedQuery). */
const publicInitiativeQueries = preparedQuery((db) => {
  const initiativeId = sql.placeholder("initiativeId");
  const updateWhere = and(eq(updates.initiativeId, initiativeId), publicUpdate());
  return {
    initiative: db
      .select({
        id: initiatives.id,
        slug: initiatives.slug,
        title: initiatives.title,
        summary: initiatives.summary,
        description: initiatives.description,
        status: initiatives.status,
        startDate: initiatives.startDate,
        endDate: initiatives.endDate,
        programmeSlug: programmes.slug,
        programmeName: programmes.name,
        subprogrammeSlug: subprogrammes.slug,
        subprogrammeName: subprogrammes.name,
        areaSlug: areas.slug,
        areaName: areas.name,
        areaKind: areas.kind,
        leadSlug: organisations.slug,
        leadName: organisations.name,
      })
      .from(initiatives)
      .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
      .innerJoin(subprogrammes, eq(subprogrammes.id, initiatives.subprogrammeId))
      .innerJoin(areas, eq(areas.id, initiatives.areaId))
      // Only an approved lead is named; a pending or archived one is not public.
      .leftJoin(organisations, and(eq(organisations.id, initiatives.leadOrganisationId), publicOrganisation()))
      .where(and(eq(initiatives.slug, sql.placeholder("slug")), publicInitiative()))
      .prepare(),
    soughtSectors: db
      .select({ sector: initiativeSoughtSectors.sector })
      .from(initiativeSoughtSectors)
      .where(eq(initiativeSoughtSectors.initiativeId, initiativeId))
      .prepare(),
    soughtOffers: db
      .select({ offer: initiativeSoughtOffers.offer })
      .from(initiativeSoughtOffers)
      .where(eq(initiativeSoughtOffers.initiativeId, initiativeId))
      .prepare(),
    partners: db
      .select({ role: participations.role, slug: organisations.slug, name: organisations.name, sector: organisations.sector })
      .from(participations)
      .innerJoin(organisations, eq(organisations.id, participations.organisationId))
      .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
      .where(and(eq(participations.initiativeId, initiativeId), publicParticipation()))
      .orderBy(asc(organisations.sortName), asc(organisations.id))
      .prepare(),
    updates: db
      .select({
        id: updates.id,
        title: updates.title,
        body: updates.body,
        eventDate: updates.eventDate,
        createdAt: updates.createdAt,
        organisationSlug: organisations.slug,
        organisationName: organisations.name,
      })
      .from(updates)
      .innerJoin(organisations, eq(organisations.id, updates.organisationId))
      .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
      .where(updateWhere)
      .orderBy(desc(updates.createdAt), desc(updates.id))
      .limit(INITIATIVE_UPDATES_LIMIT)
      .prepare(),
    updateCount: db
      .select({ n: count() })
      .from(updates)
      .innerJoin(organisations, eq(organisations.id, updates.organisationId))
      .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
      .where(updateWhere)
      .prepare(),
  };
});

/** Public tiltak as choices for the updates filter (slug and title), by title. One query. */
/** Past this many, a list of tiltak to pick from is unusable (and heavy): the area narrows it first. */
export const FULL_INITIATIVE_CHOICE_LIMIT = 150;

/**
 * The public tiltak to pick from in a filter: all of them in a city; nationally, those in the chosen
 * area (and the areas inside it), or none until an area is chosen (`condensed` says so). The chosen
 * tiltak is always among them. One query.
 */
export function listPublicInitiativeChoices(
  areaId: number | null = null,
  chosenSlug: string | null = null,
): { choices: { slug: string; title: string }[]; condensed: boolean } {
  const inScope = areaId === null ? undefined : inAreaSubtree(initiatives.areaId, areaId);
  const rows = getDb()
    .select({ slug: initiatives.slug, title: initiatives.title })
    .from(initiatives)
    .where(and(publicInitiative(), chosenSlug === null ? inScope : or(inScope, eq(initiatives.slug, chosenSlug))))
    .orderBy(asc(initiatives.title))
    .limit(FULL_INITIATIVE_CHOICE_LIMIT + 1)
    .all();
  if (rows.length <= FULL_INITIATIVE_CHOICE_LIMIT) return { choices: rows, condensed: false };
  return { choices: rows.filter((r) => r.slug === chosenSlug), condensed: true };
}

/** The id and title of a public tiltak by slug (for the feed), or null. */
export function findPublicInitiativeBySlug(slug: string): { id: number; slug: string; title: string } | null {
  return (
    getDb()
      .select({ id: initiatives.id, slug: initiatives.slug, title: initiatives.title })
      .from(initiatives)
      .where(and(eq(initiatives.slug, slug), publicInitiative()))
      .get() ?? null
  );
}
