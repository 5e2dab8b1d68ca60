import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import {
  areas,
  initiatives,
  organisationAreas,
  organisations,
  participations,
  users,
} from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { nb } from "~/i18n/nb";
import {
  listOpenInitiatives,
  listOpenOrganisations,
  listOpenParticipations,
  resolveReferences,
} from "~/models/open-data.server";
import {
  CSV_MAX_ROWS,
  initiativesEndpoint,
  methodNotAllowedResponse,
  organisationsEndpoint,
  participationsEndpoint,
  serveOpenData,
} from "~/services/api.server";
import { countStatements } from "~/testing/statement-count.server";
import { getDb } from "~/utils/db.server";

const ALL = { limit: 100_000, offset: 0 };
const docs = nb.openData.docs;

/** Every key at any depth of a value, to look for private column names. */
function keysDeep(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysDeep(v, out);
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysDeep(v, out);
    }
  }
  return out;
}

const PRIVATE_KEY = /user|password|decision|decided|registered|createdBy|requestedBy|message|hidden|status$|^id$|email$/i;
const ALLOWED_KEYS = new Set(["contactEmail", "status"]);

let userEmails: string[] = [];
let userNames: string[] = [];

beforeAll(async () => {
  const db = getDb();
  await seedDemoData(db, { passwordHash: "unused" });

  // Make the demo world harder: an approved organisation with active participations is archived,
  // one public tiltak is archived, and one tiltak's lead is put back to pending.
  const busy = db
    .select({ id: participations.organisationId })
    .from(participations)
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(and(eq(participations.status, "active"), eq(organisations.status, "approved"), ne(participations.role, "lead")))
    .limit(1)
    .get()!;
  db.update(organisations).set({ status: "archived" }).where(eq(organisations.id, busy.id)).run();
  const [first, second] = db
    .select({ id: initiatives.id, lead: initiatives.leadOrganisationId })
    .from(initiatives)
    .where(eq(initiatives.isPublic, true))
    .orderBy(initiatives.id)
    .limit(2)
    .all();
  db.update(initiatives).set({ archivedAt: new Date() }).where(eq(initiatives.id, first!.id)).run();
  db.update(organisations).set({ status: "pending" }).where(eq(organisations.id, second!.lead!)).run();

  const people = db.select({ email: users.email, name: users.name }).from(users).all();
  userEmails = people.map((p) => p.email.toLowerCase());
  userNames = people.map((p) => p.name);
});

describe("organisations", () => {
  it("lists exactly the approved organisations, by name, with the documented fields", () => {
    const db = getDb();
    const approved = db.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.status, "approved")).all();
    const hidden = db.select({ slug: organisations.slug }).from(organisations).where(ne(organisations.status, "approved")).all();
    expect(hidden.length).toBeGreaterThanOrEqual(4); // pending, rejected and archived ones exist

    const { total, items } = listOpenOrganisations({}, ALL);
    expect(total).toBe(approved.length);
    expect(items.map((o) => o.slug).sort()).toEqual(approved.map((o) => o.slug).sort());
    for (const h of hidden) expect(items.some((o) => o.slug === h.slug)).toBe(false);
    const names = items.map((o) => o.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("nb").compare));

    expect(Object.keys(items[0]!)).toEqual(docs.organisations.fields.map((f) => f.name));
    const grorud = items.find((o) => o.slug === "bydel-grorud")!;
    expect(grorud.url).toMatch(/^https?:\/\/[^/]+\/partnere\/bydel-grorud$/);
    expect(grorud.areas).toContainEqual({ slug: "romsas", name: "Romsås" });
    expect(grorud.themes).toContainEqual({
      slug: "sysselsetting",
      name: "Sysselsetting",
      programme: { slug: "groruddalssatsingen", name: "Groruddalssatsingen" },
    });
    expect(grorud.offers).toEqual(["expertise", "funding", "network"]);
    expect(grorud.approvedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(grorud.contactEmail).toBe("post@bydel-grorud.example.no");
  });

  it("pages without overlap", () => {
    const { total } = listOpenOrganisations({}, ALL);
    const pages = [0, 1, 2].map((p) => listOpenOrganisations({}, { limit: 10, offset: p * 10 }));
    for (const page of pages) expect(page.total).toBe(total);
    const slugs = pages.flatMap((p) => p.items.map((o) => o.slug));
    expect(slugs).toHaveLength(30);
    expect(new Set(slugs).size).toBe(30);
    expect(slugs).toEqual(listOpenOrganisations({}, { limit: 30, offset: 0 }).items.map((o) => o.slug));
  });

  it("filters by sector, offer and theme", () => {
    const voluntary = listOpenOrganisations({ sector: "voluntary" }, ALL);
    expect(voluntary.total).toBeGreaterThan(0);
    expect(voluntary.items.every((o) => o.sector === "voluntary")).toBe(true);

    const premises = listOpenOrganisations({ offer: "premises" }, ALL);
    expect(premises.total).toBeGreaterThan(0);
    expect(premises.items.every((o) => o.offers.includes("premises"))).toBe(true);

    const employment = listOpenOrganisations({ theme: "sysselsetting" }, ALL);
    expect(employment.total).toBeGreaterThan(0);
    expect(employment.items.every((o) => o.themes.some((t) => t.slug === "sysselsetting"))).toBe(true);
    expect(employment.total).toBeLessThan(listOpenOrganisations({}, ALL).total);
  });

  it("filters by area including the areas below it", () => {
    const db = getDb();
    const romsasId = db.select({ id: areas.id }).from(areas).where(eq(areas.slug, "romsas")).get()!.id;
    const { areaId } = resolveReferences({ area: "bydel-grorud" });
    const inDistrict = listOpenOrganisations({ areaId }, ALL);
    const inRomsas = listOpenOrganisations({ areaId: romsasId }, ALL);
    expect(inRomsas.total).toBeGreaterThan(0);
    // Everyone in Romsås is also "in Bydel Grorud".
    const district = new Set(inDistrict.items.map((o) => o.slug));
    for (const o of inRomsas.items) expect(district.has(o.slug)).toBe(true);
    // Some organisation is only registered in Romsås (or Grorud), not in the district itself.
    const directlyInDistrict = new Set(
      db
        .select({ slug: organisations.slug })
        .from(organisationAreas)
        .innerJoin(organisations, eq(organisations.id, organisationAreas.organisationId))
        .innerJoin(areas, eq(areas.id, organisationAreas.areaId))
        .where(eq(areas.slug, "bydel-grorud"))
        .all()
        .map((r) => r.slug),
    );
    expect(inDistrict.items.some((o) => !directlyInDistrict.has(o.slug))).toBe(true);
    for (const o of inDistrict.items) {
      expect(o.areas.some((a) => ["bydel-grorud", "romsas", "grorud"].includes(a.slug))).toBe(true);
    }
  });

  it("searches the full-text index safely, by word prefix", () => {
    const hits = listOpenOrganisations({ q: "leksehj" }, ALL);
    expect(hits.total).toBeGreaterThan(0);
    for (const o of hits.items) expect(`${o.name} ${o.description}`.toLowerCase()).toContain("leksehj");
    expect(listOpenOrganisations({ q: "Bydel Grorud" }, ALL).items.map((o) => o.slug)).toContain("bydel-grorud");
    // FTS syntax is just words: no error, no match-all.
    for (const q of ['"', "AND OR NOT", "name:*", "(leks", "-", "***", "NEAR(a b)"]) {
      expect(() => listOpenOrganisations({ q }, ALL)).not.toThrow();
    }
    // Nothing but punctuation is no search at all.
    expect(listOpenOrganisations({ q: "!!!" }, ALL).total).toBe(listOpenOrganisations({}, ALL).total);
    // Pending and rejected organisations are never found.
    const pending = getDb().select({ name: organisations.name }).from(organisations).where(eq(organisations.status, "pending")).get()!;
    expect(listOpenOrganisations({ q: pending.name }, ALL).items.some((o) => o.name === pending.name)).toBe(false);
  });

  it("resolves filter slugs in one query and names the missing ones", () => {
    expect(resolveReferences({}).missing).toEqual([]);
    const found = resolveReferences({ area: "romsas", programme: "groruddalssatsingen", subprogramme: "narmiljo" });
    expect(found.missing).toEqual([]);
    expect(found.areaId).toEqual(expect.any(Number));
    expect(resolveReferences({ area: "nope", programme: "nope", subprogramme: "nope" }).missing).toEqual([
      "area",
      "programme",
      "subprogramme",
    ]);
  });
});

describe("initiatives", () => {
  it("lists only public, non-archived tiltak, with the documented fields", () => {
    const db = getDb();
    const visible = db
      .select({ slug: initiatives.slug })
      .from(initiatives)
      .where(and(eq(initiatives.isPublic, true), sql`${initiatives.archivedAt} IS NULL`))
      .all();
    const invisible = db
      .select({ slug: initiatives.slug })
      .from(initiatives)
      .where(sql`${initiatives.isPublic} = 0 OR ${initiatives.archivedAt} IS NOT NULL`)
      .all();
    expect(invisible.length).toBeGreaterThanOrEqual(3); // two non-public in the seed, one archived above

    const { total, items } = listOpenInitiatives({}, ALL);
    expect(total).toBe(visible.length);
    expect(items.map((i) => i.slug).sort()).toEqual(visible.map((i) => i.slug).sort());
    for (const i of invisible) expect(items.some((x) => x.slug === i.slug)).toBe(false);
    expect(Object.keys(items[0]!)).toEqual(docs.initiatives.fields.map((f) => f.name));
    expect(items[0]!.url).toMatch(/\/tiltak\/[a-z0-9-]+$/);
  });

  it("names the lead organisation only while it is approved", () => {
    const { items } = listOpenInitiatives({}, ALL);
    const approved = new Set(listOpenOrganisations({}, ALL).items.map((o) => o.slug));
    expect(items.some((i) => i.leadOrganisation === null)).toBe(true);
    for (const i of items) if (i.leadOrganisation !== null) expect(approved.has(i.leadOrganisation)).toBe(true);
  });

  it("filters by programme, sub-programme, area subtree and status", () => {
    const all = listOpenInitiatives({}, ALL).total;
    const gruddal = listOpenInitiatives({ programme: "groruddalssatsingen" }, ALL);
    expect(gruddal.total).toBeGreaterThan(0);
    expect(gruddal.total).toBeLessThan(all);
    expect(gruddal.items.every((i) => i.programme.slug === "groruddalssatsingen")).toBe(true);

    const jobs = listOpenInitiatives({ subprogramme: "sysselsetting" }, ALL);
    expect(jobs.items.every((i) => i.subprogramme.slug === "sysselsetting")).toBe(true);

    const ongoing = listOpenInitiatives({ status: "ongoing" }, ALL);
    expect(ongoing.total).toBeGreaterThan(0);
    expect(ongoing.items.every((i) => i.status === "ongoing")).toBe(true);

    const { areaId } = resolveReferences({ area: "bydel-grorud" });
    const inGrorud = listOpenInitiatives({ areaId }, ALL);
    expect(inGrorud.total).toBeGreaterThan(0);
    expect(inGrorud.items.every((i) => ["bydel-grorud", "romsas", "grorud"].includes(i.area.slug))).toBe(true);
    expect(inGrorud.items.some((i) => i.area.slug !== "bydel-grorud")).toBe(true);
  });
});

describe("participations", () => {
  it("lists only active participations of approved organisations in public tiltak", () => {
    const db = getDb();
    const expected = db
      .select({ initiative: initiatives.slug, organisation: organisations.slug })
      .from(participations)
      .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
      .innerJoin(organisations, eq(organisations.id, participations.organisationId))
      .where(
        and(
          eq(participations.status, "active"),
          eq(organisations.status, "approved"),
          eq(initiatives.isPublic, true),
          sql`${initiatives.archivedAt} IS NULL`,
        ),
      )
      .all();
    const { total, items } = listOpenParticipations({}, ALL);
    expect(total).toBe(expected.length);
    expect(Object.keys(items[0]!)).toEqual(docs.participations.fields.map((f) => f.name));

    const orgs = new Set(listOpenOrganisations({}, ALL).items.map((o) => o.slug));
    const tiltak = new Set(listOpenInitiatives({}, ALL).items.map((i) => i.slug));
    for (const p of items) {
      expect(orgs.has(p.organisation)).toBe(true);
      expect(tiltak.has(p.initiative)).toBe(true);
    }
    // Requested, invited, declined and ended ones exist but are not listed.
    const notActive = db
      .select({ id: participations.id })
      .from(participations)
      .where(inArray(participations.status, ["requested", "invited", "declined", "ended"]))
      .all();
    expect(notActive.length).toBeGreaterThan(0);
    expect(db.select({ id: participations.id }).from(participations).all().length).toBeGreaterThan(total + notActive.length - 1);
  });

  it("filters by tiltak, organisation and role; unknown slugs give nothing", () => {
    const leads = listOpenParticipations({ role: "lead" }, ALL);
    expect(leads.total).toBeGreaterThan(0);
    expect(leads.items.every((p) => p.role === "lead")).toBe(true);

    const one = leads.items[0]!;
    const inOne = listOpenParticipations({ initiative: one.initiative }, ALL);
    expect(inOne.items.every((p) => p.initiative === one.initiative)).toBe(true);
    const byOrg = listOpenParticipations({ organisation: one.organisation }, ALL);
    expect(byOrg.items.every((p) => p.organisation === one.organisation)).toBe(true);
    expect(listOpenParticipations({ initiative: "finnes-ikke" }, ALL).total).toBe(0);

    // A non-public tiltak's participants are not revealed by asking for it by name.
    const secret = getDb().select({ slug: initiatives.slug }).from(initiatives).where(eq(initiatives.isPublic, false)).get()!;
    expect(listOpenParticipations({ initiative: secret.slug }, ALL).total).toBe(0);
  });
});

describe("nothing private leaks", () => {
  it("has no user ids, private columns, people's names or users' e-mail addresses in any record", () => {
    const everything = [
      ...listOpenOrganisations({}, ALL).items,
      ...listOpenInitiatives({}, ALL).items,
      ...listOpenParticipations({}, ALL).items,
    ];
    for (const key of keysDeep(everything)) {
      if (ALLOWED_KEYS.has(key)) continue;
      expect(key).not.toMatch(PRIVATE_KEY);
    }
    const text = JSON.stringify(everything).toLowerCase();
    expect(userEmails.length).toBeGreaterThan(0);
    for (const email of userEmails) expect(text).not.toContain(email);
    for (const name of userNames) expect(JSON.stringify(everything)).not.toContain(name);
  });
});

describe("a fixed number of queries per request", () => {
  it("does not run a query per row", () => {
    const count = (run: () => unknown) => countStatements(run).statements;
    for (const list of [listOpenOrganisations, listOpenInitiatives, listOpenParticipations] as const) {
      const few = count(() => list({}, { limit: 2, offset: 0 }));
      const many = count(() => list({}, { limit: 100, offset: 0 }));
      expect(many).toBe(few);
      expect(many).toBeLessThanOrEqual(5);
    }
  });
});

describe("the HTTP answer (serveOpenData)", () => {
  const get = (path: string, init?: RequestInit) => new Request(`http://localhost${path}`, init);

  it("wraps a page in the envelope with absolute links that keep the filters", async () => {
    const response = serveOpenData(get("/api/v1/organisations?sector=voluntary&per_page=5&page=2"), organisationsEndpoint);
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=60");
    const body = (await response.json()) as {
      data: { sector: string }[];
      meta: { page: number; perPage: number; total: number; totalPages: number };
      links: { self: string; next: string | null; prev: string | null };
    };
    expect(body.meta).toMatchObject({ page: 2, perPage: 5 });
    expect(body.meta.totalPages).toBe(Math.ceil(body.meta.total / 5));
    expect(body.data.length).toBeLessThanOrEqual(5);
    expect(body.data.every((o) => o.sector === "voluntary")).toBe(true);
    expect(body.links.self).toMatch(/^https?:\/\/.+\/api\/v1\/organisations\?sector=voluntary&page=2&per_page=5$/);
    expect(body.links.prev).toMatch(/sector=voluntary&page=1&per_page=5$/);
    if (body.meta.totalPages > 2) expect(body.links.next).toMatch(/page=3/);
    else expect(body.links.next).toBeNull();
  });

  it("refuses bad parameters with 400 and a Norwegian message, never a 500", async () => {
    const cases: [string, string, RegExp][] = [
      ["/api/v1/organisations?per_page=1000", "invalid_parameter", /per_page.*1 til 100/],
      ["/api/v1/organisations?per_page=0", "invalid_parameter", /per_page/],
      ["/api/v1/organisations?page=abc", "invalid_parameter", /«page» må være et helt tall/],
      ["/api/v1/organisations?page=-1", "invalid_parameter", /page/],
      ["/api/v1/organisations?sector=nope", "invalid_parameter", /«nope» er ikke en gyldig verdi for «sector»/],
      ["/api/v1/organisations?sektor=bydel", "unknown_parameter", /Ukjent parameter «sektor»/],
      ["/api/v1/organisations?sector=district&sector=business", "invalid_parameter", /bare oppgis én gang/],
      ["/api/v1/organisations?area=Bydel%20Grorud", "invalid_parameter", /kortnavn/],
      ["/api/v1/organisations?area=finnes-ikke", "not_found", /Fant ikke noe område/],
      ["/api/v1/organisations?theme=finnes-ikke", "not_found", /delprogram/],
      [`/api/v1/organisations?q=${"a".repeat(201)}`, "invalid_parameter", /høyst 200 tegn/],
      ["/api/v1/organisations?format=xml", "invalid_parameter", /json eller csv/],
      ["/api/v1/initiatives?status=done", "invalid_parameter", /status/],
      ["/api/v1/initiatives?programme=finnes-ikke", "not_found", /satsing/],
      ["/api/v1/participations?role=boss", "invalid_parameter", /role/],
    ];
    for (const [path, code, message] of cases) {
      const endpoint = path.includes("initiatives")
        ? initiativesEndpoint
        : path.includes("participations")
          ? participationsEndpoint
          : organisationsEndpoint;
      const response = serveOpenData(get(path) as Request, endpoint as typeof organisationsEndpoint);
      expect(response.status, path).toBe(400);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code, path).toBe(code);
      expect(body.error.message, path).toMatch(message);
    }
  });

  it("gives an empty page after the last one", async () => {
    const body = (await serveOpenData(get("/api/v1/participations?page=9999"), participationsEndpoint).json()) as {
      data: unknown[];
      links: { next: string | null; prev: string | null };
    };
    expect(body.data).toEqual([]);
    expect(body.links.next).toBeNull();
    expect(body.links.prev).not.toBeNull();
  });

  it("answers the CORS preflight and refuses writes", async () => {
    const preflight = serveOpenData(get("/api/v1/initiatives", { method: "OPTIONS" }), initiativesEndpoint);
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(preflight.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD, OPTIONS");
    expect(Number(preflight.headers.get("Access-Control-Max-Age"))).toBeGreaterThan(0);

    const post = methodNotAllowedResponse();
    expect(post.status).toBe(405);
    expect(post.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    expect(((await post.json()) as { error: { code: string } }).error.code).toBe("method_not_allowed");
  });

  it("writes every match as CSV without paging, and one page with it", async () => {
    const response = serveOpenData(get("/api/v1/organisations?format=csv&sector=voluntary"), organisationsEndpoint);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="laget-partnere.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    const total = listOpenOrganisations({ sector: "voluntary" }, ALL).total;
    expect(total).toBeLessThan(CSV_MAX_ROWS);
    expect(response.headers.get("X-Total-Count")).toBe(String(total));
    expect(text.split("\r\n")[0]).toBe(`\uFEFF${organisationsEndpoint.csvHeader.join(",")}`);
    // Records are separated by CRLF; a description never holds a bare one, so this counts rows.
    const records = text.match(/\r\n(?=[a-z0-9-]+,)/g) ?? [];
    expect(records.length).toBe(total);

    const paged = await serveOpenData(get("/api/v1/participations?format=csv&per_page=3"), participationsEndpoint).text();
    expect(paged.trimEnd().split("\r\n")).toHaveLength(4);
  });
});
