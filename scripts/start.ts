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
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemoData } from "../db/seed";
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
  // `remix build` announces NODE_ENV=production: the bundle is always a production one, whatever mode the server runs in.
  log.info(built ? "sources changed since the last build; building" : "no build found; building", { bundle: "production", server: process.env.NODE_ENV ?? "development" });
  const result = spawnSync("npx", ["remix", "build"], { cwd: fromRoot("."), stdio: "inherit" });
  if (result.status !== 0) {
    log.error("build failed", { status: result.status });
    process.exit(1);
  }
}

/** Whether the demo data's administrator is in the database (the demo data was put in). */
function hasDemoAccounts(db: ReturnType<typeof openDatabase>): boolean {
  return db.$client.prepare("SELECT 1 FROM users WHERE email = ?").get(DEMO_ACCOUNTS.admin) !== undefined;
}

let env;
try {
  env = readEnv();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

log.info(`starting in ${env.NODE_ENV}`, { mode: env.NODE_ENV });
buildIfNeeded();

const db = openDatabase(env.databasePath);
migrateDatabase(db);
if (env.seedDemoData && isDatabaseEmpty(db)) {
  const summary = await seedDemoData(db);
  log.info("empty database filled with demo data", { ...summary });
}
// Outside production, say how to sign in to the demo data (its accounts and their shared password,
// both in the README): after seeding it, or when an earlier start did.
if (env.NODE_ENV !== "production" && hasDemoAccounts(db)) {
  log.info("demo accounts", { password: DEMO_PASSWORD, accounts: Object.entries(DEMO_ACCOUNTS).map(([role, email]) => `${email} (${role})`) });
}
db.$client.close();

const { serve } = await import("../server/server");
await serve();
