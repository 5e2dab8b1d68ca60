/**
 * The bydelsgruppe's pages (/bydelsgruppe…, issue 20) on the demo data, as the group works: Emil
 * Emmaus, disqualified on his own association's application, is shut out of it; the chair (Bente
 * Bydelsgruppe, bydelsgruppe@laget.test) declares, is refused a conflict without a reason (what was
 * chosen kept), records the meeting, is refused a decision while she has not declared and a
 * rejection without a reason, decides, reads the minutes (A4, no navigation on paper) and deals with
 * an appeal; the same declaring and deciding without JavaScript; axe on every page at 320 and
 * 1280 px in both languages.
 */
import { expectNoAxeViolations } from "./axe";
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";
import { logIn } from "./session";

const CHAIR = "bydelsgruppe@laget.test";
const EMIL = "emil.emmaus@laget.test";
// Refused forms answer 400 and a disqualified member's application 403, which the browser logs.
test.use({ expectedConsoleErrors: [/status of 40[03]/] });

function idOf(sql: string, value: string): number {
  const db = e2eDb();
  try {
    return (db.prepare(sql).get(value) as { id: number }).id;
  } finally {
    db.close();
  }
}
const roundId = (slug: string) => idOf("SELECT id FROM grant_rounds WHERE slug = ?", slug);
const applicationId = (title: string) => idOf("SELECT id FROM grant_applications WHERE title = ?", title);
const AUTUMN = () => `/bydelsgruppe/${roundId("hostrunden-2026")}`;
const SPRING = () => `/bydelsgruppe/${roundId("varrunden-2026")}`;
const card = (page: import("@playwright/test").Page, title: string) => page.getByRole("region", { name: title, exact: true });

// Before the stories below change the demo: the declaration, meeting and appeal forms are all on the pages.
test.describe("axe", () => {
  for (const width of [320, 1280]) {
    test(`the group's pages have no WCAG violations at ${width} px in bokmål and English`, async ({ page }) => {
      await logIn(page, CHAIR);
      const pages = ["/bydelsgruppe", AUTUMN(), `${AUTUMN()}/protokoll`, SPRING(), `${SPRING()}/soknad/${applicationId("Kajakkdag for alle i Lervig")}`, `${SPRING()}/protokoll`];
      for (const language of ["nb", "en"]) {
        if (language === "en") {
          await page.setViewportSize({ width: 1280, height: 900 });
          await page.goto("/bydelsgruppe");
          await page.getByRole("banner").getByRole("button", { name: "English", exact: true }).click();
          await expect(page.getByRole("heading", { level: 1, name: "The district group" })).toBeVisible();
        }
        await page.setViewportSize({ width, height: 900 });
        for (const path of pages) {
          await page.goto(path);
          await expectNoAxeViolations(page, `${path} (${language}, ${width} px)`);
        }
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto("/bydelsgruppe");
      await page.getByRole("banner").getByRole("button", { name: "Norsk", exact: true }).click();
    });
  }
});

test("a disqualified member sees neither the recommendation nor the application", async ({ page }) => {
  await logIn(page, EMIL);
  await page.getByRole("banner").getByRole("link", { name: "Bydelsgruppe" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Bydelsgruppen" })).toBeVisible();
  const rounds = page.getByRole("table", { name: "Runder i Nærmiljøtilskudd Storhaug som er sendt til gruppen" });
  await expect(rounds.getByRole("row", { name: /Høstrunden 2026/ })).toContainText("Ingenting");
  await rounds.getByRole("link", { name: "Høstrunden 2026", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Høstrunden 2026" })).toBeVisible();
  const julemarked = card(page, "Julemarked i Emmaus");
  await expect(julemarked).toContainText("Du har svart at du er inhabil: Jeg sitter i styret i Emmaus Nabolagsforening.");
  await expect(julemarked).toContainText("Fordi du er inhabil, ser du verken søknaden");
  await expect(julemarked.getByRole("heading", { name: "Administrasjonens innstilling" })).toHaveCount(0);
  await expect(card(page, "Padlekurs for nye i Storhaug").getByRole("heading", { name: "Administrasjonens innstilling" })).toBeVisible();
  // Not the recorder: no meeting form, no decision form.
  await expect(page.getByRole("button", { name: "Registrer møtet" })).toHaveCount(0);
  const response = await page.goto(`${AUTUMN()}/soknad/${applicationId("Julemarked i Emmaus")}`);
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Du kan ikke se denne søknaden" })).toBeVisible();
  await expect(page.getByText("Du er inhabil i denne saken og kan verken se vurderingen eller stemme.")).toBeVisible();
});

test("the chair declares, records the meeting and the decisions, and the minutes show who stepped aside", async ({ page }) => {
  await logIn(page, CHAIR);
  await page.getByRole("banner").getByRole("link", { name: "Bydelsgruppe" }).click();
  await expect(page.getByRole("row", { name: /Høstrunden 2026/ })).toContainText("3 søknader uten svar om inhabilitet");
  await page.getByRole("link", { name: "Høstrunden 2026", exact: true }).click();

  // A conflict without a reason is refused; the choice is kept.
  const padlekurs = card(page, "Padlekurs for nye i Storhaug");
  await padlekurs.getByLabel("Ja, jeg er inhabil").check();
  await padlekurs.getByRole("button", { name: "Lagre svaret" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Skriv hvorfor du er inhabil");
  await expect(page).toHaveTitle(/^Feil: /);
  await expect(card(page, "Padlekurs for nye i Storhaug").getByLabel("Ja, jeg er inhabil")).toBeChecked();

  await card(page, "Padlekurs for nye i Storhaug").getByLabel("Nei, jeg er ikke inhabil").check();
  await card(page, "Padlekurs for nye i Storhaug").getByRole("button", { name: "Lagre svaret" }).click();
  await expect(page.getByRole("status")).toContainText("Svaret ditt om inhabilitet er lagret.");
  await expect(card(page, "Padlekurs for nye i Storhaug")).toContainText("Godt tiltak for nye i bydelen");
  await card(page, "Padlekurs for nye i Storhaug").getByRole("link", { name: "Les hele søknaden: Padlekurs for nye i Storhaug" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Padlekurs for nye i Storhaug" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Budsjettet linje for linje" })).toContainText("Instruktører");
  await page.getByRole("link", { name: "Tilbake til Høstrunden 2026" }).click();

  // The meeting: a bad date is refused with the place kept; then recorded with all four present.
  await page.getByLabel("Dato for møtet").fill("10.12.2026");
  await page.getByLabel("Sted (valgfritt)").fill("Nærmiljøkontoret i Elefant");
  await page.getByRole("button", { name: "Registrer møtet" }).click();
  await expect(page.locator("[data-error-summary]")).toBeVisible();
  await expect(page.getByLabel("Sted (valgfritt)")).toHaveValue("Nærmiljøkontoret i Elefant");
  await page.getByLabel("Dato for møtet").fill("2026-12-10");
  await page.getByRole("button", { name: "Registrer møtet" }).click();
  await expect(page.getByRole("status")).toContainText("Møtet er registrert.");
  await expect(page.getByRole("region", { name: "Møtet" })).toContainText("Til stede: Aud Arbeidsutvalg, Bente Bydelsgruppe, Emil Emmaus, Sindre Sykkel.");

  // The chair has not declared on the Christmas market: the decision is refused next to it.
  const julemarked = card(page, "Julemarked i Emmaus");
  await expect(julemarked).toContainText("Har ikke svart om inhabilitet: Bente Bydelsgruppe.");
  await expect(julemarked).toContainText("Fratrer som inhabil: Emil Emmaus.");
  await julemarked.getByLabel("Innvilget", { exact: true }).check();
  await julemarked.getByRole("button", { name: "Før vedtaket" }).click();
  await expect(card(page, "Julemarked i Emmaus").getByRole("alert")).toContainText("Alle medlemmer som er til stede, må ha svart på om de er inhabile før vedtaket.");
  await expectNoAxeViolations(page, "the round with its decision forms and a refusal");

  // A rejection without a reason is refused, what was typed kept.
  await card(page, "Padlekurs for nye i Storhaug").getByLabel("Avslått").check();
  await card(page, "Padlekurs for nye i Storhaug").getByLabel("Vilkår (valgfritt)").fill("Nevn klubben på plakatene.");
  await card(page, "Padlekurs for nye i Storhaug").getByRole("button", { name: "Før vedtaket" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Skriv en begrunnelse.");
  await expect(card(page, "Padlekurs for nye i Storhaug").getByLabel("Vilkår (valgfritt)")).toHaveValue("Nevn klubben på plakatene.");
  await expect(card(page, "Padlekurs for nye i Storhaug").getByLabel("Avslått")).toBeChecked();
  await card(page, "Padlekurs for nye i Storhaug").getByLabel("Innvilget", { exact: true }).check();
  await card(page, "Padlekurs for nye i Storhaug").getByRole("button", { name: "Før vedtaket" }).click();
  await expect(page.getByRole("status")).toContainText("Vedtaket er ført.");
  await expect(card(page, "Padlekurs for nye i Storhaug")).toContainText("Innvilget – Innvilget beløp: 12 000 kr");

  // Declared, the chair's market decision goes through: a partial grant with its reason.
  await card(page, "Julemarked i Emmaus").getByLabel("Nei, jeg er ikke inhabil").check();
  await card(page, "Julemarked i Emmaus").getByRole("button", { name: "Lagre svaret" }).click();
  await expect(page.getByRole("status")).toContainText("Svaret ditt om inhabilitet er lagret.");
  await card(page, "Julemarked i Emmaus").getByLabel("Delvis innvilget").check();
  await card(page, "Julemarked i Emmaus").getByLabel("Innvilget beløp (kroner)").fill("12 000");
  await card(page, "Julemarked i Emmaus").getByLabel("Begrunnelse").fill("Juletreet dekkes ikke.");
  await card(page, "Julemarked i Emmaus").getByRole("button", { name: "Før vedtaket" }).click();
  await expect(page.getByRole("status")).toContainText("Vedtaket er ført.");

  await page.getByRole("link", { name: "Les protokollen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Protokoll: Nærmiljøtilskudd Storhaug, Høstrunden 2026" })).toBeVisible();
  const minutes = page.getByRole("main");
  await expect(minutes).toContainText("Sted: Nærmiljøkontoret i Elefant");
  await expect(minutes).toContainText("Emil Emmaus fratrådte som inhabil: Jeg sitter i styret i Emmaus Nabolagsforening.");
  await expect(minutes).toContainText("Delvis innvilget – 12 000 kr");
  // On paper: A4, without the site's header and footer.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: "screen" });
});

test("the chair deals with an appeal that returned to the group", async ({ page }) => {
  await logIn(page, CHAIR);
  await page.goto(SPRING());
  const appeals = page.getByRole("region", { name: "Klager til ny behandling" });
  await expect(appeals).toContainText("Kurset er gratis og åpent for alle naboer");
  // Upheld as a partial grant needs the amount; what was chosen is kept.
  await appeals.getByLabel("Klagen tas til følge (nytt vedtak)").check();
  await appeals.getByLabel("Delvis innvilget").check();
  await appeals.getByLabel("Begrunnelse").fill("Kurset er åpent for alle.");
  await appeals.getByRole("button", { name: "Før behandlingen av klagen" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Skriv beløpet som innvilges.");
  await expect(page.getByRole("region", { name: "Klager til ny behandling" }).getByLabel("Begrunnelse")).toHaveValue("Kurset er åpent for alle.");
  await page.getByRole("region", { name: "Klager til ny behandling" }).getByLabel("Klagen tas ikke til følge og sendes til klageinstansen").check();
  await page.getByRole("region", { name: "Klager til ny behandling" }).getByLabel("Merknad (valgfritt)").fill("Gruppen står ved vedtaket.");
  await page.getByRole("region", { name: "Klager til ny behandling" }).getByRole("button", { name: "Før behandlingen av klagen" }).click();
  await expect(page.getByRole("status")).toContainText("Klagen er behandlet.");
  await expect(page.getByRole("region", { name: "Klager til ny behandling" })).toContainText("Ingen klager venter på behandling.");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the chair declares and decides with plain forms; the minutes never name a private applicant", async ({ page }) => {
    await logIn(page, CHAIR);
    await page.goto(AUTUMN());
    const leksehjelp = card(page, "Leksehjelp på biblioteket i Badedammen");
    await expect(leksehjelp).toContainText("Privatperson");
    await leksehjelp.getByLabel("Nei, jeg er ikke inhabil").check();
    await leksehjelp.getByRole("button", { name: "Lagre svaret" }).click();
    await expect(page.getByRole("status")).toContainText("Svaret ditt om inhabilitet er lagret.");
    await card(page, "Leksehjelp på biblioteket i Badedammen").getByLabel("Avslått").check();
    await card(page, "Leksehjelp på biblioteket i Badedammen").getByRole("button", { name: "Før vedtaket" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText("Skriv en begrunnelse.");
    await card(page, "Leksehjelp på biblioteket i Badedammen").getByLabel("Innvilget", { exact: true }).check();
    await card(page, "Leksehjelp på biblioteket i Badedammen").getByRole("button", { name: "Før vedtaket" }).click();
    await expect(page.getByRole("status")).toContainText("Vedtaket er ført.");
    await page.goto(`${AUTUMN()}/protokoll`);
    await expect(page.getByRole("main")).toContainText("Leksehjelp på biblioteket i Badedammen");
    await expect(page.getByRole("main")).toContainText("Privatperson");
    await expect(page.getByRole("main")).not.toContainText("Ida Ildsjel");
  });
});
