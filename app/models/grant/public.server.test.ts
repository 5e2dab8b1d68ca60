/**
 * The public pages' grant queries against the demo data: the page of grants with its totals agrees
 * with getPublicScheme's in-memory totals, pages hold what they should, and the annual report's
 * year counts what happened in Norway's year.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { getDb } from "~/utils/db.server";
import { getPublicScheme, grantsYearReport, publicGrantsPage, publicSchemePage } from "./public.server";

const SCHEME = "naermiljotilskudd-storhaug";

beforeAll(async () => {
  await seedDemoData(getDb());
});

const sorted = <T extends { key: unknown }>(list: T[]) => [...list].sort((a, b) => String(a.key).localeCompare(String(b.key)));

describe("the public grant queries", () => {
  it("give a page of published grants with the totals of them all, never a rejection", () => {
    const all = publicGrantsPage();
    expect(all.total).toBe(3);
    expect(all.items.map((g) => g.title)).not.toContain("Kaffekurs for nabolaget");
    expect(all.totals.all).toEqual({ count: 3, amountOre: 5_000_000 });
    const private_ = all.items.find((g) => g.privatePerson)!;
    expect(private_.organisationName).toBeNull();

    const second = publicGrantsPage({ page: 2, pageSize: 2 });
    expect(second.items).toHaveLength(1);
    expect(second.totals).toEqual(all.totals);
    const first = publicGrantsPage({ page: 1, pageSize: 2 });
    expect([...first.items, ...second.items].map((g) => g.applicationId).sort()).toEqual(all.items.map((g) => g.applicationId).sort());
  });

  it("agree with getPublicScheme's totals on a scheme's page", () => {
    const page = publicSchemePage(SCHEME)!;
    const scheme = getPublicScheme(SCHEME)!;
    expect(page.grants.totals.all).toEqual(scheme.totals.all);
    expect(sorted(page.grants.totals.byArea)).toEqual(sorted(scheme.totals.byArea));
    expect(sorted(page.grants.totals.bySector)).toEqual(sorted(scheme.totals.bySector));
    expect(sorted(page.grants.totals.byRound)).toEqual(sorted(scheme.totals.byRound));
    expect(page.sectors.length).toBeGreaterThan(0);
    expect(publicSchemePage("finnes-ikke")).toBeNull();
  });

  it("sum up a programme's year: the grants decided, and the applications and reports that came in, in Norway's year", () => {
    const programme = (getDb().$client.prepare("SELECT s.programme_id AS id FROM grant_schemes s WHERE s.slug = ?").get(SCHEME) as { id: number }).id;
    const year = grantsYearReport(programme, 2026);
    expect(year.totals.all).toEqual({ count: 3, amountOre: 5_000_000 });
    // The demo's two reports (one approved, one submitted) came in during 2026; none before or after.
    expect(year.reportsReceived).toBe(2);
    expect(grantsYearReport(programme, 2025).reportsReceived).toBe(0);
    expect(grantsYearReport(programme, 2027).reportsReceived).toBe(0);
    const submitted2026 = (getDb().$client
      .prepare("SELECT count(*) AS n FROM grant_applications a JOIN grant_rounds r ON r.id = a.round_id JOIN grant_schemes s ON s.id = r.scheme_id WHERE s.programme_id = ? AND a.status NOT IN ('draft', 'withdrawn') AND a.submitted_at >= ? AND a.submitted_at < ?")
      .get(programme, Date.parse("2026-01-01T00:00:00+01:00"), Date.parse("2027-01-01T00:00:00+01:00")) as { n: number }).n;
    expect(year.applications).toBe(submitted2026);
    expect(year.applications).toBeGreaterThan(0);

    // Half past midnight on New Year's night in Oslo is still 2026 in UTC: the report belongs to 2027.
    getDb().$client.prepare("UPDATE grant_reports SET submitted_at = ? WHERE id = (SELECT min(id) FROM grant_reports WHERE status IN ('submitted', 'approved'))").run(Date.parse("2026-12-31T23:30:00Z"));
    expect(grantsYearReport(programme, 2026).reportsReceived).toBe(1);
    expect(grantsYearReport(programme, 2027).reportsReceived).toBe(1);
  });

});
