/**
 * The public grant list across pages, on generated data (db/seed-large.ts with a few hundred grant
 * applications, so a few hundred published grants): page links as the other lists have them, each
 * page its own 50 rows, the totals the same on every page, a page past the end redirected to the
 * last one, and the open-data endpoint's pages adding up to its total.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { seedLargeData } from "../../db/seed-large";
import { getDb } from "../utils/db.server";
import { getRequest, loadBuiltApp, type BuiltApp } from "./built-app.server";

let app: BuiltApp;
beforeAll(async () => {
  await seedLargeData(getDb(), { organisations: 200, users: 220, initiatives: 20, participations: 60, updates: 40, grantApplications: 400 });
  app = await loadBuiltApp();
}, 120_000);

async function get(path: string) {
  const response = await app(getRequest(path));
  return { status: response.status, location: response.headers.get("Location"), body: await response.text() };
}

/** The titles in the table of granted applications (its row headers). */
const titles = (html: string) => [...html.matchAll(/<th scope="row"[^>]*>([^<]+)<\/th>/g)].map((m) => m[1]!);

describe("/tilskudd a page at a time", () => {
  it("links its pages, shows 50 different grants on each and the same totals", async () => {
    const api = JSON.parse((await get("/api/v1/grants?per_page=1")).body) as { meta: { total: number } };
    const total = api.meta.total;
    expect(total).toBeGreaterThan(100);
    const last = Math.ceil(total / 50);

    const first = await get("/tilskudd");
    expect(first.status).toBe(200);
    expect(first.body).toContain('aria-label="Sider"');
    expect(first.body).toContain(`Tildelte tilskudd, side 1 av ${last}`);
    expect(first.body).toContain('href="/tilskudd?side=2"');
    const second = await get("/tilskudd?side=2");
    expect(second.status).toBe(200);
    expect(second.body).toContain(`Tildelte tilskudd, side 2 av ${last}`);

    const rowsOf = (html: string) => {
      const table = html.slice(html.indexOf("Tildelte tilskudd, side"), html.indexOf("Tilskudd per søknadsrunde"));
      return titles(table);
    };
    const one = rowsOf(first.body);
    const two = rowsOf(second.body);
    expect(one).toHaveLength(50);
    expect(two).toHaveLength(50);
    expect(one.filter((t) => two.includes(t))).toEqual([]);
    // The totals are of every grant, not of the page.
    const totalLine = (html: string) => /(\d+) tilskudd på til sammen ([\d\s\u00a0]+) kr\./.exec(html)?.[0];
    expect(totalLine(first.body)).toBe(totalLine(second.body));
    expect(totalLine(first.body)).toContain(`${total} tilskudd`);

    const past = await get(`/tilskudd?side=${last + 5}`);
    expect(past.status).toBe(302);
    expect(past.location).toBe(`/tilskudd?side=${last}`);
  });

  it("gives the API's pages without overlap, adding up to its total", async () => {
    const seen = new Set<string>();
    let page = 1;
    let total = 0;
    for (;;) {
      const body = JSON.parse((await get(`/api/v1/grants?per_page=100&page=${page}`)).body) as {
        data: { title: string; recipient: { kind: string; name?: string } }[];
        meta: { total: number; totalPages: number };
      };
      total = body.meta.total;
      for (const g of body.data) seen.add(g.title);
      if (page >= body.meta.totalPages) break;
      page++;
    }
    expect(seen.size).toBe(total);
  });
});
