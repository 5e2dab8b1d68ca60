/**
 * The whole path of a grant (issue 20, "Done when"), across the four groups of pages as people use
 * them, on a scheme made for the run: Levekårsløftet's coordinator sets up a scheme (Bente as chair,
 * Emil as member, quorum 1) and a round with its deadline tomorrow at noon; Lise (Lervig
 * Kajakklubb) applies, keeps a second application as a draft, and Emil (Emmaus Nabolagsforening,
 * which owes an overdue report) applies too; the deadline passes (the e2e server runs on the real
 * clock, so the test moves the deadline to a second ago) and the draft can no longer be sent; the coordinator checks,
 * recommends (Emmaus flagged for its overdue report) and releases the round; Emil declares a conflict
 * on his own association's application and is shut out of it; the chair records the meeting and
 * decides (a rejection without a reason refused); the letters go out; the public list shows the
 * grant and not the rejection; Emil appeals; Lise reports and the coordinator approves the report.
 */
import type { Browser, Page } from "@playwright/test";
import { e2eDb } from "./db";
import { expect as baseExpect, test, testIp } from "./fixtures";
import { logIn } from "./session";

const COORDINATOR = "stavanger-koordinator@laget.test";
const CHAIR = "bydelsgruppe@laget.test";
const EMIL = "emil.emmaus@laget.test";
const LISE = "lise.lervig@laget.test";

// A long run beside other specs on a shared machine: a form's answer may take more than the usual 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });

// Refused forms answer 400 and a disqualified member's application 403, which the browser logs.
test.use({ expectedConsoleErrors: [/status of 40[03]/] });

function one<T>(sql: string, ...params: unknown[]): T {
  const db = e2eDb();
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}

/** Oslo's date (YYYY-MM-DD) and time (HH:MM) of an instant. */
function osloParts(ms: number): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** A signed-in page of its own for each person (each from its own address, as the rate limits expect). */
async function personPage(browser: Browser, email: string, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, locale: "nb-NO", extraHTTPHeaders: { "X-Forwarded-For": testIp(`journey-${email}-${Date.now()}`) } });
  const page = await context.newPage();
  // A missing button fails within seconds, not at the end of the long test's time.
  page.setDefaultTimeout(15_000);
  await logIn(page, email);
  return page;
}

async function fillApplication(page: Page, title: string, area: string, contact: string) {
  await page.getByLabel("Navn på aktiviteten").fill(title);
  await page.getByLabel("Beskrivelse").fill("En åpen dag for hele nabolaget.");
  await page.getByLabel("Målgruppe").fill("Alle som bor i området");
  await page.getByLabel("Forventet antall deltakere").fill("60");
  await page.getByLabel("Dato, eller første dag").fill("2027-05-20");
  await page.getByLabel("Sted eller område").selectOption({ label: area });
  await page.getByLabel("Linje 1: hva").fill("Mat");
  await page.getByLabel("Linje 1: beløp i kroner").fill("6 000");
  await page.getByLabel("Linje 2: hva").fill("Utstyr");
  await page.getByLabel("Linje 2: beløp i kroner").fill("4 000");
  await page.getByLabel("Egenandel (kr)").fill("1 000");
  await page.getByLabel("Beløp dere søker om (kr)").fill("9 000");
  await page.getByLabel("Navn", { exact: true }).fill(contact);
  await page.getByLabel("E-post", { exact: true }).fill("kontakt@example.no");
}

test("an application from start to report: apply, deadline, check, conflict, decision, letters, public list, appeal, report", async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  const tag = Date.now().toString(36);
  const schemeName = `Reisetilskudd ${tag}`;
  const lervig = `Padledag ${tag}`;
  const lervigDraft = `Vinterbading ${tag}`;
  const emmaus = `Gatefest ${tag}`;

  // 1. The coordinator: a scheme with its group and a round closing in two to three minutes (Oslo time).
  page.setDefaultTimeout(15_000);
  await logIn(page, COORDINATOR);
  await page.goto("/koordinator/tilskudd/ny");
  await page.getByLabel("Navn på ordningen").fill(schemeName);
  await page.getByLabel("Vedtatte kriterier").fill("Åpne møteplasser for alle.");
  await page.getByRole("checkbox", { name: "Storhaug", exact: true }).check();
  await page.getByRole("checkbox", { name: "Frivillig lag eller organisasjon" }).check();
  await page.getByLabel("Høyeste beløp per søknad (kroner)").fill("20 000");
  await page.getByLabel("Egenandel i prosent av budsjettet").fill("0");
  await page.getByLabel("Vedtaksførhet (antall medlemmer)").fill("1");
  await page.getByLabel("Klageinstans").fill("Stavanger formannskap");
  await page.getByRole("button", { name: "Opprett ordningen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: schemeName })).toBeVisible();
  const schemePath = new URL(page.url()).pathname;
  const schemeSlug = schemePath.split("/").at(-1)!;
  for (const [email, role] of [[CHAIR, "chair"], [EMIL, "member"]] as const) {
    await page.getByLabel("E-postadresse").fill(email);
    await page.getByLabel("Rolle").selectOption(role);
    await page.getByRole("button", { name: "Legg til i gruppen" }).click();
    // The status is there from the first addition already: wait for the form to come back empty.
    await expect(page.getByLabel("E-postadresse")).toHaveValue("");
    await expect(page.getByRole("status")).toContainText("Personen er lagt til i gruppen.");
  }
  // The deadline is tomorrow at noon; step 3 lets time pass by moving it into the past.
  const { date: tomorrow } = osloParts(Date.now() + 86_400_000);
  await page.getByLabel("Navn på runden").fill("Julerunden");
  await page.getByLabel("Åpner (dato)").fill(osloParts(Date.now() - 86_400_000).date);
  await page.getByLabel("Søknadsfrist (dato)").fill(tomorrow);
  await page.getByLabel("Klokkeslett for fristen (norsk tid)").fill("12:00");
  await page.getByLabel("Rundens budsjett (kroner)").fill("100 000");
  await page.getByRole("button", { name: "Opprett runden" }).click();
  await expect(page.getByRole("status")).toContainText("Søknadsrunden er opprettet.");
  const round = one<{ id: number; slug: string }>("SELECT r.id, r.slug FROM grant_rounds r JOIN grant_schemes s ON s.id = r.scheme_id WHERE s.slug = ?", schemeSlug);
  const roundPath = `${schemePath}/${round.slug}`;

  // 2. Lise applies (a draft first, which survives a reload) and keeps a second application as a draft.
  const lise = await personPage(browser, LISE, baseURL!);
  await lise.goto(`/min-side/tilskudd/ny?ordning=${schemeSlug}`);
  await fillApplication(lise, lervig, "Lervig", "Lise Lervig");
  await lise.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(lise.getByRole("heading", { level: 1, name: `Søknad: ${lervig}` })).toBeVisible();
  await lise.reload();
  await expect(lise.getByLabel("Linje 2: hva")).toHaveValue("Utstyr");
  await lise.getByRole("button", { name: "Send inn" }).click();
  await expect(lise.getByRole("status")).toContainText("Søknaden er sendt inn.");
  await lise.goto(`/min-side/tilskudd/ny?ordning=${schemeSlug}`);
  await fillApplication(lise, lervigDraft, "Lervig", "Lise Lervig");
  await lise.getByRole("button", { name: "Lagre utkast" }).click();
  await expect(lise.getByRole("heading", { level: 1, name: `Søknad: ${lervigDraft}` })).toBeVisible();
  const draftUrl = lise.url();

  // Emil applies for his association.
  const emil = await personPage(browser, EMIL, baseURL!);
  await emil.goto(`/min-side/tilskudd/ny?ordning=${schemeSlug}`);
  await fillApplication(emil, emmaus, "Emmaus", "Emil Emmaus");
  await emil.getByRole("button", { name: "Send inn" }).click();
  await expect(emil.getByRole("status")).toContainText("Søknaden er sendt inn.");
  const lervigId = one<{ id: number }>("SELECT id FROM grant_applications WHERE title = ?", lervig).id;
  const emmausId = one<{ id: number }>("SELECT id FROM grant_applications WHERE title = ?", emmaus).id;

  // 3. The deadline passes (the server's clock is the real one, so the deadline moves to a second
  // ago instead of the test waiting a day): the draft is kept but can no longer be sent.
  const db = e2eDb();
  try {
    db.prepare("UPDATE grant_rounds SET deadline_at = ? WHERE id = ?").run(Date.now() - 1_000, round.id);
  } finally {
    db.close();
  }
  await lise.goto(draftUrl);
  await expect(lise.getByLabel("Navn på aktiviteten")).toHaveValue(lervigDraft);
  await expect(lise.getByText("Søknadsfristen er ute. Utkastet er lagret, men kan ikke sendes inn i denne runden.")).toBeVisible();
  await expect(lise.getByRole("button", { name: "Send inn" })).toHaveCount(0);

  // 4. The coordinator checks and recommends both (Emmaus flagged for its overdue report) and releases the round.
  await page.goto(roundPath);
  await expect(page.getByRole("row").filter({ hasText: emmaus })).toContainText("Rapport på overtid");
  await expect(page.getByRole("row").filter({ hasText: lervigDraft })).toHaveCount(0);
  for (const [id, outcome] of [[lervigId, "granted"], [emmausId, "rejected"]] as const) {
    await page.goto(`${roundPath}/${id}`);
    await page.getByLabel("Søknaden er").selectOption("yes");
    await page.getByRole("button", { name: "Lagre kontrollen" }).click();
    await expect(page.getByRole("status")).toContainText("Kontrollen er lagret.");
    await page.getByLabel("Forslag til vedtak").selectOption(outcome);
    await page.getByLabel("Begrunnelse for innstillingen").fill(outcome === "granted" ? "Godt tiltak." : "Festen er i foreningens egen regi.");
    await page.getByRole("button", { name: "Lagre innstillingen" }).click();
    await expect(page.getByRole("status")).toContainText("Innstillingen er lagret.");
  }
  await page.goto(roundPath);
  await page.getByRole("button", { name: "Send runden til gruppen" }).click();
  await expect(page.getByRole("status")).toContainText("Runden er sendt til bydelsgruppen.");

  // 5. Emil declares a conflict on his own association's application and is shut out of it.
  const group = `/bydelsgruppe/${round.id}`;
  const card = (p: Page, title: string) => p.getByRole("region", { name: title, exact: true });
  await emil.goto(group);
  await card(emil, emmaus).getByLabel("Ja, jeg er inhabil").check();
  await card(emil, emmaus).getByLabel("Hvorfor er du inhabil?").fill("Jeg er leder i Emmaus Nabolagsforening.");
  await card(emil, emmaus).getByRole("button", { name: "Lagre svaret" }).click();
  await expect(emil.getByRole("status")).toContainText("Svaret ditt om inhabilitet er lagret.");
  await expect(card(emil, emmaus).getByRole("heading", { name: "Administrasjonens innstilling" })).toHaveCount(0);
  await card(emil, lervig).getByLabel("Nei, jeg er ikke inhabil").check();
  await card(emil, lervig).getByRole("button", { name: "Lagre svaret" }).click();
  await expect(emil.getByRole("status")).toContainText("Svaret ditt om inhabilitet er lagret.");
  expect((await emil.request.get(`${group}/soknad/${emmausId}`)).status()).toBe(403);

  // 6. The chair declares, records the meeting and decides; a rejection without a reason is refused.
  const chair = await personPage(browser, CHAIR, baseURL!);
  await chair.goto(group);
  for (const title of [lervig, emmaus]) {
    await card(chair, title).getByLabel("Nei, jeg er ikke inhabil").check();
    await card(chair, title).getByRole("button", { name: "Lagre svaret" }).click();
    await expect(chair.getByRole("status")).toContainText("Svaret ditt om inhabilitet er lagret.");
  }
  await chair.getByLabel("Dato for møtet").fill(osloParts(Date.now()).date);
  await chair.getByRole("button", { name: "Registrer møtet" }).click();
  await expect(chair.getByRole("status")).toContainText("Møtet er registrert.");
  await expect(card(chair, emmaus)).toContainText("Fratrer som inhabil: Emil Emmaus.");
  await card(chair, emmaus).getByLabel("Avslått").check();
  await card(chair, emmaus).getByRole("button", { name: "Før vedtaket" }).click();
  await expect(chair.locator("[data-error-summary]")).toContainText("Skriv en begrunnelse.");
  await expect(card(chair, emmaus).getByLabel("Avslått")).toBeChecked();
  await card(chair, emmaus).getByLabel("Begrunnelse").fill("Festen er i foreningens egen regi og ikke åpen for alle.");
  await card(chair, emmaus).getByRole("button", { name: "Før vedtaket" }).click();
  await expect(chair.getByRole("status")).toContainText("Vedtaket er ført.");
  await card(chair, lervig).getByLabel("Innvilget", { exact: true }).check();
  await card(chair, lervig).getByRole("button", { name: "Før vedtaket" }).click();
  await expect(chair.getByRole("status")).toContainText("Vedtaket er ført.");

  // 7. The letters go out.
  await page.goto(roundPath);
  await page.getByRole("button", { name: "Send vedtaksbrevene" }).click();
  await expect(page.getByRole("status")).toContainText("vedtaksbrev er sendt");

  // 8. In public: the grant, never the rejection.
  const visitor = await (await browser.newContext({ baseURL, locale: "nb-NO" })).newPage();
  await visitor.goto(`/tilskudd/${schemeSlug}`);
  await expect(visitor.getByRole("table", { name: /^Tildelte tilskudd/ }).getByRole("rowheader", { name: lervig })).toBeVisible();
  await expect(visitor.getByText(emmaus)).toHaveCount(0);
  await visitor.goto("/tilskudd");
  await expect(visitor.getByRole("rowheader", { name: lervig })).toBeVisible();
  await expect(visitor.getByText(emmaus)).toHaveCount(0);

  // 9. Emil appeals the rejection.
  await emil.goto(`/min-side/tilskudd/${emmausId}`);
  await expect(emil.getByText("Avslått").first()).toBeVisible();
  await emil.getByLabel("Hva klager du på, og hvorfor?").fill("Festen er åpen for alle i Emmaus.");
  await emil.getByRole("button", { name: "Send klagen" }).click();
  await expect(emil.getByText(/Klage sendt/)).toBeVisible();

  // 10. Lise reports; the coordinator approves the report.
  await lise.goto(`/min-side/tilskudd/${lervigId}`);
  await lise.getByLabel("Hva ble gjort?").fill("Førti naboer padlet for første gang.");
  await lise.getByLabel("Brukt (kr)").fill("10 000");
  await lise.getByRole("button", { name: "Send rapporten" }).click();
  await expect(lise.getByRole("status")).toContainText("Rapporten er sendt inn.");
  await expect(lise.getByRole("heading", { name: "Rapporten slik den ble sendt" })).toBeVisible();
  await page.goto(`${roundPath}/${lervigId}`);
  await page.getByRole("button", { name: "Godkjenn rapporten" }).click();
  await expect(page.getByRole("status")).toContainText("Rapporten er godkjent.");

  for (const p of [lise, emil, chair, visitor]) await p.context().close();
});
