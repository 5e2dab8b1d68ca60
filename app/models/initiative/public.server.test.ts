import { and, eq, isNull, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { initiatives, organisations, participations, updates } from "../../../db/schema";
import { seedDemoData } from "../../../db/seed";
import { todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import {
  getPublicInitiative,
  listFilterOptions,
  listPublicInitiatives,
  parseInitiativeFilters,
  resolveInitiativeFilters,
  type InitiativeListItem,
} from "./public.server";

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
});

/** Every hit of a query (all pages), by slug. */
function search(query: string): { total: number; slugs: string[]; items: InitiativeListItem[] } {
  const url = new URL(`http://x/tiltak${query}`);
  const filters = resolveInitiativeFilters(parseInitiativeFilters(url), listFilterOptions());
  const { total, items } = listPublicInitiatives(filters, 1, 1000);
  return { total, items, slugs: items.map((i) => i.slug) };
}

function publicSlugsWhere(where: string): string[] {
  return getDb()
    .all<{ slug: string }>(
      sql.raw(`SELECT i.slug FROM initiatives i
        JOIN subprogrammes s ON s.id = i.subprogramme_id
        JOIN programmes p ON p.id = i.programme_id
        JOIN areas a ON a.id = i.area_id
        WHERE i.is_public = 1 AND i.archived_at IS NULL AND (${where})`),
    )
    .map((r) => r.slug)
    .sort();
}

describe("listPublicInitiatives", () => {
  it("lists exactly the public, non-archived tiltak", () => {
    const all = search("");
    const expected = publicSlugsWhere("1 = 1");
    expect(all.total).toBe(expected.length);
    expect([...all.slugs].sort()).toEqual(expected);
    expect(all.slugs).not.toContain("kartlegging-av-moteplasser-i-bjerke");
    expect(all.slugs).not.toContain("mentorordning-for-unge-arbeidssokere");
  });

  it("pages by 20 without overlap", () => {
    const filters = resolveInitiativeFilters(parseInitiativeFilters(new URL("http://x/tiltak")), listFilterOptions());
    const first = listPublicInitiatives(filters, 1);
    const second = listPublicInitiatives(filters, 2);
    expect(first.items).toHaveLength(20);
    expect(second.items).toHaveLength(first.total - 20);
    const firstSlugs = new Set(first.items.map((i) => i.slug));
    expect(second.items.filter((i) => firstSlugs.has(i.slug))).toEqual([]);
  });

  it("filters by sub-programme slug across programmes", () => {
    const hits = search("?delprogram=sysselsetting");
    expect([...hits.slugs].sort()).toEqual(publicSlugsWhere("s.slug = 'sysselsetting'"));
    expect(new Set(hits.items.map((i) => i.programmeName)).size).toBeGreaterThan(1);
    expect(hits.items.every((i) => i.subprogrammeName === "Sysselsetting")).toBe(true);
  });

  it("filters by programme, and by programme and sub-programme together", () => {
    const stavanger = search("?satsing=levekarsloftet");
    expect([...stavanger.slugs].sort()).toEqual(publicSlugsWhere("p.slug = 'levekarsloftet'"));
    const both = search("?satsing=groruddalssatsingen&delprogram=sysselsetting");
    expect([...both.slugs].sort()).toEqual(publicSlugsWhere("p.slug = 'groruddalssatsingen' AND s.slug = 'sysselsetting'"));
    expect(both.total).toBeGreaterThan(0);
  });

  it("filters by area including the areas below it", () => {
    const grorud = search("?omrade=bydel-grorud");
    expect(grorud.slugs).toContain("leksehjelp-pa-romsas"); // Romsås is in Bydel Grorud
    expect(grorud.slugs).toContain("jobbsjansen-grorud"); // so is the sub-district Grorud
    expect(grorud.slugs).not.toContain("nattbasket-pa-haugenstua");
    expect([...grorud.slugs].sort()).toEqual(
      publicSlugsWhere("a.slug IN ('bydel-grorud', 'romsas', 'grorud')"),
    );
    const romsas = search("?omrade=romsas");
    expect(romsas.slugs).toContain("leksehjelp-pa-romsas");
    expect(romsas.slugs).not.toContain("jobbsjansen-grorud");
  });

  it("filters by status, a tiltak past its end date counting as completed", () => {
    const today = todayInNorway();
    const completed = search("?status=completed");
    expect([...completed.slugs].sort()).toEqual(publicSlugsWhere(`i.status = 'completed' OR i.end_date < '${today}'`));
    expect(completed.items.every((i) => i.status === "completed")).toBe(true);
    const ongoing = search("?status=ongoing");
    expect([...ongoing.slugs].sort()).toEqual(publicSlugsWhere(`i.status = 'ongoing' AND (i.end_date IS NULL OR i.end_date >= '${today}')`));
  });

  it("filters by the sector of the active partners (the /samarbeid matrix's cells)", () => {
    const voluntary = search("?delprogram=sysselsetting&sektor=voluntary");
    const all = search("?delprogram=sysselsetting");
    expect(voluntary.slugs.length).toBeGreaterThan(0);
    expect(voluntary.slugs.length).toBeLessThan(all.slugs.length);
    expect([...voluntary.slugs].sort()).toEqual(
      publicSlugsWhere(`s.slug = 'sysselsetting' AND i.id IN (SELECT pa.initiative_id FROM participations pa JOIN organisations o ON o.id = pa.organisation_id
        WHERE pa.status = 'active' AND o.status = 'approved' AND o.sector = 'voluntary')`),
    );
    // An unknown sector is no filter.
    expect(search("?delprogram=sysselsetting&sektor=tull").slugs.length).toBe(all.slugs.length);
  });

  it("searches title, summary and description by word prefixes", () => {
    const leks = search("?q=leks");
    expect(leks.slugs).toContain("leksehjelp-pa-romsas");
    expect(leks.slugs).toContain("leksehjelp-pa-toyen");
    // "Leksehjelp" and "Romsås" must both match: Tøyen's leksehjelp is not about Romsås.
    const both = search("?q=Leksehjelp+roms");
    expect(both.slugs).toContain("leksehjelp-pa-romsas");
    expect(both.slugs).not.toContain("leksehjelp-pa-toyen");
    // Words from the description only.
    expect(search("?q=fellesrommet").slugs).toContain("leksehjelp-pa-romsas");
    // æ, ø and å are letters of their own.
    expect(search("?q=møteplass").total).toBeGreaterThan(0);
  });

  it("combines search with filters", () => {
    const hits = search("?q=leksehjelp&satsing=oslo-indre-ost-satsingen");
    expect(hits.slugs).toEqual(["leksehjelp-pa-toyen"]);
  });

  it("never finds tiltak that are not public, even by their own words", () => {
    expect(search("?q=Kartlegging+Bjerke").slugs).not.toContain("kartlegging-av-moteplasser-i-bjerke");
    expect(search("?q=mentorpar").total).toBe(0);
  });

  it("survives every kind of nasty search input", () => {
    const nasty = [
      '"',
      '""',
      "*",
      "leks*",
      "NEAR(leks hjelp)",
      "leks OR",
      "AND",
      "title:leks",
      "-leks",
      "^leks",
      "'); DROP TABLE initiatives; --",
      "\u0000\u0001",
      "x".repeat(5000),
      "🙂 emoji",
      "(((",
    ];
    for (const q of nasty) {
      expect(() => search(`?q=${encodeURIComponent(q)}`), q).not.toThrow();
    }
    expect(search(`?q=${encodeURIComponent("leks*")}`).slugs).toContain("leksehjelp-pa-romsas");
    expect(search(`?q=${encodeURIComponent('"')}`).total).toBe(search("").total); // no words: no search
  });

  it("reports unknown filter values instead of failing", () => {
    const resolved = resolveInitiativeFilters(
      parseInitiativeFilters(new URL("http://x/tiltak?satsing=finnes-ikke&delprogram=nei&omrade=%22%3B&status=boom")),
      listFilterOptions(),
    );
    expect(resolved.unknown).toEqual(["programme", "subprogramme", "area"]);
    expect(resolved.status).toBeNull();
  });

  it("shows each item's programme, sub-programme, area, period and number of partners", () => {
    const item = search("?q=Leksehjelp+Romsås").items.find((i) => i.slug === "leksehjelp-pa-romsas");
    expect(item).toMatchObject({
      title: "Leksehjelp på Romsås",
      programmeName: "Groruddalssatsingen",
      subprogrammeName: "Oppvekst og utdanning",
      areaName: "Romsås",
      status: "ongoing",
      startDate: "2023-08-21",
      endDate: "2027-06-18",
    });
    const [{ n }] = getDb().all<{ n: number }>(sql`
      SELECT count(*) AS n FROM participations p
      JOIN organisations o ON o.id = p.organisation_id
      JOIN initiatives i ON i.id = p.initiative_id
      WHERE i.slug = 'leksehjelp-pa-romsas' AND p.status = 'active' AND o.status = 'approved'`) as [{ n: number }];
    expect(item?.partnerCount).toBe(n);
    expect(n).toBeGreaterThanOrEqual(3);
  });
});

describe("getPublicInitiative", () => {
  it("returns null for unknown and non-public tiltak", () => {
    expect(getPublicInitiative("finnes-ikke")).toBeNull();
    expect(getPublicInitiative("kartlegging-av-moteplasser-i-bjerke")).toBeNull();
  });

  it("has the facts, the lead, what it looks for, and partners grouped by role", () => {
    const tiltak = getPublicInitiative("leksehjelp-pa-romsas");
    expect(tiltak).not.toBeNull();
    expect(tiltak).toMatchObject({
      title: "Leksehjelp på Romsås",
      programme: { slug: "groruddalssatsingen", name: "Groruddalssatsingen" },
      subprogramme: { slug: "oppvekst-og-utdanning", name: "Oppvekst og utdanning" },
      area: { slug: "romsas", name: "Romsås", kind: "sub_district" },
      lead: { name: "Leksehjelpa Romsås" },
      soughtSectors: ["voluntary"],
      soughtOffers: ["volunteers"],
    });
    const roles = tiltak!.partnersByRole.map((g) => g.role);
    expect(roles[0]).toBe("lead");
    expect(tiltak!.partnersByRole.find((g) => g.role === "lead")?.partners.map((p) => p.name)).toEqual(["Leksehjelpa Romsås"]);
    expect(tiltak!.partnersByRole.find((g) => g.role === "venue")?.partners).toContainEqual(
      expect.objectContaining({ name: "Romsåstunet Borettslag", sector: "business" }),
    );
    expect(tiltak!.partnersByRole.every((g) => g.partners.length > 0)).toBe(true);
  });

  it("shows public updates newest first, never those for partners or coordinators only", () => {
    const tiltak = getPublicInitiative("leksehjelp-pa-romsas")!;
    const titles = tiltak.updates.map((u) => u.title);
    expect(titles).toContain("Leksehjelpa åpner igjen etter sommeren");
    expect(titles).not.toContain("Felles planleggingsmøte med skolene"); // visibility: partners
    const times = tiltak.updates.map((u) => u.createdAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(tiltak.updateCount).toBe(tiltak.updates.length);

    const jobb = getPublicInitiative("jobbsjansen-grorud")!;
    expect(jobb.updates.map((u) => u.title)).not.toContain("Tilskudd for 2026 er innvilget"); // coordinators
  });

  it("leaves out hidden updates", () => {
    const tiltak = getPublicInitiative("arbeidspraksis-i-lokale-butikker")!;
    expect(tiltak.updates.map((u) => u.title)).not.toContain("Bløtkake til halv pris hele helgen!");
  });
});

describe("what is not public never shows", () => {
  it("leaves out partners and updates of organisations that are not approved, and ended participations", () => {
    const db = getDb();
    const tiltak = db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, "leksehjelp-pa-romsas")).get()!;
    const before = getPublicInitiative("leksehjelp-pa-romsas")!;
    const countBefore = search("?q=Leksehjelp+Romsås").items.find((i) => i.slug === "leksehjelp-pa-romsas")!.partnerCount;

    const pending = db
      .insert(organisations)
      .values({ slug: "ventende-gruppe", name: "Ventende gruppe", sector: "residents_group", status: "pending" })
      .returning({ id: organisations.id })
      .get();
    const ended = db
      .insert(organisations)
      .values({ slug: "ferdig-gruppe", name: "Ferdig gruppe", sector: "residents_group", status: "approved" })
      .returning({ id: organisations.id })
      .get();
    db.insert(participations)
      .values([
        { initiativeId: tiltak.id, organisationId: pending.id, role: "partner", status: "active" },
        { initiativeId: tiltak.id, organisationId: ended.id, role: "partner", status: "ended" },
      ])
      .run();
    db.insert(updates)
      .values({ initiativeId: tiltak.id, organisationId: pending.id, title: "Fra en ventende gruppe", body: "Hei" })
      .run();

    const after = getPublicInitiative("leksehjelp-pa-romsas")!;
    const names = after.partnersByRole.flatMap((g) => g.partners.map((p) => p.name));
    expect(names).not.toContain("Ventende gruppe");
    expect(names).not.toContain("Ferdig gruppe");
    expect(after.partnersByRole).toEqual(before.partnersByRole);
    expect(after.updates.map((u) => u.title)).not.toContain("Fra en ventende gruppe");
    expect(search("?q=Leksehjelp+Romsås").items.find((i) => i.slug === "leksehjelp-pa-romsas")!.partnerCount).toBe(countBefore);
  });

  it("hides an archived tiltak from the list, the search and its page", () => {
    const db = getDb();
    expect(search("?q=nattbasket").slugs).toContain("nattbasket-pa-haugenstua");
    db.update(initiatives).set({ archivedAt: new Date() }).where(eq(initiatives.slug, "nattbasket-pa-haugenstua")).run();
    try {
      expect(getPublicInitiative("nattbasket-pa-haugenstua")).toBeNull();
      expect(search("").slugs).not.toContain("nattbasket-pa-haugenstua");
      expect(search("?q=nattbasket").total).toBe(0);
    } finally {
      db.update(initiatives).set({ archivedAt: null }).where(eq(initiatives.slug, "nattbasket-pa-haugenstua")).run();
    }
    expect(
      db.select({ id: initiatives.id }).from(initiatives).where(and(eq(initiatives.slug, "nattbasket-pa-haugenstua"), isNull(initiatives.archivedAt))).get(),
    ).toBeDefined();
  });

  it("does not name a lead organisation that is no longer approved", () => {
    const db = getDb();
    const tiltak = getPublicInitiative("jobbsjansen-grorud")!;
    expect(tiltak.lead?.name).toBe("NAV Grorud");
    db.update(organisations).set({ status: "archived" }).where(eq(organisations.name, "NAV Grorud")).run();
    try {
      const after = getPublicInitiative("jobbsjansen-grorud")!;
      expect(after.lead).toBeNull();
      expect(after.partnersByRole.flatMap((g) => g.partners.map((p) => p.name))).not.toContain("NAV Grorud");
      expect(after.updates.map((u) => u.organisation.name)).not.toContain("NAV Grorud");
    } finally {
      db.update(organisations).set({ status: "approved" }).where(eq(organisations.name, "NAV Grorud")).run();
    }
  });
});

describe("the filter choices of /tiltak", () => {
  it("are kept per data version and follow a commit (a new sub-programme is a choice at once)", () => {
    const before = listFilterOptions();
    expect(listFilterOptions()).toBe(before);
    const programme = getDb().$client.prepare("SELECT id FROM programmes ORDER BY id LIMIT 1").get() as { id: number };
    getDb().$client.prepare("INSERT INTO subprogrammes (programme_id, slug, name, position) VALUES (?, ?, ?, ?)").run(programme.id, "nabolagskafe", "Nabolagskafé", 99);
    const after = listFilterOptions();
    expect(after).not.toBe(before);
    expect(after.subprogrammes.map((s) => s.slug)).toContain("nabolagskafe");
  });
});
