import { describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "../../db/connection";
import { seedDemoData } from "../../db/seed";
import { getDb } from "./db.server";
import { DERIVED_CACHE_MAX_WEIGHT, memoisePerDataVersion } from "./derived-cache.server";
import { getEnv } from "./env.server";

const countOrganisations = () =>
  (getDb().$client.prepare("SELECT count(*) AS n FROM organisations").get() as { n: number }).n;

describe("memoisePerDataVersion", () => {
  it("computes once while nothing is committed, and again after any commit", async () => {
    await seedDemoData(getDb());
    let computed = 0;
    const read = () => memoisePerDataVersion("organisations", () => (computed++, countOrganisations()));
    const before = read();
    expect(read()).toBe(before);
    expect(computed).toBe(1);

    // A commit by the server's own handle is seen by the very next read.
    getDb().$client.prepare("UPDATE organisations SET name = name || ' ' WHERE id = 1").run();
    expect(read()).toBe(before);
    expect(computed).toBe(2);

    // So is a commit by another connection (a script, another process).
    const other = openDatabase(getEnv().databasePath);
    migrateDatabase(other);
    other.$client.prepare("UPDATE organisations SET name = trim(name) WHERE id = 1").run();
    other.$client.close();
    read();
    expect(computed).toBe(3);
  });

  it("keeps keys apart", () => {
    expect(memoisePerDataVersion("a", () => 1)).toBe(1);
    expect(memoisePerDataVersion("b", () => 2)).toBe(2);
    expect(memoisePerDataVersion("a", () => 3)).toBe(1);
  });
});

describe("memoisePerDataVersion with a weight", () => {
  it("keeps weighed values within the budget, dropping the oldest first", () => {
    const half = DERIVED_CACHE_MAX_WEIGHT / 2;
    let computed = 0;
    const read = (key: string, size: number) =>
      memoisePerDataVersion(`weighed:${key}`, () => (computed++, { key, size }), { weight: (value) => value.size });
    read("first", half);
    read("second", half);
    memoisePerDataVersion("unweighed", () => "kept");
    expect(computed).toBe(2);
    read("first", half);
    read("second", half);
    expect(computed).toBe(2);

    // A third half does not fit: the oldest weighed value goes, the unweighed one stays.
    read("third", half);
    expect(computed).toBe(3);
    read("second", half);
    read("third", half);
    expect(computed).toBe(3);
    read("first", half);
    expect(computed).toBe(4);
    expect(memoisePerDataVersion("unweighed", () => "computed again")).toBe("kept");

    // Heavier than the whole budget: computed every time, never kept.
    read("huge", DERIVED_CACHE_MAX_WEIGHT + 1);
    read("huge", DERIVED_CACHE_MAX_WEIGHT + 1);
    expect(computed).toBe(6);
  });
});
