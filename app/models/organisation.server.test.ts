import { and, eq, inArray, ne } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import {
  areas,
  initiatives,
  organisationAreas,
  organisationOffers,
  organisations,
  organisationThemes,
  participations,
  subprogrammes,
  updates,
} from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { countStatements } from "~/testing/statement-count.server";
import { getDb } from "~/utils/db.server";
import { getAreaOverview, listAreaOptions, listAreasWithCounts } from "./area.server";
import { readDirectoryRequest } from "./directory-search.server";
import {
  excerpt,
  getPublicOrganisationProfile,
  listApprovedOrganisations,
  listThemeOptions,
  PARTNERS_PAGE_SIZE,
  searchApprovedOrganisations,
  type DirectorySort,
} from "./organisation.server";

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Every hit of a directory URL's query, over all pages. */
function allHits(query: string, sort?: DirectorySort) {
  const r = readDirectoryRequest(new URLSearchParams(query));
  const first = searchApprovedOrganisations(r.filters, sort ?? r.sort, 1);
  const items = [...first.items];
  for (let page = 2; (page - 1) * PARTNERS_PAGE_SIZE < first.total; page++) {
    items.push(...searchApprovedOrganisations(r.filters, sort ?? r.sort, page).items);
  }
  expect(items).toHaveLength(first.total);
  return items;
}
const namesOf = (query: string, sort?: DirectorySort) => allHits(query, sort).map((h) => h.name);

function approvedNames(): string[] {
  return getDb()
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.status, "approved"))
    .all()
    .map((r) => r.name);
}
function notApprovedNames(): string[] {
  return getDb()
    .select({ name: organisations.name })
    .from(organisations)
    .where(ne(organisations.status, "approved"))
    .all()
    .map((r) => r.name);
}

/** Counts the SQL statements prepared while `fn` runs (drizzle prepares one per query). */
function countQueries<T>(fn: () => T): { result: T; queries: number } {
  const { result, statements } = countStatements(fn);
  return { result, queries: statements };
}

/** A residents' group (no organisation number needed) with a word no demo text has. */
function insertGroup(name: string, status: "pending" | "approved" | "rejected" | "archived", areaSlug: string | null) {
  const db = getDb();
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const org = db
    .insert(organisations)
    .values({ slug, name, sector: "residents_group", description: `${name} møtes hver uke.`, status, approvedAt: status === "approved" ? new Date() : null })
    .returning({ id: organisations.id })
    .get();
  if (areaSlug) {
    const area = db.select({ id: areas.id }).from(areas).where(eq(areas.slug, areaSlug)).get()!;
    db.insert(organisationAreas).values({ organisationId: org.id, areaId: area.id }).run();
  }
  return { id: org.id, slug };
}

describe("the directory without search or filters", () => {
  test("lists exactly the approved organisations, by name, 20 a page", () => {
    const first = listApprovedOrganisations(1);
    expect(first.total).toBe(approvedNames().length);
    expect(first.items).toHaveLength(PARTNERS_PAGE_SIZE);
    const names = namesOf("");
    expect(new Set(names)).toEqual(new Set(approvedNames()));
    expect(names).toEqual([...names].sort(new Intl.Collator("nb").compare));
    for (const hidden of notApprovedNames()) expect(names).not.toContain(hidden);
  });

  test("pages do not overlap, and a page past the end is empty", () => {
    const one = listApprovedOrganisations(1).items.map((i) => i.slug);
    const two = listApprovedOrganisations(2).items.map((i) => i.slug);
    expect(two.length).toBeGreaterThan(0);
    expect(two.filter((s) => one.includes(s))).toEqual([]);
    expect(listApprovedOrganisations(99).items).toEqual([]);
  });

  test("each hit carries its sector, areas, offers and a short excerpt, and nothing private", () => {
    const hit = allHits("").find((h) => h.name === "Leksehjelpa Romsås")!;
    expect(hit).toEqual({
      slug: "leksehjelpa-romsas",
      name: "Leksehjelpa Romsås",
      sector: "voluntary",
      areas: ["Romsås"],
      offers: ["volunteers", "activities"],
      excerpt: expect.stringMatching(/^Leksehjelpa Romsås er en frivillig gruppe .* …$/),
    });
    expect(hit.excerpt.length).toBeLessThanOrEqual(225);
  });

  test("excerpts cut at a word and keep short texts whole", () => {
    expect(excerpt("Kort tekst.")).toBe("Kort tekst.");
    expect(excerpt("ord ".repeat(100), 20)).toBe("ord ord ord ord ord …");
    expect(excerpt("linje\n\nto")).toBe("linje to");
  });
});

describe("search", () => {
  test("a word from a demo description finds its organisation", () => {
    expect(namesOf("q=brødskiver")).toEqual(["Leksehjelpa Romsås"]);
    expect(namesOf("q=futsal")).toEqual(["Romsås Ballvenner IL"]);
  });

  test("the beginning of a word finds the whole word, in any case", () => {
    const leks = namesOf("q=leks");
    expect(leks).toContain("Leksehjelpa Romsås");
    expect(leks).toContain("Storhaug Leksehjelp");
    expect(leks).toContain("Utdanningsetaten"); // "leksehjelp" in its description
    expect(new Set(namesOf("q=LEKS"))).toEqual(new Set(leks));
  });

  test("æ, ø and å are letters of their own", () => {
    expect(namesOf("q=grønnsaker")).toEqual(["Grønland Nabolagshage"]);
    expect(namesOf("q=gronnsaker")).toEqual([]);
    expect(namesOf("q=språkkafé")).toContain("Furuset Språkkafé");
    expect(namesOf("q=hillevåg")).toContain("Hillevåg Aktivitetslag");
    expect(namesOf("q=nærmiljøhage")).toEqual(expect.arrayContaining(["Romsås Vestre Vel", "Romsåstunet Borettslag"]));
  });

  test("several words must all match", () => {
    expect(namesOf("q=leksehjelp storhaug")).toEqual(["Storhaug Leksehjelp"]);
  });

  test("offers are searchable by their Norwegian name", () => {
    // Grorud Bakeri's description says "praksisplasser"; "arbeidspraksis" comes from its offers.
    expect(namesOf("q=arbeidspraksis")).toContain("Grorud Bakeri & Kafé");
  });

  test("words found only in pending, rejected or archived organisations find nothing", () => {
    expect(namesOf("q=flerkulturelle")).toEqual([]); // pending
    expect(namesOf("q=elsykler")).toEqual([]); // pending
    expect(namesOf("q=verdivurdering")).toEqual([]); // rejected
    expect(namesOf("q=vaffelkafé")).toEqual([]); // archived
  });

  test("an organisation appears once it is approved, and not before", () => {
    const { id } = insertGroup("Zyxwvgruppa", "pending", "romsas");
    expect(namesOf("q=zyxwv")).toEqual([]);
    expect(getPublicOrganisationProfile("zyxwvgruppa")).toBeNull();
    getDb().update(organisations).set({ status: "approved", approvedAt: new Date() }).where(eq(organisations.id, id)).run();
    expect(namesOf("q=zyxwv")).toEqual(["Zyxwvgruppa"]);
    getDb().update(organisations).set({ status: "archived" }).where(eq(organisations.id, id)).run();
    expect(namesOf("q=zyxwv")).toEqual([]);
    expect(namesOf("omrade=romsas")).not.toContain("Zyxwvgruppa");
  });

  test("FTS syntax in the search box never throws and never widens the search", () => {
    const approved = new Set(approvedNames());
    for (const q of ['"', '"leks', "leks*", "*", "(", "leks)", "NEAR", "NEAR(leks hjelp)", "leks OR fotball", "-leks", "name:leks", "^leks", "AND", '"" OR ""', "{name}: x", "leks + romsås"]) {
      const names = namesOf(`q=${encodeURIComponent(q)}`);
      for (const name of names) expect(approved.has(name)).toBe(true);
    }
    // "OR" is a word like any other, so this asks for both words, not either.
    expect(namesOf("q=leksehjelp OR futsal")).toEqual([]);
  });

  test("a symbol-only search is no search", () => {
    expect(namesOf(`q=${encodeURIComponent('"*()')}`)).toHaveLength(approvedNames().length);
  });
});

describe("filters", () => {
  test("sector", () => {
    const hits = allHits("sektor=voluntary");
    const expected = getDb()
      .select({ name: organisations.name })
      .from(organisations)
      .where(and(eq(organisations.status, "approved"), eq(organisations.sector, "voluntary")))
      .all();
    expect(hits.length).toBe(expected.length);
    expect(hits.every((h) => h.sector === "voluntary")).toBe(true);
  });

  test("a district includes the partners of its sub-districts, and nothing outside", () => {
    const names = namesOf("omrade=bydel-grorud");
    expect(names).toContain("Bydel Grorud");
    expect(names).toContain("Leksehjelpa Romsås"); // serves Romsås only
    expect(names).toContain("Naboer for Grorud torg"); // serves the sub-district Grorud only
    expect(names).not.toContain("Utdanningsetaten"); // all of Oslo: above the district, not in it
    expect(names).not.toContain("Furuset Språkkafé");
    for (const hit of allHits("omrade=bydel-grorud")) {
      expect(hit.areas.some((a) => ["Bydel Grorud", "Romsås", "Grorud"].includes(a))).toBe(true);
    }
    // A sub-district does not include its parent's other partners.
    const romsas = namesOf("omrade=romsas");
    expect(romsas).toContain("Leksehjelpa Romsås");
    expect(romsas).not.toContain("Naboer for Grorud torg");
    expect(romsas).not.toContain("NAV Grorud");
  });

  test("a theme matches that sub-programme in any programme", () => {
    const names = namesOf("tema=sysselsetting");
    expect(names).toContain("NAV Grorud"); // Groruddalssatsingen
    expect(names).toContain("NAV Søndre Nordstrand"); // Oslo sør-satsingen
    expect(names).not.toContain("Leksehjelpa Romsås");
    const db = getDb();
    const withTheme = new Set(
      db
        .select({ name: organisations.name })
        .from(organisationThemes)
        .innerJoin(subprogrammes, eq(subprogrammes.id, organisationThemes.subprogrammeId))
        .innerJoin(organisations, eq(organisations.id, organisationThemes.organisationId))
        .where(and(eq(subprogrammes.slug, "sysselsetting"), eq(organisations.status, "approved")))
        .all()
        .map((r) => r.name),
    );
    expect(new Set(names)).toEqual(withTheme);
  });

  test("offer", () => {
    const hits = allHits("tilbud=work_placements");
    expect(hits.length).toBeGreaterThan(3);
    expect(hits.every((h) => h.offers.includes("work_placements"))).toBe(true);
    expect(hits.map((h) => h.name)).toContain("Grorud Bakeri & Kafé");
  });

  test("filters combine with each other and with the search", () => {
    expect(new Set(namesOf("omrade=bydel-grorud&tilbud=work_placements&sektor=business"))).toEqual(
      new Set(["Nærbutikken Romsås", "Grorud Bakeri & Kafé"]),
    );
    expect(namesOf("q=leksehjelp&omrade=romsas")).toEqual(expect.arrayContaining(["Leksehjelpa Romsås", "Romsåstunet Borettslag"]));
    expect(namesOf("q=leksehjelp&omrade=romsas&sektor=business")).toEqual(["Romsåstunet Borettslag"]);
    expect(namesOf("q=leksehjelp&tema=sysselsetting&omrade=romsas")).toEqual([]);
  });

  test("a filtered list over many pages, in both orders, follows every commit", () => {
    // The order of an area's (theme's, offer's) partners is kept per data version: the pages must be
    // slices of the rule written out plainly, and a change must show on the very next read.
    const db = getDb();
    for (let i = 0; i < 45; i++) insertGroup(`Romsås gruppe ${String(i).padStart(2, "0")} ${"æøå"[i % 3]}`, i % 9 === 0 ? "pending" : "approved", "romsas");
    const rule = (orderBy: "name" | "newest") =>
      db
        .select({ name: organisations.name, approvedAt: organisations.approvedAt, id: organisations.id })
        .from(organisations)
        .where(
          and(
            eq(organisations.status, "approved"),
            inArray(organisations.id, db.select({ id: organisationAreas.organisationId }).from(organisationAreas).innerJoin(areas, eq(areas.id, organisationAreas.areaId)).where(eq(areas.slug, "romsas"))),
          ),
        )
        .all()
        .sort((a, b) =>
          orderBy === "name"
            ? new Intl.Collator("nb").compare(a.name, b.name) || a.id - b.id
            : (b.approvedAt?.getTime() ?? 0) - (a.approvedAt?.getTime() ?? 0) || b.id - a.id,
        )
        .map((r) => r.name);
    expect(rule("name").length).toBeGreaterThan(2 * PARTNERS_PAGE_SIZE);
    expect(namesOf("omrade=romsas")).toEqual(rule("name"));
    expect(namesOf("omrade=romsas&sortering=nyeste")).toEqual(rule("newest"));

    const late = insertGroup("Aaa sist godkjent", "approved", "romsas");
    expect(namesOf("omrade=romsas")).toEqual(rule("name"));
    expect(namesOf("omrade=romsas")).toContain("Aaa sist godkjent");
    db.update(organisations).set({ status: "archived" }).where(eq(organisations.id, late.id)).run();
    expect(namesOf("omrade=romsas")).not.toContain("Aaa sist godkjent");
    expect(namesOf("omrade=romsas&sortering=nyeste")).toEqual(rule("newest"));
    const r = readDirectoryRequest(new URLSearchParams("omrade=romsas"));
    expect(searchApprovedOrganisations(r.filters, r.sort, 99)).toEqual({ total: rule("name").length, items: [] });
  });

  test("unknown filter values are ignored, so the list is as without them", () => {
    expect(namesOf("sektor=pirates&omrade=atlantis&tema=x&tilbud=y")).toEqual(namesOf(""));
  });

  test("the filter options list each theme once and the areas as a tree", () => {
    const themes = listThemeOptions().map((t) => t.slug);
    expect(new Set(themes).size).toBe(themes.length);
    expect(themes).toContain("sysselsetting");
    const { options, condensed } = listAreaOptions();
    expect(condensed).toBe(false);
    const grorud = options.findIndex((o) => o.slug === "bydel-grorud");
    expect(options[grorud]).toMatchObject({ depth: 1 });
    const romsas = options.findIndex((o) => o.slug === "romsas");
    expect(romsas).toBeGreaterThan(grorud);
    expect(options[romsas]).toMatchObject({ name: "Romsås", depth: 2 });
  });
});

describe("sorting", () => {
  test("newest approved first", () => {
    const hits = allHits("sortering=nyeste");
    const approvedAt = new Map(
      getDb()
        .select({ slug: organisations.slug, approvedAt: organisations.approvedAt })
        .from(organisations)
        .all()
        .map((r) => [r.slug, r.approvedAt?.getTime() ?? 0]),
    );
    const times = hits.map((h) => approvedAt.get(h.slug)!);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(hits.map((h) => h.name))).toEqual(new Set(namesOf("")));
  });

  test("a search is by relevance unless the visitor chose otherwise", () => {
    const byRelevance = namesOf("q=leksehjelp");
    const byName = namesOf("q=leksehjelp&sortering=navn");
    expect(new Set(byRelevance)).toEqual(new Set(byName));
    expect(byName).toEqual([...byName].sort(new Intl.Collator("nb").compare));
    // The groups that are about homework help rank above those that merely mention it.
    expect(byRelevance.slice(0, 2).sort()).toEqual(["Leksehjelpa Romsås", "Storhaug Leksehjelp"]);
    expect(byRelevance).not.toEqual(byName);
  });

  test("relevance pages are stable: every hit exactly once", () => {
    const names = namesOf("q=og", "relevans");
    expect(names.length).toBeGreaterThan(PARTNERS_PAGE_SIZE);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("a fixed number of queries, whatever the data size", () => {
  test("a directory page is four queries with or without filters, three once its total or order is known", () => {
    for (const query of ["", "q=og", "q=og&sortering=navn", "omrade=oslo&tema=narmiljo&tilbud=volunteers&sektor=voluntary"]) {
      const r = readDirectoryRequest(new URLSearchParams(query));
      const first = countQueries(() => searchApprovedOrganisations(r.filters, r.sort, 1));
      const again = countQueries(() => searchApprovedOrganisations(r.filters, r.sort, 1));
      expect(first.result.items.length).toBeGreaterThan(0);
      expect(first.queries).toBeLessThanOrEqual(4);
      // Without a search the total (or a filter's order) is kept per data version; a search counts every time.
      expect(again.queries).toBe(r.filters.match === null ? 3 : 4);
    }
  });

  test("a profile, an area page and the area list", () => {
    expect(countQueries(() => getPublicOrganisationProfile("bydel-grorud")).queries).toBe(6);
    expect(countQueries(() => getAreaOverview("oslo")).queries).toBe(7);
    expect(countQueries(() => listAreasWithCounts()).queries).toBe(3);
  });
});

describe("the public profile", () => {
  test("an approved organisation with its public facts", () => {
    const profile = getPublicOrganisationProfile("leksehjelpa-romsas")!;
    expect(profile).toMatchObject({
      slug: "leksehjelpa-romsas",
      name: "Leksehjelpa Romsås",
      sector: "voluntary",
      website: "https://leksehjelpa-romsas.example.no",
      contactEmail: "post@leksehjelpa-romsas.example.no",
      areas: [{ slug: "romsas", name: "Romsås" }],
      themes: [{ slug: "oppvekst-og-utdanning", name: "Oppvekst og utdanning" }],
      offers: ["volunteers", "activities"],
    });
    expect(profile.orgNumber).toMatch(/^\d{9}$/);
    expect(profile.initiatives).toContainEqual(
      expect.objectContaining({ slug: "leksehjelp-pa-romsas", role: "lead", status: "ongoing" }),
    );
    expect(profile.updates.map((u) => u.title)).toContain("Leksehjelpa åpner igjen etter sommeren");
    // Nothing private or internal is part of it.
    expect(Object.keys(profile).sort()).toEqual(
      ["areas", "contactEmail", "contactPhone", "description", "initiatives", "logoFile", "name", "offers", "orgNumber", "sector", "slug", "themes", "updates", "website"].sort(),
    );
  });

  test("pending, rejected, archived and unknown organisations have no profile", () => {
    for (const slug of ["haugenstua-flerkulturelle-kvinnenettverk", "groruddalen-eiendomsformidling-as", "veitvet-vaffelkafe", "finnes-ikke"]) {
      expect(getPublicOrganisationProfile(slug)).toBeNull();
    }
  });

  test("only public tiltak, active participations and public, visible updates", () => {
    const oslobygg = getPublicOrganisationProfile("oslobygg-kf")!;
    expect(oslobygg.initiatives.map((i) => i.slug)).not.toContain("kartlegging-av-moteplasser-i-bjerke");
    const bjerke = getPublicOrganisationProfile("bydel-bjerke")!;
    expect(bjerke.initiatives.map((i) => i.slug)).not.toContain("kartlegging-av-moteplasser-i-bjerke");
    // Boligbygg is only invited to the private tiltak.
    const boligbygg = getPublicOrganisationProfile("boligbygg-oslo-kf")!;
    expect(boligbygg.initiatives.map((i) => i.slug)).not.toContain("kartlegging-av-moteplasser-i-bjerke");

    const bakery = getPublicOrganisationProfile("grorud-bakeri-kafe")!;
    expect(bakery.updates.map((u) => u.title)).not.toContain("Bløtkake til halv pris hele helgen!"); // hidden
    const school = getPublicOrganisationProfile("utdanningsetaten")!;
    expect(school.updates.map((u) => u.title)).not.toContain("Felles planleggingsmøte med skolene"); // partners only
    const imdi = getPublicOrganisationProfile("imdi")!;
    expect(imdi.updates.map((u) => u.title)).not.toContain("Tilskudd for 2026 er innvilget"); // coordinators only
  });

  test("at most ten updates, newest first", () => {
    const db = getDb();
    const org = db.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, "bydel-grorud")).get()!;
    const initiative = db
      .select({ id: initiatives.id })
      .from(participations)
      .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
      .where(and(eq(participations.organisationId, org.id), eq(participations.status, "active"), eq(initiatives.isPublic, true)))
      .get()!;
    const before = getPublicOrganisationProfile("bydel-grorud")!.updates.length;
    for (let i = 0; i < 12; i++) {
      db.insert(updates)
        .values({ initiativeId: initiative.id, organisationId: org.id, title: `Melding ${i}`, body: "Tekst", createdAt: new Date(Date.UTC(2027, 0, i + 1)) })
        .run();
    }
    const after = getPublicOrganisationProfile("bydel-grorud")!.updates;
    expect(before).toBeLessThanOrEqual(10);
    expect(after).toHaveLength(10);
    expect(after[0]!.title).toBe("Melding 11");
    const times = after.map((u) => u.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

describe("area pages", () => {
  test("who does what in Romsås: its facts, public tiltak by sub-programme, partners by sector", () => {
    const romsas = getAreaOverview("romsas")!;
    expect(romsas).toMatchObject({
      name: "Romsås",
      kind: "sub_district",
      population: 7000,
      liftStartYear: 2017,
      liftEndYear: 2026,
      parent: { slug: "bydel-grorud", name: "Bydel Grorud" },
      // Groruddalssatsingen and its successor (db/seed-closing.ts), which covers the same areas.
      programmes: [
        { name: "Groruddalssatsingen", municipality: "Oslo" },
        { name: "Groruddalssatsingen 2027–2036", municipality: "Oslo" },
      ],
      children: [],
    });
    const groups = Object.fromEntries(romsas.tiltakGroups.map((g) => [g.subprogramme, g.initiatives.map((i) => i.slug)]));
    expect(groups["Oppvekst og utdanning"]).toContain("leksehjelp-pa-romsas");
    expect(groups["Nærmiljø"]).toContain("oppgradering-av-romsas-senter-parken");
    const partners = Object.fromEntries(romsas.partnerGroups.map((g) => [g.sector, g.partners.map((p) => p.name)]));
    expect(partners.voluntary).toContain("Leksehjelpa Romsås");
    // Serves all of Oslo, but takes part in the homework help on Romsås.
    expect(partners.municipal_agency).toContain("Utdanningsetaten");
    expect(romsas.partnerCount).toBe(romsas.partnerGroups.reduce((n, g) => n + g.partners.length, 0));
  });

  test("a district includes its sub-districts' tiltak and partners", () => {
    const district = getAreaOverview("bydel-grorud")!;
    const slugs = district.tiltakGroups.flatMap((g) => g.initiatives.map((i) => i.slug));
    expect(slugs).toContain("leksehjelp-pa-romsas");
    expect(slugs).toContain("jobbsjansen-grorud");
    expect(district.children.map((c) => c.slug).sort()).toEqual(["grorud", "romsas"]);
    const names = district.partnerGroups.flatMap((g) => g.partners.map((p) => p.name));
    expect(names).toContain("Leksehjelpa Romsås");
    expect(names).toContain("Naboer for Grorud torg");
  });

  test("private tiltak, and partners linked only through them or not approved, stay out", () => {
    const bjerke = getAreaOverview("bydel-bjerke")!;
    expect(bjerke.tiltakGroups.flatMap((g) => g.initiatives.map((i) => i.slug))).not.toContain("kartlegging-av-moteplasser-i-bjerke");

    const db = getDb();
    const { id } = insertGroup("Qwxzlaget", "approved", null);
    const privateTiltak = db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, "kartlegging-av-moteplasser-i-bjerke")).get()!;
    db.insert(participations).values({ initiativeId: privateTiltak.id, organisationId: id, role: "partner", status: "active" }).run();
    const partnersOf = (slug: string) => getAreaOverview(slug)!.partnerGroups.flatMap((g) => g.partners.map((p) => p.name));
    expect(partnersOf("bydel-bjerke")).not.toContain("Qwxzlaget");

    const publicTiltak = db.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, "vardugnad-pa-veitvet")).get()!;
    const p = db.insert(participations).values({ initiativeId: publicTiltak.id, organisationId: id, role: "contributor", status: "requested" }).returning({ id: participations.id }).get();
    expect(partnersOf("bydel-bjerke")).not.toContain("Qwxzlaget"); // only asked to join
    db.update(participations).set({ status: "active" }).where(eq(participations.id, p.id)).run();
    expect(partnersOf("bydel-bjerke")).toContain("Qwxzlaget");
    expect(partnersOf("veitvet")).toContain("Qwxzlaget");
    expect(partnersOf("bydel-grorud")).not.toContain("Qwxzlaget");

    insertGroup("Pendlaget", "pending", "romsas");
    expect(partnersOf("romsas")).not.toContain("Pendlaget");
  });

  test("unknown areas have no page", () => {
    expect(getAreaOverview("atlantis")).toBeNull();
  });

  test("the area list counts the same tiltak and partners as each area's page", () => {
    const list = listAreasWithCounts();
    expect(list.map((a) => a.slug)).toContain("romsas");
    const oslo = list.findIndex((a) => a.slug === "oslo");
    expect(list[oslo]!.depth).toBe(0);
    for (const item of list) {
      const page = getAreaOverview(item.slug)!;
      expect([item.slug, item.initiativeCount, item.partnerCount]).toEqual([item.slug, page.initiativeCount, page.partnerCount]);
    }
  });

  test("offers on the area page are the partner's own", () => {
    const romsas = getAreaOverview("romsas")!;
    const leks = romsas.partnerGroups.flatMap((g) => g.partners).find((p) => p.slug === "leksehjelpa-romsas")!;
    const own = getDb()
      .select({ offer: organisationOffers.offer })
      .from(organisationOffers)
      .innerJoin(organisations, eq(organisations.id, organisationOffers.organisationId))
      .where(inArray(organisations.slug, ["leksehjelpa-romsas"]))
      .all()
      .map((r) => r.offer);
    expect(new Set(leks.offers)).toEqual(new Set(own));
  });
});
