import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  areas,
  auditEvents,
  initiatives,
  notifications,
  organisationAreas,
  organisationOffers,
  organisations,
  participations,
  programmes,
  subprogrammes,
  updates,
  users,
} from "../../db/schema";
import { createInitiative, findInitiativeForCoordinator } from "./initiative/management.server";
import { getDashboard, suggestInitiatives, suggestPartners, getAnnualReport } from "./coordination-insight.server";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { expectProblem, jobTiltakInput, seedForCoordination } from "~/testing/coordination-fixture.server";

let grorud: Actor; // koordinator@laget.test: Groruddalssatsingen
let stavanger: Actor; // Levekårsløftet only
let admin: Actor;
let groruddalen = 0;
let sysselsetting = 0;
let romsas = 0;

beforeAll(async () => {
  ({ grorud, stavanger, admin, groruddalen, sysselsetting, romsas } = await seedForCoordination());
});

const jobTiltak = (title: string) => jobTiltakInput({ groruddalen, sysselsetting, romsas }, title);

describe("dashboard and annual report", () => {
  it("counts active participations per sub-programme and sector and lists the gaps", () => {
    const slug = createInitiative(grorud, jobTiltak("Tomt tiltak test"));
    const before = getDashboard(groruddalen, null, []);
    expect(before.noPartners.some((t) => t.slug === slug)).toBe(true);
    expect(before.lackingSought.find((t) => t.slug === slug)?.missing).toEqual(["business"]);
    const tiltak = findInitiativeForCoordinator(slug)!;
    const shop = getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Nærbutikken Romsås")).get()!;
    getDb().insert(participations).values({ initiativeId: tiltak.id, organisationId: shop.id, role: "partner", status: "active", startedAt: new Date() }).run();
    const after = getDashboard(groruddalen, null, []);
    const row = (d: typeof after) => d.matrix.find((m) => m.id === sysselsetting)!;
    expect(row(after).counts.business).toBe(row(before).counts.business + 1);
    expect(after.oneSector.some((t) => t.slug === slug)).toBe(true);
    expect(after.lackingSought.some((t) => t.slug === slug)).toBe(false);
    // Filtering on an area elsewhere leaves the tiltak out.
    const furuset = getDb().select({ id: areas.id }).from(areas).where(eq(areas.slug, "furuset")).get()!.id;
    expect(getDashboard(groruddalen, furuset, []).oneSector.some((t) => t.slug === slug)).toBe(false);
    const year = new Date().getUTCFullYear();
    expect(getAnnualReport(groruddalen, year).started).toBeGreaterThanOrEqual(1);
  });
});

describe("statement counts", () => {
  /** Counts the statements better-sqlite3 prepares while fn runs (drizzle prepares one per query). */
  function countStatements(fn: () => unknown): number {
    const client = getDb().$client;
    const original = client.prepare;
    let n = 0;
    client.prepare = function (this: typeof client, ...args: Parameters<typeof original>) {
      n++;
      return original.apply(this, args);
    } as typeof original;
    try {
      fn();
    } finally {
      client.prepare = original;
    }
    return n;
  }

  function addOrganisations(count: number, prefix: string) {
    const db = getDb();
    for (let i = 0; i < count; i++) {
      const id = db.insert(organisations).values({ slug: `${prefix}-${i}`, name: `${prefix} ${i}`, sector: "residents_group", orgNumber: null, status: "approved" }).returning({ id: organisations.id }).get().id;
      db.insert(organisationAreas).values({ organisationId: id, areaId: romsas }).run();
      db.insert(organisationOffers).values({ organisationId: id, offer: "work_placements" }).run();
    }
  }

  it("matching and the dashboard run the same number of statements for 10 and for 500 more organisations", () => {
    const shop = getDb().select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Nærbutikken Romsås")).get()!.id;
    const slug = createInitiative(grorud, jobTiltak("Telling test"));
    const tiltak = findInitiativeForCoordinator(slug)!;
    addOrganisations(10, "Ti");
    const small = {
      suggest: countStatements(() => suggestPartners(tiltak.id, { sector: null, areaId: null })),
      reverse: countStatements(() => suggestInitiatives(shop, [groruddalen])),
      dashboard: countStatements(() => getDashboard(groruddalen, romsas, [])),
    };
    addOrganisations(500, "Femhundre");
    const large = {
      suggest: countStatements(() => suggestPartners(tiltak.id, { sector: null, areaId: null })),
      reverse: countStatements(() => suggestInitiatives(shop, [groruddalen])),
      dashboard: countStatements(() => getDashboard(groruddalen, romsas, [])),
    };
    expect(large).toEqual(small);
    expect(small.suggest).toBeLessThanOrEqual(12);
    expect(small.dashboard).toBeLessThanOrEqual(14);
    expect(suggestPartners(tiltak.id, { sector: null, areaId: null }).total).toBeGreaterThan(510);
  });
});
