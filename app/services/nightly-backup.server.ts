/**
 * The server's own nightly backups into BACKUP_DIR, run from the hourly maintenance tick: when one
 * is due (backup-retention.ts), a consistent online copy with the same function as
 * `npm run db:backup` (db/backup.ts), then old copies beyond 14 daily and 8 weekly are deleted.
 * One JSON log line per backup.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { backupDatabase } from "../../db/backup";
import { getEnv } from "~/utils/env.server";
import { now } from "~/utils/clock.server";
import { log } from "~/utils/log.server";
import { backupDue, backupFileName, backupsToDelete, backupTime } from "./backup-retention";

export type NightlyBackupResult = { file: string; bytes: number; deleted: string[] } | null;

/** Takes the nightly backup if BACKUP_DIR is set and one is due; returns what it did, or null. */
export async function runNightlyBackup(at: Date = new Date(now())): Promise<NightlyBackupResult> {
  const { backupDir, databasePath } = getEnv();
  if (!backupDir) return null;
  mkdirSync(backupDir, { recursive: true });
  const existing = readdirSync(backupDir);
  const newest = existing
    .map(backupTime)
    .filter((t): t is Date => t !== null)
    .reduce<Date | null>((a, b) => (a && a > b ? a : b), null);
  if (!backupDue(newest, at)) return null;

  const file = path.join(backupDir, backupFileName(at));
  const started = performance.now();
  try {
    // Written under another name first: a copy cut short by a crash must not count as the day's backup.
    const partial = `${file}.partial`;
    rmSync(partial, { force: true });
    const { bytes } = await backupDatabase(databasePath, partial);
    renameSync(partial, file);
    const deleted = backupsToDelete([...existing, path.basename(file)]);
    for (const name of deleted) rmSync(path.join(backupDir, name), { force: true });
    log.info("nightly backup", { file, bytes, durationMs: Math.round(performance.now() - started), deleted });
    return { file, bytes, deleted };
  } catch (error) {
    log.error("nightly backup failed", { file, error: (error as Error).message });
    throw error;
  }
}
