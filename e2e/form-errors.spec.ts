import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { logIn } from "./session";

/**
 * What a person meets after a refused form (GOV.UK's error summary), the messages that name their
 * field, where the focus goes after a client-side navigation, and buttons whose accessible name
 * starts with what they show (WCAG 2.5.3).
 */

const summary = (page: Page) => page.getByRole("group", { name: /^Skjemaet har \d+ feil$/ });

test.describe("the error summary, with JavaScript", () => {
  test.use({ expectedConsoleErrors: [/status of 400/] });

  test("takes the focus after a refused registration, names each field and links to it", async ({ page }) => {
    await page.goto("/registrer");
    await page.waitForLoadState("networkidle");
    await page.getByLabel("Navnet ditt").fill("Kari Nordmann");
    // The button is at the bottom of a long form; the summary is at the top.
    await page.getByRole("button", { name: "Registrer" }).click();

    await expect(summary(page)).toBeFocused();
    await expect(summary(page)).toBeInViewport();
    await expect(page).toHaveTitle(/^Feil: Registrer/);
    // In the order of the form; the name was filled in.
    await expect(summary(page).getByRole("link")).toHaveText(["Skriv e-postadressen.", "Skriv et passord.", "Skriv navnet på organisasjonen.", "Velg sektor."]);

    await summary(page).getByRole("link", { name: "Velg sektor." }).click();
    await expect(page.getByLabel("Sektor")).toBeFocused();
    // Following a link keeps the errors (the router would drop them on a hash change).
    await expect(summary(page)).toBeVisible();
    await summary(page).getByRole("link", { name: "Skriv e-postadressen." }).click();
    await expect(page.getByLabel("E-post")).toBeFocused();

    // A second refusal takes the focus again and lists what is left.
    await page.getByLabel("E-post").fill(`kari-${Date.now()}@example.test`);
    await page.getByLabel("Passord", { exact: true }).fill("en lang og god setning 2026");
    await page.getByRole("button", { name: "Registrer" }).click();
    await expect(summary(page)).toBeFocused();
    await expect(summary(page).getByRole("link")).toHaveText(["Skriv navnet på organisasjonen.", "Velg sektor."]);
  });

  test("a wrong password is in the summary and the title", async ({ page }) => {
    await page.goto("/logg-inn");
    await page.waitForLoadState("networkidle");
    await page.getByLabel("E-post").fill("partner@laget.test");
    await page.getByLabel("Passord").fill("feil-passord-123");
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    await expect(summary(page)).toBeFocused();
    await expect(summary(page)).toContainText("E-postadressen eller passordet er feil.");
    await expect(page).toHaveTitle(/^Feil: Logg inn/);
  });
});

test.describe("the error summary, without JavaScript", () => {
  test.use({ javaScriptEnabled: false, expectedConsoleErrors: [/status of 400/] });

  test("comes right after the heading, with links; the title says Feil; every field but the password is kept", async ({ page }) => {
    await page.goto("/registrer");
    await expect(page).toHaveTitle(/^Registrer/);
    await page.getByLabel("Navnet ditt").fill("Ola Uten Skript");
    await page.getByLabel("E-post").fill("ola-uten-skript@example.test");
    await page.getByLabel("Passord", { exact: true }).fill("en lang og god setning 2026");
    await page.getByLabel("Organisasjonens navn").fill("Ola sitt lag");
    await page.getByRole("button", { name: "Registrer" }).click();

    await expect(page).toHaveTitle(/^Feil: Registrer/);
    await expect(summary(page)).toBeVisible();
    // The first thing after the page's heading.
    const afterHeading = await page.getByRole("heading", { level: 1 }).evaluate((h1) => h1.nextElementSibling?.getAttribute("aria-labelledby") ?? null);
    expect(afterHeading).toBe(await summary(page).getAttribute("aria-labelledby"));
    await expect(summary(page).getByRole("link", { name: "Velg sektor." })).toHaveAttribute("href", "#sector");

    await expect(page.getByLabel("Navnet ditt")).toHaveValue("Ola Uten Skript");
    await expect(page.getByLabel("E-post")).toHaveValue("ola-uten-skript@example.test");
    await expect(page.getByLabel("Organisasjonens navn")).toHaveValue("Ola sitt lag");
    const password = page.getByLabel("Passord", { exact: true });
    await expect(password).toHaveValue("");
    await expect(password).toHaveAccessibleDescription(/^Av sikkerhetsgrunner må du skrive passordet på nytt\./);

    // Following a link moves to the field.
    await summary(page).getByRole("link", { name: "Velg sektor." }).click();
    await expect(page).toHaveURL(/#sector$/);
  });

  test("asking to join with a new account also keeps what was typed and asks for the password again", async ({ page }) => {
    await page.goto("/bli-med/grorud-bakeri-kafe");
    await page.getByLabel("Navnet ditt").fill("Per Uten Skript");
    await page.getByLabel("Passord", { exact: true }).fill("en lang og god setning 2026");
    await page.getByRole("button", { name: "Send forespørsel" }).click();
    await expect(page).toHaveTitle(/^Feil: /);
    await expect(summary(page).getByRole("link", { name: "Skriv e-postadressen." })).toHaveAttribute("href", "#email");
    await expect(page.getByLabel("Navnet ditt")).toHaveValue("Per Uten Skript");
    await expect(page.getByLabel("Passord", { exact: true })).toHaveAccessibleDescription(/^Av sikkerhetsgrunner må du skrive passordet på nytt\./);
  });

  test("the messages name their field", async ({ page }) => {
    await page.goto("/registrer");
    await page.getByRole("button", { name: "Registrer" }).click();
    await expect(page.getByLabel("Navnet ditt")).toHaveAccessibleDescription(/Skriv navnet ditt\./);
    await expect(page.getByLabel("E-post")).toHaveAccessibleDescription(/Skriv e-postadressen\./);
    await expect(page.getByLabel("Passord", { exact: true })).toHaveAccessibleDescription(/Skriv et passord\./);
    await expect(page.getByLabel("Organisasjonens navn")).toHaveAccessibleDescription(/Skriv navnet på organisasjonen\./);
    await expect(page.getByLabel("Sektor")).toHaveAccessibleDescription(/Velg sektor\./);
    await expect(page.getByText("Fyll ut feltet.")).toHaveCount(0);
  });
});

test.describe("the error summary of a filter form", () => {
  test.use({ expectedConsoleErrors: [/status of 400/] });
  test("the audit log's refused filters are summed up, linked and in the title", async ({ page }) => {
    await logIn(page, "admin@laget.test");
    await page.goto("/admin/logg?fra=2026-02-30");
    await expect(page).toHaveTitle(/^Feil: /);
    await expect(summary(page).getByRole("link")).toHaveAttribute("href", "#fra");
    await expect(summary(page)).toBeFocused();
  });
});

test.describe("focus after a client-side navigation", () => {
  test("moves to the new page's heading, not on the first load, and leaves the skip link alone", async ({ page }) => {
    await page.goto("/");
    await page.waitForLoadState("networkidle");
    await expect(page.locator("body")).toBeFocused();

    await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Partnere" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Partnere/ })).toBeFocused();
    // The next Tab goes on from the heading, not from the menu.
    await page.keyboard.press("Tab");
    await expect(page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Partnere" })).not.toBeFocused();

    await page.getByRole("contentinfo").getByRole("link", { name: "Tilgjengelighet" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Tilgjengelighetserklæring/ })).toBeFocused();

    // The skip link goes to the main element, and stays there.
    await page.keyboard.press("Shift+Tab");
    await page.goto("/tiltak");
    await page.waitForLoadState("networkidle");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Hopp til hovedinnhold" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
  });
});

test.describe("in-page links after a refusal", () => {
  test.use({ expectedConsoleErrors: [/status of 400/] });
  test("the skip link moves to the main content and the errors stay", async ({ page }) => {
    await page.goto("/registrer");
    await page.waitForLoadState("networkidle");
    await page.getByRole("button", { name: "Registrer" }).click();
    await expect(summary(page)).toBeFocused();
    await page.getByRole("link", { name: "Hopp til hovedinnhold" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main")).toBeFocused();
    await expect(summary(page)).toBeVisible();
    await expect(page).toHaveTitle(/^Feil: /);
    await expect(page.getByLabel("Navnet ditt")).toHaveAccessibleDescription(/Skriv navnet ditt\./);
  });
});

test.describe("label in name", () => {
  test("every button on /min-side/tiltak is called what it shows, the request forms open", async ({ page }) => {
    test.setTimeout(60_000);
    await logIn(page, "partner@laget.test");
    await page.goto("/min-side/tiltak");
    await page.waitForLoadState("networkidle");
    // axe leaves closed <details> out; open them so it checks every "Send forespørselen".
    await page.locator("main details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await expect(page.getByRole("button", { name: /^Send forespørselen om å bli med i «/ }).first()).toBeVisible();
    await expectNoAxeViolations(page, "/min-side/tiltak, request forms open", { include: "main" });
  });
});
