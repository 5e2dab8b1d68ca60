/**
 * `npm run db:backup -- <file>`: a consistent copy of the live database, taken with SQLite's online
 * backup API while the server keeps running and writing. The copy is checked with
 * `PRAGMA integrity_check` before the command reports success.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { readEnv } from "../app/utils/env.server";

const target = process.argv[2];
if (!target) {
  console.error("Usage: npm run db:backup -- <file>");
  process.exit(2);
}
const file = path.resolve(process.cwd(), target);
if (existsSync(file)) {
  console.error(`${file} already exists; choose a new file name.`);
  process.exit(1);
}

const env = readEnv();
const source = new Database(env.databasePath, { fileMustExist: true });
source.pragma("busy_timeout = 5000");
await source.backup(file);
source.close();

const copy = new Database(file, { readonly: true });
const check = copy.pragma("integrity_check", { simple: true });
copy.close();
if (check !== "ok") {
  console.error(`The backup failed its integrity check: ${String(check)}`);
  process.exit(1);
}
console.log(`Backup of ${env.databasePath} written to ${file} (integrity ok).`);
