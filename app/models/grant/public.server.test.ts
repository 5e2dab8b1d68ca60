/**
 * The public pages' grant queries against the demo data: the page of grants with its totals agrees
 * with getPublicScheme's in-memory totals, pages hold what they should, and the annual report's
 * one-statement summary agrees with grantsYearSummary.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../../db/seed";
import { getDb } from "~/utils/db.server";
import { getPublicScheme, grantsYearReport, grantsYearSummary, publicGrantsPage, publicSchemePage } from "./public.server";

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

  it("sum up a programme's year in one statement as grantsYearSummary does", () => {
    const programmes = getDb().$client.prepare("SELECT DISTINCT programme_id AS id FROM grant_schemes").all() as { id: number }[];
    for (const { id } of programmes) {
      for (const year of [2025, 2026, 2027]) {
        const one = grantsYearReport(id, year);
        const many = grantsYearSummary(id, year);
        expect(one.applications, `${id} ${year}`).toBe(many.applications);
        expect(one.reportsReceived).toBe(many.reportsReceived);
        expect(one.totals.all).toEqual(many.totals.all);
        expect(sorted(one.totals.byArea)).toEqual(sorted(many.totals.byArea));
        expect(sorted(one.totals.bySector)).toEqual(sorted(many.totals.bySector));
      }
    }
    expect(programmes.some(({ id }) => grantsYearReport(id, 2026).totals.all.count === 3)).toBe(true);
  });
});
