import Database from "better-sqlite3";

/**
 * Tells whether anything has been committed to the database file since the last look.
 *
 * SQLite's `PRAGMA data_version` changes when *another* connection commits, never for the
 * connection's own commits. So the watcher is a connection of its own that never writes: to it,
 * every commit is another connection's, whether it comes from the server's one handle
 * (app/utils/db.server.ts), another process (a script, a backup restore's migration) or a second
 * handle in the same process. Reading it takes a few microseconds (a look at the WAL index).
 */
export type DataVersionWatcher = {
  /** A number that differs from the previous answer whenever a commit has happened in between. */
  version(): number;
  close(): void;
};

export function openDataVersionWatcher(file: string): DataVersionWatcher {
  // Not opened read-only: a read-only connection cannot open a WAL database whose -shm file is
  // missing (e.g. right after a clean shutdown). This connection still never writes.
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  const statement = sqlite.prepare("PRAGMA data_version").pluck();
  return {
    version: () => statement.get() as number,
    close: () => sqlite.close(),
  };
}
