import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";

/**
 * The version of what the public pages show, for the caches that follow it (the response cache,
 * server/response-cache.ts, and the derived aggregates, app/utils/derived-cache.server.ts).
 *
 * It lives in the database: the row of `public_data_version`, which triggers move on with every
 * insert, update or delete in the tables that public pages read (migration 0004). Writes that no
 * public page shows (a signed-in person's session touch, rate-limit counts, the audit log, the mail
 * outbox, notifications, one-time tokens) leave it alone, so they do not empty the caches. Being in
 * the file, it is the same for every process of a cluster and survives a restart, so the ETags built
 * from it mean the same in every worker.
 *
 * Reading it costs a few microseconds: `PRAGMA data_version` (a look at the WAL index) says whether
 * anything was committed since the last look, and only then is the row read again. That pragma
 * changes when *another* connection commits, never for the connection's own commits; the watcher is
 * a connection of its own that never writes, so to it every commit is another's, whether it comes
 * from the server's one handle (app/utils/db.server.ts), another process or a second handle.
 */
export type PublicDataVersion = {
  /** Moves on with every committed change to public data. */
  version: number;
  /** Random, set when the database was created and anew when it is restored from a backup. */
  epoch: string;
  /** When the version last moved on, and when the one before it began (unix seconds). */
  changedAtSeconds: number;
  previousChangedAtSeconds: number;
};

export type DataVersionWatcher = {
  /** The current public data version (the number alone). */
  version(): number;
  /** The current public data version with its epoch and times, for HTTP validators. */
  current(): PublicDataVersion;
  close(): void;
};

export function openDataVersionWatcher(file: string): DataVersionWatcher {
  // Not opened read-only: a read-only connection cannot open a WAL database whose -shm file is
  // missing (e.g. right after a clean shutdown). This connection still never writes.
  const sqlite = new Database(file, { fileMustExist: true });
  sqlite.pragma("busy_timeout = 5000");
  const commits = sqlite.prepare("PRAGMA data_version").pluck();
  const row = hasVersionTable(sqlite)
    ? sqlite.prepare<[], { version: number; epoch: string; changedAtSeconds: number; previousChangedAtSeconds: number }>(
        "SELECT version, epoch, changed_at AS changedAtSeconds, previous_changed_at AS previousChangedAtSeconds FROM public_data_version WHERE id = 1",
      )
    : undefined;
  // A database from before migration 0004 (only a script's, never the server's: it migrates first)
  // has no counter: every commit counts then, with an epoch of this watcher's own.
  const fallbackEpoch = randomBytes(6).toString("hex");
  const read = (commit: number): PublicDataVersion =>
    row?.get() ?? { version: commit, epoch: fallbackEpoch, changedAtSeconds: Math.floor(Date.now() / 1000), previousChangedAtSeconds: 0 };

  let lastCommit = commits.get() as number;
  let last = read(lastCommit);
  const current = () => {
    const commit = commits.get() as number;
    if (commit !== lastCommit) {
      lastCommit = commit;
      last = read(commit);
    }
    return last;
  };
  return {
    version: () => current().version,
    current,
    close: () => sqlite.close(),
  };
}

/** A restored backup must not repeat the ETags of the versions it rolled back: it gets a new epoch. */
export function renewDataVersionEpoch(sqlite: Database.Database): void {
  if (hasVersionTable(sqlite)) sqlite.prepare("UPDATE public_data_version SET epoch = ? WHERE id = 1").run(randomBytes(6).toString("hex"));
}

/** Databases from before migration 0004 have no counter row. */
function hasVersionTable(sqlite: Database.Database): boolean {
  return sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'public_data_version'").get() !== undefined;
}
