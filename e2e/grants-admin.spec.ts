/**
 * The scheme administrator's pages (/koordinator/tilskudd…, issue 20), as Levekårsløftet's
 * coordinator uses them on the demo data: a new scheme (refused first, with what was typed kept),
 * its group and a round; the open round's application checked and recommended; the release refused
 * before the deadline; the decided round's follow-up (a payment over the grant refused, a report
 * approved); the overdue-report flag; the same without JavaScript; axe on every page.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";
import { logIn } from "./session";

const ADMIN = "stavanger-koordinator@laget.test";

// Refused forms answer 400 on purpose (the browser logs the data request).
test.use({ expectedConsoleErrors: [/status of 400/] });
const SCHEME = "/koordinator/tilskudd/naermiljotilskudd-storhaug";
const DECIDED = `${SCHEME}/varrunden-2026`;
const OPEN = `${SCHEME}/varrunden-2027`;

function applicationId(title: string): number {
  const db = e2eDb();
  try {
    return (db.prepare("SELECT id FROM grant_applications WHERE title = ?").get(title) as { id: number }).id;
  } finally {
    db.close();
  }
}

/** Fills the new-scheme form; `maxAmount` is what the person types in the amount field. */
async function fillScheme(page: Page, name: string, maxAmount: string) {
  await page.getByLabel("Navn på ordningen").fill(name);
  await page.getByLabel("Vedtatte kriterier").fill("Åpne møteplasser for alle.");
  await page.getByRole("checkbox", { name: "Storhaug", exact: true }).check();
  await page.getByRole("checkbox", { name: "Beboergruppe" }).check();
  await page.getByLabel("Høyeste beløp per søknad (kroner)").fill(maxAmount);
  await page.getByLabel("Egenandel i prosent av budsjettet").fill("0");
  await page.getByLabel("Klageinstans").fill("Stavanger formannskap");
}

test("the coordinator creates a scheme (a wrong amount is refused and what was typed stays), adds a member and a round", async ({ page }) => {
  const name = `Småtilskudd ${Date.now().toString(36)}`;
  await logIn(page, ADMIN);
  await page.getByRole("navigation", { name: "Koordinatormeny" }).getByRole("link", { name: "Tilskudd" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilskuddsordninger" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Nærmiljøtilskudd Storhaug" })).toBeVisible();
  // Oslo's scheme belongs to another programme: not listed.
  await expect(page.getByRole("link", { name: "Bomiljøtilskudd i Groruddalen" })).toHaveCount(0);

  await page.getByRole("link", { name: "Ny ordning" }).click();
  await fillScheme(page, name, "12.500");
  await page.getByRole("button", { name: "Opprett ordningen" }).click();
  const summary = page.locator("[data-error-summary]");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Skriv beløpet i kroner");
  await expect(page.getByLabel("Navn på ordningen")).toHaveValue(name);
  await expect(page.getByLabel("Høyeste beløp per søknad (kroner)")).toHaveValue("12.500");
  await expect(page.getByRole("checkbox", { name: "Storhaug", exact: true })).toBeChecked();
  await expect(page.getByLabel("Klageinstans")).toHaveValue("Stavanger formannskap");
  await expectNoAxeViolations(page, "the new scheme's form, refused");

  await page.getByLabel("Høyeste beløp per søknad (kroner)").fill("kr 12 500");
  await page.getByRole("button", { name: "Opprett ordningen" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("status")).toContainText("Ordningen er opprettet.");
  await expect(page.getByLabel("Høyeste beløp per søknad (kroner)")).toHaveValue("12500");

  // The group: an unknown address is refused next to its field; a known one is added as chair.
  await page.getByLabel("E-postadresse").fill("finnes.ikke@laget.test");
  await page.getByRole("button", { name: "Legg til i gruppen" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Ingen konto har denne e-postadressen");
  await expect(page.getByLabel("E-postadresse")).toHaveValue("finnes.ikke@laget.test");
  await page.getByLabel("E-postadresse").fill("aud.arbeidsutvalg@laget.test");
  await page.getByLabel("Rolle").selectOption("chair");
  await page.getByRole("button", { name: "Legg til i gruppen" }).click();
  await expect(page.getByRole("status")).toContainText("Personen er lagt til i gruppen.");
  await expect(page.getByRole("row").filter({ hasText: "Aud Arbeidsutvalg" })).toContainText("Leder");

  // A round: the deadline before the opening is refused; then created, its deadline in Oslo time.
  await page.getByLabel("Navn på runden").fill("Høstrunden");
  await page.getByLabel("Åpner (dato)").fill("2027-09-01");
  await page.getByLabel("Søknadsfrist (dato)").fill("2027-08-01");
  await page.getByLabel("Rundens budsjett (kroner)").fill("100 000");
  await page.getByRole("button", { name: "Opprett runden" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Søknadsfristen må være etter datoen runden åpner.");
  await expect(page.getByLabel("Navn på runden")).toHaveValue("Høstrunden");
  await page.getByLabel("Søknadsfrist (dato)").fill("2027-10-01");
  await page.getByLabel("Klokkeslett for fristen (norsk tid)").fill("14:00");
  await page.getByRole("button", { name: "Opprett runden" }).click();
  await expect(page.getByRole("status")).toContainText("Søknadsrunden er opprettet.");
  const row = page.getByRole("row").filter({ hasText: "Høstrunden" });
  await expect(row).toContainText("1. oktober 2027 kl. 14:00");
  await expect(row).toContainText("100 000 kr");
  await row.getByRole("link", { name: "Høstrunden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Høstrunden" })).toBeVisible();
  await expect(page.getByText("Ingen søknader er sendt inn i runden.")).toBeVisible();

  // Correcting the round: the form starts from what is saved; a deadline in the past is refused with
  // what was typed kept; then the deadline and budget change.
  await page.getByRole("link", { name: "Endre runden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Endre Høstrunden" })).toBeVisible();
  await expect(page.getByLabel("Søknadsfrist (dato)")).toHaveValue("2027-10-01");
  await expect(page.getByLabel("Klokkeslett for fristen (norsk tid)")).toHaveValue("14:00");
  await expect(page.getByLabel("Rundens budsjett (kroner)")).toHaveValue("100000");
  await page.getByLabel("Åpner (dato)").fill("2020-01-01");
  await page.getByLabel("Søknadsfrist (dato)").fill("2020-02-01");
  await page.getByLabel("Rundens budsjett (kroner)").fill("120 000");
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Fristen kan ikke flyttes til et tidspunkt som har vært");
  await expect(page.getByLabel("Rundens budsjett (kroner)")).toHaveValue("120 000");
  await page.getByLabel("Åpner (dato)").fill("2027-09-01");
  await page.getByLabel("Søknadsfrist (dato)").fill("2027-10-15");
  await page.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.getByRole("status")).toContainText("Runden er endret.");
  await expect(page.getByText("Søknadsfrist: 15. oktober 2027 kl. 14:00")).toBeVisible();
  await expect(page.getByText("Budsjett: 120 000 kr")).toBeVisible();
});

test("the open round: the overdue flag, an application checked and recommended, the release refused before the deadline", async ({ page }) => {
  await logIn(page, ADMIN);
  await page.goto(OPEN);
  await expect(page.getByRole("heading", { level: 1, name: "Vårrunden 2027" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Ryddeaksjon og vårfest i Emmaus" });
  // Emmaus owes the report for last spring's festival.
  await expect(row).toContainText("Rapport på overtid");
  // A draft is the applicant's own: not listed.
  await expect(page.getByRole("row").filter({ hasText: "Vinterpadling og badstue" })).toHaveCount(0);

  await page.getByRole("button", { name: "Send runden til gruppen" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Søknadsfristen er ikke ute ennå.");

  await row.getByRole("link", { name: "Ryddeaksjon og vårfest i Emmaus" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ryddeaksjon og vårfest i Emmaus" })).toBeVisible();
  await expect(page.getByText("Søkeren har en rapport om et tilskudd som er på overtid.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Budsjett" })).toBeVisible();

  // Asking for more without saying what: refused, the date kept (and the application stays submitted).
  await page.getByLabel("Frist for å svare (dato)").fill("2027-03-01");
  await page.getByRole("button", { name: "Be søkeren om mer" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Skriv hva søkeren må sende mer av.");
  await expect(page.getByLabel("Frist for å svare (dato)")).toHaveValue("2027-03-01");

  await page.getByLabel("Søknaden er").selectOption("yes");
  await page.getByRole("button", { name: "Lagre kontrollen" }).click();
  await expect(page.getByRole("status")).toContainText("Kontrollen er lagret.");

  // A partial grant needs its amount; then the recommendation is saved and shown on the round.
  await page.getByLabel("Forslag til vedtak").selectOption("partly_granted");
  await page.getByLabel("Begrunnelse for innstillingen").fill("God søknad, men honoraret dekkes ikke.");
  await page.getByRole("button", { name: "Lagre innstillingen" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Skriv beløpet som innvilges.");
  await expect(page.getByLabel("Begrunnelse for innstillingen")).toHaveValue("God søknad, men honoraret dekkes ikke.");
  await page.getByLabel("Beløp ved delvis innvilget (kroner)").fill("10 000");
  await page.getByRole("button", { name: "Lagre innstillingen" }).click();
  await expect(page.getByRole("status")).toContainText("Innstillingen er lagret.");
  await page.getByRole("link", { name: "Tilbake til Vårrunden 2027" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Ryddeaksjon og vårfest i Emmaus" })).toContainText("Delvis innvilget (10 000 kr)");
  await expect(page.getByRole("row").filter({ hasText: "Ryddeaksjon og vårfest i Emmaus" })).toContainText("Komplett");
});

test("the decided round's follow-up: a payment over the grant is refused, a submitted report is approved", async ({ page }) => {
  await logIn(page, ADMIN);
  await page.goto(DECIDED);
  await expect(page.getByRole("button", { name: "Send runden til gruppen" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send vedtaksbrevene" })).toHaveCount(0);
  await expect(page.getByText(/Vedtaksbrevene ble sendt/)).toBeVisible();
  const followUp = page.getByRole("region", { name: "Tilskudd, utbetalinger og rapporter" });
  await expect(followUp.getByRole("row").filter({ hasText: "Nabolagsfest i Emmaus" })).toContainText("På overtid");
  // A private person's name is not on the list.
  await expect(followUp.getByRole("row").filter({ hasText: "Bokbytte i Badedammen" })).toContainText("Privatperson");

  await page.goto(`${DECIDED}/${applicationId("Nabolagsfest i Emmaus")}`);
  await page.getByLabel("Beløp", { exact: true }).fill("500");
  await page.getByRole("button", { name: "Registrer utbetalingen" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Utbetalingene kan ikke bli større enn tilskuddet.");
  await expect(page.getByLabel("Beløp", { exact: true })).toHaveValue("500");

  await page.goto(`${DECIDED}/${applicationId("Bokbytte i Badedammen")}`);
  await expect(page.getByText("Bokskapet står ved lekeplassen")).toBeVisible();
  await page.getByRole("button", { name: "Be om mer i rapporten" }).click();
  await expect(page.locator("[data-error-summary]")).toBeVisible();
  await page.getByRole("button", { name: "Godkjenn rapporten" }).click();
  await expect(page.getByRole("status")).toContainText("Rapporten er godkjent.");
  await expect(page.getByRole("button", { name: "Godkjenn rapporten" })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a scheme, its member and its round are plain form posts; an error keeps what was typed", async ({ page }) => {
    const name = `Uten JS ${Date.now().toString(36)}`;
    await logIn(page, ADMIN);
    await page.goto("/koordinator/tilskudd/ny");
    await fillScheme(page, name, "");
    await page.getByRole("button", { name: "Opprett ordningen" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText("Skriv det høyeste beløpet en søknad kan få.");
    await expect(page.getByLabel("Navn på ordningen")).toHaveValue(name);
    await page.getByLabel("Høyeste beløp per søknad (kroner)").fill("20 000");
    await page.getByRole("button", { name: "Opprett ordningen" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await page.getByLabel("E-postadresse").fill("ida.ildsjel@laget.test");
    await page.getByRole("button", { name: "Legg til i gruppen" }).click();
    await expect(page.getByRole("row").filter({ hasText: "Ida Ildsjel" })).toContainText("Medlem");
    await page.getByRole("button", { name: "Fjern Ida Ildsjel" }).click();
    await expect(page.getByRole("status")).toContainText("Personen er fjernet fra gruppen.");
    // A round whose deadline has passed (the demo server runs in real time): released, then its letters sent.
    await page.getByLabel("Navn på runden").fill("Vinterrunden");
    await page.getByLabel("Åpner (dato)").fill("2026-01-01");
    await page.getByLabel("Søknadsfrist (dato)").fill("2026-02-01");
    await page.getByLabel("Rundens budsjett (kroner)").fill("50 000");
    await page.getByRole("button", { name: "Opprett runden" }).click();
    const row = page.getByRole("row").filter({ hasText: "Vinterrunden" });
    await expect(row).toContainText("1. februar 2026 kl. 12:00");
    await expect(row).toContainText("Fristen er ute");
    await row.getByRole("link", { name: "Vinterrunden" }).click();
    await page.getByRole("button", { name: "Send runden til gruppen" }).click();
    await expect(page.getByRole("status")).toContainText("Runden er sendt til bydelsgruppen.");
    await page.getByRole("button", { name: "Send vedtaksbrevene" }).click();
    await expect(page.getByRole("status")).toContainText("0 vedtaksbrev er sendt.");
    await expect(page.getByText(/Vedtaksbrevene ble sendt/)).toBeVisible();
  });
});

test("the administrator's pages have no axe violations at 320 and 1280 px, in bokmål and English", async ({ page, context, baseURL }) => {
  test.setTimeout(240_000);
  await logIn(page, ADMIN);
  const paths = [
    "/koordinator/tilskudd",
    "/koordinator/tilskudd/ny",
    SCHEME,
    OPEN,
    `${OPEN}/endre`,
    DECIDED,
    `${OPEN}/${applicationId("Ryddeaksjon og vårfest i Emmaus")}`,
    `${DECIDED}/${applicationId("Nabolagsfest i Emmaus")}`,
  ];
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
  await expect(page.getByRole("heading", { level: 1, name: "Nabolagsfest i Emmaus" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Payments" })).toBeVisible();
});
