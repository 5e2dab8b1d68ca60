/**
 * `npm run db:restore -- <file>`: puts a backup in place of DATABASE_URL's file (db/backup.ts).
 * `npm run db:restore -- --from-replica [--timestamp 2026-12-07T13:55:00Z]`: the same with the
 * newest state (or the state at that moment) that Litestream replicated to LITESTREAM_REPLICA_URL
 * (scripts/replication/litestream.ts, ADR 015).
 *
 * Only into a stopped instance: it refuses while a server holds the database (the server writes
 * `<database>.pid` while it runs) or a Litestream replicates it (`<database>.litestream.pid`). The
 * backup is checked with `PRAGMA integrity_check` first; the current file is kept beside it as
 * `<database>.before-restore-<time>`.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BackupError, restoreDatabase, runningServerPid } from "../db/backup";
import { readEnv } from "../app/utils/env.server";
import { metaPathFor, ReplicationError, restoreFromReplica, runningLitestreamPid } from "./replication/litestream";

const usage = "Usage: npm run db:restore -- <backup file>\n       npm run db:restore -- --from-replica [--timestamp <RFC 3339 time, e.g. 2026-12-07T13:55:00Z>]";
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { "from-replica": { type: "boolean", default: false }, timestamp: { type: "string" } },
});
const fromReplica = values["from-replica"];
if (fromReplica ? positionals.length > 0 : positionals.length !== 1 || values.timestamp) {
  console.error(usage);
  process.exit(2);
}

let env;
try {
  env = readEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const databasePath = env.databasePath;

function fail(error: unknown): never {
  if (!(error instanceof BackupError) && !(error instanceof ReplicationError)) throw error;
  console.error(error.message);
  process.exit(1);
}

if (!fromReplica) {
  const backup = path.resolve(process.cwd(), positionals[0]!);
  try {
    const { kept } = restoreDatabase(backup, databasePath);
    if (kept) console.log(`The current database is kept as ${kept}.`);
  } catch (error) {
    fail(error);
  }
  console.log(`Restored ${backup} to ${databasePath}.`);
  process.exit(0);
}

if (!env.replication) {
  console.error("--from-replica needs LITESTREAM_REPLICA_URL (and for S3 the LITESTREAM_S3_* settings and credentials) of the replica to restore from.");
  process.exit(2);
}
const serverPid = runningServerPid(databasePath);
if (serverPid !== null) fail(new BackupError(`Laget is running (pid ${serverPid}) on ${databasePath}. Stop it first, then restore.`));
const litestreamPid = runningLitestreamPid(databasePath);
if (litestreamPid !== null) fail(new BackupError(`Litestream is replicating ${databasePath} (pid ${litestreamPid}). Stop Laget (which stops it) first, then restore.`));

// Litestream writes the restored file beside the database, then db/backup.ts checks it and puts it
// in place exactly as it does a backup file.
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const restored = `${databasePath}.from-replica-${stamp}`;
try {
  const { durationMs } = restoreFromReplica({ databasePath, replication: env.replication, output: restored, timestamp: values.timestamp });
  console.log(`litestream restore wrote ${restored} in ${durationMs} ms.`);
  const checkStarted = Date.now();
  const { kept } = restoreDatabase(restored, databasePath);
  console.log(`Checked (integrity_check ok) and put in place in ${Date.now() - checkStarted} ms.`);
  if (kept) console.log(`The current database is kept as ${kept}.`);
  // Litestream's bookkeeping of the old file (its generation and WAL position) does not describe
  // the restored one; moved aside, the next start begins a new generation from the restored file.
  const meta = metaPathFor(databasePath);
  if (existsSync(meta)) renameSync(meta, `${meta}.before-restore-${stamp}`);
} catch (error) {
  if (!(error instanceof BackupError) && !(error instanceof ReplicationError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  // Litestream restores into `<output>.tmp` and renames it; the -wal and -shm of that stay behind.
  for (const suffix of ["", "-wal", "-shm", ".tmp", ".tmp-wal", ".tmp-shm"]) rmSync(`${restored}${suffix}`, { force: true });
}
if (process.exitCode === 1) process.exit(1);
console.log(`Restored ${databasePath} from ${env.replication.replicaUrl}${values.timestamp ? ` as it was at ${values.timestamp}` : ""}.`);
