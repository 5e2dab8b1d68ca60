/**
 * `npm run db:restore -- <file>`: puts a backup in place of DATABASE_URL's file. Only into a stopped
 * instance: it refuses while a server holds the database (the server writes `<database>.pid` while it
 * runs). The backup is checked with `PRAGMA integrity_check` first; the current file is kept beside
 * it as `<database>.before-restore-<time>`.
 */
import { copyFileSync, existsSync, readFileSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { readEnv } from "../app/utils/env.server";

const source = process.argv[2];
if (!source) {
  console.error("Usage: npm run db:restore -- <backup file>");
  process.exit(2);
}
const backup = path.resolve(process.cwd(), source);
if (!existsSync(backup)) {
  console.error(`${backup} does not exist.`);
  process.exit(1);
}

const env = readEnv();
const pidFile = `${env.databasePath}.pid`;
if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, "utf8"));
  let running = false;
  try {
    process.kill(pid, 0);
    running = true;
  } catch {
    running = false;
  }
  if (running) {
    console.error(`Laget is running (pid ${pid}) on ${env.databasePath}. Stop it first, then restore.`);
    process.exit(1);
  }
}

const check = new Database(backup, { readonly: true });
const result = check.pragma("integrity_check", { simple: true });
check.close();
if (result !== "ok") {
  console.error(`Refusing to restore: the backup failed its integrity check (${String(result)}).`);
  process.exit(1);
}

if (existsSync(env.databasePath)) {
  const kept = `${env.databasePath}.before-restore-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  renameSync(env.databasePath, kept);
  console.log(`The current database is kept as ${kept}.`);
}
for (const suffix of ["-wal", "-shm"]) rmSync(`${env.databasePath}${suffix}`, { force: true });
copyFileSync(backup, env.databasePath);
console.log(`Restored ${backup} to ${env.databasePath}.`);
