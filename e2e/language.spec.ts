import type { BrowserContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

async function languageCookie(context: BrowserContext) {
  return (await context.cookies()).find((c) => c.name === "laget_sprak");
}

/** The switch in the header: names the other language in that language, marked up with its `lang`. */
function languageButton(page: Page, name: "English" | "Norsk") {
  return page.getByRole("banner").getByRole("button", { name, exact: true });
}

/** Switches to English on /partnere, walks to another page, and switches back: the same with and without JavaScript. */
async function switchAndBack(page: Page, context: BrowserContext) {
  await page.goto("/partnere");
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { level: 1, name: "Partnere" })).toBeVisible();
  expect(await languageCookie(context)).toBeUndefined();

  const english = languageButton(page, "English");
  await expect(english).toHaveAttribute("lang", "en");
  const box = await english.boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await english.click();

  await expect(page).toHaveURL(/\/partnere$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Partners" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/^\d+ partners$/);
  await expect(page).toHaveTitle(/^Partners – Laget$/);

  const cookie = await languageCookie(context);
  expect(cookie).toMatchObject({ value: "en", path: "/", httpOnly: true, sameSite: "Lax", secure: false });
  const secondsLeft = cookie!.expires - Date.now() / 1000;
  expect(secondsLeft).toBeGreaterThan(ONE_YEAR_SECONDS - 3600);
  expect(secondsLeft).toBeLessThanOrEqual(ONE_YEAR_SECONDS + 60);

  // The cookie is remembered on the next page.
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Initiatives" }).click();
  await expect(page).toHaveURL(/\/tiltak$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Initiatives" })).toBeVisible();
  await page.goto("/personvern");
  await expect(page.getByRole("heading", { level: 1, name: "Privacy statement for Laget" })).toBeVisible();

  const norsk = languageButton(page, "Norsk");
  await expect(norsk).toHaveAttribute("lang", "nb");
  await norsk.click();
  await expect(page).toHaveURL(/\/personvern$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { level: 1, name: "Personvernerklæring for Laget" })).toBeVisible();
  await expect(languageButton(page, "English")).toBeVisible();
  expect((await languageCookie(context))?.value).toBe("nb");
}

test.describe("choosing the language", () => {
  test("a reader switches to English, it is remembered across pages, and switches back to Norsk", async ({ page, context }) => {
    await switchAndBack(page, context);
  });

  test("the switch returns to the same address, search and filters included", async ({ page }) => {
    await page.goto("/partnere?sektor=voluntary");
    await languageButton(page, "English").click();
    await expect(page).toHaveURL(/\/partnere\?sektor=voluntary$/);
    await expect(page.getByText("You have chosen:")).toBeVisible();
    await expect(page.getByRole("status")).toHaveText(/^Found \d+ partners?$/);
  });

  test("the open data API explains errors in the chosen language", async ({ page }) => {
    const before = await page.request.get("/api/v1/organisations?sector=pirates");
    expect(before.status()).toBe(400);
    expect(((await before.json()) as { error: { message: string } }).error.message).toContain("er ikke en gyldig verdi");

    await page.goto("/apne-data");
    await languageButton(page, "English").click();
    await expect(page.getByRole("heading", { level: 1, name: "Open data from Laget" })).toBeVisible();
    const after = await page.request.get("/api/v1/organisations?sector=pirates");
    expect(after.status()).toBe(400);
    expect(((await after.json()) as { error: { message: string } }).error.message).toBe(
      "“pirates” is not a valid value for “sector”. Valid values are: district, municipal_agency, state_agency, voluntary, business, residents_group.",
    );
  });

  test("a GET to /sprak changes nothing, and an unknown language is refused with a message", async ({ page, context, baseURL }) => {
    await page.goto("/sprak?lang=en");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    expect(await languageCookie(context)).toBeUndefined();

    const refused = await page.request.post("/sprak", { form: { lang: "de", tilbake: "/partnere" }, headers: { Origin: baseURL! }, maxRedirects: 0 });
    expect(refused.status()).toBe(400);
    expect(await refused.text()).toBe("Ukjent språk. Velg nb (norsk bokmål) eller en (engelsk).");
    expect(await languageCookie(context)).toBeUndefined();

    // Only paths on this site: anything else goes to the front page.
    const elsewhere = await page.request.post("/sprak", {
      form: { lang: "en", tilbake: "https://evil.example/" },
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
    expect(elsewhere.status()).toBe(302);
    expect(elsewhere.headers().location).toBe("/");
  });

  test.describe(() => {
    test.use({ expectedConsoleErrors: [/status of 400/] });
    test("form errors come in English", async ({ page }) => {
      await page.goto("/logg-inn");
      await languageButton(page, "English").click();
      await expect(page.getByRole("heading", { level: 1, name: "Log in" })).toBeVisible();
      await page.getByRole("main").getByRole("button", { name: "Log in", exact: true }).click();
      await expect(page.getByLabel("E-mail")).toHaveAccessibleDescription("Enter the e-mail address.");
      await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password.");
      await page.getByLabel("E-mail").fill("not-an-address");
      await page.getByLabel("Password").fill("something");
      await page.getByRole("main").getByRole("button", { name: "Log in", exact: true }).click();
      await expect(page.getByText("Enter a valid e-mail address, for example name@example.com.").first()).toBeVisible();
    });
  });
});

test.describe("choosing the language without JavaScript", () => {
  test.use({ javaScriptEnabled: false, expectedConsoleErrors: [/status of 400/] });

  test("the switch works and is remembered", async ({ page, context }) => {
    await switchAndBack(page, context);
  });

  test("form errors come in English", async ({ page }) => {
    await page.goto("/registrer");
    await languageButton(page, "English").click();
    await expect(page.getByRole("heading", { level: 1, name: "Register your organisation" })).toBeVisible();
    await page.getByRole("main").getByRole("button", { name: "Register", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByText("Enter your name.").first()).toBeVisible();
    await expect(page.getByRole("heading", { name: /^The form has \d+ errors?$/ })).toBeVisible();
    await expect(page).toHaveTitle(/^Error: /);
  });
});
