import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import { initiatives, organisations, participations, programmes, subprogrammes } from "../../db/schema";
import { publicParticipation } from "~/models/visibility.server";
import { getDb } from "~/utils/db.server";
import { SECTORS, type Sector } from "~/validation/enums";

// ---------------------------------------------------------------------------------------------
// Sub-programme × sector
// ---------------------------------------------------------------------------------------------

export type MatrixRow = {
  /** Sub-programmes are grouped by slug across programmes, as the /tiltak filter does. */
  slug: string;
  name: string;
  counts: Record<Sector, number>;
  total: number;
};

export type CollaborationMatrix = {
  rows: MatrixRow[];
  sectorTotals: Record<Sector, number>;
  total: number;
};

const zeroBySector = (): Record<Sector, number> =>
  Object.fromEntries(SECTORS.map((s) => [s, 0])) as Record<Sector, number>;

/**
 * How many active participations of approved organisations in public tiltak there are per
 * sub-programme and sector, optionally within one programme. Two queries: the rows and the counts.
 * Every sub-programme gets a row, also one with no participations (a gap is worth seeing).
 */
export function getCollaborationMatrix(programmeId: number | null): CollaborationMatrix {
  const db = getDb();
  const subRows = db
    .select({ slug: subprogrammes.slug, name: subprogrammes.name })
    .from(subprogrammes)
    .innerJoin(programmes, eq(programmes.id, subprogrammes.programmeId))
    .where(programmeId === null ? undefined : eq(subprogrammes.programmeId, programmeId))
    .orderBy(asc(programmes.municipality), asc(subprogrammes.position), asc(subprogrammes.name))
    .all();
  const rows = new Map<string, MatrixRow>();
  for (const sub of subRows) {
    if (!rows.has(sub.slug)) rows.set(sub.slug, { slug: sub.slug, name: sub.name, counts: zeroBySector(), total: 0 });
  }

  const conditions: (SQL | undefined)[] = [publicParticipation()];
  if (programmeId !== null) conditions.push(eq(initiatives.programmeId, programmeId));
  const cells = db
    .select({ slug: subprogrammes.slug, sector: organisations.sector, n: count() })
    .from(participations)
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .innerJoin(subprogrammes, eq(subprogrammes.id, initiatives.subprogrammeId))
    .where(and(...conditions))
    .groupBy(subprogrammes.slug, organisations.sector)
    .all();

  const sectorTotals = zeroBySector();
  let total = 0;
  for (const cell of cells) {
    const row = rows.get(cell.slug);
    if (!row) continue;
    row.counts[cell.sector] += cell.n;
    row.total += cell.n;
    sectorTotals[cell.sector] += cell.n;
    total += cell.n;
  }
  return { rows: [...rows.values()], sectorTotals, total };
}

// ---------------------------------------------------------------------------------------------
// Who works with whom
// ---------------------------------------------------------------------------------------------

export type NetworkOrganisation = { id: number; slug: string; name: string; sector: Sector };
/** Two organisations (source < target by id) and the number of public tiltak they share. */
export type NetworkLink = { source: number; target: number; weight: number };

/**
 * Approved organisations linked by the public tiltak in which both take an active part, optionally
 * within one programme. Two queries whatever the data size: the pairs (a self-join of the public
 * participations) and the organisations in them. Organisations without a partner are left out.
 */
export function getCollaborationNetwork(programmeId: number | null): {
  organisations: NetworkOrganisation[];
  links: NetworkLink[];
} {
  const db = getDb();
  const conditions: (SQL | undefined)[] = [publicParticipation()];
  if (programmeId !== null) conditions.push(eq(initiatives.programmeId, programmeId));
  const publicParticipations = db
    .select({ initiativeId: participations.initiativeId, organisationId: participations.organisationId })
    .from(participations)
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .where(and(...conditions));

  const links = db.all<{ source: number; target: number; weight: number }>(sql`
    WITH pp AS ${publicParticipations /* drizzle wraps an embedded query in parentheses */}
    SELECT a.organisation_id AS source, b.organisation_id AS target, count(DISTINCT a.initiative_id) AS weight
    FROM pp a JOIN pp b ON b.initiative_id = a.initiative_id AND b.organisation_id > a.organisation_id
    GROUP BY a.organisation_id, b.organisation_id
    ORDER BY a.organisation_id, b.organisation_id`);

  const ids = [...new Set(links.flatMap((l) => [l.source, l.target]))];
  const orgs =
    ids.length === 0
      ? []
      : db
          .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, sector: organisations.sector })
          .from(organisations)
          .where(inArray(organisations.id, ids))
          .orderBy(asc(organisations.sortName), asc(organisations.id))
          .all();
  return { organisations: orgs, links };
}
