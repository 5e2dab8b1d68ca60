import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import {
  areas,
  initiatives,
  organisationAreas,
  organisationOffers,
  organisations,
  organisationThemes,
  participations,
  subprogrammes,
  updates,
} from "../../db/schema";
import { shownInitiativeStatus } from "~/components/initiatives/status";
import { todayInNorway } from "~/utils/clock.server";
import { getDb, preparedQuery } from "~/utils/db.server";
import { memoisePerDataVersion } from "~/utils/derived-cache.server";
import { OFFERS, type Offer, type Sector } from "~/validation/enums";
import { inAreaSubtree } from "./area.server";
import { publicInitiative, publicOrganisation, publicOrganisationById, publicParticipation, publicUpdate } from "./visibility.server";

export const PARTNERS_PAGE_SIZE = 20;
const EXCERPT_CHARS = 220;
export const PROFILE_UPDATE_LIMIT = 10;

/** navn: A–Å; nyeste: most recently approved first; relevans: best FTS match first (only with a search). */
export type DirectorySort = "navn" | "nyeste" | "relevans";

export type DirectoryFilters = {
  /** An FTS5 MATCH expression built by ftsMatchExpression (directory-search.server.ts), never raw input. */
  match: string | null;
  sector: Sector | null;
  /** The area and everything below it. */
  areaId: number | null;
  /** A theme (sub-programme slug) means one sub-programme in each programme that has it. */
  subprogrammeIds: number[] | null;
  offer: Offer | null;
  /** The partners of a programme: those taking an active part in its public tiltak (as the front page counts them). */
  programmeId: number | null;
};

export const NO_FILTERS: DirectoryFilters = { match: null, sector: null, areaId: null, subprogrammeIds: null, offer: null, programmeId: null };

export type DirectoryHit = {
  slug: string;
  name: string;
  sector: Sector;
  excerpt: string;
  areas: string[];
  offers: Offer[];
};

/** Shortens a description to whole words, with one space between them. */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max + 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : flat.slice(0, max)).replace(/[\s.,;:!?–-]+$/, "")} …`;
}

/**
 * Each filter is a condition on `organisations` that the planner answers from an index: status,
 * sector and name from (status, sector, name) or (status, name); the area, theme and offer as
 * `id IN (…)` over organisation_areas(area_id), organisation_themes(subprogramme_id) and
 * organisation_offers(offer); the search over the FTS5 index.
 */
function directoryConditions(filters: DirectoryFilters, { withMatch }: { withMatch: boolean }): SQL {
  const db = getDb();
  const conditions: (SQL | undefined)[] = [publicOrganisation()];
  if (filters.sector) conditions.push(eq(organisations.sector, filters.sector));
  if (filters.areaId !== null) {
    conditions.push(
      inArray(
        organisations.id,
        db
          .select({ id: organisationAreas.organisationId })
          .from(organisationAreas)
          .where(inAreaSubtree(organisationAreas.areaId, filters.areaId)),
      ),
    );
  }
  if (filters.subprogrammeIds !== null) {
    conditions.push(
      inArray(
        organisations.id,
        db
          .select({ id: organisationThemes.organisationId })
          .from(organisationThemes)
          .where(inArray(organisationThemes.subprogrammeId, filters.subprogrammeIds)),
      ),
    );
  }
  if (filters.offer) {
    conditions.push(
      inArray(
        organisations.id,
        db.select({ id: organisationOffers.organisationId }).from(organisationOffers).where(eq(organisationOffers.offer, filters.offer)),
      ),
    );
  }
  if (filters.programmeId !== null) {
    // Through initiatives(programme_id, status) and participations(initiative_id, status).
    conditions.push(
      inArray(
        organisations.id,
        db
          .select({ id: participations.organisationId })
          .from(participations)
          .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
          .where(and(eq(initiatives.programmeId, filters.programmeId), eq(participations.status, "active"), publicInitiative())),
      ),
    );
  }
  if (withMatch && filters.match !== null) {
    conditions.push(sql`${organisations.id} IN (SELECT rowid FROM organisations_fts WHERE organisations_fts MATCH ${filters.match})`);
  }
  return and(...conditions) as SQL;
}

/**
 * One page of the public directory: approved organisations matching the filters, with the areas and
 * offers of the page's organisations. Four queries whatever the data size: the count (or the order,
 * below), the page, its areas, its offers; three while the count or the order is kept.
 */
export function searchApprovedOrganisations(
  filters: DirectoryFilters,
  sort: DirectorySort,
  page: number,
): { total: number; items: DirectoryHit[] } {
  const db = getDb();
  const offset = (page - 1) * PARTNERS_PAGE_SIZE;
  let total: number;
  let rows: DirectoryRow[];

  if (filters.match === null && narrowedBySubquery(filters)) {
    // An area, theme or offer is checked per entry of the ordered walk: page 50 of a district walked
    // past every other area's partners (1.3 ms at national scale). The order of the matching
    // partners is kept per data version instead, weighed so that many filter combinations stay within
    // the cache's bound: a page is a slice of it, looked up by id.
    const ids = memoisePerDataVersion(`directory-order:${sort}:${JSON.stringify(filters)}`, () => matchingIdsInOrder(filters, sort), {
      weight: (list) => list.length + 64,
    });
    total = ids.length;
    const pageIds = [...ids.subarray(offset, offset + PARTNERS_PAGE_SIZE)];
    if (pageIds.length === 0) return { total, items: [] };
    const position = new Map(pageIds.map((id, index) => [id, index]));
    // Still only public ones: a commit by another process may come between the order and this read.
    rows = db
      .select(DIRECTORY_COLUMNS)
      .from(organisations)
      .where(and(inArray(organisations.id, pageIds), publicOrganisationById()))
      .all()
      .sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  } else {
    const countMatches = () =>
      filters.match === null
        ? (db.select({ n: count() }).from(organisations).where(directoryConditions(filters, { withMatch: false })).get()?.n ?? 0)
        : // With a search, the count starts from the full-text hits (an `IN (…)` condition let SQLite
          // walk every approved organisation instead: 1 ms against 0.1 ms at national scale).
          (db
            .select({ n: count() })
            .from(organisations)
            .innerJoin(sql`(SELECT rowid AS fts_id FROM organisations_fts WHERE organisations_fts MATCH ${filters.match}) AS fts`, sql`fts.fts_id = ${organisations.id}`)
            .where(directoryConditions(filters, { withMatch: false }))
            .get()?.n ?? 0);
    // Counting thousands of partners costs about a millisecond; without a search these are a handful
    // of combinations (none, or a sector), so each total is counted once per data version. A search
    // is counted each time: keeping its order would save little, since ranking every hit once costs
    // more than ranking the top of them for a page (the sort key is a computed column).
    total = filters.match === null ? memoisePerDataVersion(`directory-total:${JSON.stringify(filters)}`, countMatches) : countMatches();
    if (total === 0) return { total, items: [] };
    // Without a search every entry of the order's index matches (the status and sector are in it), so
    // the walk stops after the page; a search starts from its full-text hits.
    rows =
      sort === "relevans" && filters.match !== null
        ? // bm25 rank from the FTS table, joined once rather than looked up per row.
          db
            .select(DIRECTORY_COLUMNS)
            .from(organisations)
            .innerJoin(
              sql`(SELECT rowid AS fts_id, rank AS fts_rank FROM organisations_fts WHERE organisations_fts MATCH ${filters.match}) AS fts`,
              sql`fts.fts_id = ${organisations.id}`,
            )
            .where(directoryConditions(filters, { withMatch: false }))
            .orderBy(sql`fts.fts_rank`, asc(organisations.sortName), asc(organisations.id))
            .limit(PARTNERS_PAGE_SIZE)
            .offset(offset)
            .all()
        : db
            .select(DIRECTORY_COLUMNS)
            .from(organisations)
            .where(directoryConditions(filters, { withMatch: true }))
            .orderBy(...directoryOrder(sort))
            .limit(PARTNERS_PAGE_SIZE)
            .offset(offset)
            .all();
  }

  const ids = rows.map((r) => r.id);
  const areaNames = new Map<number, string[]>();
  const offersOf = new Map<number, Offer[]>();
  if (ids.length > 0) {
    for (const link of db
      .select({ organisationId: organisationAreas.organisationId, name: areas.name })
      .from(organisationAreas)
      .innerJoin(areas, eq(areas.id, organisationAreas.areaId))
      .where(inArray(organisationAreas.organisationId, ids))
      .orderBy(asc(areas.name))
      .all()) {
      areaNames.set(link.organisationId, [...(areaNames.get(link.organisationId) ?? []), link.name]);
    }
    for (const link of db
      .select({ organisationId: organisationOffers.organisationId, offer: organisationOffers.offer })
      .from(organisationOffers)
      .where(inArray(organisationOffers.organisationId, ids))
      .all()) {
      offersOf.set(link.organisationId, [...(offersOf.get(link.organisationId) ?? []), link.offer]);
    }
  }
  return {
    total,
    items: rows.map((row) => ({
      slug: row.slug,
      name: row.name,
      sector: row.sector,
      excerpt: excerpt(row.description),
      areas: areaNames.get(row.id) ?? [],
      offers: sortOffers(offersOf.get(row.id) ?? []),
    })),
  };
}

const DIRECTORY_COLUMNS = {
  id: organisations.id,
  slug: organisations.slug,
  name: organisations.name,
  sector: organisations.sector,
  description: organisations.description,
};
type DirectoryRow = { id: number; slug: string; name: string; sector: Sector; description: string };

function directoryOrder(sort: DirectorySort): SQL[] {
  return sort === "nyeste" ? [desc(organisations.approvedAt), desc(organisations.id)] : [asc(organisations.sortName), asc(organisations.id)];
}

/** The ids of every approved organisation matching the filters (without a search), in the sort's order. */
function matchingIdsInOrder(filters: DirectoryFilters, sort: DirectorySort): Int32Array {
  const rows = getDb()
    .select({ id: organisations.id })
    .from(organisations)
    .where(directoryConditions(filters, { withMatch: false }))
    .orderBy(...directoryOrder(sort))
    .all();
  return Int32Array.from(rows, (row) => row.id);
}

/** Filters that SQLite checks with a subquery per organisation, not through the order's index. */
function narrowedBySubquery(filters: DirectoryFilters): boolean {
  return filters.areaId !== null || filters.subprogrammeIds !== null || filters.offer !== null || filters.programmeId !== null;
}

/** One page of all approved organisations by name (the directory without search or filters). */
export function listApprovedOrganisations(page: number): { total: number; items: DirectoryHit[] } {
  return searchApprovedOrganisations(NO_FILTERS, "navn", page);
}

function sortOffers(list: Offer[]): Offer[] {
  return [...list].sort((a, b) => OFFERS.indexOf(a) - OFFERS.indexOf(b));
}

// ---------------------------------------------------------------------------------------------
// Themes (sub-programme slugs shared across programmes)
// ---------------------------------------------------------------------------------------------

export type ThemeOption = { slug: string; name: string };

/** The themes a visitor can filter by: each sub-programme slug once, in the programmes' own order. */
export function listThemeOptions(): ThemeOption[] {
  // Read on every directory page; a national list of sub-programmes changes only with a commit.
  return memoisePerDataVersion("theme-options", () => {
    const rows = getDb()
      .select({ slug: subprogrammes.slug, name: subprogrammes.name })
      .from(subprogrammes)
      .orderBy(asc(subprogrammes.position), asc(subprogrammes.name))
      .all();
    const seen = new Set<string>();
    return rows.filter((r) => !seen.has(r.slug) && seen.add(r.slug));
  });
}

/** A theme by its slug, with the id of that sub-programme in every programme that has it. */
export function findThemeBySlug(slug: string): { slug: string; name: string; subprogrammeIds: number[] } | null {
  const rows = getDb()
    .select({ id: subprogrammes.id, name: subprogrammes.name })
    .from(subprogrammes)
    .where(eq(subprogrammes.slug, slug))
    .orderBy(asc(subprogrammes.id))
    .all();
  const first = rows[0];
  if (!first) return null;
  return { slug, name: first.name, subprogrammeIds: rows.map((r) => r.id) };
}

// ---------------------------------------------------------------------------------------------
// The public profile
// ---------------------------------------------------------------------------------------------

export type OrganisationProfile = NonNullable<ReturnType<typeof getPublicOrganisationProfile>>;

/**
 * What /partnere/:slug shows of an approved organisation, or null when there is no approved one with
 * that slug. Only public columns; its tiltak and updates through the shared visibility rules.
 * Six queries whatever the data size.
 */
export function getPublicOrganisationProfile(slug: string) {
  const queries = publicProfileQueries();
  const org = queries.organisation.get({ slug });
  if (!org) return null;
  const organisationId = org.id;
  const areaList = queries.areas.all({ organisationId });
  const seenThemes = new Set<string>();
  const themes = queries.themes.all({ organisationId }).filter((t) => !seenThemes.has(t.slug) && seenThemes.add(t.slug));
  const offers = sortOffers(queries.offers.all({ organisationId }).map((r) => r.offer));
  const today = todayInNorway();
  const tiltak = queries.initiatives.all({ organisationId }).map(({ endDate, ...i }) => ({ ...i, status: shownInitiativeStatus(i.status, endDate, today) }));
  const latestUpdates = queries.updates.all({ organisationId });
  const { id: _id, ...publicFields } = org;
  return { ...publicFields, areas: areaList, themes, offers, initiatives: tiltak, updates: latestUpdates };
}

/** A partner's public profile runs these on every visit; built once (see preparedQuery). */
const publicProfileQueries = preparedQuery((db) => {
  const organisationId = sql.placeholder("organisationId");
  return {
    organisation: db
      .select({
        id: organisations.id,
        slug: organisations.slug,
        name: organisations.name,
        sector: organisations.sector,
        orgNumber: organisations.orgNumber,
        description: organisations.description,
        website: organisations.website,
        contactEmail: organisations.contactEmail,
        contactPhone: organisations.contactPhone,
        logoFile: organisations.logoFile,
      })
      .from(organisations)
      .where(and(eq(organisations.slug, sql.placeholder("slug")), publicOrganisation()))
      .prepare(),
    areas: db
      .select({ slug: areas.slug, name: areas.name })
      .from(organisationAreas)
      .innerJoin(areas, eq(areas.id, organisationAreas.areaId))
      .where(eq(organisationAreas.organisationId, organisationId))
      .orderBy(asc(areas.name))
      .prepare(),
    themes: db
      .select({ slug: subprogrammes.slug, name: subprogrammes.name })
      .from(organisationThemes)
      .innerJoin(subprogrammes, eq(subprogrammes.id, organisationThemes.subprogrammeId))
      .where(eq(organisationThemes.organisationId, organisationId))
      .orderBy(asc(subprogrammes.position), asc(subprogrammes.name))
      .prepare(),
    offers: db.select({ offer: organisationOffers.offer }).from(organisationOffers).where(eq(organisationOffers.organisationId, organisationId)).prepare(),
    initiatives: db
      .select({
        slug: initiatives.slug,
        title: initiatives.title,
        status: initiatives.status,
        endDate: initiatives.endDate,
        role: participations.role,
        areaName: areas.name,
      })
      .from(participations)
      .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
      .innerJoin(organisations, eq(organisations.id, participations.organisationId))
      .innerJoin(areas, eq(areas.id, initiatives.areaId))
      .where(and(eq(participations.organisationId, organisationId), publicParticipation()))
      .orderBy(asc(initiatives.title))
      .prepare(),
    updates: db
      .select({
        id: updates.id,
        title: updates.title,
        body: updates.body,
        createdAt: updates.createdAt,
        eventDate: updates.eventDate,
        initiativeSlug: initiatives.slug,
        initiativeTitle: initiatives.title,
      })
      .from(updates)
      .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
      .innerJoin(organisations, eq(organisations.id, updates.organisationId))
      .where(and(eq(updates.organisationId, organisationId), publicUpdate()))
      .orderBy(desc(updates.createdAt), desc(updates.id))
      .limit(PROFILE_UPDATE_LIMIT)
      .prepare(),
  };
});

/** An approved organisation by slug (for the reverse matching view). */
export function findApprovedOrganisation(slug: string) {
  return getDb()
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, sector: organisations.sector })
    .from(organisations)
    .where(and(eq(organisations.slug, slug), eq(organisations.status, "approved")))
    .get() ?? null;
}
