/**
 * The one way Laget backs up and restores its SQLite file, used by `npm run db:backup` /
 * `npm run db:restore` (scripts/db-backup.ts, scripts/db-restore.ts), the nightly backups of the
 * running server (app/services/nightly-backup.server.ts) and the durability tests.
 *
 * Backups use SQLite's online backup API (through better-sqlite3): it copies a consistent snapshot
 * while the server keeps writing, which copying the file (and its -wal) by hand does not.
 */
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { renewDataVersionEpoch } from "./data-version";

export class BackupError extends Error {}

/** `PRAGMA integrity_check` of a closed database file: "ok" or SQLite's description of the damage. */
export function integrityOf(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return String(db.pragma("integrity_check", { simple: true }));
  } finally {
    db.close();
  }
}

/**
 * A backup is one self-contained file: the copy inherits WAL mode from the live database, and a WAL
 * file opened (even read-only) grows -wal and -shm companions that would be left lying beside it.
 * The server switches the restored file back to WAL when it opens it (db/connection.ts).
 */
function makeSelfContained(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("journal_mode = DELETE");
  } finally {
    db.close();
  }
}

/**
 * Writes a consistent copy of `databasePath` to `target` (which must not exist yet) and checks it.
 * Safe while a server writes: the busy timeout lets the copy wait for a writer's lock instead of failing.
 */
export async function backupDatabase(databasePath: string, target: string): Promise<{ bytes: number }> {
  if (existsSync(target)) throw new BackupError(`${target} already exists; choose a new file name.`);
  const source = new Database(databasePath, { fileMustExist: true });
  let bytes = 0;
  try {
    source.pragma("busy_timeout = 5000");
    // All pages in one step: SQLite restarts a stepwise backup whenever another connection (the
    // server) writes between steps, so under steady writes a stepwise copy might never finish. One
    // step reads one snapshot; in WAL mode that does not hold up the writers.
    const progress = await source.backup(target, { progress: () => 0x7fffffff });
    bytes = progress.totalPages * Number(source.pragma("page_size", { simple: true }));
  } finally {
    source.close();
  }
  makeSelfContained(target);
  const check = integrityOf(target);
  if (check !== "ok") {
    rmSync(target, { force: true });
    throw new BackupError(`The backup failed its integrity check: ${check}`);
  }
  return { bytes };
}

/** The pid in `<database>.pid` when that process is still alive (the server writes the file while it runs). */
export function runningServerPid(databasePath: string): number | null {
  const pidFile = `${databasePath}.pid`;
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8"));
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/**
 * Puts `backup` in place of `databasePath`. Refuses while a server holds the database and when the
 * backup fails its integrity check; the current file is kept beside it as
 * `<database>.before-restore-<time>`. Returns that kept file's path, if there was one.
 */
export function restoreDatabase(backup: string, databasePath: string): { kept: string | null } {
  if (!existsSync(backup)) throw new BackupError(`${backup} does not exist.`);
  const pid = runningServerPid(databasePath);
  if (pid !== null) throw new BackupError(`Laget is running (pid ${pid}) on ${databasePath}. Stop it first, then restore.`);
  const check = integrityOf(backup);
  if (check !== "ok") throw new BackupError(`Refusing to restore: the backup failed its integrity check (${check}).`);

  let kept: string | null = null;
  if (existsSync(databasePath)) {
    kept = `${databasePath}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
    renameSync(databasePath, kept);
    // The -wal of a server that was killed holds committed pages; it belongs to the kept file.
    if (existsSync(`${databasePath}-wal`)) renameSync(`${databasePath}-wal`, `${kept}-wal`);
  }
  // A stale -wal beside the restored file would be replayed into it.
  for (const suffix of ["-wal", "-shm"]) rmSync(`${databasePath}${suffix}`, { force: true });
  copyFileSync(backup, databasePath);
  // The restored file rolls the public data version back; a new epoch keeps browsers' copies of
  // pages from the rolled-back versions from passing for current ones (db/data-version.ts).
  const restored = new Database(databasePath, { fileMustExist: true });
  try {
    renewDataVersionEpoch(restored);
  } finally {
    restored.close();
  }
  return { kept };
}
