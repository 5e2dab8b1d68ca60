import { and, asc, eq } from "drizzle-orm";
import { memberships, organisations } from "../../db/schema";
import { getDb } from "~/utils/db.server";

/** The organisations a person belongs to (active memberships), with their status and the person's role. */
export function listMyOrganisations(userId: number) {
  return getDb()
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      sector: organisations.sector,
      status: organisations.status,
      decisionReason: organisations.decisionReason,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.status, "active")))
    .orderBy(asc(organisations.name))
    .all();
}
