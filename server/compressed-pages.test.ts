/**
 * Every public page of a database at national shape, asked for with each Accept-Encoding a browser
 * sends, arrives whole: the decompressed body equals the body sent without compression (apart from
 * the per-response CSP nonce), on the first request (rendered) and the second (from the response
 * cache). Large compressed pages once never arrived from the cache (issue 18, item 0): the cache
 * corked the socket and the compression middleware then waited for a drain that never came. Some of
 * these pages are over 256 kB, as the test checks, so they pass through more than one socket buffer.
 * Needs a build (`npx remix build`, or LAGET_BUILD_DIR); `npm test` builds before vitest.
 */
import { request as httpRequest } from "node:http";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../db/connection";
import { seedLargeData } from "../db/seed-large";
import { startServer, type RunningServer } from "../scripts/durability/server-process";

const PORT = 3320;
const databaseFile = process.env.DATABASE_URL!.slice("file:".length);
let server: RunningServer;
let paths: string[] = [];

/** What Chromium, Firefox and Safari send, and the single encodings they accept. */
const ENCODINGS = ["gzip, deflate, br, zstd", "gzip, deflate, br", "br", "gzip", "deflate"];

beforeAll(async () => {
  const db = openDatabase(databaseFile);
  await seedLargeData(db, { organisations: 3_000, users: 3_200, initiatives: 600, participations: 4_000, updates: 6_000 }, { passwordHash: "unused" });
  const one = (sql: string) => (db.$client.prepare(sql).get() as { slug: string }).slug;
  const organisation = one("SELECT slug FROM organisations WHERE status = 'approved' ORDER BY id LIMIT 1");
  const initiative = one("SELECT i.slug FROM initiatives i JOIN participations p ON p.initiative_id = i.id GROUP BY i.id ORDER BY count(*) DESC LIMIT 1");
  // The area with the most organisations below it: the longest area page.
  const area = one("SELECT a.slug FROM areas a WHERE a.parent_id IS NULL ORDER BY (SELECT count(*) FROM areas c WHERE c.parent_id = a.id) DESC LIMIT 1");
  db.$client.close();
  paths = [
    "/",
    "/partnere",
    `/partnere/${organisation}`,
    "/tiltak",
    `/tiltak/${initiative}`,
    "/omrader",
    `/omrader/${area}`,
    "/samarbeid",
    "/oppdateringer",
    "/oppdateringer.atom",
    "/apne-data",
    "/tilgjengelighet",
    "/personvern",
    "/api/v1/organisations",
    "/api/v1/organisations?format=csv",
    "/api/v1/initiatives",
    "/api/v1/participations",
    "/logg-inn",
    "/registrer",
  ];
  server = await startServer({ databasePath: databaseFile, port: PORT, env: { WEB_CONCURRENCY: "1" } });
}, 120_000);

afterAll(async () => {
  await server?.stop();
});

type Answer = { status: number; encoding: string | undefined; body: Buffer; cache: string | undefined };

/** One GET with the given Accept-Encoding; the body as it came over the wire. Fails after 10 s. */
function get(path: string, acceptEncoding: string | undefined): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = acceptEncoding ? { "Accept-Encoding": acceptEncoding } : {};
    const req = httpRequest(`${server.baseUrl}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: res.headers["content-encoding"],
          body: Buffer.concat(chunks),
          cache: res.headers["x-cache"] as string | undefined,
        }),
      );
      res.on("error", reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no complete answer to ${path} (${acceptEncoding}) within 10 s`)));
    req.on("error", reject);
    req.end();
  });
}

function decoded({ encoding, body }: Answer): string {
  switch (encoding) {
    case undefined:
    case "identity":
      return body.toString("utf8");
    case "gzip":
      return gunzipSync(body).toString("utf8");
    case "br":
      return brotliDecompressSync(body).toString("utf8");
    case "deflate":
      return inflateSync(body).toString("utf8");
    default:
      throw new Error(`unexpected Content-Encoding ${encoding}`);
  }
}

/** The nonce is the one part of a page that differs between two answers. */
const withoutNonce = (html: string) => html.replace(/nonce="[^"]*"/g, 'nonce=""');

describe("compressed public pages", () => {
  it("covers pages larger than 256 kB", async () => {
    const sizes = await Promise.all(paths.map(async (path) => (await get(path, undefined)).body.length));
    expect(Math.max(...sizes)).toBeGreaterThan(256 * 1024);
  });

  it("sends every public page whole with each encoding a browser asks for, rendered and from the cache", async () => {
    for (const path of paths) {
      const identity = await get(path, undefined);
      expect(identity.status, path).toBe(200);
      const expected = withoutNonce(identity.body.toString("utf8"));
      for (const acceptEncoding of ENCODINGS) {
        // The first answer may be a render, the second comes from the cache where the page is cached.
        for (let i = 0; i < 2; i++) {
          const answer = await get(path, acceptEncoding);
          expect(answer.status, `${path} ${acceptEncoding}`).toBe(200);
          if (answer.body.length > 1024) expect(answer.encoding, `${path} ${acceptEncoding}`).toBeDefined();
          expect(withoutNonce(decoded(answer)), `${path} ${acceptEncoding} (${answer.cache})`).toBe(expected);
        }
      }
    }
  }, 120_000);

  it("served large compressed pages from the cache", async () => {
    const answer = await get("/omrader", "gzip, deflate, br, zstd");
    expect(answer.cache).toBe("hit");
    expect(answer.body.length).toBeGreaterThan(0);
  });
});
