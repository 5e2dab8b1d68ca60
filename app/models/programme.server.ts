import { and, asc, countDistinct, eq, isNull } from "drizzle-orm";
import { initiatives, organisations, participations, programmes } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { memoisePerDataVersion } from "~/utils/derived-cache.server";

export type ProgrammeSummary = {
  slug: string;
  name: string;
  municipality: string;
  periodStart: number;
  periodEnd: number | null;
  description: string;
  partnerCount: number;
  initiativeCount: number;
};

/**
 * The programmes with the public counts the front page shows: public, non-archived tiltak, and the
 * approved organisations taking an active part in them. Three queries whatever the data size.
 */
export function listProgrammeSummaries(): ProgrammeSummary[] {
  // The front page's counts cover every participation in the country: once per data version.
  return memoisePerDataVersion("programme-summaries", summariseProgrammes);
}

function summariseProgrammes(): ProgrammeSummary[] {
  const db = getDb();
  const rows = db
    .select({
      id: programmes.id,
      slug: programmes.slug,
      name: programmes.name,
      municipality: programmes.municipality,
      periodStart: programmes.periodStart,
      periodEnd: programmes.periodEnd,
      description: programmes.description,
    })
    .from(programmes)
    .orderBy(asc(programmes.municipality), asc(programmes.name))
    .all();

  const publicInitiative = and(eq(initiatives.isPublic, true), isNull(initiatives.archivedAt));
  const initiativeCounts = new Map(
    db
      .select({ programmeId: initiatives.programmeId, n: countDistinct(initiatives.id) })
      .from(initiatives)
      .where(publicInitiative)
      .groupBy(initiatives.programmeId)
      .all()
      .map((r) => [r.programmeId, r.n]),
  );
  const partnerCounts = new Map(
    db
      .select({ programmeId: initiatives.programmeId, n: countDistinct(participations.organisationId) })
      .from(participations)
      .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
      .innerJoin(organisations, eq(organisations.id, participations.organisationId))
      .where(and(publicInitiative, eq(participations.status, "active"), eq(organisations.status, "approved")))
      .groupBy(initiatives.programmeId)
      .all()
      .map((r) => [r.programmeId, r.n]),
  );

  return rows.map(({ id, ...programme }) => ({
    ...programme,
    partnerCount: partnerCounts.get(id) ?? 0,
    initiativeCount: initiativeCounts.get(id) ?? 0,
  }));
}
