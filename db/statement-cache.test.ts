/**
 * The statement cache (db/statement-cache.ts): the same SQL text is compiled once per connection,
 * and whoever gets a cached statement gets it as a fresh one would be — in object mode, never busy.
 */
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "./connection";
import { cacheStatements } from "./statement-cache";
import { areas } from "./schema";

const file = path.join(tmpdir(), `laget-statement-cache-${randomUUID()}.sqlite`);
const db = openDatabase(file);
migrateDatabase(db);
afterAll(() => {
  db.$client.close();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
});

function memoryDatabase(maxEntries?: number) {
  const sqlite = new Database(":memory:");
  sqlite.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO t (name) VALUES ('a'), ('b'), ('c')");
  cacheStatements(sqlite, maxEntries);
  return sqlite;
}

describe("the statement cache", () => {
  it("hands out the compiled statement again for the same text", () => {
    const sqlite = memoryDatabase();
    const first = sqlite.prepare("SELECT name FROM t WHERE id = ?");
    expect(sqlite.prepare("SELECT name FROM t WHERE id = ?")).toBe(first);
    expect(sqlite.prepare("SELECT name FROM t WHERE id = ? ")).not.toBe(first);
    expect(first.get(2)).toEqual({ name: "b" });
  });

  it("resets the result mode a previous user left behind", () => {
    const sqlite = memoryDatabase();
    const text = "SELECT id, name FROM t ORDER BY id";
    expect(sqlite.prepare(text).raw().all()).toEqual([[1, "a"], [2, "b"], [3, "c"]]);
    expect(sqlite.prepare(text).all()).toEqual([{ id: 1, name: "a" }, { id: 2, name: "b" }, { id: 3, name: "c" }]);
    sqlite.prepare(text).pluck();
    expect(sqlite.prepare(text).get()).toEqual({ id: 1, name: "a" });
    sqlite.prepare(text).expand();
    expect(sqlite.prepare(text).get()).toEqual({ id: 1, name: "a" });
  });

  it("never hands out a statement that is still iterating", () => {
    const sqlite = memoryDatabase();
    const text = "SELECT name FROM t ORDER BY id";
    const names: string[] = [];
    for (const row of sqlite.prepare(text).iterate() as IterableIterator<{ name: string }>) {
      const again = sqlite.prepare(text);
      expect(again.busy).toBe(false);
      names.push(row.name);
    }
    expect(names).toEqual(["a", "b", "c"]);
  });

  it("keeps at most maxEntries statements, dropping the least recently used", () => {
    const sqlite = memoryDatabase(2);
    const one = sqlite.prepare("SELECT 1");
    const two = sqlite.prepare("SELECT 2");
    expect(sqlite.prepare("SELECT 1")).toBe(one);
    sqlite.prepare("SELECT 3");
    expect(sqlite.prepare("SELECT 1")).toBe(one);
    expect(sqlite.prepare("SELECT 2")).not.toBe(two);
  });

  it("is on the connections Laget opens, and drizzle's results stay the same when it mixes modes", () => {
    const text = "SELECT 42 AS answer";
    expect(db.$client.prepare(text)).toBe(db.$client.prepare(text));
    db.insert(areas).values({ slug: "cache-test", name: "Cachetest", kind: "municipality", parentId: null }).run();
    // drizzle runs a query with selected fields in raw mode and maps the rows itself; the same text
    // prepared by anyone afterwards must give objects again.
    const query = db.select({ slug: areas.slug, name: areas.name }).from(areas).where(eq(areas.slug, "cache-test")).orderBy(asc(areas.id));
    const { sql: queryText, params } = query.toSQL();
    for (let round = 0; round < 3; round++) {
      expect(query.all()).toEqual([{ slug: "cache-test", name: "Cachetest" }]);
      expect(db.$client.prepare(queryText).all(...params)).toEqual([{ slug: "cache-test", name: "Cachetest" }]);
      expect(db.get(sql`SELECT count(*) AS n FROM areas WHERE slug = ${"cache-test"}`)).toEqual({ n: 1 });
    }
  });
});
