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

/** Closes every handle this process holds on the database file. */
export function closeDatabase(): void {
  closeDerivedCache();
  const db = globalForDb.__lagetDb;
  if (db) {
    db.$client.close();
    globalForDb.__lagetDb = undefined;
  }
}
