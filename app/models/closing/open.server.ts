/**
 * Whether a programme or a tiltak is still open (issue 21). After a coordinator closes a programme's
 * period (programmes.closed_at) or an area lift's (areas.lift_closed_at), nothing can be joined or
 * changed there: the models that write call these checks inside their transaction, so a closed
 * period is refused however the request was made. A tiltak is closed when its programme is, or when
 * it has an outcome and the area lift it belongs to (its area or an ancestor) is closed; a tiltak made
 * in that area later (a successor programme's) has no outcome and stays open.
 */
import { eq, sql, type SQL } from "drizzle-orm";
import { areas, initiativeOutcomes, initiatives, programmes } from "../../../db/schema";
import { getDb } from "~/utils/db.server";
import { RefusalError } from "~/utils/refusal.server";
import { scalar } from "~/utils/sql-json.server";

type Reader = Pick<ReturnType<typeof getDb>, "select">;

/** The refusal every write in a closed period gets: a conflict (400), worded by the page as "periodClosed". */
export class PeriodClosedError extends RefusalError<"periodClosed"> {
  constructor() {
    super("periodClosed", "conflict");
  }
}

/** Refuses (PeriodClosedError) when the programme's period is closed. An unknown programme passes: the caller's own lookup refuses it. */
export function assertProgrammeOpen(tx: Reader, programmeId: number): void {
  const row = tx.select({ closedAt: programmes.closedAt }).from(programmes).where(eq(programmes.id, programmeId)).get();
  if (row?.closedAt) throw new PeriodClosedError();
}

/** Refuses (PeriodClosedError) when the tiltak's programme or its closed area lift has closed it. An unknown tiltak passes. */
export function assertInitiativeOpen(tx: Reader, initiativeId: number): void {
  const row = tx
    .select({ closed: initiativeClosed(initiatives.id, initiatives.programmeId, initiatives.areaId) })
    .from(initiatives)
    .where(eq(initiatives.id, initiativeId))
    .get();
  if (row?.closed) throw new PeriodClosedError();
}

/** True when the programme's period is closed. */
export function isProgrammeClosed(tx: Reader, programmeId: number): boolean {
  return !!tx.select({ closedAt: programmes.closedAt }).from(programmes).where(eq(programmes.id, programmeId)).get()?.closedAt;
}

/** True when the tiltak is closed; for reads that show or hide a join form. */
export function isInitiativeClosed(tx: Reader, initiativeId: number): boolean {
  try {
    assertInitiativeOpen(tx, initiativeId);
    return false;
  } catch (error) {
    if (error instanceof PeriodClosedError) return true;
    throw error;
  }
}

/**
 * SQL: 1 when the tiltak (given its id, programme and area columns) is closed, else 0. Index lookups
 * only (the programme by key, the area and at most two ancestors by key, the outcome by key), so a
 * list may use it per row.
 */
export function initiativeClosed(initiativeId: SQL | typeof initiatives.id, programmeId: SQL | typeof initiatives.programmeId, areaId: SQL | typeof initiatives.areaId): SQL<number> {
  // Nested (scalar): drizzle would write a top-level field's columns without their table names.
  return scalar<number>(sql`
    (SELECT ${programmes.closedAt} IS NOT NULL FROM ${programmes} WHERE ${programmes.id} = ${programmeId})
    OR (EXISTS (SELECT 1 FROM ${initiativeOutcomes} WHERE ${initiativeOutcomes.initiativeId} = ${initiativeId})
        AND ${liftClosedFor(areaId)})
  `);
}

/** SQL: the area, its parent or its grandparent is an area lift that has been closed. */
function liftClosedFor(areaId: SQL | typeof initiatives.areaId): SQL {
  // Plain table aliases (drizzle's alias() renders only its name inside raw SQL).
  return sql`EXISTS (SELECT 1 FROM ${areas} cs
      LEFT JOIN ${areas} cp ON cp.id = cs.parent_id
      LEFT JOIN ${areas} cg ON cg.id = cp.parent_id
      WHERE cs.id = ${areaId}
        AND (cs.lift_closed_at IS NOT NULL OR cp.lift_closed_at IS NOT NULL OR cg.lift_closed_at IS NOT NULL))`;
}

/** A condition for lists of tiltak that offer joining: only open ones. */
export function initiativeIsOpen(): SQL {
  return sql`NOT ${initiativeClosed(initiatives.id, initiatives.programmeId, initiatives.areaId)}`;
}

/** For pages: whether the tiltak's period is closed (its forms are hidden). One query. */
export function initiativeIsClosed(initiativeId: number): boolean {
  return isInitiativeClosed(getDb(), initiativeId);
}
