import { asc, count, eq, inArray } from "drizzle-orm";
import { areas, organisationAreas, organisations } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import type { Sector } from "~/validation/enums";

export const PARTNERS_PAGE_SIZE = 20;

export type PartnerListItem = {
  slug: string;
  name: string;
  sector: Sector;
  areas: string[];
};

/**
 * One page of approved organisations (the public directory), with the areas each serves.
 * Three queries: the total, the page, and the page's areas.
 */
export function listApprovedOrganisations(page: number): { total: number; items: PartnerListItem[] } {
  const db = getDb();
  const approved = eq(organisations.status, "approved");
  const total = db.select({ n: count() }).from(organisations).where(approved).get()?.n ?? 0;
  const rows = db
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, sector: organisations.sector })
    .from(organisations)
    .where(approved)
    .orderBy(asc(organisations.name), asc(organisations.id))
    .limit(PARTNERS_PAGE_SIZE)
    .offset((page - 1) * PARTNERS_PAGE_SIZE)
    .all();

  const areaNames = new Map<number, string[]>();
  if (rows.length > 0) {
    const links = db
      .select({ organisationId: organisationAreas.organisationId, name: areas.name })
      .from(organisationAreas)
      .innerJoin(areas, eq(areas.id, organisationAreas.areaId))
      .where(inArray(organisationAreas.organisationId, rows.map((r) => r.id)))
      .orderBy(asc(areas.name))
      .all();
    for (const link of links) {
      const list = areaNames.get(link.organisationId) ?? [];
      list.push(link.name);
      areaNames.set(link.organisationId, list);
    }
  }
  return {
    total,
    items: rows.map(({ id, ...row }) => ({ ...row, areas: areaNames.get(id) ?? [] })),
  };
}
