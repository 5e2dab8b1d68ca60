/**
 * The open data (/api/v1/*): what the public may see, as flat records for JSON and CSV. Every query
 * filters with the one definition of "public" (visibility.server.ts), and selects columns by name, so
 * no private column (who registered or decided, reasons, messages, user ids) can slip into a response.
 *
 * A fixed number of queries per call: at most one to resolve the filters' slugs, the total, the page,
 * and one query per kind of related data (areas, themes, offers …) for all the page's rows at once.
 */
import { ftsMatchExpression } from "./full-text-search.server";
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import {
  areas,
  initiativeSoughtOffers,
  initiativeSoughtSectors,
  initiatives,
  organisationAreas,
  organisationOffers,
  organisations,
  organisationThemes,
  participations,
  programmes,
  subprogrammes,
} from "../../db/schema";
import { inAreaSubtree } from "~/models/area.server";
import { publicInitiative, publicOrganisation, publicParticipation } from "~/models/visibility.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import {
  OFFERS,
  SECTORS,
  type InitiativeStatus,
  type Offer,
  type ParticipationRole,
  type Sector,
} from "~/validation/enums";

/** Which rows of the result: `limit` rows after skipping `offset`. */
export type Window = { limit: number; offset: number };
export type Listing<T> = { total: number; items: T[] };

export type SlugName = { slug: string; name: string };

export type OpenOrganisation = {
  slug: string;
  name: string;
  sector: Sector;
  orgNumber: string | null;
  description: string;
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  areas: SlugName[];
  themes: (SlugName & { programme: SlugName })[];
  offers: Offer[];
  approvedAt: string | null;
  url: string;
};

export type OpenInitiative = {
  slug: string;
  title: string;
  summary: string;
  description: string;
  programme: SlugName;
  subprogramme: SlugName;
  area: SlugName;
  status: InitiativeStatus;
  startDate: string | null;
  endDate: string | null;
  leadOrganisation: string | null;
  soughtSectors: Sector[];
  soughtOffers: Offer[];
  url: string;
};

export type OpenParticipation = {
  initiative: string;
  organisation: string;
  role: ParticipationRole;
  startedAt: string | null;
};

export type OrganisationFilters = { sector?: Sector; area?: string; theme?: string; offer?: Offer; q?: string };
export type InitiativeFilters = { programme?: string; subprogramme?: string; area?: string; status?: InitiativeStatus };
export type ParticipationFilters = { initiative?: string; organisation?: string; role?: ParticipationRole };

/** Slugs of reference data (areas, programmes, sub-programmes) that filters may name. */
export type ReferenceSlugs = { area?: string; programme?: string; subprogramme?: string };
export type ResolvedReferences = { areaId?: number; missing: (keyof ReferenceSlugs)[] };

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const publicUrl = (path: string) => `${getEnv().publicUrl}${path}`;
const byOfferOrder = (a: Offer, b: Offer) => OFFERS.indexOf(a) - OFFERS.indexOf(b);
const bySectorOrder = (a: Sector, b: Sector) => SECTORS.indexOf(a) - SECTORS.indexOf(b);

function groupBy<K, V>(rows: readonly V[], key: (row: V) => K): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/**
 * Looks the given slugs up in one query. Sub-programme slugs repeat across programmes (every Oslo
 * programme has "narmiljo"), so a sub-programme slug counts as known when any programme has it.
 */
export function resolveReferences(slugs: ReferenceSlugs): ResolvedReferences {
  const parts: SQL[] = [];
  if (slugs.area !== undefined) parts.push(sql`(SELECT id FROM areas WHERE slug = ${slugs.area}) AS area`);
  if (slugs.programme !== undefined)
    parts.push(sql`EXISTS (SELECT 1 FROM programmes WHERE slug = ${slugs.programme}) AS programme`);
  if (slugs.subprogramme !== undefined)
    parts.push(sql`EXISTS (SELECT 1 FROM subprogrammes WHERE slug = ${slugs.subprogramme}) AS subprogramme`);
  if (parts.length === 0) return { missing: [] };
  const row = getDb().get<{ area?: number | null; programme?: number; subprogramme?: number }>(
    sql`SELECT ${sql.join(parts, sql`, `)}`,
  );
  const missing: (keyof ReferenceSlugs)[] = [];
  if (slugs.area !== undefined && (row.area === null || row.area === undefined)) missing.push("area");
  if (slugs.programme !== undefined && !row.programme) missing.push("programme");
  if (slugs.subprogramme !== undefined && !row.subprogramme) missing.push("subprogramme");
  return { areaId: row.area ?? undefined, missing };
}


// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

/** Approved organisations matching the filters, by name; `areaId` is the resolved `area` slug. */
export function listOpenOrganisations(
  filters: OrganisationFilters & { areaId?: number },
  window: Window,
): Listing<OpenOrganisation> {
  const db = getDb();
  const match = filters.q !== undefined ? ftsMatchExpression(filters.q) : null;
  const where = and(
    publicOrganisation(),
    filters.sector ? eq(organisations.sector, filters.sector) : undefined,
    filters.areaId !== undefined
      ? sql`EXISTS (SELECT 1 FROM organisation_areas oa WHERE oa.organisation_id = ${organisations.id} AND ${inAreaSubtree(sql.raw("oa.area_id"), filters.areaId)})`
      : undefined,
    filters.theme !== undefined
      ? sql`EXISTS (SELECT 1 FROM organisation_themes ot JOIN subprogrammes s ON s.id = ot.subprogramme_id WHERE ot.organisation_id = ${organisations.id} AND s.slug = ${filters.theme})`
      : undefined,
    filters.offer
      ? sql`EXISTS (SELECT 1 FROM organisation_offers oo WHERE oo.organisation_id = ${organisations.id} AND oo.offer = ${filters.offer})`
      : undefined,
    match !== null ? sql`${organisations.id} IN (SELECT rowid FROM organisations_fts WHERE organisations_fts MATCH ${match})` : undefined,
  );

  const total = db.select({ n: count() }).from(organisations).where(where).get()?.n ?? 0;
  const rows = db
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
      approvedAt: organisations.approvedAt,
    })
    .from(organisations)
    .where(where)
    .orderBy(asc(organisations.sortName), asc(organisations.id))
    .limit(window.limit)
    .offset(window.offset)
    .all();
  if (rows.length === 0) return { total, items: [] };

  const ids = rows.map((r) => r.id);
  const areaRows = db
    .select({ organisationId: organisationAreas.organisationId, slug: areas.slug, name: areas.name })
    .from(organisationAreas)
    .innerJoin(areas, eq(areas.id, organisationAreas.areaId))
    .where(inArray(organisationAreas.organisationId, ids))
    .orderBy(asc(areas.name))
    .all();
  const themeRows = db
    .select({
      organisationId: organisationThemes.organisationId,
      slug: subprogrammes.slug,
      name: subprogrammes.name,
      programmeSlug: programmes.slug,
      programmeName: programmes.name,
    })
    .from(organisationThemes)
    .innerJoin(subprogrammes, eq(subprogrammes.id, organisationThemes.subprogrammeId))
    .innerJoin(programmes, eq(programmes.id, subprogrammes.programmeId))
    .where(inArray(organisationThemes.organisationId, ids))
    .orderBy(asc(programmes.name), asc(subprogrammes.position), asc(subprogrammes.name))
    .all();
  const offerRows = db
    .select({ organisationId: organisationOffers.organisationId, offer: organisationOffers.offer })
    .from(organisationOffers)
    .where(inArray(organisationOffers.organisationId, ids))
    .all();

  const areasOf = groupBy(areaRows, (r) => r.organisationId);
  const themesOf = groupBy(themeRows, (r) => r.organisationId);
  const offersOf = groupBy(offerRows, (r) => r.organisationId);
  return {
    total,
    items: rows.map((r) => ({
      slug: r.slug,
      name: r.name,
      sector: r.sector,
      orgNumber: r.orgNumber,
      description: r.description,
      website: r.website,
      contactEmail: r.contactEmail,
      contactPhone: r.contactPhone,
      areas: (areasOf.get(r.id) ?? []).map((a) => ({ slug: a.slug, name: a.name })),
      themes: (themesOf.get(r.id) ?? []).map((t) => ({
        slug: t.slug,
        name: t.name,
        programme: { slug: t.programmeSlug, name: t.programmeName },
      })),
      offers: (offersOf.get(r.id) ?? []).map((o) => o.offer).sort(byOfferOrder),
      approvedAt: iso(r.approvedAt),
      url: publicUrl(`/partnere/${r.slug}`),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Initiatives (tiltak)
// ---------------------------------------------------------------------------------------------

/** Public, non-archived tiltak matching the filters, by title; the lead only when it is approved. */
export function listOpenInitiatives(
  filters: InitiativeFilters & { areaId?: number },
  window: Window,
): Listing<OpenInitiative> {
  const db = getDb();
  const where = and(
    publicInitiative(),
    filters.programme !== undefined ? eq(programmes.slug, filters.programme) : undefined,
    filters.subprogramme !== undefined ? eq(subprogrammes.slug, filters.subprogramme) : undefined,
    filters.areaId !== undefined ? inAreaSubtree(initiatives.areaId, filters.areaId) : undefined,
    filters.status ? eq(initiatives.status, filters.status) : undefined,
  );

  const total =
    db
      .select({ n: count() })
      .from(initiatives)
      .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
      .innerJoin(subprogrammes, eq(subprogrammes.id, initiatives.subprogrammeId))
      .where(where)
      .get()?.n ?? 0;
  const rows = db
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      summary: initiatives.summary,
      description: initiatives.description,
      programmeSlug: programmes.slug,
      programmeName: programmes.name,
      subprogrammeSlug: subprogrammes.slug,
      subprogrammeName: subprogrammes.name,
      areaSlug: areas.slug,
      areaName: areas.name,
      status: initiatives.status,
      startDate: initiatives.startDate,
      endDate: initiatives.endDate,
      leadOrganisation: organisations.slug,
    })
    .from(initiatives)
    .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
    .innerJoin(subprogrammes, eq(subprogrammes.id, initiatives.subprogrammeId))
    .innerJoin(areas, eq(areas.id, initiatives.areaId))
    // A lead that is not (or no longer) approved is not named.
    .leftJoin(organisations, and(eq(organisations.id, initiatives.leadOrganisationId), publicOrganisation()))
    .where(where)
    .orderBy(asc(initiatives.title), asc(initiatives.id))
    .limit(window.limit)
    .offset(window.offset)
    .all();
  if (rows.length === 0) return { total, items: [] };

  const ids = rows.map((r) => r.id);
  const sectorsOf = groupBy(
    db
      .select({ initiativeId: initiativeSoughtSectors.initiativeId, sector: initiativeSoughtSectors.sector })
      .from(initiativeSoughtSectors)
      .where(inArray(initiativeSoughtSectors.initiativeId, ids))
      .all(),
    (r) => r.initiativeId,
  );
  const offersOf = groupBy(
    db
      .select({ initiativeId: initiativeSoughtOffers.initiativeId, offer: initiativeSoughtOffers.offer })
      .from(initiativeSoughtOffers)
      .where(inArray(initiativeSoughtOffers.initiativeId, ids))
      .all(),
    (r) => r.initiativeId,
  );
  return {
    total,
    items: rows.map((r) => ({
      slug: r.slug,
      title: r.title,
      summary: r.summary,
      description: r.description,
      programme: { slug: r.programmeSlug, name: r.programmeName },
      subprogramme: { slug: r.subprogrammeSlug, name: r.subprogrammeName },
      area: { slug: r.areaSlug, name: r.areaName },
      status: r.status,
      startDate: r.startDate,
      endDate: r.endDate,
      leadOrganisation: r.leadOrganisation,
      soughtSectors: (sectorsOf.get(r.id) ?? []).map((s) => s.sector).sort(bySectorOrder),
      soughtOffers: (offersOf.get(r.id) ?? []).map((o) => o.offer).sort(byOfferOrder),
      url: publicUrl(`/tiltak/${r.slug}`),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Participations
// ---------------------------------------------------------------------------------------------

/** Active participations of approved organisations in public tiltak, by tiltak and organisation. */
export function listOpenParticipations(filters: ParticipationFilters, window: Window): Listing<OpenParticipation> {
  const db = getDb();
  const where = and(
    publicParticipation(),
    filters.initiative !== undefined ? eq(initiatives.slug, filters.initiative) : undefined,
    filters.organisation !== undefined ? eq(organisations.slug, filters.organisation) : undefined,
    filters.role ? eq(participations.role, filters.role) : undefined,
  );
  const total =
    db
      .select({ n: count() })
      .from(participations)
      .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
      .innerJoin(organisations, eq(organisations.id, participations.organisationId))
      .where(where)
      .get()?.n ?? 0;
  const rows = db
    .select({
      initiative: initiatives.slug,
      organisation: organisations.slug,
      role: participations.role,
      startedAt: participations.startedAt,
    })
    .from(participations)
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(where)
    .orderBy(asc(initiatives.slug), asc(organisations.slug), asc(participations.id))
    .limit(window.limit)
    .offset(window.offset)
    .all();
  return { total, items: rows.map((r) => ({ ...r, startedAt: iso(r.startedAt) })) };
}

// ---------------------------------------------------------------------------------------------
// Reference data for the documentation (/apne-data)
// ---------------------------------------------------------------------------------------------

export type OpenReferenceData = {
  areas: (SlugName & { parent: string | null })[];
  programmes: (SlugName & { subprogrammes: string[] })[];
};

/** The slugs people can filter on: every area (with its parent's name) and programme. Two queries. */
export function listOpenReferenceData(): OpenReferenceData {
  const db = getDb();
  const areaRows = db
    .select({ id: areas.id, slug: areas.slug, name: areas.name, parentId: areas.parentId })
    .from(areas)
    .orderBy(asc(areas.name))
    .all();
  const nameOf = new Map(areaRows.map((a) => [a.id, a.name]));
  const programmeRows = db
    .select({ slug: programmes.slug, name: programmes.name, subprogramme: subprogrammes.slug })
    .from(programmes)
    .leftJoin(subprogrammes, eq(subprogrammes.programmeId, programmes.id))
    .orderBy(asc(programmes.name), asc(subprogrammes.position), asc(subprogrammes.name))
    .all();
  const byProgramme = groupBy(programmeRows, (r) => r.slug);
  return {
    areas: areaRows.map((a) => ({
      slug: a.slug,
      name: a.name,
      parent: a.parentId === null ? null : (nameOf.get(a.parentId) ?? null),
    })),
    programmes: [...byProgramme.values()].map((rows) => ({
      slug: rows[0]!.slug,
      name: rows[0]!.name,
      subprogrammes: rows.flatMap((r) => (r.subprogramme ? [r.subprogramme] : [])),
    })),
  };
}
