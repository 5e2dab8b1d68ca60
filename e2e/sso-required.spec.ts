/**
 * An administrator requires single sign-on for staff (/admin/innlogging): password login is then
 * refused for staff with a message pointing to the button, the reset mail sends no link, the
 * provider still signs them in; the administrator turns it off again through SSO.
 *
 * Runs in its own Playwright project after every other spec (e2e/playwright.config.ts): while the
 * requirement is on, the other specs' staff password logins would be refused.
 */
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { lastMailTo } from "./db";
import { DEMO_PASSWORD, logIn, logOut } from "./session";

// The provider's development login page asks for a web font and a favicon that are not there; the refused login answers 403.
test.use({ expectedConsoleErrors: [/fonts\.googleapis\.com|127\.0\.0\.1:\d+\/favicon\.ico|status of 403/] });

async function throughProvider(page: Page, login: string) {
  // Logging out of Laget leaves the provider's own session (as Entra ID's does): forget it to sign in as someone else.
  await page.context().clearCookies({ domain: "127.0.0.1" });
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: "Logg inn med Testkommunen" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("hva-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("requiring SSO for staff refuses their passwords and their reset links, and SSO turns it off again", async ({ page }) => {
  await logIn(page, "admin@laget.test");
  await page.goto("/admin/innlogging");
  await expect(page.getByRole("table", { name: "Innloggingstjenester" })).toContainText("Testkommunen");
  await page.getByLabel("Ansatte må logge inn med organisasjonens innloggingstjeneste").check();
  await page.getByRole("button", { name: "Lagre" }).click();
  await expect(page.getByRole("status")).toHaveText("Lagret. Ansatte må nå logge inn med organisasjonens innloggingstjeneste.");
  await expect(page.getByLabel("Ansatte må logge inn med organisasjonens innloggingstjeneste")).toBeChecked();
  await logOut(page);

  try {
    // A coordinator's right password is refused, pointing to the button.
    await page.getByLabel("E-post").fill("koordinator@laget.test");
    await page.getByLabel("Passord").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    await expect(page.getByText("Passord kan ikke brukes for din rolle. Logg inn med organisasjonens innlogging (knappen under).").first()).toBeVisible();
    await expect(page.getByLabel("E-post")).toHaveValue("koordinator@laget.test");
    await expect(page.getByRole("button", { name: "Logg ut" })).toHaveCount(0);

    // The reset mail sends her to the button instead of giving a link.
    await page.goto("/glemt-passord");
    await page.getByLabel("E-post").fill("koordinator@laget.test");
    await page.getByRole("button", { name: "Send lenke" }).click();
    await expect.poll(() => lastMailTo("koordinator@laget.test")?.subject).toBe("Logg inn i Laget med organisasjonens innlogging");
    expect(lastMailTo("koordinator@laget.test")?.body_text).not.toContain("/tilbakestill-passord/");

    // A partner still uses a password.
    await logIn(page, "partner@laget.test");
    await logOut(page);

    // The provider signs the coordinator in.
    await throughProvider(page, "kari");
    await expect(page.getByRole("heading", { level: 1, name: /^Oversikt: / })).toBeVisible();
    await logOut(page);
  } finally {
    // The administrator signs in through the provider (linked by the verified address) and turns it off.
    await throughProvider(page, "verified:admin@laget.test");
    await expect(page.getByRole("heading", { level: 1, name: "Administrasjon" })).toBeVisible();
    await page.goto("/admin/innlogging");
    await page.getByLabel("Ansatte må logge inn med organisasjonens innloggingstjeneste").uncheck();
    await page.getByRole("button", { name: "Lagre" }).click();
    await expect(page.getByRole("status")).toHaveText("Lagret. Ansatte kan logge inn med passord igjen.");
    await logOut(page);
  }
  await logIn(page, "koordinator@laget.test");
});
