import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { PUBLIC_PAGES } from "./public-pages";

/**
 * Zero axe-core violations on every public page: WCAG 2.0/2.1 A and AA and WCAG 2.2 AA, with
 * target-size (off by default in axe) turned on, at 320 px and 1280 px, in Norwegian and English,
 * in the filled, empty and error states. One test per page and language; the widths reuse the page.
 */

const WIDTHS = [320, 1280];
const LANGUAGES = ["nb", "en"] as const;

type Case = { name: string; path: string; status?: number; act?: (page: Page) => Promise<void> };

/** The normal pages, filled with the demo data (the 404 page is among the error states). */
const FILLED: Case[] = PUBLIC_PAGES.filter((p) => !p.status);

/** Searches and filters without hits. */
const EMPTY: Case[] = [
  { name: "partners, no hits", path: "/partnere?q=zzqxyzzy" },
  { name: "initiatives, no hits", path: "/tiltak?q=zzqxyzzy" },
  // Oslo (the municipality) has no tiltak of its own, so no updates either.
  { name: "updates, no hits", path: "/oppdateringer?omrade=oslo" },
];

/** Submits the page's form empty; the server answers 400 with the errors. */
async function submitEmpty(page: Page) {
  const form = page.getByRole("main").locator('form[method="post"]').last();
  const response = page.waitForResponse((r) => r.request().method() === "POST");
  await form.locator('button[type="submit"]').last().click();
  expect((await response).status()).toBe(400);
  await expect(page.getByRole("main").locator('[aria-invalid="true"]').first()).toBeVisible();
}

const ERRORS: Case[] = [
  { name: "log in, empty", path: "/logg-inn", act: submitEmpty },
  { name: "register, empty", path: "/registrer", act: submitEmpty },
  { name: "forgotten password, empty", path: "/glemt-passord", act: submitEmpty },
  { name: "accessibility feedback, empty", path: "/tilgjengelighet", act: submitEmpty },
  { name: "ask to join, empty", path: "/bli-med/grorud-bakeri-kafe", act: submitEmpty },
  { name: "not found", path: "/finnes-ikke", status: 404 },
];

async function expectNoViolations(page: Page) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page, `${width} px`);
  }
}

function defineCases(cases: Case[]) {
  for (const lang of LANGUAGES) {
    for (const c of cases) {
      test(`${c.name} (${lang})`, async ({ page, context, baseURL }) => {
        // axe's target-size and contrast checks take seconds on the long lists, twice per test.
        test.setTimeout(90_000);
        if (lang === "en") await context.addCookies([{ name: "laget_sprak", value: "en", url: baseURL! }]);
        const response = await page.goto(c.path);
        expect(response?.status()).toBe(c.status ?? 200);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        await page.waitForLoadState("networkidle");
        if (c.act) await c.act(page);
        await expectNoViolations(page);
      });
    }
  }
}

test.describe("accessibility: axe finds nothing", () => {
  test.describe.configure({ mode: "parallel" });

  test.describe("filled and empty", () => {
    defineCases([...FILLED, ...EMPTY]);
  });

  test.describe("errors", () => {
    test.use({ expectedConsoleErrors: [/status of 40\d/] });
    defineCases(ERRORS);
  });
});
