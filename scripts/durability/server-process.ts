/**
 * The real production server (server/server.ts around the Remix build) as a child process of the
 * durability tests, so it can be `kill -9`ed and restarted like a crashed machine would be.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { fromRoot } from "../../app/utils/paths.server";

export type ServerOptions = {
  databasePath: string;
  port: number;
  /** Defaults to LAGET_BUILD_DIR or `build`, as server/server.ts reads it. */
  buildDir?: string;
  logLevel?: "debug" | "info" | "warn" | "error";
  env?: Record<string, string>;
  /**
   * `server` (default) runs server/server.ts alone; `start` runs scripts/start.ts, as `npm start`
   * does (migrations, Litestream when LITESTREAM_REPLICA_URL is set, then the server). A `start`
   * server runs in its own process group, and kill9() kills the whole group at once: the primary and
   * its workers die together, as on a machine that lost power.
   */
  entry?: "server" | "start";
  /** Milliseconds to wait for /healthz (default 60 000). */
  startTimeoutMs?: number;
};

export type RunningServer = {
  baseUrl: string;
  /** Every line the server wrote to stdout or stderr (its JSON log). */
  logLines: string[];
  /** Milliseconds from spawn until /healthz answered 200. */
  startupMs: number;
  pid: number;
  kill9(): Promise<void>;
  /** SIGTERM, as a graceful stop; resolves with the exit code. */
  stop(): Promise<number | null>;
};

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const buildDir = options.buildDir ?? process.env.LAGET_BUILD_DIR ?? "build";
  if (!existsSync(fromRoot(buildDir, "index.js"))) {
    throw new Error(`No production build in ${fromRoot(buildDir)}: run \`npx remix build\` first.`);
  }
  const started = Date.now();
  const entry = options.entry ?? "server";
  const child = spawn(process.execPath, ["--import", "tsx", fromRoot(entry === "start" ? "scripts/start.ts" : "server/server.ts")], {
    cwd: fromRoot("."),
    detached: entry === "start",
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      NODE_ENV: "production",
      DATABASE_URL: `file:${options.databasePath}`,
      PORT: String(options.port),
      HOST: "127.0.0.1",
      LAGET_BUILD_DIR: buildDir,
      // The tests send X-Forwarded-For per request, so the per-IP registration limit counts
      // simulated people rather than blocking the one test process.
      TRUST_PROXY: "loopback",
      SESSION_SECURE_COOKIE: "false",
      SEED_DEMO_DATA: "false",
      LOG_LEVEL: options.logLevel ?? "warn",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logLines: string[] = [];
  for (const stream of [child.stdout!, child.stderr!]) {
    let rest = "";
    stream.setEncoding("utf8");
    stream.on("data", (chunk: string) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop()!;
      logLines.push(...lines.filter(Boolean));
    });
  }
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const gone = exited(child);

  // Ready when /healthz answers; a server that exits first failed to start.
  let ready = false;
  const timeoutMs = options.startTimeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  while (!ready) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${logLines.join("\n")}`);
    if (Date.now() > deadline) {
      if (entry === "start") process.kill(-child.pid!, "SIGKILL");
      else child.kill("SIGKILL");
      throw new Error(`The server did not answer /healthz within ${timeoutMs / 1000} s:\n${logLines.join("\n")}`);
    }
    try {
      ready = (await fetch(`${baseUrl}/healthz`)).ok;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  return {
    baseUrl,
    logLines,
    startupMs: Date.now() - started,
    pid: child.pid!,
    async kill9() {
      if (entry === "start") process.kill(-child.pid!, "SIGKILL");
      else child.kill("SIGKILL");
      await gone;
    },
    async stop() {
      child.kill("SIGTERM");
      return gone;
    },
  };
}
