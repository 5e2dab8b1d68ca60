/**
 * The map (issue 25): a resident reads /kart, its table, and follows an area's link on the map by
 * keyboard; an administrator imports a boundary file for a Stavanger area (a small GeoJSON the test
 * writes itself), previews, saves and sees it on /kart — a refused file first (self-intersecting),
 * which keeps what was typed. The same without JavaScript, and axe at 320 and 1280 px in bokmål
 * and English. The imported outline is removed afterwards: the demo's Stavanger areas have none.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";
import { logIn } from "./session";

const ADMIN = "admin@laget.test";
// Refused uploads answer 400, as they should.
test.use({ expectedConsoleErrors: [/status of 400/] });

const dir = mkdtempSync(path.join(tmpdir(), "laget-map-"));

/** A GeoJSON file in Stavanger: a square named `name`, and a second shape no area is called. */
function geojsonFile(name: string, options: { bowtie?: boolean } = {}): string {
  const [x, y] = [5.745, 58.968];
  const ring = options.bowtie
    ? [[x, y], [x + 0.01, y + 0.005], [x + 0.01, y], [x, y + 0.005], [x, y]]
    : [[x, y], [x + 0.01, y], [x + 0.01, y + 0.005], [x, y + 0.005], [x, y]];
  const file = path.join(dir, `${name}-${options.bowtie ? "kryss" : "ok"}.geojson`);
  writeFileSync(
    file,
    JSON.stringify({
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { navn: name }, geometry: { type: "Polygon", coordinates: [ring] } },
        { type: "Feature", properties: { navn: "Ukjent sone" }, geometry: { type: "Polygon", coordinates: [[[x + 0.02, y], [x + 0.03, y], [x + 0.03, y + 0.005], [x + 0.02, y]]] } },
      ],
    }),
  );
  return file;
}

function removeOutline(slug: string) {
  const db = e2eDb();
  try {
    db.prepare("DELETE FROM area_boundaries WHERE area_id = (SELECT id FROM areas WHERE slug = ?)").run(slug);
  } finally {
    db.close();
  }
}

async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    if (name.test(label)) return label;
  }
  throw new Error(`Tab never reached ${name}`);
}

test("a resident reads the map's table and follows an area's link on the map by keyboard", async ({ page }) => {
  await page.goto("/kart");
  await expect(page.getByRole("heading", { level: 1, name: "Kart over områdene" })).toBeVisible();
  const table = page.getByRole("table", { name: "Partnere per område" });
  await expect(table.getByRole("row", { name: /Romsås/ })).toBeVisible();
  // The map's areas are links named by area and figure; the table has the same figure.
  const romsas = page.getByRole("link", { name: /^Romsås: \d+ partnere$/ });
  await expect(romsas).toHaveCount(1);
  const figure = (await romsas.getAttribute("aria-label"))!.match(/(\d+) partnere/)![1]!;
  await expect(table.getByRole("row", { name: /Romsås/ }).getByRole("cell").nth(1)).toHaveText(figure);
  // Areas without an outline are in the table, but the public is not told which lack one.
  await expect(table.getByRole("row", { name: /Tøyen/ })).toBeVisible();
  await expect(page.getByText("ingen grense ennå")).toHaveCount(0);

  // The measure is a GET form: the choice is in the address.
  await page.getByLabel("Vis", { exact: true }).selectOption("tiltak");
  await page.getByRole("button", { name: "Vis på kartet" }).click();
  await expect(page).toHaveURL(/\/kart\?vis=tiltak/);
  await expect(page.getByRole("link", { name: /^Romsås: \d+ aktive? tiltak$/ })).toHaveCount(1);

  // By keyboard: from the form, Tab reaches the map's first area (districts first, west to east).
  await page.getByRole("button", { name: "Vis på kartet" }).focus();
  const label = await tabTo(page, /^Bydel .+: \d+/);
  expect(label).toMatch(/^Bydel Gamle Oslo: /);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/omrader\/bydel-gamle-oslo$/);
  await expect(page.getByRole("heading", { level: 1, name: /Gamle Oslo/ })).toBeVisible();
  // The area page's own map: the district and its sub-districts with outlines.
  await expect(page.getByRole("link", { name: /^Grønland: \d+ partnere$/ })).toHaveCount(1);
});

test("an administrator imports a Stavanger area's boundary: a refused file keeps what was typed, then preview, save, and it is on /kart", async ({ page }) => {
  removeOutline("lervig");
  try {
    await logIn(page, ADMIN);
    await page.goto("/admin/omrader/storhaug");
    const section = page.getByRole("region", { name: "Grenser" });
    await expect(section.getByText("Kartverket og SSB")).toBeVisible();
    await section.getByLabel("GeoJSON-fil").setInputFiles(geojsonFile("Lervig", { bowtie: true }));
    await section.getByLabel("Kilde").fill("Testfil laget av e2e");
    await section.getByRole("button", { name: "Forhåndsvis" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText("krysser seg selv");
    await expect(page.getByRole("region", { name: "Grenser" }).getByLabel("Kilde")).toHaveValue("Testfil laget av e2e");

    await page.getByRole("region", { name: "Grenser" }).getByLabel("GeoJSON-fil").setInputFiles(geojsonFile("Lervig"));
    await page.getByRole("region", { name: "Grenser" }).getByRole("button", { name: "Forhåndsvis" }).click();
    const preview = page.getByRole("table", { name: "Flatene i filen og områdene de passer med" });
    await expect(preview.getByRole("row", { name: /Lervig.*Lervig \(etter navn\)/ })).toBeVisible();
    await expect(preview.getByRole("row", { name: /Ukjent sone.*passer ikke med noe område/ })).toBeVisible();
    await expect(page.getByRole("img", { name: "Flatene i filen og områdene de passer med" })).toBeVisible();
    await page.getByRole("button", { name: "Lagre grensen" }).click();
    await expect(page.getByText("Grensen er lagret.")).toBeVisible();

    await page.goto("/kart");
    await expect(page.getByRole("link", { name: /^Lervig: \d+ partnere?$/ })).toHaveCount(1);
    // Administrators see which areas still lack an outline.
    await expect(page.getByRole("row", { name: /Emmaus.*ingen grense ennå/ })).toBeVisible();
  } finally {
    removeOutline("lervig");
  }
});

test("the map pages have no axe violations at 320 and 1280 px, in bokmål and English", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  await logIn(page, ADMIN);
  const paths = ["/kart", "/kart?vis=mangler-sektor&satsing=groruddalssatsingen", "/omrader/bydel-gamle-oslo", "/admin/omrader/storhaug"];
  for (const lang of ["nb", "en"]) {
    if (lang === "en") await context.addCookies([{ name: "laget_sprak", value: "en", url: baseURL! }]);
    for (const p of paths) {
      await page.goto(p);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await expectNoAxeViolations(page, `${p} (${lang}) at ${width} px`);
        if (width === 320) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          const wide = await page.evaluate(() =>
            [...document.querySelectorAll("body *")].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 || e.getBoundingClientRect().left < -1).slice(0, 3).map((e) => `${e.tagName}.${e.getAttribute("class")} ${Math.round(e.getBoundingClientRect().left)}–${Math.round(e.getBoundingClientRect().right)} ${e.textContent?.slice(0, 40)}`),
          );
          expect(overflow, `${p} overflows at 320 px: ${wide.join("; ")}`).toBeLessThanOrEqual(0);
        }
      }
    }
  }
  await expect(page.getByRole("heading", { name: "Boundaries" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, expectedConsoleErrors: [/status of 400/] });

  test("the map, its measure form and the import's preview and save are plain requests", async ({ page }) => {
    await page.goto("/kart");
    await page.getByLabel("Vis", { exact: true }).selectOption("mangler-sektor");
    await page.getByRole("button", { name: "Vis på kartet" }).click();
    await expect(page).toHaveURL(/vis=mangler-sektor/);
    await expect(page.getByRole("table", { name: "Tiltak som mangler en sektor per område" })).toBeVisible();

    removeOutline("emmaus");
    try {
      await logIn(page, ADMIN);
      await page.goto("/admin/omrader/storhaug");
      const section = page.getByRole("region", { name: "Grenser" });
      await section.getByLabel("GeoJSON-fil").setInputFiles(geojsonFile("Emmaus"));
      await section.getByLabel("Projeksjon").selectOption("EPSG:25832");
      await section.getByLabel("Kilde").fill("Uten JS");
      await section.getByRole("button", { name: "Forhåndsvis" }).click();
      // Degrees declared as UTM metres land far from Norway: the wrong projection, said so.
      await expect(page.locator("[data-error-summary]")).toContainText("passer ikke med projeksjonen");
      await page.getByRole("region", { name: "Grenser" }).getByLabel("Projeksjon").selectOption("EPSG:4326");
      await page.getByRole("region", { name: "Grenser" }).getByLabel("GeoJSON-fil").setInputFiles(geojsonFile("Emmaus"));
      await page.getByRole("region", { name: "Grenser" }).getByRole("button", { name: "Forhåndsvis" }).click();
      await page.getByRole("button", { name: "Lagre grensen" }).click();
      await expect(page.getByText("Grensen er lagret.")).toBeVisible();
      await expect(page.getByRole("row", { name: /Emmaus.*har grense/ })).toBeVisible();
    } finally {
      removeOutline("emmaus");
    }
  });
});
