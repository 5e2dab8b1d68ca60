/**
 * `npm start`: everything a fresh checkout needs to serve Laget.
 * 1. checks the configuration, 2. checks that the patches in patches/ are applied, 3. builds if the
 * build is missing or older than the sources (in production only when there is no build at all and
 * the Remix compiler is installed: a production install leaves out the development dependencies, so
 * the build is made beforehand with `npm run build`), 4. applies migrations, 5. fills an empty
 * database with demo data (not in production unless SEED_DEMO_DATA=true), 6. with
 * LITESTREAM_REPLICA_URL set, starts `litestream replicate` beside the server (and refuses to start
 * without its binary; scripts/replication/litestream.ts, ADR 015), 7. starts the HTTP server, which
 * stops Litestream after its own graceful stop.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { migrateDatabase, openDatabase } from "../db/connection";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, isDatabaseEmpty, seedDemoData } from "../db/seed";
import { readEnv } from "../app/utils/env.server";
import { readOidcProviders } from "../app/services/oidc-config.server";
import { log } from "../app/utils/log.server";
import { fromRoot } from "../app/utils/paths.server";
import { missingPatches, missingPatchesMessage } from "./patch-markers";
import { ReplicationError, requireLitestreamBinary, startReplication, type RunningReplication } from "./replication/litestream";

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function buildIfNeeded(production: boolean) {
  const buildDir = process.env.LAGET_BUILD_DIR ?? "build";
  const built = newestMtime(fromRoot(buildDir, "index.js"));
  const sources = Math.max(
    ...["app", "remix.config.js", "postcss.config.js", "package.json", "db/schema.ts"].map((p) => newestMtime(fromRoot(p))),
  );
  if (built > sources) return;
  if (production && built) {
    // The build that was deployed is the one to serve; file times after a copy or checkout say little.
    log.warn("the sources look newer than the build; serving the build as it is (`npm run build` makes a new one)", { build: fromRoot(buildDir) });
    return;
  }
  if (production && !existsSync(fromRoot("node_modules/@remix-run/dev/package.json"))) {
    log.error("no build found; run `npm run build` (with the development dependencies installed) before `npm start`", { build: fromRoot(buildDir) });
    process.exit(1);
  }
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
  // Single sign-on's variables are checked at start too: a mistake stops the server, not a sign-in.
  readOidcProviders(process.env, env.publicUrl);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

log.info(`starting in ${env.NODE_ENV}`, { mode: env.NODE_ENV });
const unpatched = missingPatches(fromRoot("."));
if (unpatched.length > 0) {
  console.error(missingPatchesMessage(unpatched));
  process.exit(1);
}
buildIfNeeded(env.NODE_ENV === "production");
if (env.replication) {
  // Before anything touches the database: no replication promised, no server.
  try {
    requireLitestreamBinary();
  } catch (error) {
    if (!(error instanceof ReplicationError)) throw error;
    log.error(error.message, {});
    process.exit(1);
  }
}

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

// Started after the migrations (its first snapshot holds them) and before the first request.
let replication: RunningReplication | undefined;
if (env.replication) replication = await startReplication(env.databasePath, env.replication);

const { serve } = await import("../server/server");
await serve({ afterStop: replication ? () => replication.stop() : undefined });
