/**
 * `npm run db:backup -- <file>`: a consistent copy of the live database, taken with SQLite's online
 * backup API while the server keeps running and writing (db/backup.ts). The copy is checked with
 * `PRAGMA integrity_check` before the command reports success.
 */
import path from "node:path";
import { backupDatabase, BackupError } from "../db/backup";
import { readEnv } from "../app/utils/env.server";

const target = process.argv[2];
if (!target) {
  console.error("Usage: npm run db:backup -- <file>");
  process.exit(2);
}
const file = path.resolve(process.cwd(), target);
const env = readEnv();
try {
  await backupDatabase(env.databasePath, file);
} catch (error) {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
console.log(`Backup of ${env.databasePath} written to ${file} (integrity ok).`);
