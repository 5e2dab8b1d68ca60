import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";

type Envelope<T> = {
  data: T[];
  meta: { page: number; perPage: number; total: number; totalPages: number };
  links: { self: string; next: string | null; prev: string | null };
};

const ORGANISATION_FIELDS = [
  "slug",
  "name",
  "sector",
  "orgNumber",
  "description",
  "website",
  "contactEmail",
  "contactPhone",
  "areas",
  "themes",
  "offers",
  "approvedAt",
  "url",
];
const INITIATIVE_FIELDS = [
  "slug",
  "title",
  "summary",
  "description",
  "programme",
  "subprogramme",
  "area",
  "status",
  "startDate",
  "endDate",
  "leadOrganisation",
  "soughtSectors",
  "soughtOffers",
  "url",
];
const PARTICIPATION_FIELDS = ["initiative", "organisation", "role", "startedAt"];

test.describe("the open data API", () => {
  test("organisations come in the documented envelope with absolute paging links", async ({ request, baseURL }) => {
    const response = await request.get("/api/v1/organisations?per_page=10");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect(response.headers()["cache-control"]).toBe("public, max-age=60");
    const body = (await response.json()) as Envelope<Record<string, unknown>>;
    expect(body.data).toHaveLength(10);
    expect(Object.keys(body.data[0]!)).toEqual(ORGANISATION_FIELDS);
    expect(body.meta).toEqual({ page: 1, perPage: 10, total: expect.any(Number), totalPages: Math.ceil(body.meta.total / 10) });
    expect(body.meta.total).toBeGreaterThan(20);
    expect(body.links.self).toBe(`${baseURL}/api/v1/organisations?page=1&per_page=10`);
    expect(body.links.prev).toBeNull();
    expect(body.links.next).toBe(`${baseURL}/api/v1/organisations?page=2&per_page=10`);
    expect(body.data[0]!.url).toBe(`${baseURL}/partnere/${body.data[0]!.slug as string}`);

    // Following next gives the next ten, none repeated.
    const second = (await (await request.get(body.links.next!)).json()) as Envelope<{ slug: string }>;
    expect(second.meta.page).toBe(2);
    expect(second.links.prev).toBe(body.links.self);
    const firstSlugs = body.data.map((o) => o.slug);
    expect(second.data.filter((o) => firstSlugs.includes(o.slug))).toEqual([]);

    // Nothing about people or accounts.
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/laget\.test|userId|registeredBy|decisionReason|createdBy|"status"/);
  });

  test("filters organisations by sector and by area with the areas below it", async ({ request }) => {
    const voluntary = (await (await request.get("/api/v1/organisations?sector=voluntary&per_page=100")).json()) as Envelope<{
      sector: string;
    }>;
    expect(voluntary.meta.total).toBeGreaterThan(0);
    expect(voluntary.data.every((o) => o.sector === "voluntary")).toBe(true);

    const grorud = (await (await request.get("/api/v1/organisations?area=bydel-grorud&per_page=100")).json()) as Envelope<{
      areas: { slug: string }[];
    }>;
    expect(grorud.meta.total).toBeGreaterThan(0);
    for (const o of grorud.data) {
      expect(o.areas.some((a) => ["bydel-grorud", "romsas", "grorud"].includes(a.slug))).toBe(true);
    }

    const search = (await (await request.get("/api/v1/organisations?q=leksehjelp")).json()) as Envelope<{ description: string }>;
    expect(search.meta.total).toBeGreaterThan(0);
  });

  test("initiatives and participations have their documented fields and filters", async ({ request }) => {
    const initiatives = (await (await request.get("/api/v1/initiatives?status=ongoing")).json()) as Envelope<
      Record<string, unknown> & { status: string }
    >;
    expect(initiatives.meta.total).toBeGreaterThan(0);
    expect(Object.keys(initiatives.data[0]!)).toEqual(INITIATIVE_FIELDS);
    expect(initiatives.data.every((i) => i.status === "ongoing")).toBe(true);

    const leads = (await (await request.get("/api/v1/participations?role=lead&per_page=5")).json()) as Envelope<
      Record<string, unknown> & { role: string }
    >;
    expect(leads.data).toHaveLength(5);
    expect(Object.keys(leads.data[0]!)).toEqual(PARTICIPATION_FIELDS);
    expect(leads.data.every((p) => p.role === "lead")).toBe(true);
  });

  test("CSV has the download headers, a BOM, CRLF line ends and the same filters", async ({ request }) => {
    const response = await request.get("/api/v1/organisations?format=csv&sector=district");
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(headers["content-disposition"]).toBe('attachment; filename="laget-partnere.csv"');
    expect(headers["access-control-allow-origin"]).toBe("*");
    const bytes = await response.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString("utf-8");
    const lines = text.split("\r\n");
    expect(lines[0]).toMatch(/^slug,name,sector,orgNumber,/);
    expect(lines.at(-1)).toBe("");
    const total = Number(headers["x-total-count"]);
    expect(total).toBeGreaterThan(0);
    expect(lines.filter((l) => /^[a-z0-9-]+,/.test(l) && l.includes(",district,"))).toHaveLength(total);
    expect(text).toContain("Bydel Søndre Nordstrand");

    for (const path of ["/api/v1/initiatives?format=csv", "/api/v1/participations?format=csv"]) {
      const other = await request.get(path);
      expect(other.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      expect(other.headers()["content-disposition"]).toMatch(/^attachment; filename="laget-[a-z]+\.csv"$/);
    }
  });

  test("answers CORS: the header on GET and the OPTIONS preflight", async ({ request }) => {
    const get = await request.get("/api/v1/initiatives", { headers: { Origin: "https://avis.example" } });
    expect(get.headers()["access-control-allow-origin"]).toBe("*");

    const preflight = await request.fetch("/api/v1/organisations", {
      method: "OPTIONS",
      headers: {
        Origin: "https://avis.example",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "accept",
      },
    });
    expect(preflight.status()).toBe(204);
    const headers = preflight.headers();
    expect(headers["access-control-allow-origin"]).toBe("*");
    expect(headers["access-control-allow-methods"]).toBe("GET, HEAD, OPTIONS");
    expect(headers["allow"]).toBe("GET, HEAD, OPTIONS");
    expect(Number(headers["access-control-max-age"])).toBeGreaterThan(0);

    const head = await request.head("/api/v1/participations");
    expect(head.status()).toBe(200);
  });

  test("bad parameters give 400 with a Norwegian JSON message, not a 500", async ({ request }) => {
    const cases: [string, RegExp][] = [
      ["/api/v1/organisations?per_page=1000", /«per_page» må være et helt tall fra 1 til 100/],
      ["/api/v1/organisations?page=abc", /«page» må være et helt tall/],
      ["/api/v1/organisations?sector=nope", /«nope» er ikke en gyldig verdi for «sector»/],
      ["/api/v1/organisations?area=finnes-ikke", /Fant ikke noe område/],
      ["/api/v1/initiatives?sektor=bydel", /Ukjent parameter «sektor»/],
      ["/api/v1/participations?role=sjef&format=csv", /gyldig verdi for «role»/],
    ];
    for (const [path, message] of cases) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(response.headers()["content-type"]).toContain("application/json");
      expect(response.headers()["access-control-allow-origin"]).toBe("*");
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toMatch(/^(invalid_parameter|unknown_parameter|not_found)$/);
      expect(body.error.message, path).toMatch(message);
    }
  });
});

test.describe("the documentation page", () => {
  test("/apne-data explains the API, links working examples and names the licence", async ({ page, request }) => {
    test.slow(); // axe takes several seconds on this long page
    await page.goto("/apne-data");
    await expect(page).toHaveTitle(/Åpne data/);
    await expect(page.getByRole("heading", { level: 1, name: "Åpne data fra Laget" })).toBeVisible();
    await expect(page.getByText(/Vi publiserer aldri navn, e-postadresser eller telefonnumre til personer/)).toBeVisible();
    for (const name of ["Partnere", "Tiltak", "Deltakelser"]) {
      await expect(page.getByRole("heading", { level: 3, name })).toBeVisible();
    }
    // Every endpoint has a parameter table and a field table with the documented fields.
    await expect(page.getByRole("table", { name: "Parametere for /api/v1/organisations" })).toBeVisible();
    const fields = page.getByRole("table", { name: "Felt for hver partner" });
    for (const field of ORGANISATION_FIELDS) {
      await expect(fields.getByRole("rowheader", { name: field, exact: true })).toBeVisible();
    }
    await expect(page.getByRole("table", { name: "Felt for hver deltakelse" }).getByRole("rowheader")).toHaveCount(
      PARTICIPATION_FIELDS.length,
    );

    const licence = page.getByRole("link", { name: /NLOD 2\.0/ });
    await expect(licence).toHaveAttribute("href", "https://data.norge.no/nlod/no/2.0");
    await expect(page.getByText("Inneholder data under Norsk lisens for offentlige data (NLOD) tilgjengeliggjort av Laget.")).toBeVisible();

    // The example links work.
    const example = page.getByRole("link", { name: "Frivillige organisasjoner i Bydel Grorud, også Romsås og Grorud" });
    const href = await example.getAttribute("href");
    expect(href).toMatch(/\/api\/v1\/organisations\?sector=voluntary&area=bydel-grorud$/);
    const response = await request.get(href!);
    expect(response.status()).toBe(200);

    await expectNoAxeViolations(page, "/apne-data", { bestPractices: true });
  });

  test("/apne-data fits a 320 px screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto("/apne-data");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
