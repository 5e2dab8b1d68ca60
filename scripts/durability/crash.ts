/**
 * The crash test: start the real server, drive concurrent writes, `kill -9` it at a random moment,
 * start it again, and repeat; then check the database (checks.ts). Used by scripts/crash.test.ts
 * (20 kills, part of `npm test`) and scripts/test-crash.ts (`npm run test:crash`, 200 kills).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkDatabase, type DatabaseReport } from "./checks";
import { startServer } from "./server-process";
import { prepareDatabase, Workload } from "./workload";

export type CrashOptions = {
  kills: number;
  port: number;
  concurrency?: number;
  /** The server runs for a random time in this range (ms) of writes before each kill. */
  runMs?: [number, number];
  buildDir?: string;
  onProgress?: (message: string) => void;
};

export type CrashResult = DatabaseReport & {
  kills: number;
  acknowledged: number;
  unanswered: number;
  failures: Workload["failures"];
  startupMs: { min: number; median: number; max: number };
  durationMs: number;
};

export async function runCrashTest(options: CrashOptions): Promise<CrashResult> {
  const started = Date.now();
  const concurrency = options.concurrency ?? 8;
  const [minRun, maxRun] = options.runMs ?? [100, 700];
  const dir = mkdtempSync(path.join(tmpdir(), "laget-crash-"));
  try {
    const fixture = await prepareDatabase(dir, concurrency);
    const workload = new Workload(fixture);
    const startups: number[] = [];
    for (let kill = 1; kill <= options.kills; kill++) {
      const server = await startServer({ databasePath: fixture.databasePath, port: options.port, buildDir: options.buildDir });
      startups.push(server.startupMs);
      let killed = false;
      const writing = workload.run(server.baseUrl, concurrency, () => killed);
      // The kill lands while writers have requests in flight: mid-transaction, mid-response, between.
      await new Promise((resolve) => setTimeout(resolve, minRun + Math.random() * (maxRun - minRun)));
      killed = true;
      await server.kill9();
      await writing;
      options.onProgress?.(`kill ${kill}/${options.kills}: ${workload.acknowledged.length} writes acknowledged so far (start-up ${server.startupMs} ms)`);
    }
    // One last start and a graceful stop: the server must come up on whatever the last kill left.
    const last = await startServer({ databasePath: fixture.databasePath, port: options.port, buildDir: options.buildDir });
    startups.push(last.startupMs);
    await last.stop();

    const report = checkDatabase(fixture.databasePath, workload.acknowledged);
    const sorted = [...startups].sort((a, b) => a - b);
    return {
      ...report,
      kills: options.kills,
      acknowledged: workload.acknowledged.length,
      unanswered: workload.unanswered,
      failures: workload.failures,
      startupMs: { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! },
      durationMs: Date.now() - started,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
