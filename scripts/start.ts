/**
 * `npm start`: everything a fresh checkout needs to serve Laget.
 * 1. checks the configuration, 2. builds if the build is missing or older than the sources,
 * 3. applies migrations, 4. fills an empty database with demo data (not in production unless
 * SEED_DEMO_DATA=true), 5. starts the HTTP server.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { migrateDatabase, openDatabase } from "../db/connection";
import { isDatabaseEmpty, seedDemoData } from "../db/seed";
import { readEnv } from "../app/utils/env.server";
import { log } from "../app/utils/log.server";
import { fromRoot } from "../app/utils/paths.server";

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function buildIfNeeded() {
  const built = newestMtime(fromRoot(process.env.LAGET_BUILD_DIR ?? "build", "index.js"));
  const sources = Math.max(
    ...["app", "remix.config.js", "postcss.config.js", "package.json", "db/schema.ts"].map((p) => newestMtime(fromRoot(p))),
  );
  if (built > sources) return;
  log.info(built ? "sources changed since the last build; building" : "no build found; building");
  const result = spawnSync("npx", ["remix", "build"], { cwd: fromRoot("."), stdio: "inherit" });
  if (result.status !== 0) {
    log.error("build failed", { status: result.status });
    process.exit(1);
  }
}

let env;
try {
  env = readEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

buildIfNeeded();

const db = openDatabase(env.databasePath);
migrateDatabase(db);
if (env.seedDemoData && isDatabaseEmpty(db)) {
  const summary = await seedDemoData(db);
  log.info("empty database filled with demo data", { ...summary });
}
db.$client.close();

const { serve } = await import("./server");
await serve();
