import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { areas, auditEvents, programmes, users } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { getDb } from "~/utils/db.server";
import { deleteArea, FULL_AREA_FILTER_LIMIT, getAreaForAdmin, listAreaOptions, listAreaTree, saveArea } from "./area.server";

let adminId: number;

// One seeded database for the file: the administrators' area changes first, then the national-scale
// tree (its hundred and fifty municipalities would only be in the way of the first).
beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
  adminId = userIdOf("admin@laget.test");
});

function userIdOf(email: string): number {
  const row = getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}
function areaOf(slug: string) {
  const row = getDb().select().from(areas).where(eq(areas.slug, slug)).get();
  if (!row) throw new Error(`no area ${slug}`);
  return row;
}
function auditFor(entityType: string, entityId: number) {
  return getDb()
    .select({ action: auditEvents.action, actorUserId: auditEvents.actorUserId, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(auditEvents.id)
    .all();
}
const auditCount = () =>
  getDb()
    .select({ n: sql<number>`count(*)` })
    .from(auditEvents)
    .get()!.n;

describe("areas", () => {
  const base = { kind: "sub_district" as const, population: null, liftStartYear: null, liftEndYear: null };

  it("creates an area under a district and shows it in the tree below it", () => {
    const grorud = areaOf("bydel-grorud");
    const created = saveArea(adminId, null, { ...base, name: "Ammerud", slug: "", parentId: grorud.id, population: 5000 });
    expect(created).toMatchObject({ ok: true, slug: "ammerud", created: true });
    const tree = listAreaTree();
    const parentAt = tree.findIndex((a) => a.id === grorud.id);
    const childAt = tree.findIndex((a) => a.slug === "ammerud");
    expect(childAt).toBeGreaterThan(parentAt);
    expect(tree[childAt]).toMatchObject({ parentId: grorud.id, depth: tree[parentAt]!.depth + 1, population: 5000 });
    expect(saveArea(adminId, null, { ...base, name: "Ammerud", slug: "ammerud", parentId: grorud.id })).toEqual({
      ok: false,
      reason: "slugTaken",
      field: "slug",
    });
    // Left empty, a taken slug gets a number.
    expect(saveArea(adminId, null, { ...base, name: "Ammerud", slug: "", parentId: null })).toMatchObject({ ok: true, slug: "ammerud-2" });
  });

  it("refuses making an area its own ancestor", () => {
    const district = areaOf("bydel-grorud");
    const romsas = areaOf("romsas");
    const oslo = areaOf("oslo");
    const input = {
      name: district.name,
      slug: district.slug,
      kind: district.kind,
      population: district.population,
      liftStartYear: null,
      liftEndYear: null,
    };
    const before = auditCount();
    expect(saveArea(adminId, district.id, { ...input, parentId: district.id })).toEqual({
      ok: false,
      reason: "areaCycle",
      field: "parentId",
    });
    expect(saveArea(adminId, district.id, { ...input, parentId: romsas.id })).toEqual({ ok: false, reason: "areaCycle", field: "parentId" });
    expect(saveArea(adminId, oslo.id, { ...input, name: oslo.name, slug: oslo.slug, kind: oslo.kind, parentId: romsas.id })).toEqual({
      ok: false,
      reason: "areaCycle",
      field: "parentId",
    });
    expect(saveArea(adminId, district.id, { ...input, parentId: 999_999 })).toEqual({
      ok: false,
      reason: "invalidRequest",
      field: "parentId",
    });
    expect(areaOf("bydel-grorud").parentId).toBe(oslo.id);
    expect(auditCount()).toBe(before);

    // Moving to a sibling branch is fine, and audited with what changed.
    const stavanger = areaOf("stavanger");
    const moved = saveArea(adminId, romsas.id, {
      ...input,
      name: romsas.name,
      slug: romsas.slug,
      kind: romsas.kind,
      population: romsas.population,
      liftStartYear: 2017,
      liftEndYear: 2026,
      parentId: stavanger.id,
    });
    expect(moved).toMatchObject({ ok: true, created: false });
    expect(auditFor("area", romsas.id).at(-1)).toEqual({
      action: "area.updated",
      actorUserId: adminId,
      details: { parentId: { from: district.id, to: stavanger.id } },
    });
    saveArea(adminId, romsas.id, {
      ...input,
      name: romsas.name,
      slug: romsas.slug,
      kind: romsas.kind,
      population: romsas.population,
      liftStartYear: 2017,
      liftEndYear: 2026,
      parentId: district.id,
    });
  });

  it("deletes only an area nothing refers to", () => {
    const romsas = getAreaForAdmin("romsas")!;
    expect(romsas.usage.organisations).toBeGreaterThan(0);
    const refused = deleteArea(adminId, romsas.id);
    expect(refused).toEqual({ ok: false, reason: "areaInUse", usage: romsas.usage });
    const oslo = getAreaForAdmin("oslo")!;
    expect(oslo.usage.children).toBeGreaterThan(0);
    expect(deleteArea(adminId, oslo.id)).toMatchObject({ ok: false, reason: "areaInUse" });

    const created = saveArea(adminId, null, { ...base, name: "Tomt område", slug: "", parentId: oslo.id });
    if (!created.ok) throw new Error("not created");
    expect(getAreaForAdmin(created.slug)!.usage).toEqual({ children: 0, organisations: 0, initiatives: 0, programmes: 0 });
    expect(deleteArea(adminId, created.id)).toEqual({ ok: true });
    expect(getAreaForAdmin(created.slug)).toBeUndefined();
    expect(auditFor("area", created.id).map((a) => a.action)).toEqual(["area.created", "area.deleted"]);
    expect(deleteArea(adminId, created.id)).toEqual({ ok: false, reason: "areaNotFound" });
  });
});

describe("the directory's area filter at national scale", () => {
  beforeAll(() => {
    // Enough municipalities, each with two districts, to pass the limit for listing every area.
    const insert = getDb().$client.prepare("INSERT INTO areas (slug, name, kind, parent_id) VALUES (?, ?, ?, ?)");
    for (let m = 0; m < FULL_AREA_FILTER_LIMIT / 2; m++) {
      const municipality = insert.run(`kommune-${m}`, `Kommune ${m}`, "municipality", null).lastInsertRowid;
      insert.run(`kommune-${m}-nord`, `Nord ${m}`, "district", municipality);
      insert.run(`kommune-${m}-sor`, `Sør ${m}`, "district", municipality);
    }
  });

  it("lists only the municipalities until one is chosen", () => {
    const { options, condensed } = listAreaOptions(null);
    expect(condensed).toBe(true);
    expect(options.every((o) => o.depth === 0)).toBe(true);
    expect(options.map((o) => o.slug)).toContain("kommune-7");
  });

  it("lists the chosen area's municipality with everything under it, and no other municipality's areas", () => {
    const { options } = listAreaOptions("romsas");
    const slugs = options.map((o) => o.slug);
    expect(slugs).toEqual(expect.arrayContaining(["oslo", "bydel-grorud", "romsas", "kommune-7"]));
    expect(slugs).not.toContain("kommune-7-nord");
    expect(options.find((o) => o.slug === "romsas")).toMatchObject({ depth: 2 });
    expect(listAreaOptions("kommune-7").options.map((o) => o.slug)).toEqual(
      expect.arrayContaining(["kommune-7", "kommune-7-nord", "kommune-7-sor"]),
    );
  });

  it("keeps the options per data version: the same answer until a commit, then the new area in it", () => {
    // Built once per data version (issue 19's benchmark: walking ~900 areas on every listing page).
    const before = listAreaOptions("kommune-3");
    expect(listAreaOptions("kommune-3")).toBe(before);
    expect(listAreaOptions("kommune-4")).not.toBe(before);
    const parent = areaOf("kommune-3").id;
    getDb().$client.prepare("INSERT INTO areas (slug, name, kind, parent_id) VALUES (?, ?, ?, ?)").run("kommune-3-vest", "Vest 3", "district", parent);
    const after = listAreaOptions("kommune-3");
    expect(after).not.toBe(before);
    expect(after.options.map((o) => o.slug)).toContain("kommune-3-vest");
    expect(listAreaOptions("kommune-3-vest").options.map((o) => o.slug)).toContain("kommune-3-vest");
  });
});
