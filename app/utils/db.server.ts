import { openDatabase, type Db } from "../../db/connection";
import { closeDerivedCache } from "./derived-cache.server";
import { getEnv } from "./env.server";

/**
 * The one database handle of the server process. Kept on globalThis so a development rebuild
 * reuses the connection instead of opening another.
 */
const globalForDb = globalThis as unknown as { __lagetDb?: Db };

export function getDb(): Db {
  globalForDb.__lagetDb ??= openDatabase(getEnv().databasePath);
  return globalForDb.__lagetDb;
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
  closeDerivedCache();
  const db = globalForDb.__lagetDb;
  if (db) {
    db.$client.close();
    globalForDb.__lagetDb = undefined;
  }
}
