/**
 * What the public sees of the grants (/tilskudd, /tilskudd/:slug, /api/v1/grants): the granted
 * applications of decided rounds — the round's letters sent — with the organisation (a private
 * person is never named: `organisationName` is null and `privatePerson` true, shown as
 * "privatperson"), the activity, the area, the amount and the decision date; and totals per round,
 * area and sector. Rejected applications are not published; drafts, assessments, declarations and
 * reports never are. Every query starts from an index: rounds by scheme or by letters sent, decisions
 * by (round, outcome).
 */
import { and, asc, count, desc, eq, gt, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { areas, grantApplications, grantDecisions, grantRounds, grantSchemeAreas, grantSchemes, organisations, programmes } from "../../../db/schema";
import { getDb } from "~/utils/db.server";
import { schemeSectors } from "./shared.server";
import type { Sector } from "~/validation/enums";

/** Outcomes that are published: a grant in full or in part. */
const PUBLISHED = ["granted", "partly_granted"] as const;

const published = () =>
  and(inArray(grantDecisions.outcome, PUBLISHED), isNull(grantDecisions.supersededAt), isNotNull(grantDecisions.letterSentAt));

const grantColumns = {
  applicationId: grantApplications.id,
  title: grantApplications.title,
  privatePerson: sql<boolean>`${grantApplications.applicantKind} = 'private_person'`.mapWith(Boolean),
  // Never a private person's name (forvaltningsloven § 13); organisations are public once approved.
  organisationName: sql<string | null>`CASE WHEN ${grantApplications.applicantKind} = 'organisation' THEN ${organisations.name} END`,
  organisationSlug: sql<string | null>`CASE WHEN ${grantApplications.applicantKind} = 'organisation' AND ${organisations.status} = 'approved' THEN ${organisations.slug} END`,
  sector: organisations.sector,
  areaName: areas.name,
  areaSlug: areas.slug,
  outcome: grantDecisions.outcome,
  amountGrantedOre: grantDecisions.amountGrantedOre,
  decidedOn: grantDecisions.decidedOn,
  roundId: grantRounds.id,
  roundName: grantRounds.name,
};

function grantsQuery(roundIds: number[]) {
  return getDb()
    .select(grantColumns)
    .from(grantDecisions)
    .innerJoin(grantApplications, eq(grantApplications.id, grantDecisions.applicationId))
    .innerJoin(grantRounds, eq(grantRounds.id, grantDecisions.roundId))
    .leftJoin(organisations, eq(organisations.id, grantApplications.organisationId))
    .leftJoin(areas, eq(areas.id, grantApplications.areaId))
    .where(and(inArray(grantDecisions.roundId, roundIds.length ? roundIds : [-1]), published()));
}

/**
 * A scheme's public page: the scheme, its areas, its rounds (open and decided), and the grants of
 * its decided rounds with totals per round, area and sector. Four queries; null for an unknown slug.
 */
export function getPublicScheme(slug: string) {
  const found = loadPublicScheme(slug);
  if (!found) return null;
  const { scheme, rounds } = found;
  const decidedIds = rounds.filter((r) => r.lettersSentAt !== null).map((r) => r.id);
  const grants = grantsQuery(decidedIds).orderBy(desc(grantDecisions.decidedOn), asc(grantApplications.title)).all();
  return { scheme, rounds, grants, totals: totalsOf(grants) };
}

/** The scheme (not archived) and its rounds, newest first: two queries; null for an unknown slug. */
function loadPublicScheme(slug: string) {
  const db = getDb();
  const scheme = db
    .select({
      id: grantSchemes.id,
      slug: grantSchemes.slug,
      name: grantSchemes.name,
      description: grantSchemes.description,
      criteria: grantSchemes.criteria,
      maxAmountOre: grantSchemes.maxAmountOre,
      ownSharePercent: grantSchemes.ownSharePercent,
      allowsPrivatePersons: grantSchemes.allowsPrivatePersons,
      isContinuous: grantSchemes.isContinuous,
      decisionWithinDays: grantSchemes.decisionWithinDays,
      appealBody: grantSchemes.appealBody,
      programmeName: programmes.name,
      programmeSlug: programmes.slug,
      areaNames: sql<string>`(SELECT group_concat(a.name, ', ') FROM ${grantSchemeAreas} gsa JOIN ${areas} a ON a.id = gsa.area_id WHERE gsa.scheme_id = "grant_schemes"."id")`,
    })
    .from(grantSchemes)
    .innerJoin(programmes, eq(programmes.id, grantSchemes.programmeId))
    .where(and(eq(grantSchemes.slug, slug), isNull(grantSchemes.archivedAt)))
    .get();
  if (!scheme) return null;
  const rounds = db
    .select({ id: grantRounds.id, slug: grantRounds.slug, name: grantRounds.name, opensAt: grantRounds.opensAt, deadlineAt: grantRounds.deadlineAt, plannedDecisionDate: grantRounds.plannedDecisionDate, budgetOre: grantRounds.budgetOre, lettersSentAt: grantRounds.lettersSentAt })
    .from(grantRounds)
    .where(eq(grantRounds.schemeId, scheme.id))
    .orderBy(desc(grantRounds.opensAt))
    .all();
  return { scheme, rounds };
}

export type PublicGrant = { roundId: number; amountGrantedOre: number; areaName: string | null; sector: Sector | null; privatePerson: boolean };

/** Totals of a list of published grants: per round, per area and per sector (private persons apart). Computed in memory. */
export function totalsOf(grants: PublicGrant[]) {
  const sum = <K extends string | number>(key: (g: PublicGrant) => K) => {
    const out = new Map<K, { count: number; amountOre: number }>();
    for (const g of grants) {
      const k = key(g);
      const t = out.get(k) ?? { count: 0, amountOre: 0 };
      t.count += 1;
      t.amountOre += g.amountGrantedOre;
      out.set(k, t);
    }
    return [...out].map(([k, t]) => ({ key: k, ...t }));
  };
  return {
    all: { count: grants.length, amountOre: grants.reduce((s, g) => s + g.amountGrantedOre, 0) },
    byRound: sum((g) => g.roundId),
    byArea: sum((g) => g.areaName ?? ""),
    bySector: sum((g) => (g.privatePerson ? "private_person" : (g.sector ?? ""))),
  };
}

export const PUBLIC_GRANTS_PAGE_SIZE = 50;

/**
 * Every published grant, newest decision first, a page at a time (the open-data endpoint and the
 * list under /tilskudd), optionally for one scheme. Two queries: the decided rounds (index on
 * letters_sent_at), then the page and the total.
 */
export function listPublicGrants(options: { schemeSlug?: string | null; page?: number; pageSize?: number } = {}) {
  const db = getDb();
  const pageSize = options.pageSize ?? PUBLIC_GRANTS_PAGE_SIZE;
  const page = Math.max(1, options.page ?? 1);
  const rounds = db
    .select({ id: grantRounds.id, schemeName: grantSchemes.name, schemeSlug: grantSchemes.slug })
    .from(grantRounds)
    .innerJoin(grantSchemes, eq(grantSchemes.id, grantRounds.schemeId))
    // `> 0` rather than IS NOT NULL: a range the letters_sent_at index answers.
    .where(and(gt(grantRounds.lettersSentAt, new Date(0)), isNull(grantSchemes.archivedAt), options.schemeSlug ? eq(grantSchemes.slug, options.schemeSlug) : undefined))
    .all();
  const ids = rounds.map((r) => r.id);
  const total =
    db
      .select({ n: count() })
      .from(grantDecisions)
      .where(and(inArray(grantDecisions.roundId, ids.length ? ids : [-1]), published()))
      .get()?.n ?? 0;
  const items = grantsQuery(ids)
    .orderBy(desc(grantDecisions.decidedOn), desc(grantDecisions.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const schemeOf = new Map(rounds.map((r) => [r.id, r]));
  return { total, page, pageSize, items: items.map((g) => ({ ...g, schemeName: schemeOf.get(g.roundId)!.schemeName, schemeSlug: schemeOf.get(g.roundId)!.schemeSlug })) };
}


// ---------------------------------------------------------------------------------------------
// The public pages: a page of grants with the totals of them all
// ---------------------------------------------------------------------------------------------

type DecidedRound = { id: number; name: string; schemeName: string; schemeSlug: string };
export type PublicTotals = ReturnType<typeof totalsOf>;

/**
 * One page of the published grants of these decided rounds, newest decision first, with the totals
 * per round, area and sector of all of them. Two queries: the totals grouped in SQL (so a large
 * programme's thousands of grants are never read row by row to count them), and the page.
 */
function grantsPageOf(rounds: DecidedRound[], page: number, pageSize: number) {
  const db = getDb();
  const ids = rounds.map((r) => r.id);
  const sectorKey = sql<Sector | "private_person" | "">`CASE WHEN ${grantApplications.applicantKind} = 'private_person' THEN 'private_person' ELSE coalesce(${organisations.sector}, '') END`;
  const groups = db
    .select({ roundId: grantDecisions.roundId, areaName: sql<string>`coalesce(${areas.name}, '')`, sectorKey, count: count(), amountOre: sql<number>`sum(${grantDecisions.amountGrantedOre})`.mapWith(Number) })
    .from(grantDecisions)
    .innerJoin(grantApplications, eq(grantApplications.id, grantDecisions.applicationId))
    .leftJoin(organisations, eq(organisations.id, grantApplications.organisationId))
    .leftJoin(areas, eq(areas.id, grantApplications.areaId))
    .where(and(inArray(grantDecisions.roundId, ids.length ? ids : [-1]), published()))
    .groupBy(grantDecisions.roundId, sql`2`, sql`3`)
    .all();
  const add = <K extends string | number>(map: Map<K, { count: number; amountOre: number }>, key: K, g: { count: number; amountOre: number }) => {
    const t = map.get(key) ?? { count: 0, amountOre: 0 };
    t.count += g.count;
    t.amountOre += g.amountOre;
    map.set(key, t);
  };
  const byRound = new Map<number, { count: number; amountOre: number }>();
  const byArea = new Map<string, { count: number; amountOre: number }>();
  const bySector = new Map<Sector | "private_person" | "", { count: number; amountOre: number }>();
  for (const g of groups) {
    add(byRound, g.roundId, g);
    add(byArea, g.areaName, g);
    add(bySector, g.sectorKey, g);
  }
  const list = <K>(map: Map<K, { count: number; amountOre: number }>) => [...map].map(([key, t]) => ({ key, ...t }));
  const totals: PublicTotals = {
    all: { count: groups.reduce((s, g) => s + g.count, 0), amountOre: groups.reduce((s, g) => s + g.amountOre, 0) },
    byRound: list(byRound),
    byArea: list(byArea).sort((a, b) => a.key.localeCompare(b.key, "nb")),
    bySector: list(bySector),
  };
  const items = grantsQuery(ids)
    .orderBy(desc(grantDecisions.decidedOn), desc(grantDecisions.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const roundOf = new Map(rounds.map((r) => [r.id, r]));
  return {
    total: totals.all.count,
    page,
    pageSize,
    totals,
    rounds: rounds.map((r) => ({ id: r.id, name: r.name, schemeName: r.schemeName, schemeSlug: r.schemeSlug })),
    items: items.map((g) => ({ ...g, schemeName: roundOf.get(g.roundId)!.schemeName, schemeSlug: roundOf.get(g.roundId)!.schemeSlug })),
  };
}

/** /tilskudd: a page of every published grant with the totals of them all. Three queries. */
export function publicGrantsPage(options: { page?: number; pageSize?: number } = {}) {
  const rounds = getDb()
    .select({ id: grantRounds.id, name: grantRounds.name, schemeName: grantSchemes.name, schemeSlug: grantSchemes.slug })
    .from(grantRounds)
    .innerJoin(grantSchemes, eq(grantSchemes.id, grantRounds.schemeId))
    // `> 0` rather than IS NOT NULL: a range the letters_sent_at index answers.
    .where(and(gt(grantRounds.lettersSentAt, new Date(0)), isNull(grantSchemes.archivedAt)))
    .orderBy(desc(grantRounds.lettersSentAt))
    .all();
  return grantsPageOf(rounds, Math.max(1, options.page ?? 1), options.pageSize ?? PUBLIC_GRANTS_PAGE_SIZE);
}

/**
 * /tilskudd/:slug: the scheme with its areas, who may apply and its rounds, and a page of its
 * published grants with their totals. Five queries; null for an unknown or archived scheme.
 */
export function publicSchemePage(slug: string, options: { page?: number; pageSize?: number } = {}) {
  const found = loadPublicScheme(slug);
  if (!found) return null;
  const { scheme, rounds } = found;
  const sectors = schemeSectors(getDb(), scheme.id);
  const decided = rounds.filter((r) => r.lettersSentAt !== null).map((r) => ({ id: r.id, name: r.name, schemeName: scheme.name, schemeSlug: scheme.slug }));
  return { scheme, sectors, rounds, grants: grantsPageOf(decided, Math.max(1, options.page ?? 1), options.pageSize ?? PUBLIC_GRANTS_PAGE_SIZE) };
}

/**
 * A programme's year of grants for the annual report, in one statement (the report already runs
 * nine): the grants decided in the year grouped by area and kind of recipient, and one row with the
 * applications submitted and the reports received in the year. The year is Norway's: it starts at
 * midnight in Oslo (winter time, UTC+1, on 1 January). From the scheme's programme index down the
 * round and decision indexes.
 */
export function grantsYearReport(programmeId: number, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const start = Date.parse(`${from}T00:00:00+01:00`);
  const end = Date.parse(`${year + 1}-01-01T00:00:00+01:00`);
  const rows = getDb().all<{ kind: "grant" | "counts"; area: string; sector: Sector | "private_person" | ""; n: number; amount: number }>(sql`
    SELECT 'grant' AS kind, coalesce(ar.name, '') AS area,
        CASE WHEN a.applicant_kind = 'private_person' THEN 'private_person' ELSE coalesce(o.sector, '') END AS sector,
        count(*) AS n, sum(d.amount_granted_ore) AS amount
      FROM grant_schemes s
      JOIN grant_rounds r ON r.scheme_id = s.id
      JOIN grant_decisions d ON d.round_id = r.id AND d.outcome IN ('granted', 'partly_granted') AND d.superseded_at IS NULL
        AND d.letter_sent_at IS NOT NULL AND d.decided_on >= ${from} AND d.decided_on <= ${to}
      JOIN grant_applications a ON a.id = d.application_id
      LEFT JOIN organisations o ON o.id = a.organisation_id
      LEFT JOIN areas ar ON ar.id = a.area_id
      WHERE s.programme_id = ${programmeId}
      GROUP BY 2, 3
    UNION ALL
    SELECT 'counts', '', '',
      (SELECT count(*) FROM grant_schemes s JOIN grant_rounds r ON r.scheme_id = s.id JOIN grant_applications a ON a.round_id = r.id
        WHERE s.programme_id = ${programmeId} AND a.status NOT IN ('draft', 'withdrawn') AND a.submitted_at >= ${start} AND a.submitted_at < ${end}),
      (SELECT count(*) FROM grant_schemes s JOIN grant_rounds r ON r.scheme_id = s.id JOIN grant_applications a ON a.round_id = r.id
        JOIN grant_reports rep ON rep.application_id = a.id
        WHERE s.programme_id = ${programmeId} AND rep.status IN ('submitted', 'approved') AND rep.submitted_at >= ${start} AND rep.submitted_at < ${end})`);
  const counts = rows.find((r) => r.kind === "counts")!;
  const grants = rows.filter((r) => r.kind === "grant");
  const sum = <K>(key: (g: (typeof grants)[number]) => K) => {
    const out = new Map<K, { count: number; amountOre: number }>();
    for (const g of grants) {
      const t = out.get(key(g)) ?? { count: 0, amountOre: 0 };
      t.count += g.n;
      t.amountOre += g.amount;
      out.set(key(g), t);
    }
    return [...out].map(([k, t]) => ({ key: k, ...t }));
  };
  return {
    year,
    applications: counts.n,
    reportsReceived: counts.amount,
    totals: {
      all: { count: grants.reduce((s, g) => s + g.n, 0), amountOre: grants.reduce((s, g) => s + g.amount, 0) },
      byArea: sum((g) => g.area).sort((a, b) => a.key.localeCompare(b.key, "nb")),
      bySector: sum((g) => g.sector),
    },
  };
}
