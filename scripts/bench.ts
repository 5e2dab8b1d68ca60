/**
 * `npm run bench`: Laget's production server on the large database, side by side with the physical
 * limit — a minimal node:http server that serves, from memory, a copy of the very same page.
 *
 * 1. builds (into .tmp/bench/build) and fills .tmp/bench/large.sqlite with `seedLargeData` unless it
 *    already holds that data (the seed takes about a minute; --reseed forces it);
 * 2. measures full-text search straight against the database (FTS5 alone, and the directory's whole
 *    search: count + page);
 * 3. starts both servers as their own processes and, per route and connection count, runs autocannon
 *    (a warm-up, then --duration seconds) against the static copy, Laget as an anonymous visitor
 *    (served by the response cache when the data has not changed) and Laget signed in as a partner
 *    (never cached: every request renders);
 * 4. prints a table with each route's ratio to the static baseline and writes bench/results.json.
 *
 * Options: --duration=10 --warmup=2 --connections=10,50 --routes=partnere,min-side --reseed
 * See docs/performance.md for what the numbers mean.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { migrateDatabase, openDatabase, type Db } from "../db/connection";
import { fromRoot } from "../app/utils/paths.server";
import { DEMO_PASSWORD } from "../db/seed";
import { DEFAULT_LARGE_COUNTS, LARGE_SEED_ACCOUNTS, seedLargeData } from "../db/seed-large";

const { values: options } = parseArgs({
  options: {
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    connections: { type: "string", default: "10,50" },
    routes: { type: "string" },
    reseed: { type: "boolean", default: false },
  },
});
const DURATION_S = Number(options.duration);
const WARMUP_S = Number(options.warmup);
const CONNECTIONS = options.connections.split(",").map(Number);
const ONLY = options.routes?.split(",");

const BENCH_DIR = fromRoot(".tmp/bench");
const BUILD_DIR = ".tmp/bench/build";
const DATABASE = path.join(BENCH_DIR, "large.sqlite");
const LAGET_PORT = 3900;
const STATIC_PORT = 3901;
const LAGET = `http://127.0.0.1:${LAGET_PORT}`;
const STATIC = `http://127.0.0.1:${STATIC_PORT}`;

type Target = { name: string; path: string; anonymous: boolean; signedIn: boolean };
type Measurement = { requestsPerSecond: number; p50Ms: number; p99Ms: number; non2xx: number; errors: number; requests: number };
type RouteResult = {
  name: string;
  path: string;
  connections: number;
  bytes: number;
  static: Measurement;
  anonymous: Measurement | null;
  signedIn: Measurement | null;
};

function step(text: string) {
  process.stdout.write(`\n== ${text}\n`);
}

function build() {
  step("building the production server");
  const result = spawnSync("npx", ["remix", "build"], {
    cwd: fromRoot("."),
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, LAGET_BUILD_DIR: BUILD_DIR, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new Error("remix build failed");
}

function tableCounts(db: Db) {
  const n = (table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return {
    organisations: n("organisations"),
    initiatives: n("initiatives"),
    participations: n("participations"),
    updates: n("updates"),
    users: n("users"),
    areas: n("areas"),
  };
}

async function prepareDatabase() {
  mkdirSync(BENCH_DIR, { recursive: true });
  if (existsSync(DATABASE) && !options.reseed) {
    const db = openDatabase(DATABASE);
    migrateDatabase(db);
    const counts = tableCounts(db);
    db.$client.close();
    if (counts.organisations >= DEFAULT_LARGE_COUNTS.organisations) {
      step(`reusing ${path.relative(process.cwd(), DATABASE)} (--reseed to refill it)`);
      return counts;
    }
  }
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${DATABASE}${suffix}`, { force: true });
  step("seeding the large database");
  const started = performance.now();
  const db = openDatabase(DATABASE);
  migrateDatabase(db);
  await seedLargeData(db, DEFAULT_LARGE_COUNTS);
  const counts = tableCounts(db);
  db.$client.close();
  process.stdout.write(`seeded in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return counts;
}

/** The busiest public records make the heaviest pages: the worst case, not a typical one. */
function chooseTargets(db: Db): { targets: Target[]; searchWords: { typical: string; commonest: string } } {
  const one = <T>(query: string) => db.$client.prepare(query).get() as T;
  const organisation = one<{ slug: string }>(`
    SELECT o.slug FROM organisations o JOIN participations p ON p.organisation_id = o.id
    WHERE o.status = 'approved' AND p.status = 'active'
    GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`);
  const initiative = one<{ slug: string }>(`
    SELECT i.slug FROM initiatives i JOIN participations p ON p.initiative_id = i.id
    WHERE i.is_public = 1 AND i.archived_at IS NULL AND p.status = 'active'
    GROUP BY i.id ORDER BY count(*) DESC, i.id LIMIT 1`);
  // An area filter deep in the list: a district (bydel) with enough approved partners (with the areas
  // below it) for a 50th page of 20; if no district has that many, the smallest municipality that does.
  const district = one<{ slug: string; kind: string; n: number } | undefined>(`
    WITH RECURSIVE subtree(root, id) AS (
      SELECT id, id FROM areas WHERE kind IN ('district', 'municipality')
      UNION ALL SELECT subtree.root, areas.id FROM areas JOIN subtree ON areas.parent_id = subtree.id
    )
    SELECT a.slug, a.kind, count(DISTINCT oa.organisation_id) AS n FROM subtree
    JOIN areas a ON a.id = subtree.root
    JOIN organisation_areas oa ON oa.area_id = subtree.id
    JOIN organisations o ON o.id = oa.organisation_id AND o.status = 'approved'
    GROUP BY subtree.root HAVING n >= 1000 ORDER BY a.kind = 'district' DESC, n LIMIT 1`);
  // A typical search: a word that about 1 % of the organisations have (a place, an activity). The
  // commonest word is measured too, as the worst case, in the search figures.
  db.$client.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.organisations_vocab USING fts5vocab(main, organisations_fts, row)");
  const organisationCount = one<{ n: number }>("SELECT count(*) AS n FROM organisations").n;
  const word = one<{ term: string }>(
    `SELECT term FROM temp.organisations_vocab WHERE length(term) >= 5 AND term GLOB '[a-z]*'
     ORDER BY abs(doc - ${Math.round(organisationCount / 100)}), term LIMIT 1`,
  ).term;
  const commonestWord = one<{ term: string }>(
    "SELECT term FROM temp.organisations_vocab WHERE length(term) >= 4 AND term GLOB '[a-z]*' ORDER BY doc DESC, term LIMIT 1",
  ).term;
  const targets: Target[] = [
    { name: "partnere", path: "/partnere", anonymous: true, signedIn: true },
    { name: "partnere-sok", path: `/partnere?q=${encodeURIComponent(word)}`, anonymous: true, signedIn: true },
    { name: "partnere-bydel-side-50", path: `/partnere?omrade=${district?.slug}&side=50`, anonymous: true, signedIn: true },
    { name: "partner-profil", path: `/partnere/${organisation.slug}`, anonymous: true, signedIn: true },
    { name: "tiltak", path: `/tiltak/${initiative.slug}`, anonymous: true, signedIn: true },
    { name: "samarbeid", path: "/samarbeid", anonymous: true, signedIn: true },
    { name: "api-organisations", path: "/api/v1/organisations", anonymous: true, signedIn: false },
    { name: "min-side", path: "/min-side", anonymous: false, signedIn: true },
  ];
  const chosen = targets.filter((t) => !ONLY || ONLY.includes(t.name));
  if (!district && chosen.some((t) => t.name === "partnere-bydel-side-50")) {
    throw new Error("no district or municipality with 1000 approved partners (50 pages) in the large database");
  }
  if (district) process.stdout.write(`area filter: ${district.slug} (${district.kind}, ${district.n} approved partners)\n`);
  return { targets: chosen, searchWords: { typical: word, commonest: commonestWord } };
}

/**
 * Times `runs` calls after a few unmeasured ones: the first calls of a query read its pages into
 * SQLite's cache and compile the statement, a cost the server pays once, not per search.
 */
function timeIt(runs: number, run: () => unknown) {
  for (let i = 0; i < 5; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Number(times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(3));
  return { runs, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: Number(times[times.length - 1]!.toFixed(3)) };
}

/**
 * FTS5 on its own (the ranked rowids of one page), and the directory's whole search (count + one
 * page + its areas and offers), on the large database: for a typical word, for the commonest word
 * (the worst case: it is in most descriptions) and for a three-letter prefix.
 */
async function measureSearch(words: { typical: string; commonest: string }) {
  step(`full-text search, straight against the database ("${words.typical}", worst case "${words.commonest}")`);
  process.env.DATABASE_URL = `file:${DATABASE}`;
  const { ftsMatchExpression } = await import("../app/models/full-text-search.server");
  const { searchApprovedOrganisations, NO_FILTERS } = await import("../app/models/organisation.server");
  const { getDb, closeDatabase } = await import("../app/utils/db.server");
  const fts = getDb().$client.prepare("SELECT rowid FROM organisations_fts WHERE organisations_fts MATCH ? ORDER BY rank LIMIT 20");
  const prefix = words.typical.slice(0, 3);
  const figures: Record<string, ReturnType<typeof timeIt>> = {};
  for (const [label, input] of [
    ["typical", words.typical],
    ["commonest", words.commonest],
    ["prefix", prefix],
  ] as const) {
    const match = ftsMatchExpression(input);
    // Enough runs that the p99 is not simply the slowest one (a garbage collection, another process).
    figures[`ftsOnly.${label}`] = timeIt(500, () => fts.all(match));
    figures[`directory.${label}`] = timeIt(100, () => searchApprovedOrganisations({ ...NO_FILTERS, match }, "relevans", 1));
  }
  closeDatabase();
  for (const [name, f] of Object.entries(figures)) process.stdout.write(`${name.padEnd(22)} p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms\n`);
  return { words: { ...words, prefix }, ...figures };
}

async function waitFor(url: string, child: ChildProcess) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not come up`);
}

function startLaget(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "server/server.ts"], {
    cwd: fromRoot("."),
    // Request logging stays on, as in production; its lines are discarded here.
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(LAGET_PORT),
      DATABASE_URL: `file:${DATABASE}`,
      LAGET_BUILD_DIR: BUILD_DIR,
      SEED_DEMO_DATA: "false",
      SESSION_SECURE_COOKIE: "false",
      LOG_LEVEL: "info",
    },
  });
}

async function signIn(): Promise<string> {
  const response = await fetch(`${LAGET}/logg-inn`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: LAGET, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email: LARGE_SEED_ACCOUNTS.partner, password: DEMO_PASSWORD }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith("laget_sesjon="));
  if (!cookie) throw new Error(`signing in as ${LARGE_SEED_ACCOUNTS.partner} failed (${response.status})`);
  return cookie.split(";")[0]!;
}

async function capture(url: string, cookie?: string) {
  const response = await fetch(url, { headers: cookie ? { Cookie: cookie } : {} });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  return { contentType: response.headers.get("content-type") ?? "text/html", body: await response.text() };
}

async function warm(url: string, headers: Record<string, string>): Promise<void> {
  await autocannon({ url, connections: 10, duration: Math.max(WARMUP_S, 1), headers, timeout: 10 });
}

async function load(url: string, connections: number, headers: Record<string, string>): Promise<Measurement> {
  const run = (duration: number) => autocannon({ url, connections, duration, headers, timeout: 10 });
  if (WARMUP_S > 0) await run(WARMUP_S);
  const result = await run(DURATION_S);
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

function printTable(results: RouteResult[]) {
  const header = ["route", "conn", "static req/s", "anon req/s", "anon/static", "anon p99", "signed-in req/s", "signed/static", "p50", "p99"];
  const rows = results.map((r) => {
    const ratio = (m: Measurement | null) => (m ? `${((m.requestsPerSecond / r.static.requestsPerSecond) * 100).toFixed(1)} %` : "–");
    return [
      r.name,
      String(r.connections),
      String(r.static.requestsPerSecond),
      r.anonymous ? String(r.anonymous.requestsPerSecond) : "–",
      ratio(r.anonymous),
      r.anonymous ? `${r.anonymous.p99Ms} ms` : "–",
      r.signedIn ? String(r.signedIn.requestsPerSecond) : "–",
      ratio(r.signedIn),
      r.signedIn ? `${r.signedIn.p50Ms} ms` : "–",
      r.signedIn ? `${r.signedIn.p99Ms} ms` : "–",
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join("  ");
  process.stdout.write(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${rows.map(line).join("\n")}\n`);
}

async function main() {
  build();
  const counts = await prepareDatabase();
  const db = openDatabase(DATABASE);
  const { targets, searchWords } = chooseTargets(db);
  db.$client.close();
  const search = await measureSearch(searchWords);

  const children: ChildProcess[] = [];
  const stopAll = () => children.forEach((child) => child.kill("SIGTERM"));
  process.on("exit", stopAll);
  try {
    const laget = startLaget();
    children.push(laget);
    await waitFor(`${LAGET}/healthz`, laget);
    const cookie = await signIn();

    // The static copy of each page is Laget's own answer for it, as the visitor the row measures.
    const pages: Record<string, { contentType: string; body: string }> = {};
    for (const target of targets) pages[target.path] = await capture(`${LAGET}${target.path}`, target.anonymous ? undefined : cookie);
    const pagesFile = path.join(BENCH_DIR, "pages.json");
    writeFileSync(pagesFile, JSON.stringify(pages));
    const staticServer = spawn(process.execPath, [fromRoot("scripts/bench/static-server.mjs"), pagesFile, String(STATIC_PORT)], {
      stdio: ["ignore", "ignore", "inherit"],
    });
    children.push(staticServer);
    await waitFor(`${STATIC}${targets[0]!.path}`, staticServer);

    // A freshly started process runs its first seconds unoptimised: every route is loaded once, as
    // each kind of visitor, before anything is measured (a server in production is warm).
    step("warming up both servers on every route");
    for (const target of targets) {
      await warm(`${STATIC}${target.path}`, {});
      if (target.anonymous) await warm(`${LAGET}${target.path}`, {});
      if (target.signedIn) await warm(`${LAGET}${target.path}`, { Cookie: cookie });
    }

    const results: RouteResult[] = [];
    for (const target of targets) {
      for (const connections of CONNECTIONS) {
        step(`${target.name} (${target.path}) at ${connections} connections`);
        const result: RouteResult = {
          name: target.name,
          path: target.path,
          connections,
          bytes: Buffer.byteLength(pages[target.path]!.body),
          static: await load(`${STATIC}${target.path}`, connections, {}),
          anonymous: target.anonymous ? await load(`${LAGET}${target.path}`, connections, {}) : null,
          signedIn: target.signedIn ? await load(`${LAGET}${target.path}`, connections, { Cookie: cookie }) : null,
        };
        process.stdout.write(
          `static ${result.static.requestsPerSecond} req/s` +
            (result.anonymous ? ` · anonymous ${result.anonymous.requestsPerSecond} req/s, p99 ${result.anonymous.p99Ms} ms` : "") +
            (result.signedIn ? ` · signed in ${result.signedIn.requestsPerSecond} req/s, p99 ${result.signedIn.p99Ms} ms` : "") +
            "\n",
        );
        results.push(result);
      }
    }
    printTable(results);

    const output = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version },
      settings: { durationSeconds: DURATION_S, warmupSeconds: WARMUP_S, connections: CONNECTIONS },
      database: counts,
      search,
      routes: results,
    };
    mkdirSync(fromRoot("bench"), { recursive: true });
    writeFileSync(fromRoot("bench/results.json"), `${JSON.stringify(output, null, 2)}\n`);
    process.stdout.write("\nwrote bench/results.json\n");
  } finally {
    stopAll();
  }
}

await main();
