import { expectNoAxeViolations } from "./axe";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/** The names of the partners on the current result page (each hit is a level-2 heading). */
const hitNames = (page: Page) => page.getByRole("main").getByRole("listitem").getByRole("heading", { level: 2 }).allTextContents();

async function search(page: Page, words: string) {
  await page.getByRole("searchbox", { name: "Søk" }).fill(words);
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await expect(page).toHaveURL(/\?q=/);
  await expect(page.getByRole("status")).toHaveText(/^Fant /);
}

test.describe("the partner directory", () => {
  test("a resident searches for a word from a partner's description and finds it", async ({ page }) => {
    await page.goto("/partnere");
    await expect(page.getByRole("heading", { level: 1, name: "Partnere" })).toBeVisible();
    await search(page, "brødskiver");
    await expect(page).toHaveURL(/\/partnere\?q=br%C3%B8dskiver$/);
    await expect(page.getByRole("status")).toHaveText("Fant 1 partner");
    expect(await hitNames(page)).toEqual(["Leksehjelpa Romsås"]);
    await expect(page.getByRole("link", { name: "Fjern Søk: «brødskiver»" })).toBeVisible();
  });

  test("the beginning of a word is enough", async ({ page }) => {
    await page.goto("/partnere");
    await search(page, "leks");
    const names = await hitNames(page);
    expect(names).toContain("Leksehjelpa Romsås");
    expect(names).toContain("Storhaug Leksehjelp");
  });

  test("filtering by a district shows its partners and those of its sub-districts only", async ({ page }) => {
    await page.goto("/partnere");
    await page.getByLabel("Område", { exact: true }).selectOption("bydel-grorud");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    await expect(page).toHaveURL(/\/partnere\?omrade=bydel-grorud$/);
    await expect(page.getByRole("status")).toHaveText(/^Fant \d+ partnere$/);

    const names = await hitNames(page);
    expect(names).toContain("Bydel Grorud");
    expect(names).toContain("Leksehjelpa Romsås"); // works in the sub-district Romsås
    expect(names).toContain("Naboer for Grorud torg"); // works in the sub-district Grorud
    expect(names).not.toContain("Furuset Språkkafé"); // Bydel Alna
    expect(names).not.toContain("Utdanningsetaten"); // all of Oslo, not the district
    // Every hit lists an area inside the district.
    const hits = page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) });
    const count = await hits.count();
    expect(count).toBe(names.length);
    for (let i = 0; i < count; i++) {
      await expect(hits.nth(i)).toContainText(/Områder\s*.*(Bydel Grorud|Romsås|Grorud)/);
    }

    // The active filter is shown, and removing it brings back everything (and resets the field).
    await page.getByRole("link", { name: "Fjern Område: Bydel Grorud" }).click();
    await expect(page).toHaveURL(/\/partnere$/);
    await expect(page.getByRole("status")).toHaveText(/^\d+ partnere$/);
    await expect(page.getByLabel("Område", { exact: true })).toHaveValue("");
  });

  test("filters combine, and the result pages keep the filters", async ({ page }) => {
    await page.goto("/partnere?sektor=voluntary&tilbud=volunteers");
    await expect(page.getByLabel("Sektor", { exact: true })).toHaveValue("voluntary");
    await expect(page.getByLabel("Tilbud", { exact: true })).toHaveValue("volunteers");
    for (const hit of await page.getByRole("main").getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2 }) }).all()) {
      await expect(hit).toContainText("Frivillig lag eller organisasjon");
      await expect(hit).toContainText("Frivillige");
    }
    await page.goto("/partnere?q=og");
    await page.getByRole("navigation", { name: "Sider" }).getByRole("link", { name: "Neste side" }).click();
    await expect(page).toHaveURL(/\/partnere\?q=og&side=2$/);
    await expect(page.getByRole("searchbox", { name: "Søk" })).toHaveValue("og");
  });

  test("the results can be sorted by newest", async ({ page }) => {
    await page.goto("/partnere");
    const byName = await hitNames(page);
    await page.getByLabel("Sorter etter", { exact: true }).selectOption("nyeste");
    await page.getByRole("button", { name: "Sorter" }).click();
    await expect(page).toHaveURL(/\/partnere\?sortering=nyeste$/);
    // The demo's most recently approved partner comes first.
    await expect(page.getByRole("main").getByRole("heading", { level: 2 }).first()).toHaveText("Hillevåg Aktivitetslag");
    expect(await hitNames(page)).not.toEqual(byName);
  });

  test("when nothing matches, the page says so and helps", async ({ page }) => {
    await page.goto("/partnere");
    await search(page, "xyzzyqq");
    await expect(page.getByRole("status")).toHaveText("Fant ingen partnere");
    await expect(page.getByRole("heading", { level: 2, name: "Vi fant ingen partnere som passer" })).toBeVisible();
    await expect(page.getByText("Sjekk at ordene er skrevet riktig.")).toBeVisible();
    await page.getByRole("link", { name: "Vis alle partnerne" }).click();
    await expect(page).toHaveURL(/\/partnere$/);
    await expect(page.getByRole("status")).toHaveText(/^\d+ partnere$/);
  });

  test("unknown filter values and page numbers never break the page", async ({ page }) => {
    const response = await page.goto("/partnere?sektor=pirates&omrade=atlantis&tema=x&side=abc&q=%22*(NEAR");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/partnere\?sektor=pirates&omrade=atlantis&tema=x&q=/);
    await expect(page.getByText("Vi kjenner ikke sektoren «pirates».")).toBeVisible();
    await expect(page.getByText("Vi fant ikke området «atlantis».")).toBeVisible();
    await expect(page.getByText("Vi fant ikke temaet «x».")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "Partnere" })).toBeVisible();
  });

  test("a resident opens a profile from the list, and from there the area page", async ({ page }) => {
    await page.goto("/partnere?omrade=romsas");
    await page.getByRole("link", { name: "Leksehjelpa Romsås" }).click();
    await expect(page).toHaveURL(/\/partnere\/leksehjelpa-romsas$/);
    await expect(page).toHaveTitle("Leksehjelpa Romsås – Laget");
    await expect(page.getByRole("heading", { level: 1, name: "Leksehjelpa Romsås" })).toBeVisible();
    await expect(page.getByText("Frivillig lag eller organisasjon").first()).toBeVisible();
    await expect(page.getByRole("link", { name: "post@leksehjelpa-romsas.example.no" })).toHaveAttribute("href", "mailto:post@leksehjelpa-romsas.example.no");
    const tiltak = page.getByRole("region", { name: "Tiltak" });
    await expect(tiltak.getByRole("link", { name: "Leksehjelp på Romsås" })).toHaveAttribute("href", "/tiltak/leksehjelp-pa-romsas");
    await expect(tiltak).toContainText("Ansvarlig");
    const updates = page.getByRole("region", { name: "Siste oppdateringer" });
    await expect(updates.getByRole("heading", { level: 3, name: "Leksehjelpa åpner igjen etter sommeren" })).toBeVisible();
    await expect(updates).toContainText("25. august 2026");

    await page.getByRole("region", { name: "Områder" }).getByRole("link", { name: "Romsås", exact: true }).click();
    await expect(page).toHaveURL(/\/omrader\/romsas$/);
    await expect(page.getByRole("heading", { level: 1, name: "Romsås – hvem gjør hva?" })).toBeVisible();
  });

  test("the profile carries schema.org Organization data", async ({ page, baseURL }) => {
    await page.goto("/partnere/leksehjelpa-romsas");
    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const data = JSON.parse((await scripts.textContent())!);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Organization",
      "@id": `${baseURL}/partnere/leksehjelpa-romsas`,
      name: "Leksehjelpa Romsås",
      email: "post@leksehjelpa-romsas.example.no",
      areaServed: [{ "@type": "Place", name: "Romsås" }],
    });
    expect(data.identifier.value).toMatch(/^\d{9}$/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Leksehjelpa Romsås er en frivillig gruppe/);
  });

  test.describe(() => {
    test.use({ expectedConsoleErrors: [/status of 404/] });
    test("organisations that are not approved, and unknown areas, are not found", async ({ page }) => {
      for (const path of ["/partnere/haugenstua-flerkulturelle-kvinnenettverk", "/partnere/groruddalen-eiendomsformidling-as", "/omrader/atlantis"]) {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
      }
    });
  });
});

test.describe("the area pages", () => {
  test("the areas as a tree with counts, and who does what in one of them", async ({ page, baseURL }) => {
    await page.goto("/omrader");
    await expect(page.getByRole("heading", { level: 1, name: "Områder" })).toBeVisible();
    // The innermost list item holding the district's link: the district with its sub-districts.
    const district = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Bydel Grorud", exact: true }) }).last();
    await expect(district.getByRole("link", { name: "Romsås", exact: true })).toBeVisible();
    await expect(district).toContainText(/[1-9]\d* tiltak · [1-9]\d* partnere/);

    await district.getByRole("link", { name: "Romsås", exact: true }).click();
    await expect(page).toHaveURL(/\/omrader\/romsas$/);
    await expect(page).toHaveTitle("Romsås – hvem gjør hva? – Laget");
    const facts = page.getByRole("region", { name: "Fakta om området" });
    await expect(facts).toContainText("Delbydel");
    await expect(facts).toContainText("om lag 7 000");
    await expect(facts).toContainText("2017–2026");
    await expect(facts).toContainText("Groruddalssatsingen");
    await expect(facts.getByRole("link", { name: "Bydel Grorud" })).toHaveAttribute("href", "/omrader/bydel-grorud");

    const tiltak = page.getByRole("region", { name: /^Tiltak/ });
    await expect(tiltak.getByRole("heading", { level: 3, name: "Oppvekst og utdanning" })).toBeVisible();
    await expect(tiltak.getByRole("link", { name: "Leksehjelp på Romsås" })).toBeVisible();
    const partners = page.getByRole("region", { name: /^Partnere/ });
    await expect(partners.getByRole("heading", { level: 3, name: "Frivillig lag eller organisasjon" })).toBeVisible();
    await expect(partners.getByRole("link", { name: "Leksehjelpa Romsås" })).toHaveAttribute("href", "/partnere/leksehjelpa-romsas");

    // The QR code leads back to this page, and says so in words.
    const qr = page.getByRole("img", { name: `QR-kode som lenker til ${baseURL}/omrader/romsas` });
    await expect(qr).toBeVisible();
    await expect(qr.locator("svg")).toHaveCount(1);
    await expect(page.getByText(`${baseURL}/omrader/romsas`, { exact: true })).toBeVisible();
  });

  test("the area page prints without the controls, keeping the QR code", async ({ page }) => {
    await page.goto("/omrader/romsas");
    await expect(page.getByRole("button", { name: "Skriv ut siden" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: "Skriv ut siden" })).toBeHidden();
    await expect(page.getByRole("link", { name: "Alle områdene" })).toBeHidden();
    await expect(page.getByRole("img", { name: /^QR-kode/ })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("a district's page includes its sub-districts", async ({ page }) => {
    await page.goto("/omrader/bydel-grorud");
    await expect(page.getByRole("link", { name: "Leksehjelp på Romsås" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Jobbsjansen Grorud" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Naboer for Grorud torg" })).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search, filter and sort work as plain HTML forms", async ({ page }) => {
    await page.goto("/partnere");
    await page.getByRole("searchbox", { name: "Søk" }).fill("leks");
    await page.getByLabel("Område", { exact: true }).selectOption("bydel-grorud");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    // Empty fields are dropped from the address, so it can be shared.
    await expect(page).toHaveURL(/\/partnere\?q=leks&omrade=bydel-grorud$/);
    // The address changes when the new document starts to arrive; read the list once it has all come.
    await page.waitForLoadState();
    const names = await hitNames(page);
    expect(names).toContain("Leksehjelpa Romsås");
    expect(names).not.toContain("Storhaug Leksehjelp");
    await expect(page.getByRole("status")).toHaveText(`Fant ${names.length} partnere`);

    await page.getByLabel("Sorter etter", { exact: true }).selectOption("navn");
    await page.getByRole("button", { name: "Sorter" }).click();
    await expect(page).toHaveURL(/\/partnere\?q=leks&omrade=bydel-grorud&sortering=navn$/);
    await page.waitForLoadState();
    const sorted = await hitNames(page);
    expect(sorted).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));

    await page.getByRole("link", { name: "Fjern Søk: «leks»" }).click();
    await expect(page).toHaveURL(/\/partnere\?omrade=bydel-grorud&sortering=navn$/);
    await page.getByRole("link", { name: "Leksehjelpa Romsås" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Leksehjelpa Romsås" })).toBeVisible();
  });

  test("the area page has no print button but shows the QR code", async ({ page }) => {
    await page.goto("/omrader/romsas");
    await expect(page.getByRole("img", { name: /^QR-kode/ })).toBeVisible();
    await expect(page.getByRole("button", { name: "Skriv ut siden" })).toHaveCount(0);
  });
});

test.describe("universal design", () => {
  const pages = ["/partnere?q=leks&omrade=bydel-grorud", "/partnere?q=xyzzyqq", "/partnere/leksehjelpa-romsas", "/omrader", "/omrader/romsas"];

  for (const path of pages) {
    test(`${path} has no WCAG 2.x A/AA violations in its content`, async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page, path, { include: "main" });
    });
  }

  test("the pages fit a 320 px wide screen without scrolling sideways", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    for (const path of pages) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
