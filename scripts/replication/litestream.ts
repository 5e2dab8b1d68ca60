/**
 * Continuous replication with Litestream (ADR 015): the binary that `@flydotio/litestream` ships, the
 * configuration Laget writes for it from LITESTREAM_* (app/utils/env.server.ts), `litestream
 * replicate` run beside the server by `npm start` (scripts/start.ts), and `litestream restore` for
 * `npm run db:restore -- --from-replica` (scripts/db-restore.ts).
 *
 * The shipped binary is Litestream 0.3.13, so the configuration is in the 0.3 format
 * (`dbs[].replicas[]` with `url`, `sync-interval`, `snapshot-interval`, `retention`).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Replication } from "../../app/utils/env.server";
import { log } from "../../app/utils/log.server";

export class ReplicationError extends Error {}

/**
 * The Litestream binary of this platform, from the optional package `@flydotio/litestream` brings
 * (`@flydotio/litestream-linux-x64` …), or null when it is not installed. The package's own `bin`
 * is a Node wrapper that runs the binary with spawnSync; Laget runs the binary itself, so that the
 * process it stops (and a test `kill -9`s) is Litestream and not a wrapper around it.
 */
export function litestreamBinary(): string | null {
  const require = createRequire(import.meta.url);
  try {
    const manifest = require.resolve(`@flydotio/litestream-${process.platform}-${process.arch}/package.json`);
    const binary = path.join(path.dirname(manifest), "litestream");
    accessSync(binary, constants.X_OK);
    return binary;
  } catch {
    return null;
  }
}

/** The binary, or a ReplicationError that says how to get it. */
export function requireLitestreamBinary(): string {
  const binary = litestreamBinary();
  if (!binary) {
    throw new ReplicationError(
      `LITESTREAM_REPLICA_URL is set, but the Litestream binary for ${process.platform}-${process.arch} is not installed ` +
        "(it comes with the npm package @flydotio/litestream: run `npm install`). Refusing to start without replication.",
    );
  }
  return binary;
}

/** `litestream version` of a binary, e.g. "v0.3.13". */
export function litestreamVersion(binary: string): string {
  const result = spawnSync(binary, ["version"], { encoding: "utf8", timeout: 10_000 });
  if (result.status !== 0) throw new ReplicationError(`${binary} version failed: ${result.stderr || result.error?.message}`);
  return result.stdout.trim();
}

/** Where Laget writes Litestream's configuration for a database, and where it keeps its pid. */
export const configPathFor = (databasePath: string) => `${databasePath}.litestream.yml`;
export const pidPathFor = (databasePath: string) => `${databasePath}.litestream.pid`;
/** Litestream's own bookkeeping beside the database (generation, position); it belongs to that file. */
export const metaPathFor = (databasePath: string) => path.join(path.dirname(databasePath), `.${path.basename(databasePath)}-litestream`);

/**
 * Litestream 0.3's YAML for one database and one replica. Strings are written as JSON strings (valid
 * YAML), and every command runs with `-no-expand-env`, so a `$` in a path stays a `$`. Credentials
 * are not written: Litestream reads LITESTREAM_ACCESS_KEY_ID / LITESTREAM_SECRET_ACCESS_KEY (or
 * AWS_*) from its environment.
 */
export function litestreamConfig(databasePath: string, replication: Replication): string {
  const q = (value: string) => JSON.stringify(value);
  const lines = [
    "# Written by Laget (scripts/replication/litestream.ts) from LITESTREAM_* at every start; edits are lost.",
    "logging:",
    "  type: json",
    "  level: info",
    "dbs:",
    `  - path: ${q(databasePath)}`,
    "    replicas:",
    `      - url: ${q(replication.replicaUrl)}`,
    `        sync-interval: ${replication.syncInterval}`,
    `        snapshot-interval: ${replication.snapshotInterval}`,
    `        retention: ${replication.retention}`,
  ];
  if (replication.replicaUrl.startsWith("s3://")) {
    if (replication.s3Endpoint) lines.push(`        endpoint: ${q(replication.s3Endpoint)}`);
    if (replication.s3Region) lines.push(`        region: ${q(replication.s3Region)}`);
  }
  return `${lines.join("\n")}\n`;
}

export function writeLitestreamConfig(databasePath: string, replication: Replication): string {
  const file = configPathFor(databasePath);
  writeFileSync(file, litestreamConfig(databasePath, replication), { mode: 0o600 });
  return file;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  try {
    // A zombie (exited, not yet reaped by its parent) still answers signal 0.
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true; // no /proc (macOS)
  }
}

/** The pid in `<database>.litestream.pid` when that process is alive and is Litestream. */
export function runningLitestreamPid(databasePath: string): number | null {
  const file = pidPathFor(databasePath);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, "utf8"));
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return null;
  try {
    // Not a recycled pid: the process must be Litestream.
    if (!readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("litestream")) return null;
  } catch {
    // No /proc: trust the pid file.
  }
  return pid;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!alive(pid)) return true;
    await sleep(50);
  }
  return !alive(pid);
}

/**
 * A Litestream left running by an earlier `npm start` that was killed (kill -9, OOM): two
 * Litestreams replicating one database into one replica can damage it, so it is stopped first.
 */
async function stopLeftover(databasePath: string): Promise<void> {
  const pid = runningLitestreamPid(databasePath);
  if (pid === null) return;
  log.warn("a Litestream from an earlier start is still running; stopping it", { pid });
  process.kill(pid, "SIGTERM");
  if (!(await waitForExit(pid, 10_000))) {
    process.kill(pid, "SIGKILL");
    await waitForExit(pid, 5_000);
  }
}

/** Litestream's JSON log lines as Laget's, with `component: "litestream"`. */
function relayLog(stream: NodeJS.ReadableStream, fallbackLevel: "info" | "error") {
  let rest = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk: string) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop()!;
    for (const line of lines) {
      if (!line.trim()) continue;
      try {
        const { time: _time, level, msg, ...fields } = JSON.parse(line) as Record<string, unknown>;
        const lower = String(level ?? fallbackLevel).toLowerCase();
        const at = lower === "error" ? "error" : lower === "warn" || lower === "warning" ? "warn" : lower === "debug" ? "debug" : "info";
        log[at](`litestream: ${String(msg)}`, { component: "litestream", ...fields });
      } catch {
        log[fallbackLevel](`litestream: ${line}`, { component: "litestream" });
      }
    }
  });
}

export type RunningReplication = {
  /** The current Litestream process's pid (it changes when Litestream is restarted). */
  pid(): number | undefined;
  /** SIGTERM (Litestream's last sync, then it exits); SIGKILL after `timeoutMs`. */
  stop(timeoutMs?: number): Promise<void>;
};

/**
 * Starts `litestream replicate` for the database, beside the server, and keeps it running: when it
 * exits on its own it is logged as an error and started again (after 1 s, doubling to 30 s). It
 * runs in its own process group, so a Ctrl-C meant for the server reaches the server, which stops
 * Litestream after its own last write (server/server.ts `afterStop`). When this process exits
 * without that, Litestream gets a SIGTERM on the way out.
 */
export async function startReplication(databasePath: string, replication: Replication): Promise<RunningReplication> {
  const binary = requireLitestreamBinary();
  const version = litestreamVersion(binary);
  await stopLeftover(databasePath);
  const config = writeLitestreamConfig(databasePath, replication);
  const pidFile = pidPathFor(databasePath);

  let child: ChildProcess | undefined;
  let stopping = false;
  let backoffMs = 1_000;
  let restartTimer: NodeJS.Timeout | undefined;

  const launch = () => {
    const startedAt = Date.now();
    const current = spawn(binary, ["replicate", "-config", config, "-no-expand-env"], {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: process.env,
    });
    child = current;
    relayLog(current.stdout!, "info");
    relayLog(current.stderr!, "error");
    current.on("error", (error) => log.error("litestream could not be started", { error: error.message }));
    if (current.pid) writeFileSync(pidFile, String(current.pid));
    log.info("litestream replicating", {
      pid: current.pid,
      version,
      replica: redact(replication.replicaUrl),
      syncInterval: replication.syncInterval,
      config,
    });
    current.on("exit", (code, signal) => {
      if (stopping || child !== current) return;
      // Ran for a minute: the next failure starts the backoff again.
      if (Date.now() - startedAt > 60_000) backoffMs = 1_000;
      log.error("litestream stopped unexpectedly; starting it again", { code, signal, inMs: backoffMs });
      restartTimer = setTimeout(launch, backoffMs);
      backoffMs = Math.min(backoffMs * 2, 30_000);
    });
  };
  launch();

  const onExit = () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  process.on("exit", onExit);

  return {
    pid: () => child?.pid,
    async stop(timeoutMs = 8_000) {
      stopping = true;
      clearTimeout(restartTimer);
      process.off("exit", onExit);
      const current = child;
      if (!current || current.exitCode !== null || current.signalCode !== null) {
        rmSync(pidFile, { force: true });
        return;
      }
      const exited = new Promise<void>((resolve) => current.once("exit", () => resolve()));
      current.kill("SIGTERM");
      const timer = setTimeout(() => {
        log.error("litestream did not stop in time; killing it", { pid: current.pid, timeoutMs });
        current.kill("SIGKILL");
      }, timeoutMs);
      await exited;
      clearTimeout(timer);
      rmSync(pidFile, { force: true });
      log.info("litestream stopped", { pid: current.pid });
    },
  };
}

/** A replica URL fit for the log (no user:password part). */
function redact(url: string): string {
  return url.replace(/\/\/[^/@]*@/, "//…@");
}

/**
 * `litestream restore` of the database's newest state (or the state at `timestamp`) from the
 * replica into `output`, which must not exist. Returns how long it took.
 */
export function restoreFromReplica(options: {
  databasePath: string;
  replication: Replication;
  output: string;
  /** RFC 3339, e.g. 2026-12-07T13:55:00Z: the state at that moment. */
  timestamp?: string;
}): { durationMs: number } {
  const binary = requireLitestreamBinary();
  if (existsSync(options.output)) throw new ReplicationError(`${options.output} already exists.`);
  const config = writeLitestreamConfig(options.databasePath, options.replication);
  const started = Date.now();
  const args = ["restore", "-config", config, "-no-expand-env", "-o", options.output];
  if (options.timestamp) args.push("-timestamp", options.timestamp);
  args.push(options.databasePath);
  const result = spawnSync(binary, args, { encoding: "utf8", env: process.env, timeout: 30 * 60_000 });
  if (result.status !== 0) {
    rmSync(options.output, { force: true });
    throw new ReplicationError(
      `litestream restore from ${redact(options.replication.replicaUrl)} failed (exit ${result.status ?? result.signal}): ${(result.stderr || result.stdout || result.error?.message || "").trim()}`,
    );
  }
  return { durationMs: Date.now() - started };
}
