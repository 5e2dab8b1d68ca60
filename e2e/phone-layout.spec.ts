import type { Locator, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD, logIn } from "./session";

/**
 * The phone layout (issue 18, item 15): at 360 × 740 the page's h1 is in the first screen, the
 * header's navigation sits behind one "Meny" disclosure, the directory's first result is above the
 * fold, and /samarbeid shows its table before the network drawing, whose labels are legible when
 * opened. At 1280 px everything stays visible without opening anything. With and without JavaScript.
 */

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** The header's disclosure (a native <details>), its summary, and the navigation inside it. */
const menu = (page: Page) => page.locator("header details");
const menuButton = (page: Page) => page.locator("header summary");
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Hovedmeny" });

/** Logs in through the form; each role lands on its own workspace. */
async function signIn(page: Page, email: string) {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page).not.toHaveURL(/\/logg-inn/);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
}

async function bottomOf(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  expect(box, "the element has a box").not.toBeNull();
  return box!.y + box!.height;
}

/** The h1's bottom edge at the top of the page, and the header's height (both in CSS px). */
async function firstScreen(page: Page) {
  const h1 = page.getByRole("main").getByRole("heading", { level: 1 });
  await expect(h1).toBeVisible();
  return { h1Bottom: await bottomOf(h1), header: await bottomOf(page.locator("body > header")) };
}

/** Opens the header menu with the keyboard: Tab until the summary has focus, then Enter. */
async function openMenuByKeyboard(page: Page) {
  for (let i = 0; i < 5 && !(await menuButton(page).evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(menuButton(page)).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(menu(page)).toHaveAttribute("open", "");
}

/** Presses Tab until the focused element has the given text; fails after `limit` presses. */
async function tabTo(page: Page, name: string | RegExp, limit = 20) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? "");
    if (typeof name === "string" ? text === name : name.test(text)) {
      const focused = page.locator(":focus");
      await expect(focused).toBeVisible();
      return focused;
    }
  }
  throw new Error(`Tab never reached “${name}”`);
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`at 360 × 740 (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ viewport: PHONE, javaScriptEnabled });

    for (const path of ["/", "/partnere", "/samarbeid"]) {
      test(`the h1 of ${path} is in the first screen`, async ({ page }) => {
        await page.goto(path);
        const { h1Bottom, header } = await firstScreen(page);
        test.info().annotations.push({ type: "measured", description: `${path}: header ${header} px, h1 bottom ${h1Bottom} px` });
        expect(h1Bottom).toBeLessThanOrEqual(PHONE.height);
        // One row: the name and "Meny" (the header took 209 px before the menu folded).
        expect(header).toBeLessThanOrEqual(80);
        // The navigation is behind the disclosure until someone opens it.
        await expect(mainNav(page)).toBeHidden();
        await expect(menuButton(page)).toBeVisible();
        await expect(menuButton(page)).toHaveAccessibleName("Meny");
      });
    }

    test("the menu opens by keyboard and reaches the navigation and the language switch", async ({ page }) => {
      await page.goto("/samarbeid");
      await openMenuByKeyboard(page);
      for (const name of ["Partnere", "Tiltak", "Områder", "Samarbeid", "Oppdateringer"]) {
        await expect(mainNav(page).getByRole("link", { name })).toBeVisible();
      }
      await tabTo(page, "Partnere");
      await tabTo(page, "Logg inn");
      await tabTo(page, "English");
      // axe runs as a script in the page, so only with JavaScript; the markup is the same without.
      if (javaScriptEnabled) await expectNoAxeViolations(page, "/samarbeid at 360 px, menu open");
      if (javaScriptEnabled) {
        // Escape closes the menu and gives the focus back to "Meny".
        await page.keyboard.press("Escape");
        await expect(menu(page)).not.toHaveAttribute("open", "");
        await expect(menuButton(page)).toBeFocused();
        await page.keyboard.press("Enter");
      }
      // Enter on a link inside the menu follows it.
      await menuButton(page).focus();
      await tabTo(page, "Tiltak");
      await page.keyboard.press("Enter");
      await expect(page.getByRole("heading", { level: 1, name: "Tiltak" })).toBeVisible();
      if (javaScriptEnabled) {
        // A client-side navigation closes the menu, as a new document would.
        await expect(menu(page)).not.toHaveAttribute("open", "");
      }
    });

    test("the directory's search is visible, its filters folded, and the first result above the fold", async ({ page }) => {
      await page.goto("/partnere");
      const search = page.getByRole("searchbox", { name: "Søk" });
      await expect(search).toBeVisible();
      const firstResult = page.getByRole("main").getByRole("heading", { level: 2 }).first();
      const bottom = await bottomOf(firstResult);
      test.info().annotations.push({ type: "measured", description: `/partnere: first result bottom ${bottom} px` });
      expect(bottom).toBeLessThanOrEqual(PHONE.height);
      const sector = page.getByRole("combobox", { name: "Sektor" });
      await expect(sector).toBeHidden();
      // The filters open by keyboard, and a chosen filter is sent with the search.
      const filters = page.locator("main summary", { hasText: "Filtrer" });
      await expect(filters).toHaveAccessibleName("Filtrer");
      await filters.focus();
      await page.keyboard.press("Enter");
      await expect(sector).toBeVisible();
      // axe runs as a script in the page, so only with JavaScript; the markup is the same without.
      if (javaScriptEnabled) await expectNoAxeViolations(page, "/partnere at 360 px, filters open");
      await sector.selectOption("voluntary");
      await page.getByRole("button", { name: "Søk" }).click();
      await expect(page).toHaveURL(/sektor=voluntary/);
      // The chosen filter is named as a chip and counted on the folded disclosure.
      await expect(page.getByRole("link", { name: /^Fjern Sektor: Frivillig/ })).toBeVisible();
      await expect(page.locator("main summary", { hasText: "Filtrer" })).toHaveAccessibleName("Filtrer (1 valgt)");
    });

    test("/samarbeid shows the table before the drawing, and the drawing legibly", async ({ page }) => {
      await page.goto("/samarbeid");
      const table = page.getByRole("table", { name: /Organisasjonene i tegningen/ });
      const drawing = page.getByRole("img", { name: /nettverk/i });
      await expect(table).toBeVisible();
      // The drawing waits behind a disclosure, which comes before the table in one line.
      await expect(drawing).toBeHidden();
      const toggle = page.locator("main summary", { hasText: "Tegningen av nettverket" });
      await expect(toggle).toBeVisible();
      expect(await bottomOf(toggle)).toBeLessThan((await table.boundingBox())!.y);
      await toggle.focus();
      await page.keyboard.press("Enter");
      await expect(drawing).toBeVisible();
      // A label's rendered size: its font size times the scale of the drawing on the screen.
      const fontPx = await drawing.evaluate((svg) => {
        const text = svg.querySelector("text")!;
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return parseFloat(getComputedStyle(text).fontSize) * scale;
      });
      test.info().annotations.push({ type: "measured", description: `/samarbeid at 360 px: labels ${fontPx.toFixed(1)} px` });
      expect(fontPx).toBeGreaterThanOrEqual(12);
      // The wide drawing scrolls sideways in a labelled region that the keyboard can reach.
      const region = page.getByRole("region", { name: /nettverket.*rull/i });
      await expect(region).toHaveAttribute("tabindex", "0");
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await region.focus();
      await page.keyboard.press("ArrowRight");
      // axe runs as a script in the page, so only with JavaScript; the markup is the same without.
      if (javaScriptEnabled) await expectNoAxeViolations(page, "/samarbeid at 360 px, drawing open");
    });
  });

  test.describe(`at 1280 px (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ viewport: DESKTOP, javaScriptEnabled });

    test("the navigation, the directory's filters and the drawing are visible without opening anything", async ({ page }) => {
      await page.goto("/partnere");
      await expect(menuButton(page)).toBeHidden();
      for (const name of ["Partnere", "Tiltak", "Områder", "Samarbeid", "Oppdateringer"]) {
        await expect(mainNav(page).getByRole("link", { name })).toBeVisible();
      }
      await expect(page.getByRole("link", { name: "Logg inn" })).toBeVisible();
      await expect(page.getByRole("button", { name: "English" })).toBeVisible();
      await expect(page.getByRole("combobox", { name: "Sektor" })).toBeVisible();
      await expect(page.locator("main summary", { hasText: "Filtrer" })).toBeHidden();

      await page.goto("/samarbeid");
      await expect(page.getByRole("img", { name: /nettverk/i })).toBeVisible();
      await expect(page.locator("main summary", { hasText: "Tegningen av nettverket" })).toBeHidden();
      const fontPx = await page.getByRole("img", { name: /nettverk/i }).evaluate((svg) => {
        const text = svg.querySelector("text")!;
        return parseFloat(getComputedStyle(text).fontSize) * (svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width);
      });
      expect(fontPx).toBeGreaterThanOrEqual(12);
    });
  });
}

test.describe("signed in, at 360 × 740", () => {
  test.use({ viewport: PHONE });

  const USER_MENU: Record<string, string[]> = {
    "partner@laget.test": ["Min side", "Varsler", "Konto"],
    "koordinator@laget.test": ["Min side", "Koordinator", "Varsler", "Konto"],
  };

  for (const [email, path] of [
    ["partner@laget.test", "/min-side"],
    ["koordinator@laget.test", "/koordinator"],
  ] as const) {
    test(`${email}: the h1 of ${path} is in the first screen, and the user menu behind “Meny”`, async ({ page }) => {
      await signIn(page, email);
      await page.goto(path);
      const { h1Bottom, header } = await firstScreen(page);
      test.info().annotations.push({ type: "measured", description: `${path} (${email}): header ${header} px, h1 bottom ${h1Bottom} px` });
      expect(h1Bottom).toBeLessThanOrEqual(PHONE.height);
      // The header took 297 px for a partner before the menus folded.
      expect(header).toBeLessThanOrEqual(80);

      const userMenu = page.getByRole("navigation", { name: /Logget inn som/ });
      await expect(userMenu).toBeHidden();
      await openMenuByKeyboard(page);
      for (const name of USER_MENU[email]!) {
        await expect(userMenu.getByRole("link", { name, exact: false }).first()).toBeVisible();
      }
      await expect(userMenu.getByRole("button", { name: "Logg ut" })).toBeVisible();
      await tabTo(page, /^Varsler/, 30);
      await tabTo(page, "Logg ut");
      await tabTo(page, "English");
      await expectNoAxeViolations(page, `${path} at 360 px, menu open`);
    });
  }

  test("without JavaScript, the signed-in menu opens and its links work", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE, baseURL });
    const page = await context.newPage();
    await logIn(page, "partner@laget.test");
    await page.goto("/partnere");
    await openMenuByKeyboard(page);
    await tabTo(page, "Konto", 30);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Kontoen din" })).toBeVisible();
    // A new document: the menu is folded again, and the h1 is in the first screen.
    await expect(menu(page)).not.toHaveAttribute("open", "");
    expect((await firstScreen(page)).h1Bottom).toBeLessThanOrEqual(PHONE.height);
    await context.close();
  });
});
