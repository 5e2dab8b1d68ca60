import { sql } from "drizzle-orm";
import { getDb } from "~/utils/db.server";

/**
 * The ids of an area and every area below it (district → sub-districts → …), one recursive query.
 * "Partners in Grorud" includes those in Romsås.
 */
export function areaSubtreeIds(areaId: number): number[] {
  return getDb()
    .all<{ id: number }>(
      sql`WITH RECURSIVE subtree(id) AS (
            SELECT ${areaId}
            UNION
            SELECT areas.id FROM areas JOIN subtree ON areas.parent_id = subtree.id
          )
          SELECT id FROM subtree`,
    )
    .map((r) => r.id);
}

/** A SQL fragment for `column IN (the subtree of areaId)`, to use inside a larger query. */
export function inAreaSubtree(column: unknown, areaId: number) {
  return sql`${column} IN (WITH RECURSIVE subtree(id) AS (
      SELECT ${areaId} UNION SELECT areas.id FROM areas JOIN subtree ON areas.parent_id = subtree.id
    ) SELECT id FROM subtree)`;
}
