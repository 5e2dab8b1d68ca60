import { openDatabase, type Db } from "../../db/connection";
import { openDataVersionWatcher, type DataVersionWatcher } from "../../db/data-version";
import { getEnv } from "./env.server";

/**
 * The one database handle of the server process, and the watcher of its public data version. Kept
 * on globalThis: a development rebuild reuses the connection instead of opening another, and code
 * loaded outside the build (vitest, the test harness) shares the handle with the build's copy of
 * this module (ADR 012).
 */
const globalForDb = globalThis as unknown as {
  __lagetDb?: Db;
  /** Bound to the handle it was opened for: a test that swaps databases never reads the other one's version. */
  __lagetDataVersion?: { db: Db; watcher: DataVersionWatcher };
};

export function getDb(): Db {
  // With Litestream beside the server, it does the checkpoints (ADR 015).
  globalForDb.__lagetDb ??= openDatabase(getEnv().databasePath, { walAutocheckpoint: getEnv().replication ? 0 : undefined });
  return globalForDb.__lagetDb;
}

/**
 * The public data version of the database behind getDb() (db/data-version.ts): moves on with every
 * commit to public data by any connection of any process. Read on a connection of its own.
 */
export function publicDataVersion(): number {
  const db = getDb();
  let current = globalForDb.__lagetDataVersion;
  if (current?.db !== db) {
    current?.watcher.close();
    current = { db, watcher: openDataVersionWatcher(db.$client.name) };
    globalForDb.__lagetDataVersion = current;
  }
  return current.watcher.version();
}

/**
 * A query built once per database handle, then run with values for its placeholders
 * (`sql.placeholder`, e.g. `query().all({ organisationId })`). drizzle otherwise builds a query's
 * SQL text on every run, which for the queries behind every signed-in page cost more than running
 * them: the partner overview's updates query took 0.4 ms to build and 0.13 ms to run.
 */
export function preparedQuery<T>(build: (db: Db) => T): () => T {
  const built = new WeakMap<Db, T>();
  return () => {
    const db = getDb();
    let query = built.get(db);
    if (query === undefined) {
      query = build(db);
      built.set(db, query);
    }
    return query;
  };
}

/** Closes every handle this process holds on the database file. */
export function closeDatabase(): void {
  globalForDb.__lagetDataVersion?.watcher.close();
  globalForDb.__lagetDataVersion = undefined;
  const db = globalForDb.__lagetDb;
  if (db) {
    db.$client.close();
    globalForDb.__lagetDb = undefined;
  }
}
