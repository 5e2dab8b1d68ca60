/**
 * Enhetsregisteret on /registrer and the approval page (issue 24, part 2), against the local register
 * the Playwright config starts (app/testing/enhetsregisteret-server.ts): its numbers are fixed below.
 */
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";
import { confirmSignup, logIn, logOut } from "./session";

// The invented numbers of app/testing/enhetsregisteret-units.ts (999 991 0xx with their check digits).
const VOLUNTARY = "999991009";
const BANKRUPT = "999991300";
const DELETED = "999991505";
const UNKNOWN = "999991904";

test.describe("looking an organisation number up in Enhetsregisteret", () => {
  test("fills in the name and the suggested sector and shows the register's facts, keeping what was typed", async ({ page }) => {
    await page.goto("/registrer");
    await page.getByLabel("Navnet ditt").fill("Hege Haugerud");
    await page.getByLabel("Organisasjonsnummer").fill("999 991 009");
    await page.getByRole("button", { name: "Hent fra Enhetsregisteret" }).click();

    await expect(page.getByRole("status")).toContainText("fylt inn fra Enhetsregisteret");
    await expect(page.getByLabel("Organisasjonens navn")).toHaveValue("Haugerud Nabolagslag");
    await expect(page.getByLabel("Sektor")).toHaveValue("voluntary");
    await expect(page.getByLabel("Navnet ditt")).toHaveValue("Hege Haugerud");
    const facts = page.getByRole("heading", { level: 2, name: "I Enhetsregisteret" }).locator("..");
    await expect(facts).toContainText("HAUGERUD NABOLAGSLAG");
    await expect(facts).toContainText("Haugerudveien 40, 0673 OSLO");
    await expect(facts).toContainText("Forening/lag/innretning (FLI)");
    await expect(facts).toContainText("Frivillighetsregisteret");
    await expect(facts).toContainText("Registrert");
  });

  test.describe(() => {
    test.use({ expectedConsoleErrors: [/status of 400/] });
    test("refuses a number the register does not know and one it has deleted, saving nothing", async ({ page }) => {
      const unique = Date.now().toString(36);
      for (const [number, message] of [
        [UNKNOWN, "Organisasjonsnummeret finnes ikke i Enhetsregisteret"],
        [DELETED, "Organisasjonsnummeret er slettet i Enhetsregisteret"],
      ] as const) {
        await page.goto("/registrer");
        await page.getByLabel("Navnet ditt").fill("Ola Ukjent");
        await page.getByLabel("E-post").fill(`ukjent-${unique}@example.test`);
        await page.getByLabel("Passord", { exact: true }).fill("en lang og god setning 2026");
        await page.getByLabel("Organisasjonens navn").fill(`Ukjent forening ${unique}`);
        await page.getByLabel("Sektor").selectOption({ label: "Frivillig lag eller organisasjon" });
        await page.getByLabel("Organisasjonsnummer").fill(number);
        await page.getByRole("button", { name: "Registrer" }).click();
        await expect(page.getByRole("link", { name: message })).toBeVisible();
        await expect(page.getByLabel("Organisasjonsnummer")).toHaveValue(number);
        await expect(page.getByLabel("Organisasjonens navn")).toHaveValue(`Ukjent forening ${unique}`);
      }
      const db = e2eDb();
      try {
        expect(db.prepare("SELECT count(*) AS n FROM organisations WHERE name = ?").get(`Ukjent forening ${unique}`)).toEqual({ n: 0 });
      } finally {
        db.close();
      }
    });
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the lookup is a plain form post", async ({ page }) => {
      await page.goto("/registrer");
      await page.getByLabel("Organisasjonsnummer").fill(VOLUNTARY);
      await page.getByRole("button", { name: "Hent fra Enhetsregisteret" }).click();
      await expect(page.getByLabel("Organisasjonens navn")).toHaveValue("Haugerud Nabolagslag");
      await expect(page.getByText("Haugerudveien 40, 0673 OSLO")).toBeVisible();
    });
  });
});

test("a coordinator sees the register's facts beside what was entered, a bankruptcy flagged", async ({ page }) => {
  const unique = Date.now().toString(36);
  // A new person registers (a demo account would get a second, pending organisation other specs do not expect).
  const email = `brygga-${unique}@example.test`;
  await page.goto("/registrer");
  await page.getByLabel("Navnet ditt").fill("Bjørn Brygga");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord", { exact: true }).fill("en lang og god setning 2026");
  await page.getByLabel("Organisasjonens navn").fill(`Brygga Arrangement ${unique}`);
  await page.getByLabel("Sektor").selectOption({ label: "Frivillig lag eller organisasjon" });
  await page.getByLabel("Organisasjonsnummer").fill(BANKRUPT);
  await page.getByRole("group", { name: "Områder dere jobber i" }).getByLabel(/Romsås/).check();
  await page.getByRole("button", { name: "Registrer" }).click();
  await confirmSignup(page, email);

  await logOut(page);
  await logIn(page, "koordinator@laget.test");
  await page.goto("/koordinator/godkjenning");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: `Brygga Arrangement ${unique}` }) });
  await expect(card.getByRole("heading", { level: 3, name: "I Enhetsregisteret" })).toBeVisible();
  await expect(card.getByText("Konkurs", { exact: true })).toBeVisible();
  await expect(card).toContainText("GAMLE BRYGGA EVENTS AS");
  await expect(card).toContainText("Navnet i registeret er et annet enn det oppgitte.");
  await expect(card).toContainText("Foreslått sektor ut fra registeret: Næringsliv");

  // The dashboard lists the programme's organisations the register has something against.
  await page.goto("/koordinator");
  const flags = page.getByRole("region", { name: "Merknader fra Enhetsregisteret" });
  await expect(flags.getByRole("listitem").filter({ hasText: `Brygga Arrangement ${unique}` })).toContainText("Konkurs");
});
