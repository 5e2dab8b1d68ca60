/**
 * The årsmelding and the final report (issue 21), as a coordinator uses them: writes a section's
 * narrative (a text over the limit is refused and kept as typed), sees it on the page, prints it
 * (print media: no forms, no menus, the date printed; A4 as a PDF), downloads the Word document and
 * reads it back, opens the final report; the same without JavaScript; axe in both languages.
 *
 * Demo state: the narratives written here are Groruddalssatsingen's 2024 årsmelding (the demo has
 * none; no other spec reads them), and each test removes what it wrote.
 */
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { logIn } from "./session";

const YEAR_2024 = "/koordinator/arsrapport?satsing=groruddalssatsingen&ar=2024";

// A refused narrative answers 400, which the browser logs.
test.use({ expectedConsoleErrors: [/status of 400 \(Bad Request\)/] });

/** Empties a section's narrative again, as the person would (an empty text removes it). */
async function clearNarrative(page: Page, heading: string) {
  await page.goto(YEAR_2024);
  await page.getByLabel(`Tekst til «${heading}»`).fill("");
  await page.getByRole("button", { name: `Lagre teksten til «${heading}»` }).click();
  await expect(page.getByLabel(`Tekst til «${heading}»`)).toHaveValue("");
}

/** The text of the document's paragraphs with a style (e.g. Heading1), and the whole text. */
function readDocx(file: string) {
  const xml = strFromU8(unzipSync(readFileSync(file))["word/document.xml"]!);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? null,
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]!.replace(/&amp;/g, "&")).join(""),
  }));
  return { xml, paragraphs };
}

test("a coordinator writes a section's narrative, sees it, prints the report and downloads it as Word", async ({ page }) => {
  test.setTimeout(90_000);
  await logIn(page, "koordinator@laget.test");
  await page.goto(YEAR_2024);
  await expect(page.getByRole("heading", { level: 1, name: "Årsrapport 2024: Groruddalssatsingen" })).toBeVisible();
  for (const heading of ["Innledning", "Status for tiltakene i 2024", "Mål og indikatorer", "Beboermedvirkning", "Handlingsprogram for 2025"]) {
    await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  }
  // What Laget does not record, it says so: no invented resident meetings.
  await expect(page.getByText("Beboermøter og andre medvirkningsaktiviteter registreres ikke i Laget ennå")).toBeVisible();

  // Too long: refused with a Norwegian message, and the text typed is still there.
  const field = page.getByLabel("Tekst til «Beboermedvirkning»");
  const tooLong = `Beboerne på Romsås${" og Grorud".repeat(2_000)}`;
  await field.fill(tooLong);
  await page.getByRole("button", { name: "Lagre teksten til «Beboermedvirkning»" }).click();
  const summary = page.getByRole("group", { name: /Det er 1 feil/ }).or(page.locator("[data-error-summary]"));
  await expect(summary).toContainText("Teksten kan være høyst 20 000 tegn");
  expect(await field.inputValue(), "the text typed, kept").toBe(tooLong);
  await expect(page).toHaveTitle(/^Feil:/);

  // A good text is saved and shown.
  const text = `Beboerne ble invitert til åpne møter på Romsås og Grorud (${Date.now().toString(36)}).\n\nInnspillene er tatt med i planen.`;
  await field.fill(text);
  await page.getByRole("button", { name: "Lagre teksten til «Beboermedvirkning»" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Teksten er lagret." })).toBeVisible();
  await expect(page.getByLabel("Tekst til «Beboermedvirkning»")).toHaveValue(text);

  // On paper: no forms, no menus, the text as paragraphs and the date printed.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByLabel("Tekst til «Beboermedvirkning»")).toBeHidden();
  // Hidden elements have no role: none of the seven forms' buttons is left.
  await expect(page.getByRole("button", { name: /Lagre teksten/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Last ned som Word-dokument (.docx)" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toBeHidden();
  await expect(page.getByText("Innspillene er tatt med i planen.", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Generert fra Laget \d{1,2}\. \p{L}+ \d{4}$/u)).toBeVisible();
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pages, "pages of the printed report").toBeGreaterThanOrEqual(2);
  expect(pages, "pages of the printed report").toBeLessThanOrEqual(12);
  await page.emulateMedia({ media: "screen" });

  // The Word document: the same sections, the narrative, real tables.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Last ned som Word-dokument (.docx)" }).click()]);
  expect(download.suggestedFilename()).toBe("arsmelding-groruddalssatsingen-2024.docx");
  const { xml, paragraphs } = readDocx((await download.path())!);
  expect(paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual([
    "Innledning",
    "Status for tiltakene i 2024",
    "Mål og indikatorer",
    "Deltakelse per delprogram og sektor",
    "Tilskudd",
    "Beboermedvirkning",
    "Handlingsprogram for 2025",
  ]);
  expect(paragraphs.map((p) => p.text)).toContain("Innspillene er tatt med i planen.");
  expect(xml).toContain("<w:tblHeader/>");

  await clearNarrative(page, "Beboermedvirkning");
});

test("the demo's 2025 narrative is in the report, and the final report covers the period", async ({ page }) => {
  await logIn(page, "koordinator@laget.test");
  await page.goto("/koordinator/arsrapport?satsing=groruddalssatsingen&ar=2025");
  await expect(page.getByLabel("Tekst til «Innledning»")).toHaveValue(/nest siste år i Groruddalssatsingens periode/);
  await page.getByRole("link", { name: "Sluttrapport for hele perioden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sluttrapport: Groruddalssatsingen" })).toBeVisible();
  await expect(page.getByText("Periode: 2017–2026").first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Tiltakene og hva som ble av dem" })).toBeVisible();
  const partners = page.getByRole("table", { name: /Partnere per sektor og år/ });
  await expect(partners.getByRole("rowheader", { name: "2017" })).toBeVisible();
  await expect(partners.getByRole("rowheader", { name: "2026" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Last ned som Word-dokument (.docx)" }).click()]);
  expect(download.suggestedFilename()).toBe("sluttrapport-groruddalssatsingen-2026.docx");
  const { paragraphs } = readDocx((await download.path())!);
  expect(paragraphs.find((p) => p.style === "Title")?.text).toBe("Sluttrapport: Groruddalssatsingen");
});

test("a programme without an end year has no final report yet, and the page says so", async ({ page }) => {
  await logIn(page, "stavanger-koordinator@laget.test");
  await page.goto("/koordinator/sluttrapport?satsing=levekarsloftet");
  await expect(page.getByText("Satsingen har ingen sluttdato.")).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a narrative is saved with a plain form post, and a refused one keeps its text", async ({ page }) => {
    await logIn(page, "koordinator@laget.test");
    await page.goto(YEAR_2024);
    const field = page.getByLabel("Tekst til «Handlingsprogram for 2025»");
    const tooLong = "x".repeat(20_001);
    await field.fill(tooLong);
    await page.getByRole("button", { name: "Lagre teksten til «Handlingsprogram for 2025»" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText("Teksten kan være høyst 20 000 tegn");
    expect(await page.getByLabel("Tekst til «Handlingsprogram for 2025»").inputValue(), "the text typed, kept").toBe(tooLong);
    await page.getByLabel("Tekst til «Handlingsprogram for 2025»").fill("Overgang til ordinær drift.");
    await page.getByRole("button", { name: "Lagre teksten til «Handlingsprogram for 2025»" }).click();
    await expect(page).toHaveURL(/lagret=next_year/);
    await expect(page.getByLabel("Tekst til «Handlingsprogram for 2025»")).toHaveValue("Overgang til ordinær drift.");
    await clearNarrative(page, "Handlingsprogram for 2025");
  });
});

test("the report pages have no axe violations at 320 and 1280 px, in bokmål and English", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  await logIn(page, "koordinator@laget.test");
  const paths = ["/koordinator/arsrapport?satsing=groruddalssatsingen&ar=2025", "/koordinator/sluttrapport?satsing=groruddalssatsingen"];
  for (const lang of ["nb", "en"]) {
    if (lang === "en") await context.addCookies([{ name: "laget_sprak", value: "en", url: baseURL! }]);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await expectNoAxeViolations(page, `${path} (${lang}) at ${width} px`);
        if (width === 320) {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${path} overflows at 320 px`).toBeLessThanOrEqual(0);
        }
      }
    }
  }
  await expect(page.getByRole("heading", { level: 1, name: "Final report: Groruddalssatsingen" })).toBeVisible();
});
