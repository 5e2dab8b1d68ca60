import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../../db/seed";
import { getDb } from "~/utils/db.server";
import { FULL_AREA_FILTER_LIMIT, listAreaOptions } from "./area.server";

describe("the directory's area filter at national scale", () => {
  beforeAll(async () => {
    await seedDemoData(getDb());
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
});
