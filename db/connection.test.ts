import { describe, expect, it } from "vitest";
import { getDb } from "~/utils/db.server";

describe("the database connection", () => {
  it("opens with WAL, synchronous=FULL, foreign keys on and a busy timeout of at least 5 s", () => {
    const sqlite = getDb().$client;
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(2); // 2 = FULL
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(Number(sqlite.pragma("busy_timeout", { simple: true }))).toBeGreaterThanOrEqual(5000);
  });

  it("enforces the schema's constraints", () => {
    const sqlite = getDb().$client;
    expect(() => sqlite.prepare("INSERT INTO organisations (slug, name, sector, status) VALUES ('x', 'X', 'business', 'approved')").run()).toThrow(
      /CHECK constraint failed: organisations_org_number_check/,
    );
    expect(() => sqlite.prepare("INSERT INTO organisations (slug, name, sector, status) VALUES ('y', 'Y', 'pirates', 'approved')").run()).toThrow(/CHECK constraint/);
    expect(() => sqlite.prepare("INSERT INTO organisation_areas (organisation_id, area_id) VALUES (999, 999)").run()).toThrow(/FOREIGN KEY/);
  });
});
