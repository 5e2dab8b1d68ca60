/**
 * The replication test (ADR 015): `npm start` with LITESTREAM_REPLICA_URL pointing at a directory,
 * writes over HTTP under load, then the machine "dies": the server (primary and workers) and
 * Litestream are `kill -9`ed at the same instant and the database with its -wal, -shm and
 * Litestream's bookkeeping is deleted. `npm run db:restore -- --from-replica` brings it back from the
 * replica, and the checks are those of the crash test (checks.ts) with one difference: a write
 * acknowledged in the last moments before the kill may be lost (Litestream ships the WAL every
 * LITESTREAM_SYNC_INTERVAL), so every write acknowledged more than `marginMs` before the kill must be
 * there. Then `npm start` again on the restored file, and one restored write is read over HTTP.
 *
 * It measures the loss window (RPO: how old the oldest lost write was at the kill) and the time to
 * recover (RTO: the restore command plus the start until /healthz answers).
 * Used by scripts/replication.test.ts (one round, in `npm test`) and scripts/test-replication.ts
 * (`npm run test:replication`, more rounds, prints the figures).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { fromRoot } from "../../app/utils/paths.server";
import { metaPathFor, pidPathFor } from "../replication/litestream";
import { checkDatabase, problemsIn } from "./checks";
import { startServer, type RunningServer } from "./server-process";
import { prepareDatabase, Workload, type AcknowledgedWrite } from "./workload";

export type ReplicationOptions = {
  rounds: number;
  port: number;
  /** How long the writers write before the kill, per round (ms). */
  loadMs: number;
  /** LITESTREAM_SYNC_INTERVAL, e.g. "1s". */
  syncInterval?: string;
  /** A write acknowledged longer than this before the kill must survive (ms). */
  marginMs?: number;
  concurrency?: number;
  buildDir?: string;
  /**
   * Replicate here instead of a fresh directory, e.g. `s3://laget-replika/test` (each round adds
   * `/round-<time>-<n>`), with the LITESTREAM_S3_* settings and keys in `replicaEnv`.
   */
  replicaUrl?: string;
  replicaEnv?: Record<string, string>;
  onProgress?: (message: string) => void;
};

export type RoundResult = {
  round: number;
  acknowledged: number;
  /** Acknowledged writes not in the restored database (all younger than the margin, or a problem). */
  lost: number;
  /** Kill time minus the acknowledgement of the oldest lost write; 0 when none was lost. */
  lossWindowMs: number;
  /** Kill time minus the acknowledgement of the newest write that survived. */
  newestSurvivorAgeMs: number;
  /** `npm run db:restore -- --from-replica`, start to end (includes starting Node for it). */
  restoreCommandMs: number;
  /** `litestream restore` alone, as the command reports it. */
  litestreamRestoreMs: number;
  /** `npm start` on the restored file until /healthz answers. */
  startMs: number;
  /** restoreCommandMs + startMs. */
  rtoMs: number;
  databaseBytes: number;
  /** Litestream's "sync error … checkpoint … database is locked" lines: retried, nothing lost. */
  busyCheckpoints: number;
  /** Everything wrong: lost writes older than the margin, integrity, half-written writes, failures. */
  problems: string[];
};

export type ReplicationResult = {
  rounds: RoundResult[];
  syncInterval: string;
  marginMs: number;
  durationMs: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

async function waitUntil(check: () => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${ms} ms waiting for ${what}.`);
    await sleep(20);
  }
}

function runRestore(env: Record<string, string>): Promise<{ code: number | null; output: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", fromRoot("scripts/db-restore.ts"), "--from-replica"], {
      cwd: fromRoot("."),
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NODE_ENV: "production", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output, ms: Date.now() - started }));
  });
}

export async function runReplicationTest(options: ReplicationOptions): Promise<ReplicationResult> {
  const started = Date.now();
  const syncInterval = options.syncInterval ?? "1s";
  const marginMs = options.marginMs ?? 3_000;
  const concurrency = options.concurrency ?? 8;
  const rounds: RoundResult[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    const dir = mkdtempSync(path.join(tmpdir(), "laget-replication-"));
    let server: RunningServer | undefined;
    try {
      const fixture = await prepareDatabase(path.join(dir, "db"), concurrency);
      const databasePath = fixture.databasePath;
      const replicaUrl = options.replicaUrl ? `${options.replicaUrl.replace(/\/+$/, "")}/round-${started}-${round}` : `file://${path.join(dir, "replica")}`;
      const env = {
        ...options.replicaEnv,
        DATABASE_URL: `file:${databasePath}`,
        LITESTREAM_REPLICA_URL: replicaUrl,
        LITESTREAM_SYNC_INTERVAL: syncInterval,
        WEB_CONCURRENCY: "2",
      };
      const serverOptions = { databasePath, port: options.port, buildDir: options.buildDir, entry: "start" as const, env, startTimeoutMs: 120_000 };
      server = await startServer(serverOptions);
      const litestreamPid = Number(readFileSync(pidPathFor(databasePath), "utf8"));
      if (!alive(litestreamPid)) throw new Error(`Litestream (pid ${litestreamPid}) is not running:\n${server.logLines.join("\n")}`);

      // Writes under load, then the machine dies: everything at the same instant.
      const workload = new Workload(fixture);
      let stopped = false;
      const writing = workload.run(server.baseUrl, concurrency, () => stopped);
      await sleep(options.loadMs);
      const killedAt = Date.now();
      process.kill(litestreamPid, "SIGKILL");
      stopped = true;
      await server.kill9();
      const serverLog = server.logLines;
      server = undefined;
      await writing;
      await waitUntil(() => !alive(litestreamPid), 10_000, "Litestream to die");
      // Litestream's errors while it ran. A checkpoint that found the database locked for longer
      // than its 1 s busy timeout (the server writing) is retried at the next sync and loses nothing:
      // counted, not a problem. Any other error is.
      const litestreamErrors = serverLog.filter((line) => line.includes('"component":"litestream"') && line.includes('"level":"error"'));
      const busyCheckpoints = litestreamErrors.filter((line) => /checkpoint: mode=\w+ err=database is locked/.test(line));
      const replicationErrors = litestreamErrors.filter((line) => !busyCheckpoints.includes(line));

      // The disk is gone; only the replica is left.
      for (const file of [databasePath, `${databasePath}-wal`, `${databasePath}-shm`, `${databasePath}.pid`, pidPathFor(databasePath)]) rmSync(file, { force: true });
      rmSync(metaPathFor(databasePath), { recursive: true, force: true });

      const restore = await runRestore(env);
      if (restore.code !== 0) throw new Error(`db:restore --from-replica failed (${restore.code}):\n${restore.output}`);
      const litestreamRestoreMs = Number(/in (\d+) ms/.exec(restore.output)?.[1] ?? NaN);
      const databaseBytes = existsSync(databasePath) ? readFileSync(databasePath).byteLength : 0;

      const report = checkDatabase(databasePath, workload.acknowledged);
      const missing = new Set(report.missing);
      const required = (w: AcknowledgedWrite) => w.ackedAt <= killedAt - marginMs;
      const lostOld = report.missing.filter(required);
      const survivors = workload.acknowledged.filter((w) => !missing.has(w));
      const problems = [
        ...problemsIn({ ...report, missing: lostOld }),
        ...workload.failures.map((failure) => `failed: ${JSON.stringify(failure)}`),
        ...replicationErrors.map((line) => `litestream error: ${line}`),
      ];
      if (workload.acknowledged.length === 0) problems.push("no write was acknowledged");

      // Laget again, on the restored file, with replication (a new generation); one write read back.
      const again = await startServer(serverOptions);
      server = again;
      const startMs = again.startupMs;
      const newestUpdate = survivors.filter((w) => w.kind === "update").at(-1);
      if (newestUpdate?.kind === "update") {
        const db = new Database(databasePath, { readonly: true, fileMustExist: true });
        const row = db.prepare("SELECT id FROM updates WHERE title = ?").get(newestUpdate.title) as { id: number } | undefined;
        db.close();
        const response = await fetch(`${again.baseUrl}/min-side/oppdateringer/${row?.id}`, { headers: { Cookie: fixture.partner.cookie } });
        const html = await response.text();
        if (response.status !== 200 || !html.includes(newestUpdate.title)) {
          problems.push(`the restored update "${newestUpdate.title}" was not served: HTTP ${response.status}`);
        }
      } else {
        problems.push("no update survived to read back");
      }
      const exitCode = await again.stop();
      server = undefined;
      if (exitCode !== 0) problems.push(`the restarted server stopped with exit code ${exitCode}`);
      if (existsSync(pidPathFor(databasePath))) problems.push("Litestream's pid file is left after a graceful stop");

      // A response can reach the writer a moment after the kill instant (sent before the SIGKILL
      // landed): such a write counts as acknowledged at the kill, not after it.
      const lossWindowMs = report.missing.length ? Math.max(0, killedAt - Math.min(...report.missing.map((w) => w.ackedAt))) : 0;
      const newestSurvivorAgeMs = survivors.length ? killedAt - Math.max(...survivors.map((w) => w.ackedAt)) : NaN;
      const result: RoundResult = {
        round,
        acknowledged: workload.acknowledged.length,
        lost: report.missing.length,
        lossWindowMs,
        newestSurvivorAgeMs,
        restoreCommandMs: restore.ms,
        litestreamRestoreMs,
        startMs,
        rtoMs: restore.ms + startMs,
        databaseBytes,
        busyCheckpoints: busyCheckpoints.length,
        problems,
      };
      rounds.push(result);
      options.onProgress?.(
        `round ${round}/${options.rounds}: ${result.acknowledged} acknowledged, ${result.lost} lost (loss window ${lossWindowMs} ms, newest survivor ${newestSurvivorAgeMs} ms before the kill), ` +
          `restore ${restore.ms} ms (litestream ${litestreamRestoreMs} ms), start ${startMs} ms, ${result.busyCheckpoints} busy checkpoints, ${problems.length} problems` +
          problems.map((problem) => `\n  ${problem}`).join(""),
      );
    } finally {
      await server?.kill9().catch(() => undefined);
      // A Litestream left by a failed round (it runs in a process group of its own).
      const pidFile = pidPathFor(path.join(dir, "db", "laget.sqlite"));
      if (existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, "utf8"));
        if (pid > 0 && alive(pid)) process.kill(pid, "SIGKILL");
      }
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { rounds, syncInterval, marginMs, durationMs: Date.now() - started };
}
