/** Area outlines (issue 25): matching shapes to areas, the draft bound to its author and area, the audited save; the map's figures. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../db/seed";
import { getDb } from "~/utils/db.server";
import { boundaryScope, createBoundaryDraft, matchShapes, readBoundaryDraft, saveBoundaryDraft } from "./area-boundary.server";
import { listAreasWithCounts } from "./area.server";
import { getAreaMap, getMapPage } from "./map.server";

process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "laget-boundary-"));

const raw = () => getDb().$client;
const idOf = (slug: string) => (raw().prepare("SELECT id FROM areas WHERE slug = ?").get(slug) as { id: number }).id;
const adminId = () => (raw().prepare("SELECT id FROM users WHERE email = 'admin@laget.test'").get() as { id: number }).id;
const square = { type: "Polygon" as const, coordinates: [[[5.74, 58.96], [5.75, 58.96], [5.75, 58.97], [5.74, 58.97], [5.74, 58.96]]] };

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "x" });
});

describe("matching shapes to areas", () => {
  it("matches by name whatever the case and a leading 'Bydel', else by the area's slug; the rest match nothing", () => {
    const scope = boundaryScope(idOf("storhaug"));
    expect(scope.map((a) => a.slug)).toEqual(["storhaug", "badedammen", "bergeland", "emmaus", "lervig"]);
    const matches = matchShapes([{ label: "LERVIG" }, { label: "bydel Storhaug" }, { label: "emmaus" }, { label: "Atlantis" }], scope);
    expect(matches.map((m) => [m.areaName, m.by])).toEqual([["Lervig", "name"], ["Storhaug", "name"], ["Emmaus", "name"], [null, null]]);
    // Oslo's areas in the demo have outlines: a match there replaces one.
    expect(matchShapes([{ label: "Romsås" }], boundaryScope(idOf("bydel-grorud")))[0]).toMatchObject({ areaName: "Romsås", replaces: true });
  });
});

describe("the draft and the save", () => {
  it("saves the draft's outlines for the area's subtree in one audited transaction, then the draft is gone", () => {
    const storhaug = idOf("storhaug");
    const matches = matchShapes([{ label: "Lervig" }, { label: "Atlantis" }], boundaryScope(storhaug));
    const draft = createBoundaryDraft({ userId: adminId(), areaId: storhaug, source: "Test", licence: "CC BY 4.0", matches, shapes: [{ label: "Lervig", geometry: square }, { label: "Atlantis", geometry: square }] });
    // Another person, or another area's page, cannot use it.
    expect(readBoundaryDraft(draft, adminId() + 1, storhaug)).toBeNull();
    expect(saveBoundaryDraft(adminId(), idOf("hillevag"), draft)).toEqual({ ok: false });
    expect(saveBoundaryDraft(adminId(), storhaug, draft)).toEqual({ ok: true, saved: 1 });
    const row = raw().prepare("SELECT source, licence, imported_by_user_id AS by FROM area_boundaries WHERE area_id = ?").get(idOf("lervig"));
    expect(row).toEqual({ source: "Test", licence: "CC BY 4.0", by: adminId() });
    const audit = raw().prepare("SELECT action, entity_id AS entityId FROM audit_events WHERE action = 'area.boundaries_imported'").all();
    expect(audit).toEqual([{ action: "area.boundaries_imported", entityId: storhaug }]);
    expect(saveBoundaryDraft(adminId(), storhaug, draft)).toEqual({ ok: false });
  });
});

describe("the map's figures", () => {
  it("counts partners as the area pages do, lists areas without an outline in the table only", () => {
    const page = getMapPage(null, "partnere")!;
    const partners = new Map(listAreasWithCounts().map((a) => [a.slug, a.partnerCount]));
    for (const row of page.rows) expect(row.value).toBe(partners.get(row.slug));
    expect(page.rows.find((r) => r.slug === "toyen")).toMatchObject({ hasBoundary: false });
    expect(page.map!.areas.some((a) => a.slug === "toyen")).toBe(false);
    expect(page.map!.areas.find((a) => a.slug === "romsas")).toBeDefined();
    expect(getMapPage("finnes-ikke", "tiltak")).toBeNull();
  });

  it("counts active tiltak and those lacking a sector in the area and below it", () => {
    const district = getAreaMap("bydel-grorud", "tiltak")!;
    const grorud = district.rows.find((r) => r.slug === "bydel-grorud")!.value;
    const children = district.rows.filter((r) => r.slug !== "bydel-grorud").reduce((sum, r) => sum + r.value, 0);
    expect(grorud).toBeGreaterThanOrEqual(children);
    expect(grorud).toBeGreaterThan(0);
    const lacking = getAreaMap("bydel-grorud", "mangler-sektor")!.rows.find((r) => r.slug === "bydel-grorud")!.value;
    expect(lacking).toBeLessThanOrEqual(grorud);
  });
});
