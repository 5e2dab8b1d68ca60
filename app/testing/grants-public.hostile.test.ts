/**
 * The grants in public (/tilskudd, /tilskudd/:slug, /api/v1/grants) under hostile query parameters:
 * page numbers of every shape, unknown and malformed slugs, formats and parameters the API does not
 * know. A page answers, redirects to its one clean address or says 404; the API answers or refuses
 * with 400 and a Norwegian message; nothing is ever a 5xx, and no rejected application or private
 * person's name ever shows.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { getRequest, loadBuiltApp, type BuiltApp } from "./built-app.server";
import { hasInjectedElement, hostileId, hostileText, showsNorwegianMessage } from "./hostile-input";

const SCHEME = "naermiljotilskudd-storhaug";
/** A lone surrogate cannot be put in an address at all (a browser sends U+FFFD); pairs go too, which is fine here. */
const SURROGATES = /[\ud800-\udfff]/g;
/** What the demo's decided round holds that must never be public: the rejection and the private applicant. */
const NEVER_PUBLIC = ["Kaffekurs for nabolaget", "Ida Ildsjel", "ida.ildsjel"];

let app: BuiltApp;
beforeAll(async () => {
  await seedDemoData(getDb());
  app = await loadBuiltApp();
});

async function get(path: string) {
  const response = await app(getRequest(path));
  const body = await response.text();
  return { status: response.status, body, location: response.headers.get("Location"), type: response.headers.get("Content-Type") };
}

function expectNothingPrivate(body: string) {
  for (const text of NEVER_PUBLIC) expect(body).not.toContain(text);
}

describe("the public grant pages", () => {
  it("list the granted applications, never the rejected one or the private person's name", async () => {
    for (const path of ["/tilskudd", `/tilskudd/${SCHEME}`]) {
      const page = await get(path);
      expect(page.status, path).toBe(200);
      expect(page.body).toContain("Kajakkdag for alle i Lervig");
      expect(page.body).toContain("Nabolagsfest i Emmaus");
      expect(page.body).toContain("Bokbytte i Badedammen");
      expect(page.body).toContain("Privatperson");
      // 25 000 + 20 000 + 5 000 kroner.
      expect(page.body).toMatch(/50[\s\u00a0\u202f]000 kr/);
      expectNothingPrivate(page.body);
    }
  });

  it("redirect a page number of any shape to the list's clean address, and past the end to the last page", async () => {
    for (const side of ["0", "-1", "abc", "1.5", "1e3", "", "%00", "99999999999", "1"]) {
      const answer = await get(`/tilskudd?side=${encodeURIComponent(side)}`);
      expect(answer.status, side).toBe(302);
      expect(answer.location, side).toBe("/tilskudd");
    }
    expect((await get("/tilskudd?side=7")).location).toBe("/tilskudd");
    expect((await get(`/tilskudd/${SCHEME}?side=2`)).location).toBe(`/tilskudd/${SCHEME}`);
    expect((await get("/tilskudd?ukjent=1&side=1")).location).toBe("/tilskudd");
  });

  it("say 404 for an unknown or malformed scheme, and never fail on any slug or page", async () => {
    expect((await get("/tilskudd/finnes-ikke")).status).toBe(404);
    for (const raw of ["/tilskudd/%E0%A4%A", "/tilskudd/%00", "/tilskudd/..%2F..%2Fetc", "/tilskudd/NAERMILJOTILSKUDD-STORHAUG"]) {
      expect([400, 404], raw).toContain((await get(raw)).status);
    }
    await fc.assert(
      fc.asyncProperty(hostileText, hostileId, async (slug, side) => {
        const safe = (s: string) => encodeURIComponent(s.slice(0, 2000).replace(SURROGATES, "\ufffd"));
        const answer = await get(`/tilskudd/${safe(slug)}?side=${safe(side)}`);
        expect(answer.status).toBeLessThan(500);
        expect([200, 302, 404]).toContain(answer.status);
        expect(hasInjectedElement(answer.body)).toBe(false);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe("/api/v1/grants", () => {
  it("gives the granted applications as JSON, paged as the other endpoints, without private names", async () => {
    const all = await get("/api/v1/grants");
    expect(all.status).toBe(200);
    const json = JSON.parse(all.body) as { data: { title: string; recipient: { kind: string; name?: string }; amountGranted: number }[]; meta: { total: number; totalPages: number } };
    expect(json.meta).toMatchObject({ total: 3, totalPages: 1 });
    expect(json.data.map((g) => g.title).sort()).toEqual(["Bokbytte i Badedammen", "Kajakkdag for alle i Lervig", "Nabolagsfest i Emmaus"]);
    expect(json.data.find((g) => g.title === "Bokbytte i Badedammen")!.recipient).toEqual({ kind: "private_person" });
    expect(json.data.reduce((s, g) => s + g.amountGranted, 0)).toBe(50_000);
    expectNothingPrivate(all.body);

    const page2 = JSON.parse((await get("/api/v1/grants?page=2&per_page=2")).body) as { data: unknown[]; meta: { page: number; total: number; totalPages: number }; links: { next: string | null; prev: string | null } };
    expect(page2.meta).toMatchObject({ page: 2, total: 3, totalPages: 2 });
    expect(page2.data).toHaveLength(1);
    expect(page2.links.next).toBeNull();
    expect(page2.links.prev).toContain("page=1&per_page=2");
  });

  it("gives CSV with ?format=csv, and an unknown scheme an empty list", async () => {
    const csv = await get("/api/v1/grants?format=csv");
    expect(csv.status).toBe(200);
    expect(csv.type).toContain("text/csv");
    expect(csv.body).toContain("Kajakkdag for alle i Lervig");
    expect(csv.body.trim().split(/\r?\n/)).toHaveLength(4);
    expectNothingPrivate(csv.body);
    expect(JSON.parse((await get("/api/v1/grants?scheme=finnes-ikke")).body).meta.total).toBe(0);
    expect(JSON.parse((await get(`/api/v1/grants?scheme=${SCHEME}`)).body).meta.total).toBe(3);
  });

  it("refuses bad parameters with 400 and a Norwegian message, never a 5xx", async () => {
    for (const query of ["page=0", "page=abc", "per_page=101", "per_page=0", "format=xml", "scheme=Ikke%20et%20kortnavn", "sector=voluntary", "page=1&page=2"]) {
      const answer = await get(`/api/v1/grants?${query}`);
      expect(answer.status, query).toBe(400);
      expect(showsNorwegianMessage(answer.body, answer.type), query).toBe(true);
    }
    await fc.assert(
      fc.asyncProperty(hostileText, hostileId, hostileId, async (scheme, page, perPage) => {
        const params = new URLSearchParams({ scheme: scheme.slice(0, 2000).replace(SURROGATES, "\ufffd"), page: page.replace(SURROGATES, "\ufffd"), per_page: perPage.replace(SURROGATES, "\ufffd") });
        const answer = await get(`/api/v1/grants?${params.toString()}`);
        expect([200, 400]).toContain(answer.status);
        expectNothingPrivate(answer.body);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
