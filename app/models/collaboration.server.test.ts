import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { areas, initiatives, organisations, participations, programmes, subprogrammes } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { getDb } from "~/utils/db.server";
import { SECTORS, type Sector } from "~/validation/enums";
import { getCollaborationMatrix, getCollaborationNetwork } from "./collaboration.server";

/**
 * A small programme of our own next to the demo data, so the numbers below can be counted by hand:
 *
 *   T1 alfa, public:   A active, B active, C active, D active (D is pending), E ended
 *   T2 alfa, public:   A active, B active
 *   T3 beta, public:   A active, C invited, E active
 *   T4 beta, hidden:   A, B, C active (not public)
 *   T5 beta, archived: B, E active
 *   gamma has no tiltak.
 */
let testProgrammeId = 0;
const org: Record<"A" | "B" | "C" | "D" | "E", number> = { A: 0, B: 0, C: 0, D: 0, E: 0 };

beforeAll(async () => {
  const db = getDb();
  await seedDemoData(db, { passwordHash: "unused" });

  testProgrammeId = db
    .insert(programmes)
    .values({ slug: "testsatsing", name: "Testsatsingen", municipality: "Testby", periodStart: 2020 })
    .returning({ id: programmes.id })
    .get().id;
  const sub = (slug: string, name: string, position: number) =>
    db.insert(subprogrammes).values({ programmeId: testProgrammeId, slug, name, position }).returning({ id: subprogrammes.id }).get().id;
  const alfa = sub("alfa", "Alfa", 0);
  const beta = sub("beta", "Beta", 1);
  sub("gamma", "Gamma", 2);
  const areaId = db.select({ id: areas.id }).from(areas).where(eq(areas.slug, "romsas")).get()!.id;

  const makeOrg = (key: keyof typeof org, sector: Sector, status: "approved" | "pending", orgNumber: string) => {
    org[key] = db
      .insert(organisations)
      .values({ slug: `test-${key}`, name: `Test ${key}`, sector, status, orgNumber })
      .returning({ id: organisations.id })
      .get().id;
  };
  makeOrg("A", "district", "approved", "900000001");
  makeOrg("B", "voluntary", "approved", "900000002");
  makeOrg("C", "business", "approved", "900000003");
  makeOrg("D", "voluntary", "pending", "900000004");
  makeOrg("E", "state_agency", "approved", "900000005");

  const tiltak = (slug: string, subprogrammeId: number, extra: Partial<typeof initiatives.$inferInsert> = {}) =>
    db
      .insert(initiatives)
      .values({ slug, title: slug, programmeId: testProgrammeId, subprogrammeId, areaId, status: "ongoing", ...extra })
      .returning({ id: initiatives.id })
      .get().id;
  const T1 = tiltak("test-t1", alfa);
  const T2 = tiltak("test-t2", alfa);
  const T3 = tiltak("test-t3", beta);
  const T4 = tiltak("test-t4", beta, { isPublic: false });
  const T5 = tiltak("test-t5", beta, { archivedAt: new Date() });

  const take = (initiativeId: number, key: keyof typeof org, status: "active" | "ended" | "invited" = "active") => ({
    initiativeId,
    organisationId: org[key],
    role: "partner" as const,
    status,
  });
  db.insert(participations)
    .values([
      take(T1, "A"),
      take(T1, "B"),
      take(T1, "C"),
      take(T1, "D"),
      take(T1, "E", "ended"),
      take(T2, "A"),
      take(T2, "B"),
      take(T3, "A"),
      take(T3, "C", "invited"),
      take(T3, "E"),
      take(T4, "A"),
      take(T4, "B"),
      take(T4, "C"),
      take(T5, "B"),
      take(T5, "E"),
    ])
    .run();
});

const zero = Object.fromEntries(SECTORS.map((s) => [s, 0])) as Record<Sector, number>;

describe("getCollaborationMatrix", () => {
  it("counts active public participations per sub-programme and sector, as counted by hand", () => {
    const matrix = getCollaborationMatrix(testProgrammeId);
    expect(matrix.rows).toEqual([
      { slug: "alfa", name: "Alfa", counts: { ...zero, district: 2, voluntary: 2, business: 1 }, total: 5 },
      { slug: "beta", name: "Beta", counts: { ...zero, district: 1, state_agency: 1 }, total: 2 },
      { slug: "gamma", name: "Gamma", counts: zero, total: 0 },
    ]);
    expect(matrix.sectorTotals).toEqual({ ...zero, district: 3, voluntary: 2, business: 1, state_agency: 1 });
    expect(matrix.total).toBe(7);
  });

  it("across all programmes, groups sub-programmes by slug and agrees with a count from the raw rows", () => {
    const matrix = getCollaborationMatrix(null);
    const raw = getDb().all<{ slug: string; sector: Sector; pstatus: string; ostatus: string; isPublic: number; archived: number | null }>(sql`
      SELECT s.slug AS slug, o.sector AS sector, p.status AS pstatus, o.status AS ostatus,
             i.is_public AS isPublic, i.archived_at AS archived
      FROM participations p
      JOIN organisations o ON o.id = p.organisation_id
      JOIN initiatives i ON i.id = p.initiative_id
      JOIN subprogrammes s ON s.id = i.subprogramme_id`);
    const expected = new Map<string, Record<Sector, number>>();
    for (const r of raw) {
      if (r.pstatus !== "active" || r.ostatus !== "approved" || r.isPublic !== 1 || r.archived !== null) continue;
      const row = expected.get(r.slug) ?? { ...zero };
      row[r.sector] += 1;
      expected.set(r.slug, row);
    }
    const slugs = matrix.rows.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length); // "sysselsetting" is one row for all Oslo programmes
    expect(slugs).toContain("sysselsetting");
    for (const row of matrix.rows) {
      expect(row.counts, row.slug).toEqual(expected.get(row.slug) ?? zero);
      expect(row.total).toBe(Object.values(row.counts).reduce((a, b) => a + b, 0));
    }
    expect(matrix.total).toBe([...expected.values()].reduce((sum, r) => sum + Object.values(r).reduce((a, b) => a + b, 0), 0));
  });
});

describe("getCollaborationNetwork", () => {
  it("links approved organisations by the public tiltak they share, weighted, as counted by hand", () => {
    const { organisations: orgs, links } = getCollaborationNetwork(testProgrammeId);
    expect(orgs.map((o) => o.name).sort()).toEqual(["Test A", "Test B", "Test C", "Test E"]);
    const pair = (a: number, b: number) => [Math.min(a, b), Math.max(a, b)].join("-");
    const weights = Object.fromEntries(links.map((l) => [pair(l.source, l.target), l.weight]));
    expect(weights).toEqual({
      [pair(org.A, org.B)]: 2, // T1 and T2 (T4 is not public, T5 archived)
      [pair(org.A, org.C)]: 1, // T1 (C is only invited to T3)
      [pair(org.B, org.C)]: 1, // T1
      [pair(org.A, org.E)]: 1, // T3 (E left T1)
    });
    expect(links.every((l) => l.source < l.target)).toBe(true);
  });

  it("never includes organisations that are not approved, across all programmes", () => {
    const { organisations: orgs, links } = getCollaborationNetwork(null);
    const statuses = getDb()
      .all<{ id: number; status: string }>(sql`SELECT id, status FROM organisations`)
      .reduce((m, r) => m.set(r.id, r.status), new Map<number, string>());
    expect(orgs.length).toBeGreaterThan(10);
    expect(orgs.every((o) => statuses.get(o.id) === "approved")).toBe(true);
    const ids = new Set(orgs.map((o) => o.id));
    expect(links.every((l) => ids.has(l.source) && ids.has(l.target) && l.weight >= 1)).toBe(true);
    expect(ids.has(org.D)).toBe(false);
  });
});
