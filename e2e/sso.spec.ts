/**
 * Staff single sign-on (issue 24 part 1) against a real OpenID Connect provider that the test setup
 * starts on 127.0.0.1 (scripts/oidc-provider.ts; its accounts are listed in app/testing/oidc-provider.ts).
 * The provider's own login page (oidc-provider's development form) takes a login name and any password.
 *
 * Demo state: Kari Koordinator's account gets its link to the test provider (no other spec reads
 * user_identities); the other sign-ins make new accounts with addresses of their own.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";
import { logIn, logOut } from "./session";

const BUTTON = "Logg inn med Testkommunen";

// The provider's development login page asks for a web font and a favicon that are not there.
// (One pattern: an array of several is read by Playwright as a value and its options.)
test.use({ expectedConsoleErrors: [/fonts\.googleapis\.com|127\.0\.0\.1:\d+\/favicon\.ico|403 \(Forbidden\).*\/koordinator/] });

/** At the provider's login form: signs in as `login` (any password). */
async function atProvider(page: Page, login: string) {
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("hva-som-helst");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

/**
 * Presses the button and signs in at the provider, stopping the browser before the callback. The
 * browser does not let a test intercept a redirect, so the login form's POST is made here (with the
 * browser's cookies) and the provider's redirects followed by hand up to the callback URL, kept.
 */
async function callbackUrlFor(page: Page, login: string): Promise<string> {
  let callback = "";
  const submit = /127\.0\.0\.1:\d+\/interaction\/[^/?]+$/;
  await page.route(submit, async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    let response = await route.fetch({ maxRedirects: 0 });
    for (let hop = 0; hop < 5; hop++) {
      const location = response.headers()["location"];
      if (!location) break;
      const next = new URL(location, route.request().url()).href;
      if (next.includes("/logg-inn/sso/test/callback")) {
        callback = next;
        break;
      }
      response = await page.request.get(next, { maxRedirects: 0 });
    }
    await route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><html lang=\"nb\"><title>Stoppet</title><p>Stoppet</p></html>" });
  });
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: BUTTON }).click();
  await atProvider(page, login);
  await expect.poll(() => callback).not.toBe("");
  await page.unroute(submit);
  return callback;
}

function identityOwner(subject: string): { userId: number; role: string; email: string } | undefined {
  const db = e2eDb();
  try {
    return db
      .prepare("SELECT i.user_id AS userId, u.role, u.email FROM user_identities i JOIN users u ON u.id = i.user_id WHERE i.provider = 'test' AND i.subject = ?")
      .get(subject) as { userId: number; role: string; email: string } | undefined;
  } finally {
    db.close();
  }
}

function userIdOf(email: string): number {
  const db = e2eDb();
  try {
    return (db.prepare("SELECT id FROM users WHERE email = ?").get(email) as { id: number }).id;
  } finally {
    db.close();
  }
}

test("a coordinator signs in through the provider and lands on her dashboard, linked by her verified address", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: BUTTON }).click();
  await atProvider(page, "kari");
  await expect(page.getByRole("heading", { level: 1, name: /^Oversikt: / })).toBeVisible();
  expect(identityOwner("kari")?.userId).toBe(userIdOf("koordinator@laget.test"));
  await logOut(page);
});

test("an address the provider has not verified gets a new account without roles, not the coordinator's", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.getByRole("button", { name: BUTTON }).click();
  await atProvider(page, "unverified:koordinator@laget.test");
  await expect(page.getByRole("heading", { level: 1, name: "Min side" })).toBeVisible();
  const owner = identityOwner("unverified:koordinator@laget.test")!;
  expect(owner.userId).not.toBe(userIdOf("koordinator@laget.test"));
  expect(owner.role).toBe("none");
  expect(owner.email).toMatch(/@sso\.invalid$/);
  // No way into the coordinator's workspace.
  const response = await page.goto("/koordinator");
  expect(response?.status()).toBe(403);
});

test.describe("a sign-in that fails ends on /logg-inn with a message and no session", () => {
  test("a changed state", async ({ page }) => {
    const callback = await callbackUrlFor(page, "verified:tilstand-e2e@laget.test");
    await page.goto(callback.replace(/state=[^&]+/, "state=forfalsket"));
    await expect(page).toHaveURL(/\/logg-inn\?sso-feil=state$/);
    await expect(page.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();
    await expect(page.getByText("Innloggingen kunne ikke fullføres fordi den var utløpt eller ugyldig.")).toBeVisible();
    expect(identityOwner("verified:tilstand-e2e@laget.test")).toBeUndefined();
  });

  test("a code used a second time", async ({ page, context }) => {
    const callback = await callbackUrlFor(page, "verified:gjentatt-e2e@laget.test");
    const state = (await context.cookies()).find((c) => c.name === "laget_sso");
    expect(state).toBeTruthy();
    await page.goto(callback);
    await expect(page.getByRole("heading", { level: 1, name: "Min side" })).toBeVisible();
    await logOut(page);
    // The same callback again, even with the state cookie put back: the provider refuses the used code.
    await context.addCookies([state!]);
    await page.goto(callback);
    await expect(page).toHaveURL(/\/logg-inn\?sso-feil=failed$/);
    await expect(page.getByText("Innloggingen ble ikke godkjent.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Logg ut" })).toHaveCount(0);
  });

  test("an expired ID token", async ({ page }) => {
    await page.goto("/logg-inn");
    await page.getByRole("button", { name: BUTTON }).click();
    await atProvider(page, "expired:utlopt-e2e@laget.test");
    await expect(page).toHaveURL(/\/logg-inn\?sso-feil=failed$/, { timeout: 10_000 });
    await expect(page.getByText("Innloggingen ble ikke godkjent.")).toBeVisible();
    expect(identityOwner("expired:utlopt-e2e@laget.test")).toBeUndefined();
  });

  test("the person cancels at the provider", async ({ page }) => {
    await page.goto("/logg-inn");
    await page.getByRole("button", { name: BUTTON }).click();
    await expect(page).toHaveURL(/\/interaction\//);
    await page.getByRole("link", { name: "[ Cancel ]" }).click();
    await expect(page).toHaveURL(/\/logg-inn\?sso-feil=cancelled$/);
    await expect(page.getByText("Innloggingen ble avbrutt. Du er ikke logget inn.")).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, expectedConsoleErrors: [/fonts\.googleapis\.com|127\.0\.0\.1:\d+\/favicon\.ico/] });

  test("signing in through the provider works with plain forms", async ({ page }) => {
    await page.goto("/logg-inn");
    await page.getByRole("button", { name: BUTTON }).click();
    await atProvider(page, "verified:uten-js-e2e@laget.test");
    await expect(page.getByRole("heading", { level: 1, name: "Min side" })).toBeVisible();
    expect(identityOwner("verified:uten-js-e2e@laget.test")?.email).toBe("uten-js-e2e@laget.test");
  });
});

test.describe("axe", () => {
  for (const width of [320, 1280]) {
    test(`/logg-inn with the button and its error message has no WCAG violations at ${width} px in bokmål and English`, async ({ page, context, baseURL }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const lang of ["nb", "en"]) {
        await context.addCookies([{ name: "laget_sprak", value: lang, url: baseURL! }]);
        await page.goto("/logg-inn");
        await expect(page.getByRole("button", { name: lang === "nb" ? BUTTON : "Log in with Testkommunen" })).toBeVisible();
        await expectNoAxeViolations(page, `/logg-inn (${lang}, ${width} px)`);
        await page.goto("/logg-inn?sso-feil=failed");
        await expectNoAxeViolations(page, `/logg-inn?sso-feil=failed (${lang}, ${width} px)`);
      }
    });
  }

  for (const width of [320, 1280]) {
    test(`/admin/innlogging has no WCAG violations at ${width} px in bokmål and English`, async ({ page }) => {
      await logIn(page, "admin@laget.test");
      await page.setViewportSize({ width, height: 900 });
      for (const lang of ["nb", "en"]) {
        if (lang === "en") {
          await page.setViewportSize({ width: 1280, height: 900 });
          await page.getByRole("banner").getByRole("button", { name: "English", exact: true }).click();
          await page.setViewportSize({ width, height: 900 });
        }
        await page.goto("/admin/innlogging");
        await expect(page.getByRole("heading", { level: 1, name: lang === "nb" ? "Innlogging" : "Login" })).toBeVisible();
        await expectNoAxeViolations(page, `/admin/innlogging (${lang}, ${width} px)`);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole("banner").getByRole("button", { name: "Norsk", exact: true }).click();
    });
  }
});
