import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { fromRoot } from "../app/utils/paths.server";
import * as schema from "./schema";
import { cacheStatements } from "./statement-cache";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * Opens the SQLite file with the pragmas Laget relies on:
 * - WAL so readers never wait for the writer, synchronous=FULL so an acknowledged commit survives
 *   power loss, foreign keys enforced, and a busy timeout so concurrent writers queue instead of failing.
 * Used by the server (app/utils/db.server.ts), the scripts and the tests alike.
 */
export function openDatabase(
  file: string,
  options: {
    readonly?: boolean;
    /** Called with every statement run (parameters filled in); the statement-budget test counts them. */
    verbose?: (sql: string) => void;
    /**
     * SQLite's `wal_autocheckpoint` (pages; SQLite's default is 1000). 0 leaves checkpoints to
     * another process: the server sets it when Litestream replicates the file, so that no
     * checkpoint of the server's moves WAL frames into the database before Litestream has copied
     * them (Litestream's guidance; ADR 015). Litestream then checkpoints itself.
     */
    walAutocheckpoint?: number;
  } = {},
): Db {
  if (!options.readonly) mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new Database(file, {
    readonly: options.readonly ?? false,
    ...(options.verbose ? { verbose: (message: unknown) => options.verbose?.(String(message)) } : {}),
  });
  sqlite.pragma("busy_timeout = 5000");
  if (!options.readonly) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  if (options.walAutocheckpoint !== undefined) sqlite.pragma(`wal_autocheckpoint = ${Math.max(0, Math.trunc(options.walAutocheckpoint))}`);
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("temp_store = MEMORY");
  sqlite.pragma("cache_size = -32000");
  cacheStatements(sqlite);
  return drizzle(sqlite, { schema }) as Db;
}

export const migrationsFolder = fromRoot("db/migrations");

export function migrateDatabase(db: Db, folder: string = migrationsFolder): void {
  migrate(db, { migrationsFolder: folder });
}
