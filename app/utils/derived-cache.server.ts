import type { Db } from "../../db/connection";
import { openDataVersionWatcher, type DataVersionWatcher } from "../../db/data-version";
import { getDb } from "./db.server";

/**
 * Results derived from the whole data set (the collaboration matrix and network of a programme or
 * the nation) cost a scan of every public participation: tens of milliseconds at national scale,
 * for a figure that changes only when somebody commits. They are computed once per data version
 * (db/data-version.ts: any commit by any connection changes it) and reused until the next commit, so
 * a write is reflected in the very next read. The page around them is still rendered per request.
 *
 * Only for results whose inputs are the database and the key alone — never per person.
 */
const globalForCache = globalThis as unknown as {
  __lagetDerived?: { db: Db; watcher: DataVersionWatcher; version: number; values: Map<string, unknown> };
};

function cache() {
  const db = getDb();
  let state = globalForCache.__lagetDerived;
  // Bound to the handle in use: a test that swaps databases never sees the other one's results.
  if (state?.db !== db) {
    state?.watcher.close();
    const watcher = openDataVersionWatcher(db.$client.name);
    state = { db, watcher, version: watcher.version(), values: new Map() };
    globalForCache.__lagetDerived = state;
  }
  const version = state.watcher.version();
  if (version !== state.version) {
    state.version = version;
    state.values.clear();
  }
  return state.values;
}

export function memoisePerDataVersion<T>(key: string, compute: () => T): T {
  const values = cache();
  if (values.has(key)) return values.get(key) as T;
  const value = compute();
  values.set(key, value);
  return value;
}

/** Closes the watcher's connection (server shutdown, end of a test file). */
export function closeDerivedCache(): void {
  globalForCache.__lagetDerived?.watcher.close();
  globalForCache.__lagetDerived = undefined;
}
