import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { initiatives, organisations, updates } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { getDb } from "~/utils/db.server";
import {
  listFeedUpdates,
  listPublicUpdates,
  parseUpdateFilters,
  resolveUpdateFilters,
  type ResolvedUpdateFilters,
} from "./update.server";

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
});

const filtersFor = (query: string): ResolvedUpdateFilters =>
  resolveUpdateFilters(parseUpdateFilters(new URL(`http://x/oppdateringer${query}`)));

const allTitles = (query = "") => listPublicUpdates(filtersFor(query), 1, 1000).items.map((u) => u.title);

/** The public updates counted straight from the tables, without the model's helpers. */
function handCount(extraWhere = "1 = 1"): number {
  const row = getDb().get<{ n: number }>(
    sql.raw(`SELECT count(*) AS n FROM updates u
      JOIN organisations o ON o.id = u.organisation_id
      JOIN initiatives i ON i.id = u.initiative_id
      JOIN areas a ON a.id = i.area_id
      WHERE u.visibility = 'public' AND u.hidden_at IS NULL AND o.status = 'approved'
        AND i.is_public = 1 AND i.archived_at IS NULL AND (${extraWhere})`),
  );
  return row?.n ?? 0;
}

describe("listPublicUpdates", () => {
  it("lists only public, visible updates of approved organisations on public tiltak", () => {
    const { total } = listPublicUpdates(filtersFor(""), 1);
    expect(total).toBe(handCount());
    const titles = allTitles();
    expect(titles).toHaveLength(total);
    expect(titles).not.toContain("Felles planleggingsmøte med skolene"); // partners only
    expect(titles).not.toContain("Tilskudd for 2026 er innvilget"); // coordinators only
    expect(titles).not.toContain("Bløtkake til halv pris hele helgen!"); // hidden
    expect(titles).not.toContain("Oppstart av kartleggingen"); // on a tiltak that is not public
  });

  it("puts the newest first and pages by 20", () => {
    const first = listPublicUpdates(filtersFor(""), 1);
    expect(first.items).toHaveLength(20);
    const times = first.items.map((u) => u.createdAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const second = listPublicUpdates(filtersFor(""), 2);
    expect(second.items[0]!.createdAt).toBeLessThanOrEqual(first.items[19]!.createdAt);
    expect(second.items.filter((u) => first.items.some((f) => f.id === u.id))).toEqual([]);
  });

  it("has the organisation and the tiltak of each update", () => {
    const item = listPublicUpdates(filtersFor("?tiltak=leksehjelp-pa-romsas"), 1).items.find(
      (u) => u.title === "Leksehjelpa åpner igjen etter sommeren",
    );
    expect(item).toMatchObject({
      organisation: { name: "Leksehjelpa Romsås" },
      initiative: { slug: "leksehjelp-pa-romsas", title: "Leksehjelp på Romsås" },
    });
    expect(item?.body).toContain("matematikk");
  });

  it("filters by tiltak", () => {
    const filtered = listPublicUpdates(filtersFor("?tiltak=jobbsjansen-grorud"), 1, 1000);
    expect(filtered.total).toBe(handCount("i.slug = 'jobbsjansen-grorud'"));
    expect(filtered.items.every((u) => u.initiative.slug === "jobbsjansen-grorud")).toBe(true);
  });

  it("filters by area including the areas below it", () => {
    const grorud = listPublicUpdates(filtersFor("?omrade=bydel-grorud"), 1, 1000);
    expect(grorud.total).toBe(handCount("a.slug IN ('bydel-grorud', 'romsas', 'grorud')"));
    const slugs = new Set(grorud.items.map((u) => u.initiative.slug));
    expect(slugs.has("leksehjelp-pa-romsas")).toBe(true);
    expect(slugs.has("jobbsjansen-grorud")).toBe(true);
    expect(slugs.has("nattbasket-pa-haugenstua")).toBe(false);
  });

  it("treats unknown and non-public filter values as unknown", () => {
    expect(filtersFor("?tiltak=finnes-ikke&omrade=heller-ikke").unknown).toEqual(["initiative", "area"]);
    expect(filtersFor("?tiltak=kartlegging-av-moteplasser-i-bjerke").unknown).toEqual(["initiative"]);
    expect(filtersFor("?tiltak=&omrade=").unknown).toEqual([]);
  });

  it("leaves out updates of organisations that are not approved and of archived tiltak", () => {
    const db = getDb();
    const tiltak = db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, "leksehjelp-pa-romsas")).get()!;
    const pending = db
      .insert(organisations)
      .values({ slug: "ny-gruppe", name: "Ny gruppe", sector: "residents_group", status: "pending" })
      .returning({ id: organisations.id })
      .get();
    db.insert(updates)
      .values({ initiativeId: tiltak.id, organisationId: pending.id, title: "Hei fra en ny gruppe", body: "Tekst" })
      .run();
    expect(allTitles()).not.toContain("Hei fra en ny gruppe");

    const before = listPublicUpdates(filtersFor(""), 1).total;
    db.update(initiatives).set({ archivedAt: new Date() }).where(eq(initiatives.id, tiltak.id)).run();
    try {
      const titles = allTitles();
      expect(titles).not.toContain("Leksehjelpa åpner igjen etter sommeren");
      expect(listPublicUpdates(filtersFor(""), 1).total).toBeLessThan(before);
    } finally {
      db.update(initiatives).set({ archivedAt: null }).where(eq(initiatives.id, tiltak.id)).run();
    }
  });
});

describe("listFeedUpdates", () => {
  it("gives the latest entries, newest first, within the limit and the filters", () => {
    const feed = listFeedUpdates(filtersFor(""), 5);
    expect(feed).toHaveLength(5);
    expect(feed.map((u) => u.id)).toEqual(listPublicUpdates(filtersFor(""), 1, 5).items.map((u) => u.id));
    const area = listFeedUpdates(filtersFor("?omrade=storhaug"));
    expect(area.length).toBe(handCount("a.slug IN ('storhaug', 'badedammen', 'emmaus', 'lervig', 'bergeland')"));
  });
});
