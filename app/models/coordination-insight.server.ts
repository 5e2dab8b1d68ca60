/**
 * What coordinators read: partner suggestions (both ways), the gap dashboard, the CSV reports and
 * the annual report. Every function runs a fixed number of set-based queries whatever the number of
 * organisations (tested in coordination-insight.server.test.ts) and computes the rest in memory.
 * Callers check the programme (canCoordinateProgramme) first.
 */
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  areas,
  initiatives,
  initiativeSoughtOffers,
  initiativeSoughtSectors,
  organisationAreas,
  organisationOffers,
  organisations,
  organisationThemes,
  participations,
  programmeAreas,
  programmes,
  subprogrammes,
  updates,
} from "../../db/schema";
import { RECENT_MS, rankCandidates, scoreCandidate, compareRanked, type CandidateProfile, type ReasonCode, type TiltakProfile } from "~/services/matching";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { OPEN_PARTICIPATION_STATUSES, SECTORS, type Sector } from "~/validation/enums";

const DAY = 24 * 60 * 60 * 1000;

// ---------------------------------------------------------------------------------------------
// Shared loaders (each one query)
// ---------------------------------------------------------------------------------------------

type AreaTree = { parentOf: Map<number, number | null>; ancestors: (id: number) => Set<number>; subtree: (id: number) => Set<number> };

function loadAreaTree(): AreaTree {
  const rows = getDb().select({ id: areas.id, parentId: areas.parentId }).from(areas).all();
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]));
  const ancestors = (id: number) => {
    const out = new Set<number>();
    for (let p = parentOf.get(id) ?? null; p !== null && !out.has(p); p = parentOf.get(p) ?? null) out.add(p);
    return out;
  };
  const subtree = (id: number) => {
    const out = new Set<number>([id]);
    for (const r of rows) if ([...ancestors(r.id)].includes(id)) out.add(r.id);
    return out;
  };
  return { parentOf, ancestors, subtree };
}

function groupBy<K, V>(rows: { key: K; value: V }[]): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const { key, value } of rows) {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  }
  return map;
}

/** The newest participation event or update per organisation, epoch ms. One query. */
function lastActivityByOrganisation(): Map<number, number> {
  const rows = getDb().all<{ id: number; at: number | null }>(sql`
    SELECT organisation_id AS id, max(at) AS at FROM (
      SELECT ${participations.organisationId} AS organisation_id,
             max(${participations.createdAt}, coalesce(${participations.startedAt}, 0), coalesce(${participations.decidedAt}, 0), coalesce(${participations.endedAt}, 0)) AS at
      FROM ${participations}
      UNION ALL
      SELECT ${updates.organisationId}, ${updates.createdAt} FROM ${updates}
    ) GROUP BY organisation_id`);
  return new Map(rows.filter((r) => r.at !== null).map((r) => [r.id, r.at!]));
}

type CandidateRow = CandidateProfile & { slug: string };

/** Every approved organisation as a matching candidate: five queries whatever their number. */
function loadCandidates(): CandidateRow[] {
  const db = getDb();
  const orgs = db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, sector: organisations.sector })
    .from(organisations)
    .where(eq(organisations.status, "approved"))
    .all();
  const approved = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.status, "approved"));
  const areasOf = groupBy(
    db.select({ key: organisationAreas.organisationId, value: organisationAreas.areaId }).from(organisationAreas).where(inArray(organisationAreas.organisationId, approved)).all(),
  );
  const themesOf = groupBy(
    db.select({ key: organisationThemes.organisationId, value: organisationThemes.subprogrammeId }).from(organisationThemes).where(inArray(organisationThemes.organisationId, approved)).all(),
  );
  const offersOf = groupBy(
    db.select({ key: organisationOffers.organisationId, value: organisationOffers.offer }).from(organisationOffers).where(inArray(organisationOffers.organisationId, approved)).all(),
  );
  const activity = lastActivityByOrganisation();
  return orgs.map((o) => ({
    ...o,
    areaIds: areasOf.get(o.id) ?? [],
    subprogrammeIds: themesOf.get(o.id) ?? [],
    offers: offersOf.get(o.id) ?? [],
    lastActiveAt: activity.get(o.id) ?? null,
  }));
}

type TiltakRow = TiltakProfile & { id: number; slug: string; title: string; programmeId: number; openOrganisationIds: Set<number> };

/** Tiltak with what they seek and who is in them: four queries for any number of tiltak. */
function loadTiltakProfiles(where: ReturnType<typeof and>): TiltakRow[] {
  const db = getDb();
  const rows = db
    .select({ id: initiatives.id, slug: initiatives.slug, title: initiatives.title, programmeId: initiatives.programmeId, areaId: initiatives.areaId, subprogrammeId: initiatives.subprogrammeId })
    .from(initiatives)
    .where(where)
    .orderBy(asc(initiatives.title))
    .all();
  const ids = db.select({ id: initiatives.id }).from(initiatives).where(where);
  const sectors = groupBy(db.select({ key: initiativeSoughtSectors.initiativeId, value: initiativeSoughtSectors.sector }).from(initiativeSoughtSectors).where(inArray(initiativeSoughtSectors.initiativeId, ids)).all());
  const offers = groupBy(db.select({ key: initiativeSoughtOffers.initiativeId, value: initiativeSoughtOffers.offer }).from(initiativeSoughtOffers).where(inArray(initiativeSoughtOffers.initiativeId, ids)).all());
  const parts = db
    .select({ initiativeId: participations.initiativeId, organisationId: participations.organisationId, status: participations.status, sector: organisations.sector })
    .from(participations)
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(and(inArray(participations.initiativeId, ids), inArray(participations.status, [...OPEN_PARTICIPATION_STATUSES])))
    .all();
  return rows.map((r) => {
    const mine = parts.filter((p) => p.initiativeId === r.id);
    return {
      ...r,
      soughtSectors: sectors.get(r.id) ?? [],
      soughtOffers: offers.get(r.id) ?? [],
      presentSectors: [...new Set(mine.filter((p) => p.status === "active").map((p) => p.sector))],
      openOrganisationIds: new Set(mine.map((p) => p.organisationId)),
    };
  });
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
  const tiltak = loadTiltakProfiles(and(eq(initiatives.id, initiativeId)))[0];
  if (!tiltak) return { total: 0, items: [] as Suggestion[] };
  const tree = loadAreaTree();
  const inArea = filters.areaId === null ? null : tree.subtree(filters.areaId);
  const candidates = loadCandidates().filter(
    (c) =>
      !tiltak.openOrganisationIds.has(c.id) &&
      (filters.sector === null || c.sector === filters.sector) &&
      (inArea === null || c.areaIds.some((id) => inArea.has(id))),
  );
  const ranked = rankCandidates(tiltak, candidates, { containingAreaIds: tree.ancestors(tiltak.areaId), now: now() });
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
  const candidate = loadCandidates().find((c) => c.id === organisationId);
  if (!candidate) return [];
  const tree = loadAreaTree();
  const tiltak = loadTiltakProfiles(and(inArray(initiatives.programmeId, programmeIds), isNull(initiatives.archivedAt), sql`${initiatives.status} <> 'completed'`));
  return tiltak
    .filter((t) => !t.openOrganisationIds.has(organisationId))
    .map((t) => ({ id: t.id, slug: t.slug, title: t.title, name: t.title, ...scoreCandidate(t, candidate, { containingAreaIds: tree.ancestors(t.areaId), now: now() }) }))
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
};

const zero = () => Object.fromEntries(SECTORS.map((s) => [s, 0])) as Record<Sector, number>;

/**
 * The programme's gaps, optionally within an area (and below it). `pendingOrganisations` comes from
 * the caller (the approval queue's count). Eleven queries whatever the number of organisations.
 */
export function getDashboard(programmeId: number, areaId: number | null, pendingOrganisations: { createdAt: number }[]): Dashboard {
  const db = getDb();
  const tree = loadAreaTree();
  const inArea = areaId === null ? null : tree.subtree(areaId);
  const at = now();

  const subs = db.select({ id: subprogrammes.id, name: subprogrammes.name }).from(subprogrammes).where(eq(subprogrammes.programmeId, programmeId)).orderBy(asc(subprogrammes.position), asc(subprogrammes.name)).all();
  const tiltak = loadTiltakProfiles(and(eq(initiatives.programmeId, programmeId), isNull(initiatives.archivedAt))).filter((t) => inArea === null || inArea.has(t.areaId));
  const tiltakIds = new Set(tiltak.map((t) => t.id));

  const active = db
    .select({ initiativeId: participations.initiativeId, subprogrammeId: initiatives.subprogrammeId, sector: organisations.sector })
    .from(participations)
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(and(eq(participations.status, "active"), eq(initiatives.programmeId, programmeId), isNull(initiatives.archivedAt)))
    .all()
    .filter((p) => tiltakIds.has(p.initiativeId));
  const matrix = subs.map((s) => ({ id: s.id, name: s.name, counts: zero(), total: 0 }));
  const sectorTotals = zero();
  for (const p of active) {
    const row = matrix.find((m) => m.id === p.subprogrammeId);
    if (!row) continue;
    row.counts[p.sector] += 1;
    row.total += 1;
    sectorTotals[p.sector] += 1;
  }

  const noPartners = tiltak.filter((t) => t.presentSectors.length === 0).map(({ slug, title }) => ({ slug, title }));
  const oneSector = tiltak.filter((t) => t.presentSectors.length === 1).map(({ slug, title, presentSectors }) => ({ slug, title, sector: presentSectors[0]! }));
  const lackingSought = tiltak
    .map((t) => ({ slug: t.slug, title: t.title, missing: t.soughtSectors.filter((s) => !t.presentSectors.includes(s)) }))
    .filter((t) => t.missing.length > 0);

  // Stale: approved organisations of this programme (its areas, or taking part in its tiltak) with
  // neither activity nor a profile confirmation in the last 12 months.
  const programmeAreaIds = new Set(db.select({ id: programmeAreas.areaId }).from(programmeAreas).where(eq(programmeAreas.programmeId, programmeId)).all().map((r) => r.id));
  const orgAreas = groupBy(db.select({ key: organisationAreas.organisationId, value: organisationAreas.areaId }).from(organisationAreas).all());
  const inTiltak = new Set(
    db
      .select({ id: participations.organisationId })
      .from(participations)
      .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
      .where(eq(initiatives.programmeId, programmeId))
      .all()
      .map((r) => r.id),
  );
  const activity = lastActivityByOrganisation();
  const stale = db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, lastConfirmedAt: organisations.lastConfirmedAt })
    .from(organisations)
    .where(eq(organisations.status, "approved"))
    .orderBy(asc(organisations.sortName))
    .all()
    .filter((o) => {
      const mine = orgAreas.get(o.id) ?? [];
      const belongs = inTiltak.has(o.id) || mine.some((a) => programmeAreaIds.has(a));
      if (!belongs) return false;
      if (inArea !== null && !mine.some((a) => inArea.has(a))) return false;
      const lastActive = activity.get(o.id) ?? null;
      const confirmed = o.lastConfirmedAt?.getTime() ?? null;
      return (lastActive === null || at - lastActive > RECENT_MS) && (confirmed === null || at - confirmed > RECENT_MS);
    })
    .map((o) => ({ slug: o.slug, name: o.name, lastActiveAt: activity.get(o.id) ?? null, lastConfirmedAt: o.lastConfirmedAt?.getTime() ?? null }));

  const joinRequests = db
    .select({ slug: initiatives.slug, title: initiatives.title, initiativeId: initiatives.id, organisation: organisations.name, createdAt: participations.createdAt })
    .from(participations)
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(and(eq(participations.status, "requested"), eq(initiatives.programmeId, programmeId), isNull(initiatives.archivedAt)))
    .orderBy(asc(participations.createdAt))
    .all()
    .filter((r) => tiltakIds.has(r.initiativeId))
    .map((r) => ({ slug: r.slug, title: r.title, organisation: r.organisation, days: Math.floor((at - r.createdAt.getTime()) / DAY) }));

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
  };
}

// ---------------------------------------------------------------------------------------------
// Reports (CSV)
// ---------------------------------------------------------------------------------------------

export type ReportFilters = { programmeId: number; areaId: number | null; sector: Sector | null };

/** Organisations of the programme (its areas, or taking part in its tiltak), any status. */
export function reportOrganisations(f: ReportFilters) {
  const db = getDb();
  const tree = loadAreaTree();
  const inArea = f.areaId === null ? null : tree.subtree(f.areaId);
  const programmeAreaIds = new Set(db.select({ id: programmeAreas.areaId }).from(programmeAreas).where(eq(programmeAreas.programmeId, f.programmeId)).all().map((r) => r.id));
  const orgAreas = db
    .select({ organisationId: organisationAreas.organisationId, areaId: areas.id, name: areas.name })
    .from(organisationAreas)
    .innerJoin(areas, eq(areas.id, organisationAreas.areaId))
    .orderBy(asc(areas.name))
    .all();
  const counts = new Map(
    db
      .select({ id: participations.organisationId, n: sql<number>`sum(CASE WHEN ${participations.status} = 'active' THEN 1 ELSE 0 END)`, any: sql<number>`count(*)` })
      .from(participations)
      .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
      .where(eq(initiatives.programmeId, f.programmeId))
      .groupBy(participations.organisationId)
      .all()
      .map((r) => [r.id, r]),
  );
  return db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, sector: organisations.sector, orgNumber: organisations.orgNumber, status: organisations.status, approvedAt: organisations.approvedAt, lastConfirmedAt: organisations.lastConfirmedAt })
    .from(organisations)
    .where(f.sector ? eq(organisations.sector, f.sector) : undefined)
    .orderBy(asc(organisations.sortName))
    .all()
    .flatMap((o) => {
      const mine = orgAreas.filter((a) => a.organisationId === o.id);
      if (!counts.has(o.id) && !mine.some((a) => programmeAreaIds.has(a.areaId))) return [];
      if (inArea !== null && !mine.some((a) => inArea.has(a.areaId))) return [];
      return [{ ...o, areas: mine.map((a) => a.name), activeParticipations: counts.get(o.id)?.n ?? 0 }];
    });
}

/** Tiltak of the programme (archived included), in the area and below it. */
export function reportInitiatives(f: Omit<ReportFilters, "sector">) {
  const tree = loadAreaTree();
  const inArea = f.areaId === null ? null : tree.subtree(f.areaId);
  const lead = alias(organisations, "lead");
  return getDb()
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
    .where(eq(initiatives.programmeId, f.programmeId))
    .orderBy(asc(initiatives.title))
    .all()
    .filter((t) => inArea === null || inArea.has(t.areaId));
}

/** Every participation (history included) in the programme's tiltak, filtered by area and sector. */
export function reportParticipations(f: ReportFilters) {
  const tree = loadAreaTree();
  const inArea = f.areaId === null ? null : tree.subtree(f.areaId);
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
    .where(and(eq(initiatives.programmeId, f.programmeId), f.sector ? eq(organisations.sector, f.sector) : undefined))
    .orderBy(asc(initiatives.title), asc(organisations.sortName), asc(participations.createdAt))
    .all()
    .filter((p) => inArea === null || inArea.has(p.areaId));
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
export function getAnnualReport(programmeId: number, year: number): AnnualReport {
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
  const subs = db.select({ name: subprogrammes.name }).from(subprogrammes).where(eq(subprogrammes.programmeId, programmeId)).orderBy(asc(subprogrammes.position), asc(subprogrammes.name)).all();
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
