/**
 * The demo data as the coordinator model tests use it: the two coordinators and the admin as actors,
 * and the ids of Groruddalssatsingen, its sysselsetting sub-programme and Romsås. One call per test
 * file, in its beforeAll (each file has a database of its own).
 */
import { and, eq } from "drizzle-orm";
import { expect } from "vitest";
import { areas, programmes, subprogrammes, users } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import type { InitiativeInput } from "~/models/initiative/management.server";
import { loadActor } from "~/models/user.server";
import { getDb } from "~/utils/db.server";
import { RefusalError } from "~/utils/refusal.server";

export const actorFor = (email: string) => {
  const user = getDb().select({ id: users.id, role: users.role, name: users.name, email: users.email }).from(users).where(eq(users.email, email)).get()!;
  return loadActor(user);
};

/** Expects `fn` to be refused (a RefusalError) for `reason`. */
export const expectProblem = (fn: () => unknown, reason: string) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(RefusalError);
    expect((error as RefusalError).reason).toBe(reason);
    return;
  }
  throw new Error(`expected ${reason}`);
};

export async function seedForCoordination() {
  const db = getDb();
  await seedDemoData(db, { passwordHash: "unused" });
  const groruddalen = db.select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, "groruddalssatsingen")).get()!.id;
  return {
    grorud: actorFor("koordinator@laget.test"), // Groruddalssatsingen
    stavanger: actorFor("stavanger-koordinator@laget.test"), // Levekårsløftet only
    admin: actorFor("admin@laget.test"),
    groruddalen,
    sysselsetting: db.select({ id: subprogrammes.id }).from(subprogrammes).where(and(eq(subprogrammes.programmeId, groruddalen), eq(subprogrammes.slug, "sysselsetting"))).get()!.id,
    romsas: db.select({ id: areas.id }).from(areas).where(eq(areas.slug, "romsas")).get()!.id,
  };
}

/** A planned, public sysselsetting tiltak in Romsås that asks for businesses and work placements. */
export function jobTiltakInput(ids: { groruddalen: number; sysselsetting: number; romsas: number }, title: string): InitiativeInput {
  return {
    title,
    summary: "Praksisplasser i Romsås",
    description: "",
    programmeId: ids.groruddalen,
    subprogrammeId: ids.sysselsetting,
    areaId: ids.romsas,
    status: "planned",
    startDate: "2026-01-01",
    endDate: null,
    leadOrganisationId: null,
    isPublic: true,
    soughtSectors: ["business"],
    soughtOffers: ["work_placements"],
  };
}
