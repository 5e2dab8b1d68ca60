import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "../app/services/password.server";
import { SECTORS } from "../app/validation/enums";
import { isValidOrgNumber } from "../app/validation/org-number";
import { migrateDatabase, openDatabase, type Db } from "./connection";
import {
  areas,
  coordinatorAssignments,
  grantApplications,
  grantRounds,
  grantSchemes,
  initiatives,
  memberships,
  organisationAreas,
  organisations,
  participations,
  programmeAreas,
  programmes,
  subprogrammes,
  updates,
  users,
} from "./schema";
import {
  DatabaseNotEmptyError,
  DEMO_ACCOUNTS,
  DEMO_PASSWORD,
  isDatabaseEmpty,
  seedDemoData,
  type SeedSummary,
} from "./seed";

const openFiles: { db: Db; file: string }[] = [];

function freshDatabase(): Db {
  const file = path.join(os.tmpdir(), `laget-seed-test-${process.pid}-${randomUUID()}.sqlite`);
  const db = openDatabase(file);
  migrateDatabase(db);
  openFiles.push({ db, file });
  return db;
}

function rowCounts(db: Db): Record<string, number> {
  const tables = {
    programmes,
    subprogrammes,
    areas,
    programmeAreas,
    users,
    coordinatorAssignments,
    organisations,
    memberships,
    initiatives,
    participations,
    updates,
    grantSchemes,
    grantRounds,
    grantApplications,
  };
  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [
      name,
      db.select({ n: count() }).from(table).get()?.n ?? -1,
    ]),
  );
}

let passwordHash: string;
let db: Db;

beforeAll(async () => {
  passwordHash = await hashPassword(DEMO_PASSWORD);
});

beforeEach(() => {
  db = freshDatabase();
});

afterEach(() => {
  for (const { db: open, file } of openFiles.splice(0)) {
    open.$client.close();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  }
});

describe("seedDemoData", () => {
  it("fills an empty database with the expected shape", async () => {
    expect(isDatabaseEmpty(db)).toBe(true);
    const summary: SeedSummary = await seedDemoData(db, { passwordHash });
    expect(isDatabaseEmpty(db)).toBe(false);

    // The summary matches what is in the tables.
    const counts = rowCounts(db);
    for (const [table, n] of Object.entries(counts)) {
      expect(summary[table as keyof SeedSummary], table).toBe(n);
    }

    // Programmes and sub-programmes
    const allProgrammes = db.select().from(programmes).orderBy(asc(programmes.id)).all();
    // The four programmes and Groruddalssatsingen's successor (db/seed-closing.ts).
    expect(allProgrammes).toHaveLength(5);
    expect(allProgrammes.find((p) => p.slug === "groruddalssatsingen-2027-2036")).toMatchObject({ periodStart: 2027, periodEnd: 2036, predecessorId: allProgrammes.find((p) => p.slug === "groruddalssatsingen")!.id, closedAt: null });
    const bySlug = new Map(allProgrammes.map((p) => [p.slug, p]));
    for (const slug of ["groruddalssatsingen", "oslo-sor-satsingen", "oslo-indre-ost-satsingen"]) {
      const programme = bySlug.get(slug);
      expect(programme?.municipality).toBe("Oslo");
      const subs = db
        .select({ slug: subprogrammes.slug })
        .from(subprogrammes)
        .where(eq(subprogrammes.programmeId, programme!.id))
        .orderBy(asc(subprogrammes.position))
        .all()
        .map((s) => s.slug);
      expect(subs).toEqual(["narmiljo", "oppvekst-og-utdanning", "sysselsetting"]);
    }
    expect(bySlug.get("levekarsloftet")?.municipality).toBe("Stavanger");
    expect(bySlug.get("groruddalssatsingen")).toMatchObject({ periodStart: 2017, periodEnd: 2026 });

    // One Oslo area row, shared by the three Oslo programmes and Groruddalssatsingen's successor.
    const oslo = db.select().from(areas).where(eq(areas.slug, "oslo")).get();
    expect(oslo?.kind).toBe("municipality");
    const osloLinks = db
      .select({ n: count() })
      .from(programmeAreas)
      .where(eq(programmeAreas.areaId, oslo!.id))
      .get();
    expect(osloLinks?.n).toBe(4);

    // The two Groruddalen area lifts
    const romsas = db.select().from(areas).where(eq(areas.slug, "romsas")).get();
    expect(romsas).toMatchObject({ kind: "sub_district", liftStartYear: 2017, liftEndYear: 2026 });
    const bydelGrorud = db.select().from(areas).where(eq(areas.slug, "bydel-grorud")).get();
    expect(romsas?.parentId).toBe(bydelGrorud?.id);

    // Organisations
    const orgs = db.select().from(organisations).all();
    expect(orgs.length).toBeGreaterThanOrEqual(55);
    const sectors = new Set(orgs.map((o) => o.sector));
    for (const sector of SECTORS) {
      expect(sectors.has(sector), sector).toBe(true);
      expect(orgs.filter((o) => o.sector === sector).length, sector).toBeGreaterThanOrEqual(6);
    }
    for (const o of orgs) {
      if (o.orgNumber === null) expect(o.sector).toBe("residents_group");
      else expect(isValidOrgNumber(o.orgNumber), `${o.name} ${o.orgNumber}`).toBe(true);
      expect(o.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    const statuses = orgs.map((o) => o.status);
    expect(statuses.filter((s) => s === "pending")).toHaveLength(3);
    expect(statuses.filter((s) => s === "rejected")).toHaveLength(1);
    expect(statuses.filter((s) => s === "archived")).toHaveLength(1);
    expect(orgs.find((o) => o.status === "rejected")?.decisionReason).toBeTruthy();
    const yearAgo = new Date("2025-09-01T10:00:00Z");
    const stale = orgs.filter(
      (o) => o.status === "approved" && o.lastConfirmedAt !== null && o.lastConfirmedAt < yearAgo,
    );
    expect(stale.length).toBeGreaterThanOrEqual(4);
    for (const o of orgs.filter((x) => x.status === "approved")) {
      expect(o.approvedAt, o.name).toBeInstanceOf(Date);
      expect(o.lastConfirmedAt, o.name).toBeInstanceOf(Date);
    }
    const everyOrgHasArea = db
      .selectDistinct({ id: organisationAreas.organisationId })
      .from(organisationAreas)
      .all();
    expect(everyOrgHasArea).toHaveLength(orgs.length);

    // Initiatives cover every sub-programme
    const allInitiatives = db.select().from(initiatives).all();
    expect(allInitiatives.length).toBeGreaterThanOrEqual(28);
    const allSubs = db.select().from(subprogrammes).all();
    const usedSubs = new Set(allInitiatives.map((i) => i.subprogrammeId));
    for (const sub of allSubs) expect(usedSubs.has(sub.id), sub.slug).toBe(true);
    const subProgramme = new Map(allSubs.map((s) => [s.id, s.programmeId]));
    for (const i of allInitiatives) {
      expect(subProgramme.get(i.subprogrammeId), i.slug).toBe(i.programmeId);
      const linked = db
        .select({ n: count() })
        .from(programmeAreas)
        .where(and(eq(programmeAreas.programmeId, i.programmeId), eq(programmeAreas.areaId, i.areaId)))
        .get();
      expect(linked?.n, `${i.slug} area in programme`).toBe(1);
      if (i.startDate && i.endDate) expect(i.startDate <= i.endDate, i.slug).toBe(true);
    }
    expect(allInitiatives.filter((i) => !i.isPublic)).toHaveLength(2);

    // Demo accounts
    const account = (email: string) => db.select().from(users).where(eq(users.email, email)).get();
    expect(account(DEMO_ACCOUNTS.admin)?.role).toBe("admin");
    expect(account(DEMO_ACCOUNTS.coordinator)?.role).toBe("coordinator");
    const partner = account(DEMO_ACCOUNTS.partner);
    expect(partner?.role).toBe("none");
    for (const u of db.select().from(users).all()) expect(u.passwordHash).toBe(passwordHash);

    // partner@laget.test owns an approved organisation
    const owned = db
      .select({ status: organisations.status, sector: organisations.sector, id: organisations.id })
      .from(memberships)
      .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
      .where(
        and(
          eq(memberships.userId, partner!.id),
          eq(memberships.role, "owner"),
          eq(memberships.status, "active"),
        ),
      )
      .all();
    expect(owned.some((o) => o.status === "approved")).toBe(true);
    const partnerOrgId = owned.find((o) => o.status === "approved")!.id;
    const partnerParticipations = db
      .select({ status: participations.status })
      .from(participations)
      .where(eq(participations.organisationId, partnerOrgId))
      .all();
    expect(partnerParticipations.filter((p) => p.status === "active").length).toBeGreaterThanOrEqual(2);
    expect(partnerParticipations.some((p) => p.status === "invited")).toBe(true);

    // The coordinator is assigned to Groruddalssatsingen
    const assigned = db
      .select({ slug: programmes.slug })
      .from(coordinatorAssignments)
      .innerJoin(programmes, eq(programmes.id, coordinatorAssignments.programmeId))
      .where(eq(coordinatorAssignments.userId, account(DEMO_ACCOUNTS.coordinator)!.id))
      .all();
    expect(assigned.map((a) => a.slug)).toContain("groruddalssatsingen");

    // Every tiltak has an active lead participation; updates come from active participants.
    const activeParticipations = db
      .select()
      .from(participations)
      .where(inArray(participations.status, ["active"]))
      .all();
    const active = new Set(activeParticipations.map((p) => `${p.initiativeId}|${p.organisationId}`));
    for (const i of allInitiatives) {
      expect(active.has(`${i.id}|${i.leadOrganisationId}`), i.slug).toBe(true);
    }
    const participationStatuses = new Set(
      db.select({ status: participations.status }).from(participations).all().map((p) => p.status),
    );
    expect([...participationStatuses].sort()).toEqual(["active", "declined", "ended", "invited", "requested"]);

    const allUpdates = db.select().from(updates).all();
    expect(allUpdates.length).toBeGreaterThanOrEqual(55);
    for (const u of allUpdates) {
      expect(active.has(`${u.initiativeId}|${u.organisationId}`), u.title).toBe(true);
    }
    expect(allUpdates.filter((u) => u.hiddenAt !== null)).toHaveLength(1);

    // Referential integrity
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
  });

  it("refuses a database that is not empty and leaves it unchanged", async () => {
    await seedDemoData(db, { passwordHash });
    const before = rowCounts(db);
    await expect(seedDemoData(db, { passwordHash })).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    expect(rowCounts(db)).toEqual(before);
  });

  it("refuses a database that only has a user", async () => {
    db.insert(users).values({ email: "someone@laget.test", name: "Someone", passwordHash }).run();
    expect(isDatabaseEmpty(db)).toBe(false);
    await expect(seedDemoData(db, { passwordHash })).rejects.toBeInstanceOf(DatabaseNotEmptyError);
    expect(rowCounts(db)).toMatchObject({ users: 1, organisations: 0, programmes: 0 });
  });

  it("is deterministic", async () => {
    const other = freshDatabase();
    const first = await seedDemoData(db, { passwordHash });
    const second = await seedDemoData(other, { passwordHash });
    expect(second).toEqual(first);

    const orgsOf = (d: Db) =>
      d
        .select({ name: organisations.name, orgNumber: organisations.orgNumber, slug: organisations.slug })
        .from(organisations)
        .orderBy(asc(organisations.id))
        .all();
    expect(orgsOf(other)).toEqual(orgsOf(db));

    const initiativesOf = (d: Db) =>
      d.select({ slug: initiatives.slug }).from(initiatives).orderBy(asc(initiatives.id)).all();
    expect(initiativesOf(other)).toEqual(initiativesOf(db));

    const participationsOf = (d: Db) =>
      d
        .select({
          initiativeId: participations.initiativeId,
          organisationId: participations.organisationId,
          role: participations.role,
          status: participations.status,
          createdAt: participations.createdAt,
        })
        .from(participations)
        .orderBy(asc(participations.id))
        .all();
    expect(participationsOf(other)).toEqual(participationsOf(db));
  });

  it("stores a hash the demo password verifies against", async () => {
    await seedDemoData(db);
    const partner = db.select().from(users).where(eq(users.email, DEMO_ACCOUNTS.partner)).get();
    expect(partner).toBeDefined();
    expect(await verifyPassword(partner!.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(partner!.passwordHash, "feil-passord")).toBe(false);
  });
});
