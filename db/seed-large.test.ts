import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isValidOrgNumber } from "../app/validation/org-number";
import { migrateDatabase, openDatabase, type Db } from "./connection";
import { DatabaseNotEmptyError } from "./seed";
import { largeSeedCountsFrom, LARGE_SEED_ACCOUNTS, seedLargeData, type LargeSeedCounts } from "./seed-large";

const COUNTS: LargeSeedCounts = { organisations: 600, users: 900, initiatives: 150, participations: 1_200, updates: 3_000 };
// One shared hash keeps the test fast; the real script hashes the demo password once.
const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0$0000000000000000000000000000000000000000000";
const files: string[] = [];

function freshDb(): Db {
  const file = path.join(tmpdir(), `laget-seed-large-${randomUUID()}.sqlite`);
  files.push(file);
  const db = openDatabase(file);
  migrateDatabase(db);
  return db;
}

afterAll(() => {
  for (const file of files) for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
});

const count = (db: Db, table: string) => db.$client.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe("seedLargeData", () => {
  it("writes the asked counts of consistent, invented rows, the same every time", async () => {
    const a = freshDb();
    const b = freshDb();
    const summary = await seedLargeData(a, COUNTS, { passwordHash: HASH });
    await seedLargeData(b, COUNTS, { passwordHash: HASH });

    expect(summary).toMatchObject(COUNTS);
    expect(count(a, "organisations")).toBe(COUNTS.organisations);
    expect(count(a, "users")).toBe(COUNTS.users);
    expect(count(a, "initiatives")).toBe(COUNTS.initiatives);
    expect(count(a, "participations")).toBe(COUNTS.participations);
    expect(count(a, "updates")).toBe(COUNTS.updates);
    // Grants (issue 20): as many applications as organisations, decided ones with decisions, no rejected grant paid.
    expect(summary.grantApplications).toBe(COUNTS.organisations);
    expect(count(a, "grant_applications")).toBe(COUNTS.organisations);
    expect(count(a, "grant_decisions WHERE outcome = 'rejected' AND amount_granted_ore > 0")).toBe(0);
    expect(count(a, "grant_decisions")).toBe(count(a, "grant_applications WHERE status = 'decided'"));
    expect(count(a, "grant_reports WHERE status = 'due' AND due_on < '2026-09-01'")).toBeGreaterThan(0);
    expect(count(a, "grant_applications WHERE organisation_id IN (1, 2, 3)")).toBeGreaterThan(0);
    expect(a.$client.pragma("foreign_key_check")).toEqual([]);

    const numbers = a.$client.prepare("SELECT org_number FROM organisations WHERE org_number IS NOT NULL").pluck().all() as string[];
    expect(numbers.length).toBeGreaterThan(COUNTS.organisations / 2);
    expect(numbers.filter((n) => !isValidOrgNumber(n))).toEqual([]);
    const statuses = a.$client.prepare("SELECT DISTINCT status FROM organisations ORDER BY status").pluck().all();
    expect(statuses).toEqual(["approved", "archived", "pending", "rejected"]);
    const visibilities = a.$client.prepare("SELECT DISTINCT visibility FROM updates ORDER BY visibility").pluck().all();
    expect(visibilities).toEqual(["coordinators", "partners", "public"]);
    expect(count(a, "areas WHERE parent_id IS NULL")).toBeGreaterThan(1);
    expect(count(a, "areas WHERE kind IN ('sub_district', 'living_condition_zone')")).toBeGreaterThan(0);

    // The known partner owns three approved organisations that take part in tiltak.
    const partnerOrgs = a.$client
      .prepare(
        `SELECT o.status FROM memberships m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id
         WHERE u.email = ? AND m.status = 'active'`,
      )
      .pluck()
      .all(LARGE_SEED_ACCOUNTS.partner);
    expect(partnerOrgs).toEqual(["approved", "approved", "approved"]);
    expect(count(a, "participations WHERE organisation_id IN (1, 2, 3) AND status = 'active'")).toBeGreaterThan(0);

    const dump = (db: Db) => db.$client.prepare("SELECT slug, name, org_number, status FROM organisations ORDER BY id").all();
    expect(dump(b)).toEqual(dump(a));
  });

  it("refuses a database that already holds data", async () => {
    const db = freshDb();
    await seedLargeData(db, { organisations: 5, users: 5, initiatives: 1, participations: 2, updates: 2 }, { passwordHash: HASH });
    await expect(seedLargeData(db, COUNTS, { passwordHash: HASH })).rejects.toBeInstanceOf(DatabaseNotEmptyError);
  });

  it("reads counts from arguments and the environment, and refuses nonsense in Norwegian", () => {
    expect(largeSeedCountsFrom(["--organisations=2000"], { SEED_UPDATES: "10" })).toMatchObject({ organisations: 2000, updates: 10, initiatives: 5_000 });
    expect(() => largeSeedCountsFrom(["--organisations=mange"], {})).toThrow(/heltall/);
    expect(() => largeSeedCountsFrom(["--users=1"], {})).toThrow(/minst 3/);
  });
});
