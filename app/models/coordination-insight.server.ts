/**
 * What coordinators read: partner suggestions (both ways), the gap dashboard, the CSV reports and
 * the annual report. Every function runs a fixed number of set-based queries whatever the number of
 * organisations (tested in coordination.server.test.ts and app/testing/query-budget.test.ts), scoped
 * to the programme so an index finds the rows, and computes the rest in memory.
 * Callers check the programme (canCoordinateProgramme) first.
 */
import { and, asc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  areas,
  initiatives,
  initiativeSoughtOffers,
  initiativeSoughtSectors,
  organisationAreas,
  organisations,
  participations,
  programmeAreas,
  programmes,
  subprogrammes,
  updates,
} from "../../db/schema";
import { RECENT_MS, rankCandidates, scoreCandidate, compareRanked, type CandidateProfile, type ReasonCode, type TiltakProfile } from "~/services/matching";
import { areaAncestors, inAreaSubtree } from "./area.server";
import { programmeOrganisationIds } from "./programme.server";
import { organisationLists } from "./profile.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { jsonList, jsonObjects, scalar } from "~/utils/sql-json.server";
import { OPEN_PARTICIPATION_STATUSES, SECTORS, type InitiativeStatus, type Offer, type Sector } from "~/validation/enums";
import { isoDayInNorway } from "~/components/initiatives/format";
import { needsClosing, shownInitiativeStatus } from "~/components/initiatives/status";

const DAY = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------
// Shared loaders (each one query: related lists come along as JSON columns)
// ---------------------------------------------------------------------------------------------

/**
 * The newest participation event or update of the organisation in `column`, epoch ms (null when
 * never active): two index lookups per organisation, as a column of a larger query.
 */
function lastActivityOf(column: unknown) {
  return scalar<number | null>(sql`SELECT max(at) FROM (
      SELECT max(${participations.createdAt}, coalesce(${participations.startedAt}, 0), coalesce(${participations.decidedAt}, 0), coalesce(${participations.endedAt}, 0)) AS at
      FROM ${participations} WHERE ${participations.organisationId} = ${column}
      UNION ALL
      SELECT max(${updates.createdAt}) FROM ${updates} WHERE ${updates.organisationId} = ${column}
    )`);
}

/**
 * The candidates for a tiltak: organisations working in its programme's areas or below them, or in
 * an area that contains the tiltak's area (the municipality around a district). An organisation
 * elsewhere in the country has no place in common with the tiltak; leaving it out lets the index on
 * organisation_areas(area_id) find the candidates instead of reading every organisation.
 */
function worksNearTiltak(column: unknown, tiltak: { programmeId: number; containingAreaIds: Set<number> }) {
  const around = [...tiltak.containingAreaIds];
  return sql`${column} IN (
    WITH RECURSIVE scope(id) AS (
      SELECT ${programmeAreas.areaId} FROM ${programmeAreas} WHERE ${programmeAreas.programmeId} = ${tiltak.programmeId}
      UNION SELECT areas.id FROM areas JOIN scope ON areas.parent_id = scope.id
    )
    SELECT ${organisationAreas.organisationId} FROM ${organisationAreas}
    WHERE ${organisationAreas.areaId} IN (SELECT id FROM scope UNION SELECT value FROM json_each(${JSON.stringify(around)})))`;
}

/** The organisation in `column` works in the area or in one below it. */
function worksInAreaSubtree(column: unknown, areaId: number) {
  return sql`EXISTS (SELECT 1 FROM ${organisationAreas} WHERE ${organisationAreas.organisationId} = ${column} AND ${inAreaSubtree(organisationAreas.areaId, areaId)})`;
}

type CandidateRow = CandidateProfile & { slug: string };

/** Approved organisations (narrowed by `where`) as matching candidates, in one query. */
function loadCandidates(where: SQL | undefined): CandidateRow[] {
  const { areaIds, themeIds, offers } = organisationLists(organisations.id);
  return getDb()
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      sector: organisations.sector,
      areaIds,
      subprogrammeIds: themeIds,
      offers,
      lastActiveAt: lastActivityOf(organisations.id),
    })
    .from(organisations)
    .where(and(eq(organisations.status, "approved"), where))
    .all();
}

/** An open (requested, invited or active) participation in a tiltak, with its organisation. */
type OpenParticipation = { organisationId: number; organisation: string; sector: Sector; status: (typeof OPEN_PARTICIPATION_STATUSES)[number]; createdAt: number };

type TiltakRow = TiltakProfile & {
  id: number;
  slug: string;
  title: string;
  programmeId: number;
  status: InitiativeStatus;
  endDate: string | null;
  /** The areas containing the tiltak's area, for scoring ("containingArea"). */
  containingAreaIds: Set<number>;
  open: OpenParticipation[];
  openOrganisationIds: Set<number>;
};

/** Tiltak with what they seek, the areas around theirs and who is in them: one query for any number of tiltak. */
function loadTiltakProfiles(where: SQL | undefined): TiltakRow[] {
  const rows = getDb()
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      programmeId: initiatives.programmeId,
      status: initiatives.status,
      endDate: initiatives.endDate,
      areaId: initiatives.areaId,
      subprogrammeId: initiatives.subprogrammeId,
      soughtSectors: jsonList<Sector>(sql`SELECT ${initiativeSoughtSectors.sector} AS v FROM ${initiativeSoughtSectors} WHERE ${initiativeSoughtSectors.initiativeId} = ${initiatives.id}`),
      soughtOffers: jsonList<Offer>(sql`SELECT ${initiativeSoughtOffers.offer} AS v FROM ${initiativeSoughtOffers} WHERE ${initiativeSoughtOffers.initiativeId} = ${initiatives.id}`),
      containingAreaIds: jsonList<number>(sql`SELECT id AS v FROM (${areaAncestors(initiatives.areaId)})`),
      open: jsonObjects<OpenParticipation>(sql`
        SELECT json_object('organisationId', ${participations.organisationId}, 'organisation', ${organisations.name}, 'sector', ${organisations.sector},
                           'status', ${participations.status}, 'createdAt', ${participations.createdAt}) AS v
        FROM ${participations} JOIN ${organisations} ON ${organisations.id} = ${participations.organisationId}
        WHERE ${participations.initiativeId} = ${initiatives.id} AND ${inArray(participations.status, [...OPEN_PARTICIPATION_STATUSES])}`),
    })
    .from(initiatives)
    .where(where)
    .orderBy(asc(initiatives.title))
    .all();
  return rows.map((r) => ({
    ...r,
    containingAreaIds: new Set(r.containingAreaIds),
    presentSectors: [...new Set(r.open.filter((p) => p.status === "active").map((p) => p.sector))],
    openOrganisationIds: new Set(r.open.map((p) => p.organisationId)),
  }));
}

// ---------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------

export type Suggestion = { id: number; slug: string; name: string; sector: Sector; score: number; reasons: ReasonCode[] };
export const SUGGESTION_PAGE_SIZE = 20;

/**
 * Approved organisations not yet in the tiltak (no open request, invitation or participation),
 * ranked by scoreCandidate; filtered by sector and by area (works in the area or below it).
 * Ten queries whatever the number of organisations.
 */
export function suggestPartners(initiativeId: number, filters: { sector: Sector | null; areaId: number | null }, page = 1) {
  const tiltak = loadTiltakProfiles(eq(initiatives.id, initiativeId))[0];
  if (!tiltak) return { total: 0, items: [] as Suggestion[] };
  const candidates = loadCandidates(
    and(
      worksNearTiltak(organisations.id, tiltak),
      filters.sector === null ? undefined : eq(organisations.sector, filters.sector),
      filters.areaId === null ? undefined : worksInAreaSubtree(organisations.id, filters.areaId),
    ),
  ).filter((c) => !tiltak.openOrganisationIds.has(c.id));
  const ranked = rankCandidates(tiltak, candidates, { containingAreaIds: tiltak.containingAreaIds, now: now() });
  const start = (page - 1) * SUGGESTION_PAGE_SIZE;
  return {
    total: ranked.length,
    items: ranked.slice(start, start + SUGGESTION_PAGE_SIZE).map((r) => ({
      id: r.candidate.id,
      slug: r.candidate.slug,
      name: r.candidate.name,
      sector: r.candidate.sector,
      score: r.score,
      reasons: r.reasons,
    })),
  };
}

export type TiltakSuggestion = { id: number; slug: string; title: string; score: number; reasons: ReasonCode[] };

/** The reverse view: the tiltak (not archived, not completed, in these programmes) an organisation would fit best. */
export function suggestInitiatives(organisationId: number, programmeIds: number[], limit = SUGGESTION_PAGE_SIZE): TiltakSuggestion[] {
  if (programmeIds.length === 0) return [];
  const candidate = loadCandidates(eq(organisations.id, organisationId))[0];
  if (!candidate) return [];
  const tiltak = loadTiltakProfiles(and(inArray(initiatives.programmeId, programmeIds), isNull(initiatives.archivedAt), sql`${initiatives.status} <> 'completed'`));
  return tiltak
    .filter((t) => !t.openOrganisationIds.has(organisationId))
    .map((t) => ({ id: t.id, slug: t.slug, title: t.title, name: t.title, ...scoreCandidate(t, candidate, { containingAreaIds: t.containingAreaIds, now: now() }) }))
    .sort(compareRanked)
    .slice(0, limit)
    .map(({ name: _n, ...rest }) => rest);
}

// ---------------------------------------------------------------------------------------------
// Dashboard
// ---------------------------------------------------------------------------------------------

export type Dashboard = {
  matrix: { id: number; name: string; counts: Record<Sector, number>; total: number }[];
  sectorTotals: Record<Sector, number>;
  noPartners: { slug: string; title: string }[];
  oneSector: { slug: string; title: string; sector: Sector }[];
  lackingSought: { slug: string; title: string; missing: Sector[] }[];
  stale: { slug: string; name: string; lastActiveAt: number | null; lastConfirmedAt: number | null }[];
  pendingOrganisations: { count: number; oldestDays: number | null };
  joinRequests: { slug: string; title: string; organisation: string; days: number }[];
  /** Tiltak past their end date that no coordinator has completed: to close or to extend. */
  periodOver: { slug: string; title: string; endDate: string }[];
};

function programmeSubprogrammes(programmeId: number) {
  return getDb().select({ id: subprogrammes.id, name: subprogrammes.name }).from(subprogrammes).where(eq(subprogrammes.programmeId, programmeId)).orderBy(asc(subprogrammes.position), asc(subprogrammes.name)).all();
}

/**
 * The sectors a tiltak seeks that none of its active partners comes from: the gap the dashboard
 * lists ("lacking what it seeks") and the map counts per area (app/models/map.server.ts).
 */
export function missingSectors(sought: readonly Sector[], present: readonly Sector[]): Sector[] {
  return sought.filter((s) => !present.includes(s));
}

const zero = () => Object.fromEntries(SECTORS.map((s) => [s, 0])) as Record<Sector, number>;

/**
 * The programme's gaps, optionally within an area (and below it). `pendingOrganisations` comes from
 * the caller (the approval queue), the sub-programmes too when it has them (CoordinatedProgramme). Two
 * queries whatever the number of organisations (three without `subs`): the tiltak with their open
 * participations (the matrix, the gaps and the join requests all come from them) and the stale
 * organisations.
 */
export function getDashboard(
  programmeId: number,
  areaId: number | null,
  pendingOrganisations: { createdAt: number }[],
  subs: { id: number; name: string }[] = programmeSubprogrammes(programmeId),
): Dashboard {
  const db = getDb();
  const at = now();

  const tiltak = loadTiltakProfiles(and(eq(initiatives.programmeId, programmeId), isNull(initiatives.archivedAt), areaId === null ? undefined : inAreaSubtree(initiatives.areaId, areaId)));

  const matrix = subs.map((s) => ({ id: s.id, name: s.name, counts: zero(), total: 0 }));
  const sectorTotals = zero();
  for (const t of tiltak) {
    const row = matrix.find((m) => m.id === t.subprogrammeId);
    if (!row) continue;
    for (const p of t.open) {
      if (p.status !== "active") continue;
      row.counts[p.sector] += 1;
      row.total += 1;
      sectorTotals[p.sector] += 1;
    }
  }

  const noPartners = tiltak.filter((t) => t.presentSectors.length === 0).map(({ slug, title }) => ({ slug, title }));
  const oneSector = tiltak.filter((t) => t.presentSectors.length === 1).map(({ slug, title, presentSectors }) => ({ slug, title, sector: presentSectors[0]! }));
  const lackingSought = tiltak
    .map((t) => ({ slug: t.slug, title: t.title, missing: missingSectors(t.soughtSectors, t.presentSectors) }))
    .filter((t) => t.missing.length > 0);

  // Stale: approved organisations of this programme (its areas, or taking part in its tiltak) with
  // neither activity nor a profile confirmation in the last 12 months.
  const recentSince = at - RECENT_MS;
  const lastActiveAt = lastActivityOf(organisations.id);
  const stale = db
    .select({ slug: organisations.slug, name: organisations.name, lastActiveAt, lastConfirmedAt: organisations.lastConfirmedAt })
    .from(organisations)
    .where(
      and(
        sql`${organisations.id} IN (${programmeOrganisationIds([programmeId])})`,
        eq(organisations.status, "approved"),
        areaId === null ? undefined : worksInAreaSubtree(organisations.id, areaId),
        sql`(${organisations.lastConfirmedAt} IS NULL OR ${organisations.lastConfirmedAt} < ${recentSince})`,
        sql`coalesce(${lastActiveAt}, 0) < ${recentSince}`,
      ),
    )
    .orderBy(asc(organisations.sortName))
    .all()
    .map((o) => ({ slug: o.slug, name: o.name, lastActiveAt: o.lastActiveAt, lastConfirmedAt: o.lastConfirmedAt?.getTime() ?? null }));

  const joinRequests = tiltak
    .flatMap((t) => t.open.filter((p) => p.status === "requested").map((p) => ({ slug: t.slug, title: t.title, organisation: p.organisation, createdAt: p.createdAt })))
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((r) => ({ slug: r.slug, title: r.title, organisation: r.organisation, days: Math.floor((at - r.createdAt) / DAY) }));

  const today = isoDayInNorway(at);
  const periodOver = tiltak
    .filter((t) => needsClosing(t.status, t.endDate, today))
    .map((t) => ({ slug: t.slug, title: t.title, endDate: t.endDate! }))
    .sort((a, b) => a.endDate.localeCompare(b.endDate) || a.title.localeCompare(b.title, "nb"));

  const oldest = pendingOrganisations.reduce<number | null>((min, o) => (min === null || o.createdAt < min ? o.createdAt : min), null);
  return {
    matrix,
    sectorTotals,
    noPartners,
    oneSector,
    lackingSought,
    stale,
    pendingOrganisations: { count: pendingOrganisations.length, oldestDays: oldest === null ? null : Math.floor((at - oldest) / DAY) },
    joinRequests,
    periodOver,
  };
}

// ---------------------------------------------------------------------------------------------
// Reports (CSV)
// ---------------------------------------------------------------------------------------------

export type ReportFilters = { programmeId: number; areaId: number | null; sector: Sector | null };

/** Organisations of the programme (its areas, or taking part in its tiltak), any status. One query. */
export function reportOrganisations(f: ReportFilters) {
  return getDb()
    .select({
      id: organisations.id,
      name: organisations.name,
      slug: organisations.slug,
      sector: organisations.sector,
      orgNumber: organisations.orgNumber,
      status: organisations.status,
      approvedAt: organisations.approvedAt,
      lastConfirmedAt: organisations.lastConfirmedAt,
      areas: jsonList<string>(
        sql`SELECT ${areas.name} AS v FROM ${organisationAreas} JOIN ${areas} ON ${areas.id} = ${organisationAreas.areaId} WHERE ${organisationAreas.organisationId} = ${organisations.id} ORDER BY ${areas.name}`,
      ),
      activeParticipations: scalar<number>(sql`SELECT count(*) FROM ${participations} JOIN ${initiatives} ON ${initiatives.id} = ${participations.initiativeId}
        WHERE ${participations.organisationId} = ${organisations.id} AND ${participations.status} = 'active' AND ${initiatives.programmeId} = ${f.programmeId}`),
    })
    .from(organisations)
    .where(
      and(
        sql`${organisations.id} IN (${programmeOrganisationIds([f.programmeId])})`,
        f.sector ? eq(organisations.sector, f.sector) : undefined,
        f.areaId === null ? undefined : worksInAreaSubtree(organisations.id, f.areaId),
      ),
    )
    .orderBy(asc(organisations.sortName))
    .all();
}

/** Tiltak of the programme (archived included), in the area and below it; a tiltak past its end date reads as completed. */
export function reportInitiatives(f: Omit<ReportFilters, "sector">) {
  const lead = alias(organisations, "lead");
  const today = isoDayInNorway(now());
  const rows = getDb()
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      subprogramme: subprogrammes.name,
      areaId: initiatives.areaId,
      area: areas.name,
      status: initiatives.status,
      startDate: initiatives.startDate,
      endDate: initiatives.endDate,
      lead: lead.name,
      isPublic: initiatives.isPublic,
      archivedAt: initiatives.archivedAt,
      activeCount: sql<number>`(SELECT count(*) FROM ${participations} WHERE ${participations.initiativeId} = ${initiatives.id} AND ${participations.status} = 'active')`,
    })
    .from(initiatives)
    .innerJoin(subprogrammes, eq(subprogrammes.id, initiatives.subprogrammeId))
    .innerJoin(areas, eq(areas.id, initiatives.areaId))
    .leftJoin(lead, eq(lead.id, initiatives.leadOrganisationId))
    .where(and(eq(initiatives.programmeId, f.programmeId), f.areaId === null ? undefined : inAreaSubtree(initiatives.areaId, f.areaId)))
    .orderBy(asc(initiatives.title))
    .all();
  return rows.map((row) => ({ ...row, status: shownInitiativeStatus(row.status, row.endDate, today) }));
}

/** Every participation (history included) in the programme's tiltak, filtered by area and sector. */
export function reportParticipations(f: ReportFilters) {
  return getDb()
    .select({
      initiative: initiatives.title,
      initiativeSlug: initiatives.slug,
      areaId: initiatives.areaId,
      area: areas.name,
      subprogramme: subprogrammes.name,
      organisation: organisations.name,
      organisationSlug: organisations.slug,
      sector: organisations.sector,
      role: participations.role,
      status: participations.status,
      createdAt: participations.createdAt,
      startedAt: participations.startedAt,
      endedAt: participations.endedAt,
    })
    .from(participations)
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .innerJoin(subprogrammes, eq(subprogrammes.id, initiatives.subprogrammeId))
    .innerJoin(areas, eq(areas.id, initiatives.areaId))
    .where(
      and(
        eq(initiatives.programmeId, f.programmeId),
        f.sector ? eq(organisations.sector, f.sector) : undefined,
        f.areaId === null ? undefined : inAreaSubtree(initiatives.areaId, f.areaId),
      ),
    )
    .orderBy(asc(initiatives.title), asc(organisations.sortName), asc(participations.createdAt))
    .all();
}

// ---------------------------------------------------------------------------------------------
// Annual report
// ---------------------------------------------------------------------------------------------

export type AnnualReport = {
  year: number;
  bySubprogramme: { name: string; count: number; areas: { name: string; count: number }[] }[];
  tiltakCount: number;
  partnersBySector: Record<Sector, number>;
  partnerCount: number;
  started: number;
  ended: number;
  publicUpdates: number;
  startedList: { initiative: string; organisation: string; at: number }[];
  endedList: { initiative: string; organisation: string; at: number }[];
};

/**
 * A programme's year: tiltak running during it (by period; no period counts when created before the
 * year's end), partners with a participation active during it, collaborations started and ended,
 * and public updates posted. Five queries.
 */
export function getAnnualReport(
  programmeId: number,
  year: number,
  // The programme's sub-programmes in order, when the caller has them already (the report page picks
  // the programme with them): one statement fewer.
  subs: readonly { name: string }[] = programmeSubprogrammes(programmeId),
): AnnualReport {
  const db = getDb();
  const from = Date.UTC(year, 0, 1);
  const to = Date.UTC(year + 1, 0, 1);
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const tiltak = db
    .select({ id: initiatives.id, sub: subprogrammes.name, position: subprogrammes.position, area: areas.name })
    .from(initiatives)
    .innerJoin(subprogrammes, eq(subprogrammes.id, initiatives.subprogrammeId))
    .innerJoin(areas, eq(areas.id, initiatives.areaId))
    .where(
      and(
        eq(initiatives.programmeId, programmeId),
        sql`coalesce(${initiatives.startDate}, strftime('%Y-%m-%d', ${initiatives.createdAt} / 1000, 'unixepoch')) <= ${last}`,
        sql`(${initiatives.endDate} IS NULL OR ${initiatives.endDate} >= ${first})`,
        sql`(${initiatives.archivedAt} IS NULL OR ${initiatives.archivedAt} >= ${from})`,
      ),
    )
    .orderBy(asc(subprogrammes.position), asc(subprogrammes.name), asc(areas.name))
    .all();
  const bySubprogramme = subs.map((s) => {
    const mine = tiltak.filter((t) => t.sub === s.name);
    const areaNames = [...new Set(mine.map((t) => t.area))];
    return { name: s.name, count: mine.length, areas: areaNames.map((name) => ({ name, count: mine.filter((t) => t.area === name).length })) };
  });

  const parts = db
    .select({ organisationId: participations.organisationId, sector: organisations.sector, initiative: initiatives.title, organisation: organisations.name, startedAt: participations.startedAt, endedAt: participations.endedAt })
    .from(participations)
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(and(eq(initiatives.programmeId, programmeId), sql`${participations.startedAt} IS NOT NULL`, sql`${participations.startedAt} < ${to}`, sql`(${participations.endedAt} IS NULL OR ${participations.endedAt} >= ${from})`))
    .orderBy(asc(participations.startedAt))
    .all();
  const partnersBySector = zero();
  const seen = new Set<number>();
  for (const p of parts) {
    if (seen.has(p.organisationId)) continue;
    seen.add(p.organisationId);
    partnersBySector[p.sector] += 1;
  }
  const inYear = (d: Date | null) => d !== null && d.getTime() >= from && d.getTime() < to;
  const startedList = parts.filter((p) => inYear(p.startedAt)).map((p) => ({ initiative: p.initiative, organisation: p.organisation, at: p.startedAt!.getTime() }));
  const endedList = parts.filter((p) => inYear(p.endedAt)).map((p) => ({ initiative: p.initiative, organisation: p.organisation, at: p.endedAt!.getTime() }));

  const publicUpdates =
    db
      .select({ n: sql<number>`count(*)` })
      .from(updates)
      .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
      .where(and(eq(initiatives.programmeId, programmeId), eq(updates.visibility, "public"), isNull(updates.hiddenAt), sql`${updates.createdAt} >= ${from}`, sql`${updates.createdAt} < ${to}`))
      .get()?.n ?? 0;
  return {
    year,
    bySubprogramme,
    tiltakCount: tiltak.length,
    partnersBySector,
    partnerCount: seen.size,
    started: startedList.length,
    ended: endedList.length,
    publicUpdates,
    startedList,
    endedList,
  };
}

/** The programme by id, for headings. */
export function programmeName(programmeId: number): string {
  return getDb().select({ name: programmes.name }).from(programmes).where(eq(programmes.id, programmeId)).get()?.name ?? "";
}
