/**
 * Laget's copy of Enhetsregisteret's answers (`register_units`): every query and write of the table.
 * The HTTP side (asking the register, the day's keeping, the change feed) is
 * app/services/enhetsregisteret.server.ts and register-sync.server.ts.
 */
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { organisations, registerFeedState, registerUnits } from "../../db/schema";
import type { RegisterLookup, RegisterUnit } from "~/services/enhetsregisteret.server";
import { getDb } from "~/utils/db.server";

type Kept = Exclude<RegisterLookup, { kind: "unreachable" }>;

function fromRow(row: typeof registerUnits.$inferSelect): Kept {
  if (row.outcome === "found" && row.unit) return { kind: "found", unit: JSON.parse(row.unit) as RegisterUnit, checkedAt: row.checkedAt };
  return { kind: row.outcome === "removed" ? "removed" : "notFound", checkedAt: row.checkedAt };
}

/** The kept answer for a number, however old (the approval page shows it with its date). */
export function keptLookup(orgNumber: string): Exclude<RegisterLookup, { kind: "unreachable" }> | null {
  const row = getDb().select().from(registerUnits).where(eq(registerUnits.orgNumber, orgNumber)).get();
  return row ? fromRow(row) : null;
}

/** The kept answers for several numbers in one query (the approval queue). */
export function keptLookups(orgNumbers: string[]): Map<string, Exclude<RegisterLookup, { kind: "unreachable" }>> {
  const kept = new Map<string, Exclude<RegisterLookup, { kind: "unreachable" }>>();
  if (!orgNumbers.length) return kept;
  for (const row of getDb().select().from(registerUnits).where(inArray(registerUnits.orgNumber, orgNumbers)).all()) kept.set(row.orgNumber, fromRow(row));
  return kept;
}

/** What coordinators are told about a unit, if anything (the worst first). */
export function flagOf(lookup: Kept): RegisterFlag | null {
  if (lookup.kind === "removed") return "removed";
  if (lookup.kind !== "found") return null;
  if (lookup.unit.deletedOn) return "deleted";
  if (lookup.unit.bankrupt) return "bankrupt";
  if (lookup.unit.beingDissolved) return "beingDissolved";
  return null;
}

/** Stores (or replaces) what the register answered; a removed unit keeps no data, only the fact. */
export function keep<L extends Kept>(orgNumber: string, lookup: L): L {
  const row = {
    orgNumber,
    outcome: lookup.kind === "found" ? ("found" as const) : lookup.kind === "removed" ? ("removed" as const) : ("not_found" as const),
    unit: lookup.kind === "found" ? JSON.stringify(lookup.unit) : null,
    flag: flagOf(lookup),
    checkedAt: lookup.checkedAt,
  };
  getDb()
    .insert(registerUnits)
    .values(row)
    .onConflictDoUpdate({ target: registerUnits.orgNumber, set: { outcome: row.outcome, unit: row.unit, flag: row.flag, checkedAt: row.checkedAt } })
    .run();
  return lookup;
}

/** Every organisation number in Laget (the change feed is asked about these only). */
export function organisationNumbersInLaget(): string[] {
  return getDb()
    .selectDistinct({ orgNumber: organisations.orgNumber })
    .from(organisations)
    .where(isNotNull(organisations.orgNumber))
    .all()
    .map((row) => row.orgNumber!);
}

/** Organisation numbers in Laget the register has never answered for (it was away when they came): checked at night. */
export function uncheckedOrganisationNumbers(limit: number): string[] {
  return getDb()
    .select({ orgNumber: organisations.orgNumber })
    .from(organisations)
    .leftJoin(registerUnits, eq(registerUnits.orgNumber, organisations.orgNumber))
    .where(and(isNotNull(organisations.orgNumber), sql`${registerUnits.orgNumber} IS NULL`))
    .limit(limit)
    .all()
    .map((row) => row.orgNumber!);
}

/** Where the nightly job left the change feed. */
export function feedState(): { lastChangeId: number; readAt: number } | null {
  return getDb().select({ lastChangeId: registerFeedState.lastChangeId, readAt: registerFeedState.readAt }).from(registerFeedState).where(eq(registerFeedState.id, 1)).get() ?? null;
}

export function saveFeedState(lastChangeId: number, readAt: number): void {
  getDb()
    .insert(registerFeedState)
    .values({ id: 1, lastChangeId, readAt })
    .onConflictDoUpdate({ target: registerFeedState.id, set: { lastChangeId, readAt } })
    .run();
}

export type RegisterFlag = "bankrupt" | "beingDissolved" | "deleted" | "removed";

/**
 * Approved and pending organisations the register has something against (bankrupt, being
 * dissolved, deleted, removed), for the coordinators of `programmeIds` (null: every programme).
 */
export function flaggedOrganisations(programmeIds: number[] | null) {
  const inScope =
    programmeIds === null
      ? sql`1`
      : programmeIds.length === 0
        ? sql`0`
        : sql`(EXISTS (SELECT 1 FROM participations p JOIN initiatives i ON i.id = p.initiative_id WHERE p.organisation_id = ${organisations.id} AND i.programme_id IN (${sql.join(programmeIds, sql`, `)}))
            OR EXISTS (SELECT 1 FROM organisation_areas oa JOIN programme_areas pa ON pa.area_id = oa.area_id WHERE oa.organisation_id = ${organisations.id} AND pa.programme_id IN (${sql.join(programmeIds, sql`, `)})))`;
  return getDb()
    .select({ name: organisations.name, slug: organisations.slug, status: organisations.status, orgNumber: registerUnits.orgNumber, flag: registerUnits.flag, checkedAt: registerUnits.checkedAt })
    .from(registerUnits)
    .innerJoin(organisations, eq(organisations.orgNumber, registerUnits.orgNumber))
    .where(and(isNotNull(registerUnits.flag), inArray(organisations.status, ["approved", "pending"]), inScope))
    .orderBy(organisations.sortName)
    .limit(100)
    .all() as { name: string; slug: string; status: string; orgNumber: string; flag: RegisterFlag; checkedAt: number }[];
}
