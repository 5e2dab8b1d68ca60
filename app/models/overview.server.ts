/**
 * The counts on the administrators' front page (/admin): people by role, programmes, sub-programmes,
 * areas and area lifts, and the audit log's entries. They span several aggregates, so they live here
 * rather than in any one of them.
 */
import { count, sql } from "drizzle-orm";
import { areas, auditEvents, programmes, subprogrammes, users } from "../../db/schema";
import { getDb } from "~/utils/db.server";

export function adminOverview(nowMs: number = Date.now()) {
  const db = getDb();
  const roleCounts = new Map(
    db
      .select({ role: users.role, n: count() })
      .from(users)
      .groupBy(users.role)
      .all()
      .map((r) => [r.role, r.n])
  );
  // The other counts in one statement, as scalar subqueries.
  const counts = db.get<{
    programmes: number;
    subprogrammes: number;
    areas: number;
    areaLifts: number;
    auditEvents: number;
    auditEventsLastWeek: number;
  }>(sql`SELECT
      (SELECT count(*) FROM ${programmes}) AS programmes,
      (SELECT count(*) FROM ${subprogrammes}) AS subprogrammes,
      (SELECT count(*) FROM ${areas}) AS areas,
      (SELECT count(*) FROM ${areas} WHERE ${areas.liftStartYear} IS NOT NULL) AS areaLifts,
      (SELECT count(*) FROM ${auditEvents}) AS auditEvents,
      (SELECT count(*) FROM ${auditEvents} WHERE ${auditEvents.createdAt} >= ${nowMs - 7 * 86_400_000}) AS auditEventsLastWeek`);
  return {
    users: [...roleCounts.values()].reduce((a, b) => a + b, 0),
    admins: roleCounts.get("admin") ?? 0,
    coordinators: roleCounts.get("coordinator") ?? 0,
    ...counts,
  };
}
