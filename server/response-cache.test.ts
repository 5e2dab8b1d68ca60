/**
 * The response cache (server/response-cache.ts) in the real production server: the built app behind
 * server/server.ts, as a process of its own, on a seeded SQLite file. Needs a build (`npx remix
 * build`, or LAGET_BUILD_DIR); `npm test` builds before vitest.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/connection";
import { memberships, organisations, participations, users } from "../db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "../db/seed";
import { fromRoot } from "../app/utils/paths.server";

const PORT = 3517;
const BASE = `http://127.0.0.1:${PORT}`;
const ORIGIN = { Origin: BASE };
const databaseFile = process.env.DATABASE_URL!.slice("file:".length);
let server: ChildProcess;

beforeAll(async () => {
  const buildDir = process.env.LAGET_BUILD_DIR ?? "build";
  if (!existsSync(fromRoot(buildDir, "index.js"))) throw new Error(`No production build in ${buildDir}: run \`npx remix build\` first.`);
  const db = openDatabase(databaseFile);
  await seedDemoData(db);
  db.$client.close();
  server = spawn(process.execPath, ["--import", "tsx", "server/server.ts"], {
    cwd: fromRoot("."),
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      HOST: "127.0.0.1",
      PUBLIC_URL: BASE,
      SESSION_SECURE_COOKIE: "false",
      LOG_LEVEL: "warn",
      LAGET_BUILD_DIR: buildDir,
      // One process, so a repeat request meets the copy the first one left (each process has its
      // own cache; server/cluster.test.ts covers what the processes of a cluster share).
      WEB_CONCURRENCY: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${BASE}/healthz`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (attempt > 150 || server.exitCode !== null) throw new Error("The server did not start");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 30_000);

afterAll(() => {
  server?.kill("SIGTERM");
});

type Page = { status: number; headers: Headers; html: string };

/** Reads the whole body, so the server has finished the response before the next request. */
async function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Page> {
  const response = await fetch(`${BASE}${path}`, { method, headers, redirect: "manual" });
  return { status: response.status, headers: response.headers, html: await response.text() };
}

function nonceOf(response: Page): string {
  const match = /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "");
  if (!match) throw new Error("no nonce in the Content-Security-Policy");
  return match[1]!;
}

/** Every nonce attribute in a page. */
function nonceAttributes(html: string): string[] {
  return [...html.matchAll(/nonce="([^"]*)"/g)].map((match) => match[1]!);
}

async function signIn(email: string): Promise<string> {
  const response = await fetch(`${BASE}/logg-inn`, {
    method: "POST",
    headers: { ...ORIGIN, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD }),
    redirect: "manual",
  });
  expect(response.status).toBe(302);
  const cookie = response.headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

describe("response cache for anonymous public pages", () => {
  it("answers the second anonymous request from the cache, with its own nonce", async () => {
    const first = await get("/partnere");
    const firstHtml = first.html;
    expect(first.status).toBe(200);
    expect(first.headers.get("x-cache")).toBe("miss");
    // Without compression, so the length of the copy can be checked.
    const second = await get("/partnere", { "Accept-Encoding": "identity" });
    const secondHtml = second.html;
    expect(second.status).toBe(200);
    expect(second.headers.get("x-cache")).toBe("hit");

    const [firstNonce, secondNonce] = [nonceOf(first), nonceOf(second)];
    expect(secondNonce).not.toBe(firstNonce);
    // Every inline script of each response carries that response's nonce, and the old one is gone.
    expect(nonceAttributes(firstHtml).length).toBeGreaterThan(0);
    expect(new Set(nonceAttributes(firstHtml))).toEqual(new Set([firstNonce]));
    expect(new Set(nonceAttributes(secondHtml))).toEqual(new Set([secondNonce]));
    expect(secondHtml).not.toContain(firstNonce);
    expect(secondHtml.split(secondNonce).join("N")).toBe(firstHtml.split(firstNonce).join("N"));
    expect(Number(second.headers.get("content-length"))).toBe(Buffer.byteLength(secondHtml));
    // The headers the page needs come with the copy; those of one response are fresh.
    expect(second.headers.get("content-type")).toBe(first.headers.get("content-type"));
    expect(second.headers.get("x-content-type-options")).toBe("nosniff");
    expect(second.headers.get("vary")).toMatch(/cookie/i);
  });

  it("keys by path and query: another query is rendered on its own", async () => {
    expect((await get("/partnere?side=2")).headers.get("x-cache")).toBe("miss");
    expect((await get("/partnere?side=2")).headers.get("x-cache")).toBe("hit");
    expect((await get("/partnere/?x")).headers.get("x-cache")).toBeNull(); // not a public path as written
  });

  it("answers a HEAD from the copy without a body", async () => {
    await get("/samarbeid");
    const head = await get("/samarbeid", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("x-cache")).toBe("hit");
    expect(head.html).toBe("");
  });

  it("answers a repeat visit with 304 on If-None-Match or If-Modified-Since, without a new policy", async () => {
    const page = await get("/tiltak");
    const etag = page.headers.get("etag");
    const lastModified = page.headers.get("last-modified");
    expect(etag).toMatch(/^W\/".+"$/);
    expect(lastModified).toBeTruthy();
    expect(page.headers.get("cache-control")).toBe("no-cache");

    const byTag = await get("/tiltak", { "If-None-Match": etag! });
    expect(byTag.status).toBe(304);
    expect(byTag.headers.get("etag")).toBe(etag);
    // The browser keeps the body it stored with its nonce; a new policy would block its scripts.
    expect(byTag.headers.get("content-security-policy")).toBeNull();
    expect(byTag.html).toBe("");

    const byDate = await get("/tiltak", { "If-Modified-Since": lastModified! });
    expect(byDate.status).toBe(304);
    expect(byDate.headers.get("content-security-policy")).toBeNull();

    const otherTag = await get("/tiltak", { "If-None-Match": 'W/"something-else"' });
    expect(otherTag.status).toBe(200);
    expect(nonceAttributes(otherTag.html)).toContain(nonceOf(otherTag));
  });

  it("keeps the languages apart", async () => {
    const bokmal = await get("/omrader");
    expect(bokmal.html).toContain('<html lang="nb"');
    const english = await get("/omrader", { Cookie: "laget_sprak=en" });
    expect(english.headers.get("x-cache")).toBe("miss");
    expect(english.html).toContain('<html lang="en"');
    const englishAgain = await get("/omrader", { Cookie: "laget_sprak=en" });
    expect(englishAgain.headers.get("x-cache")).toBe("hit");
    expect(englishAgain.html).toContain('<html lang="en"');
    const bokmalAgain = await get("/omrader");
    expect(bokmalAgain.headers.get("x-cache")).toBe("hit");
    expect(bokmalAgain.html).toContain('<html lang="nb"');
    // A bokmål copy's validator does not confirm the English page.
    const crossed = await get("/omrader", { Cookie: "laget_sprak=en", "If-None-Match": bokmal.headers.get("etag")! });
    expect(crossed.status).toBe(200);
  });

  it("never answers a signed-in person from the cache, nor anyone with another cookie", async () => {
    await get("/partnere");
    expect((await get("/partnere")).headers.get("x-cache")).toBe("hit");
    const cookie = await signIn(DEMO_ACCOUNTS.partner);
    const signedIn = await get("/partnere", { Cookie: cookie });
    expect(signedIn.headers.get("x-cache")).toBe("bypass");
    expect(signedIn.html).toContain('action="/logg-ut"');
    // Not even a 304 for a validator the person got while signed out.
    const conditional = await get("/partnere", { Cookie: `${cookie}; laget_sprak=nb`, "If-None-Match": "*" });
    expect(conditional.status).toBe(200);
    expect(conditional.headers.get("x-cache")).toBe("bypass");
    expect((await get("/partnere", { Cookie: "laget_sesjon=expired" })).headers.get("x-cache")).toBe("bypass");
  });

  it("keeps only 200 responses", async () => {
    expect((await get("/partnere/finnes-ikke")).status).toBe(404);
    const again = await get("/partnere/finnes-ikke");
    expect(again.status).toBe(404);
    expect(again.headers.get("x-cache")).toBe("miss");
    expect(again.headers.get("etag")).toBeNull();
  });

  it("shows a write over HTTP in the very next anonymous read", async () => {
    const db = openDatabase(databaseFile, { readonly: true });
    const partner = db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_ACCOUNTS.partner)).get()!;
    const membership = db.select({ organisationId: memberships.organisationId }).from(memberships).where(eq(memberships.userId, partner.id)).get()!;
    const active = db
      .select({ initiativeId: participations.initiativeId })
      .from(participations)
      .where(and(eq(participations.organisationId, membership.organisationId), eq(participations.status, "active")))
      .get()!;
    db.$client.close();

    await get("/oppdateringer");
    expect((await get("/oppdateringer")).headers.get("x-cache")).toBe("hit");
    const cookie = await signIn(DEMO_ACCOUNTS.partner);
    const title = "Leksehjelp hver tirsdag fra mars";
    const posted = await fetch(`${BASE}/min-side/oppdateringer`, {
      method: "POST",
      headers: { ...ORIGIN, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ initiativeId: String(active.initiativeId), title, body: "Åpent for alle.", visibility: "public" }),
      redirect: "manual",
    });
    expect(posted.status).toBe(302);
    const next = await get("/oppdateringer");
    expect(next.headers.get("x-cache")).toBe("miss");
    expect(next.html).toContain(title);
  });

  it("shows a write by another process in the very next anonymous read", async () => {
    const db = openDatabase(databaseFile, { readonly: true });
    const organisation = db
      .select({ slug: organisations.slug, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.status, "approved"))
      .get()!;
    db.$client.close();
    const path = `/partnere/${organisation.slug}`;
    await get(path);
    const cached = await get(path);
    expect(cached.headers.get("x-cache")).toBe("hit");
    expect(cached.html).toContain(organisation.name);

    const renamed = `${organisation.name} Omdøpt`;
    const script = spawnSync(
      process.execPath,
      [
        "-e",
        `const db = new (require("better-sqlite3"))(process.argv[1]);
         db.prepare("UPDATE organisations SET name = ? WHERE slug = ?").run(process.argv[2], process.argv[3]);
         db.close();`,
        databaseFile,
        renamed,
        organisation.slug,
      ],
      { cwd: fromRoot("."), encoding: "utf8" },
    );
    expect(script.stderr).toBe("");
    expect(script.status).toBe(0);
    const next = await get(path);
    expect(next.headers.get("x-cache")).toBe("miss");
    expect(next.html).toContain(renamed);
  });

  it("keeps its copies through writes that no public page shows (a session touch, a rate-limit count)", async () => {
    await get("/omrader");
    expect((await get("/omrader")).headers.get("x-cache")).toBe("hit");
    const db = openDatabase(databaseFile);
    db.$client.prepare("INSERT INTO rate_limit_hits (bucket, at) VALUES ('test', ?)").run(Date.now());
    db.$client.prepare("UPDATE sessions SET last_seen_at = last_seen_at + 1").run();
    db.$client.close();
    expect((await get("/omrader")).headers.get("x-cache")).toBe("hit");
  });
});
