/**
 * `npm run db:restore -- <file>`: puts a backup in place of DATABASE_URL's file (db/backup.ts). Only
 * into a stopped instance: it refuses while a server holds the database (the server writes
 * `<database>.pid` while it runs). The backup is checked with `PRAGMA integrity_check` first; the
 * current file is kept beside it as `<database>.before-restore-<time>`.
 */
import path from "node:path";
import { BackupError, restoreDatabase } from "../db/backup";
import { readEnv } from "../app/utils/env.server";

const source = process.argv[2];
if (!source) {
  console.error("Usage: npm run db:restore -- <backup file>");
  process.exit(2);
}
const backup = path.resolve(process.cwd(), source);
const env = readEnv();
try {
  const { kept } = restoreDatabase(backup, env.databasePath);
  if (kept) console.log(`The current database is kept as ${kept}.`);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
console.log(`Restored ${backup} to ${env.databasePath}.`);
