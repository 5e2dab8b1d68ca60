import type Database from "better-sqlite3";
import { vi } from "vitest";
import { getDb } from "~/utils/db.server";

/**
 * How many statements `fn` runs on the process's database handle: each run counts, whether the
 * statement was prepared for it or kept from before (preparedQuery, the statement cache). Counting
 * calls to `prepare` would miss the kept ones. The data version's own connection is not counted.
 */
export function countStatements<T>(fn: () => T): { result: T; statements: number } {
  const client = getDb().$client;
  const statement = Object.getPrototypeOf(client.prepare("SELECT 1")) as Database.Statement;
  const spies = (["all", "get", "run", "iterate"] as const).map((method) => vi.spyOn(statement, method));
  try {
    const result = fn();
    const onThisHandle = (spy: (typeof spies)[number]) => spy.mock.contexts.filter((run) => (run as Database.Statement).database === client).length;
    return { result, statements: spies.reduce((total, spy) => total + onThisHandle(spy), 0) };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}
