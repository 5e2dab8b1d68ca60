import { expectNoAxeViolations } from "./axe";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The tiltak on the current result page (each hit is a level-3 heading with a link). */
const hits = (page: Page) => page.getByRole("main").getByRole("listitem").getByRole("heading", { level: 3 });

/** The value next to a label in a hit's fact list ("Delprogram" → "Sysselsetting"). */
async function factsOf(page: Page, label: string): Promise<string[]> {
  return page
    .getByRole("main")
    .locator("li dl")
    .evaluateAll(
      (lists, wanted) =>
        lists.map((dl) => {
          const dt = [...dl.querySelectorAll("dt")].find((d) => d.textContent === wanted);
          return dt?.nextElementSibling?.textContent ?? "";
        }),
      label,
    );
}

const countOf = async (status: Locator) => Number(((await status.textContent()) ?? "").replace(/\D/g, ""));

test.describe("/tiltak", () => {
  test("a resident filters the tiltak by sub-programme and then by area", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Tiltak" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tiltak" })).toBeVisible();
    const status = page.getByRole("status");
    await expect(status).toHaveText(/^\d+ tiltak$/);
    const all = await countOf(status);
    expect(all).toBeGreaterThan(20);
    await expect(hits(page)).toHaveCount(20);

    await page.getByLabel("Delprogram").selectOption({ label: "Sysselsetting" });
    await page.getByRole("button", { name: "Vis tiltak" }).click();
    await expect(page).toHaveURL(/\/tiltak\?delprogram=sysselsetting$/);
    await expect(status).toHaveText(/^\d+ tiltak passer til det du har valgt$/);
    const sysselsetting = await countOf(status);
    expect(sysselsetting).toBeGreaterThan(0);
    expect(sysselsetting).toBeLessThan(all);
    expect(new Set(await factsOf(page, "Delprogram"))).toEqual(new Set(["Sysselsetting"]));
    // Across programmes: Oslo sør and Groruddalen both have sysselsetting tiltak.
    expect(new Set(await factsOf(page, "Satsing")).size).toBeGreaterThan(1);

    await page.getByLabel("Område").selectOption("bydel-grorud");
    await page.getByRole("button", { name: "Vis tiltak" }).click();
    await expect(page).toHaveURL(/delprogram=sysselsetting/);
    await expect(page).toHaveURL(/omrade=bydel-grorud/);
    await expect(hits(page).getByRole("link", { name: "Jobbsjansen Grorud" })).toBeVisible();
    // The address changes before React draws the new result, and Jobbsjansen was on the old one too.
    await expect.poll(() => countOf(status)).toBeLessThan(sysselsetting);
    // Grorud (a sub-district) is inside Bydel Grorud; tiltak elsewhere are gone.
    for (const area of await factsOf(page, "Område")) expect(["Bydel Grorud", "Grorud", "Romsås"]).toContain(area);

    // Each filter in use can be removed on its own.
    await page.getByRole("link", { name: "Fjern Delprogram: Sysselsetting" }).click();
    await expect(page).toHaveURL(/\/tiltak\?omrade=bydel-grorud$/);
    await expect(page.getByLabel("Delprogram")).toHaveValue("");
    await expect(hits(page).getByRole("link", { name: "Leksehjelp på Romsås" })).toBeVisible();
    await page.getByRole("link", { name: "Fjern alle valg" }).click();
    await expect(page).toHaveURL(/\/tiltak$/);
    await expect(status).toHaveText(`${all} tiltak`);
  });

  test("a resident searches by the start of a word, and odd input does no harm", async ({ page }) => {
    await page.goto("/tiltak");
    await page.getByLabel("Søk etter ord").fill("leks");
    await page.getByRole("button", { name: "Vis tiltak" }).click();
    await expect(page).toHaveURL(/\?q=leks$/);
    await expect(hits(page).getByRole("link", { name: "Leksehjelp på Romsås" })).toBeVisible();
    await expect(hits(page).getByRole("link", { name: "Leksehjelp på Tøyen" })).toBeVisible();
    await expect(hits(page).getByRole("link", { name: "Nattbasket på Haugenstua" })).toHaveCount(0);

    // Search syntax is taken as plain words: every word must match the start of a word in the tiltak.
    await page.getByLabel("Søk etter ord").fill('leks* OR "romsås');
    await page.getByRole("button", { name: "Vis tiltak" }).click();
    await expect(page).toHaveURL(/\?q=leks\*\+OR\+%22roms%C3%A5s$/);
    await expect(page.getByRole("status")).toHaveText(/^[1-9]\d* tiltak passer til det du har valgt$/);
    await expect(hits(page).getByRole("link", { name: "Leksehjelp på Romsås" })).toBeVisible();
    await expect(hits(page).getByRole("link", { name: "Leksehjelp på Tøyen" })).toHaveCount(0);

    await page.getByLabel("Søk etter ord").fill("zzzqqq");
    await page.getByRole("button", { name: "Vis tiltak" }).click();
    await expect(page).toHaveURL(/\?q=zzzqqq$/);
    await expect(page.getByRole("status")).toHaveText("0 tiltak passer til det du har valgt");
    await expect(page.getByText("Ingen tiltak passer til det du har valgt.")).toBeVisible();
    await page.getByRole("link", { name: "Se alle tiltakene" }).click();
    await expect(page).toHaveURL(/\/tiltak$/);
  });

  test("unknown filter values and page numbers lead to a page that exists, never an error", async ({ page }) => {
    for (const query of ["?satsing=finnes-ikke", "?omrade=%22%3B--", "?status=boom", "?side=999", "?side=-1", "?q=%22*(%5E"]) {
      const response = await page.goto(`/tiltak${query}`);
      expect(response?.status(), query).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Tiltak" })).toBeVisible();
    }
  });

  test("is free of WCAG 2.x A/AA problems that axe can find", async ({ page }) => {
    await page.goto("/tiltak?delprogram=sysselsetting");
    await expectNoAxeViolations(page, page.url());
  });
});

test.describe("/tiltak/:slug", () => {
  test("a tiltak shows its facts, what it looks for, its partners by role and its updates", async ({ page }) => {
    await page.goto("/tiltak?q=leksehjelp+roms");
    await hits(page).getByRole("link", { name: "Leksehjelp på Romsås" }).click();
    await expect(page).toHaveURL(/\/tiltak\/leksehjelp-pa-romsas$/);
    await expect(page.getByRole("heading", { level: 1, name: "Leksehjelp på Romsås" })).toBeVisible();
    await expect(page).toHaveTitle("Leksehjelp på Romsås – Laget");

    const main = page.getByRole("main");
    await expect(main.getByRole("link", { name: "Romsås", exact: true })).toHaveAttribute("href", "/omrader/romsas");
    await expect(main.getByText("Groruddalssatsingen")).toBeVisible();
    await expect(main.getByText("Oppvekst og utdanning")).toBeVisible();

    const seeking = page.getByRole("region", { name: "Dette ser tiltaket etter" });
    await expect(seeking).toContainText("Frivillig lag eller organisasjon");
    await expect(seeking).toContainText("Frivillige");

    const partners = page.getByRole("region", { name: "Hvem er med" });
    const lead = partners.getByRole("region", { name: "Ansvarlig" });
    await expect(lead.getByRole("link", { name: "Leksehjelpa Romsås" })).toHaveAttribute("href", /^\/partnere\//);
    await expect(lead).toContainText("Frivillig lag eller organisasjon");
    const venue = partners.getByRole("region", { name: "Vertskap" });
    await expect(venue.getByRole("link", { name: "Romsåstunet Borettslag" })).toBeVisible();
    await expect(venue).toContainText("Næringsliv");
    await expect(partners.getByRole("region", { name: "Partner" }).getByRole("link", { name: "Utdanningsetaten" })).toBeVisible();

    const updates = page.getByRole("region", { name: "Oppdateringer" });
    const titles = await updates.getByRole("heading", { level: 3 }).allTextContents();
    // Newest first; the partners-only update is not public.
    expect(titles.slice(0, 2)).toEqual(["Leksehjelpa åpner igjen etter sommeren", "Takk for et fint skoleår"]);
    expect(titles).not.toContain("Felles planleggingsmøte med skolene");
    const first = updates.getByRole("article", { name: "Leksehjelpa åpner igjen etter sommeren" });
    await expect(first).toContainText("25. august 2026");
    await expect(first.getByRole("link", { name: "Leksehjelpa Romsås" })).toBeVisible();
    await expect(first).toContainText("Vi har fått med fem nye frivillige");

    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      "href",
      "/oppdateringer.atom?tiltak=leksehjelp-pa-romsas",
    );
    await expect(updates.getByRole("link", { name: /Atom-feed/ })).toHaveAttribute("href", "/oppdateringer.atom?tiltak=leksehjelp-pa-romsas");
  });

  test("is free of WCAG 2.x A/AA problems that axe can find", async ({ page }) => {
    await page.goto("/tiltak/jobbsjansen-grorud");
    await expectNoAxeViolations(page, page.url());
  });

  test.describe(() => {
    test.use({ expectedConsoleErrors: [/status of 404/] });
    test("a tiltak that is not public, or does not exist, is not found", async ({ page }) => {
      for (const slug of ["kartlegging-av-moteplasser-i-bjerke", "finnes-ikke"]) {
        const response = await page.goto(`/tiltak/${slug}`);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
      }
    });
  });
});

test.describe("/samarbeid", () => {
  test("the matrix counts participations per sub-programme and sector", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Samarbeid" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Hvem samarbeider med hvem?" })).toBeVisible();

    const matrix = page.getByRole("table", { name: /Deltakelser i tiltak per delprogram og sektor, alle satsinger/ });
    await expect(matrix.getByRole("columnheader", { name: "Frivillig lag eller organisasjon" })).toBeVisible();
    const row = matrix.getByRole("row", { name: /^Sysselsetting/ });
    // Each cell starts with its count ("0 – mangler" for a gap), then its links to the tiltak and partners.
    const cells = (await row.getByRole("cell").allTextContents()).map((text) => Number(/^\d+/.exec(text)?.[0] ?? NaN));
    expect(cells).toHaveLength(7); // six sectors and the sum
    expect(cells.every((n) => Number.isInteger(n) && n >= 0)).toBe(true);
    expect(cells[6]).toBe(cells.slice(0, 6).reduce((a, b) => a + b, 0));
    expect(cells[6]).toBeGreaterThan(0);

    // The row header leads to those tiltak.
    await row.getByRole("rowheader").getByRole("link", { name: "Sysselsetting" }).click();
    await expect(page).toHaveURL(/\/tiltak\?delprogram=sysselsetting$/);
  });

  test("the network is drawn with a legend, and a table says the same", async ({ page }) => {
    await page.goto("/samarbeid");
    const drawing = page.getByRole("img", { name: /Nettverk av organisasjoner som samarbeider/ });
    await expect(drawing).toBeVisible();
    const svg = page.locator('svg[role="img"]');
    await expect(svg.locator("title")).toHaveText("Nettverk av organisasjoner som samarbeider");
    await expect(svg.locator("desc")).toContainText("Tabellen under tegningen viser det samme");
    const labels = await svg.locator("text").allTextContents();
    expect(labels.length).toBeGreaterThan(10);
    expect(labels.length).toBeLessThanOrEqual(40);
    expect(await svg.locator("path").count()).toBeGreaterThan(labels.length);
    // The page may not carry any style attribute (CSP: style-src 'self').
    expect(await page.locator("[style]").count()).toBe(0);

    await expect(page.getByRole("heading", { name: "Forklaring" })).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Beboergruppe" }).locator("svg")).toHaveCount(1);

    const table = page.getByRole("table", { name: /Organisasjonene i tegningen/ });
    const rowHeaders = await table.getByRole("rowheader").allTextContents();
    expect([...rowHeaders].sort()).toEqual([...labels].sort());
    const grorud = table.getByRole("row", { name: /^Bydel Grorud/ });
    await expect(grorud).toContainText(/\(\d+ tiltak\)/);
  });

  test("filtering by programme narrows both the matrix and the network", async ({ page }) => {
    await page.goto("/samarbeid");
    await page.getByLabel("Satsing", { exact: true }).selectOption({ label: "Levekårsløftet" });
    await page.getByRole("button", { name: "Vis", exact: true }).click();
    await expect(page).toHaveURL(/\/samarbeid\?satsing=levekarsloftet$/);
    const matrix = page.getByRole("table", { name: /Levekårsløftet/ });
    await expect(matrix.getByRole("rowheader", { name: "Fysiske tiltak og byrom" })).toBeVisible();
    await expect(matrix.getByRole("rowheader", { name: "Sysselsetting" })).toHaveCount(0);
    const labels = await page.locator('svg[role="img"] text').allTextContents();
    expect(labels).toContain("Stavanger kommune – Levekårsløftet");
    expect(labels).not.toContain("Bydel Grorud");
  });

  test("is free of WCAG 2.x A/AA problems that axe can find", async ({ page }) => {
    await page.goto("/samarbeid");
    await expectNoAxeViolations(page, page.url());
  });
});

test.describe("/oppdateringer and the Atom feeds", () => {
  test("the latest updates, filtered by area, with links to the feed", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Oppdateringer" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Oppdateringer" })).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(/^\d+ oppdateringer$/);
    const articles = page.getByRole("main").getByRole("article");
    await expect(articles).toHaveCount(20);
    await expect(page.getByText("Bløtkake til halv pris hele helgen!")).toHaveCount(0); // hidden by a coordinator

    await page.getByLabel("Område").selectOption("romsas");
    await page.getByRole("button", { name: "Vis oppdateringer" }).click();
    await expect(page).toHaveURL(/\/oppdateringer\?omrade=romsas$/);
    // The feed link names the filter, so once it does React has drawn the filtered list (the address
    // changes before that).
    await expect(page.getByRole("link", { name: "Atom-feed med oppdateringene du har valgt" })).toHaveAttribute(
      "href",
      "/oppdateringer.atom?omrade=romsas",
    );
    const first = articles.first();
    await expect(first.getByRole("link").first()).toHaveAttribute("href", /^\/partnere\//);
    const tiltakLinks = await page.getByRole("main").getByRole("article").locator('a[href^="/tiltak/"]').allTextContents();
    expect(tiltakLinks.length).toBeGreaterThan(0);
    expect(tiltakLinks.some((title) => title.includes("Romsås"))).toBe(true);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      "href",
      "/oppdateringer.atom?omrade=romsas",
    );
  });

  test("/oppdateringer.atom is a valid Atom feed of the public updates", async ({ page, request, baseURL }) => {
    const response = await request.get("/oppdateringer.atom");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).not.toContain("Bløtkake til halv pris"); // hidden
    expect(xml).not.toContain("Felles planleggingsmøte med skolene"); // partners only

    // Parsed by the browser's own XML parser: well-formed, and the parts feed readers need.
    await page.goto("/");
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const ns = "http://www.w3.org/2005/Atom";
      const root = doc.documentElement;
      const entries = [...root.getElementsByTagNameNS(ns, "entry")];
      return {
        error: doc.getElementsByTagName("parsererror").length > 0,
        root: root.localName,
        namespace: root.namespaceURI,
        id: root.getElementsByTagNameNS(ns, "id")[0]?.textContent,
        self: [...root.children].find((c) => c.localName === "link" && c.getAttribute("rel") === "self")?.getAttribute("href"),
        entries: entries.map((e) => ({
          id: e.getElementsByTagNameNS(ns, "id")[0]?.textContent ?? "",
          title: e.getElementsByTagNameNS(ns, "title")[0]?.textContent ?? "",
          author: e.getElementsByTagNameNS(ns, "name")[0]?.textContent ?? "",
          published: e.getElementsByTagNameNS(ns, "published")[0]?.textContent ?? "",
          contentType: e.getElementsByTagNameNS(ns, "content")[0]?.getAttribute("type"),
          link: e.getElementsByTagNameNS(ns, "link")[0]?.getAttribute("href") ?? "",
        })),
      };
    }, xml);
    expect(feed.error).toBe(false);
    expect(feed).toMatchObject({ root: "feed", namespace: "http://www.w3.org/2005/Atom", self: `${baseURL}/oppdateringer.atom` });
    expect(feed.entries.length).toBeGreaterThan(10);
    for (const entry of feed.entries) {
      expect(entry.id).toMatch(/^tag:[^,]+,2026:oppdatering-\d+$/);
      expect(entry.title.length).toBeGreaterThan(0);
      expect(entry.author.length).toBeGreaterThan(0);
      expect(entry.contentType).toBe("text");
      expect(entry.link).toMatch(new RegExp(`^${baseURL}/tiltak/[a-z0-9-]+#oppdatering-\\d+$`));
    }
    const published = feed.entries.map((e) => e.published);
    expect(published).toEqual([...published].sort().reverse());

    const one = await request.get("/oppdateringer.atom?tiltak=leksehjelp-pa-romsas");
    const oneXml = await one.text();
    expect(oneXml).toContain("<title type=\"text\">Oppdateringer fra Leksehjelp på Romsås – Laget</title>");
    expect(oneXml).toContain("Leksehjelpa åpner igjen etter sommeren");
    expect(oneXml).not.toContain("/tiltak/jobbsjansen-grorud");

    expect((await request.get("/oppdateringer.atom?omrade=finnes-ikke")).status()).toBe(404);
    expect((await request.get("/oppdateringer.atom?tiltak=kartlegging-av-moteplasser-i-bjerke")).status()).toBe(404);
  });

  test("is free of WCAG 2.x A/AA problems that axe can find", async ({ page }) => {
    await page.goto("/oppdateringer?omrade=bydel-grorud");
    await expectNoAxeViolations(page, page.url());
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the tiltak filter form works as a plain HTML form", async ({ page }) => {
    await page.goto("/tiltak");
    await page.getByLabel("Delprogram").selectOption({ label: "Sysselsetting" });
    await page.getByRole("radio", { name: "Pågår" }).check();
    await page.getByRole("button", { name: "Vis tiltak" }).click();
    // The empty fields are tidied away: one short, shareable address.
    await expect(page).toHaveURL(/\/tiltak\?delprogram=sysselsetting&status=ongoing$/);
    await expect(page.getByRole("status")).toHaveText(/^\d+ tiltak passer til det du har valgt$/);
    expect(new Set(await factsOf(page, "Status"))).toEqual(new Set(["Pågår"]));
    expect(new Set(await factsOf(page, "Delprogram"))).toEqual(new Set(["Sysselsetting"]));
    await expect(page.getByRole("radio", { name: "Pågår" })).toBeChecked();

    await page.getByRole("link", { name: "Fjern Status: Pågår" }).click();
    await expect(page).toHaveURL(/\/tiltak\?delprogram=sysselsetting$/);
    await expect(page.getByRole("radio", { name: "Alle" })).toBeChecked();
  });

  test("the collaboration page and the updates filter work as plain HTML", async ({ page }) => {
    await page.goto("/samarbeid");
    await expect(page.getByRole("img", { name: /Nettverk av organisasjoner/ })).toBeVisible();
    await page.goto("/oppdateringer");
    await page.getByLabel("Tiltak").selectOption({ label: "Jobbsjansen Grorud" });
    await page.getByRole("button", { name: "Vis oppdateringer" }).click();
    await expect(page).toHaveURL(/\/oppdateringer\?tiltak=jobbsjansen-grorud$/);
    await page.waitForLoadState(); // the address changes before the whole new document has arrived
    const tiltak = await page.getByRole("main").getByRole("article").locator('a[href^="/tiltak/"]').allTextContents();
    expect(new Set(tiltak)).toEqual(new Set(["Jobbsjansen Grorud"]));
  });
});

test.describe("at 320 px", () => {
  test.use({ viewport: { width: 320, height: 800 } });

  test("the tiltak list and page need no sideways scrolling", async ({ page }) => {
    for (const path of ["/tiltak", "/tiltak/leksehjelp-pa-romsas", "/oppdateringer"]) {
      await page.goto(path);
      // The elements that stick out, if any, so a failure says where to look.
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll("body *")]
          .filter((el) => el.getBoundingClientRect().right > width + 0.5)
          .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(" ").join(".")}: ${el.textContent?.slice(0, 40)}`);
      });
      expect(wide, path).toEqual([]);
    }
  });
});
