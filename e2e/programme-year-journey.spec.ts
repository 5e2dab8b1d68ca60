/**
 * Issue 21's "done when", as one journey on data the test makes itself: the administrator creates a
 * programme whose period ends this year and makes Kari its coordinator; Kari creates two tiltak, sets
 * a goal with an indicator and values, plans the year with budget lines, adopts the plan and revises
 * it (the adopted version stays readable), opens the årsmelding (print media) and downloads it as
 * .docx, records an outcome per tiltak, closes the period and creates the successor carrying one
 * tiltak over. The public (a fresh context) sees the adopted plan, the chart with its table, the
 * archive marking, and never a draft.
 */
import type { Locator } from "@playwright/test";
import { expect, test } from "./fixtures";
import { logIn, logOut } from "./session";
import { releaseCoordinator } from "./db";

// Refused forms answer 400 and a draft's public page 404, as they should.
test.use({ expectedConsoleErrors: [/status of 40[04]/] });

/** Chooses the option whose text holds every part (e.g. the programme's name and the area's). */
async function selectContaining(select: Locator, parts: string[]) {
  const texts = await select.locator("option").allTextContents();
  const label = texts.find((text) => parts.every((part) => text.includes(part)));
  expect(label, `an option with ${parts.join(", ")}`).toBeTruthy();
  await select.selectOption({ label: label! });
}

const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric" }).format(new Date()));

/** The programme this spec made Kari coordinator of, taken back after it (e2e/db.ts). */
const made: string[] = [];
test.afterAll(() => releaseCoordinator("koordinator@laget.test", made));

test("a programme's year from goals to the closed period and its successor", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const name = `Reiseløftet ${stamp}`;
  const tiltakA = `Nabokafe ${stamp}`;
  const tiltakB = `Leksekveld ${stamp}`;

  // The administrator: the programme (2020 to this year), a sub-programme, an area, Kari as coordinator.
  await logIn(page, "admin@laget.test");
  await page.goto("/admin/satsinger");
  const create = page.getByRole("region", { name: "Ny satsing" });
  await create.getByLabel("Navn").fill(name);
  await create.getByLabel("Kommune").fill("Oslo");
  await create.getByLabel("Startår").fill("2020");
  await create.getByLabel("Sluttår").fill(String(YEAR));
  await create.getByRole("button", { name: "Opprett satsingen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Satsingen er opprettet." })).toBeVisible();
  const add = page.getByRole("region", { name: "Legg til delprogram" });
  await add.getByLabel("Navn").fill("Nærmiljø");
  await add.getByRole("button", { name: "Legg til delprogrammet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Delprogrammet er lagt til." })).toBeVisible();
  const areas = page.getByRole("region", { name: "Områder satsingen gjelder for" });
  await areas.getByLabel("– Bydel Grorud (bydel)").check();
  await areas.getByRole("button", { name: "Lagre områdene" }).click();
  await expect(page.getByRole("status").first()).toBeVisible();
  const slug = new URL(page.url()).pathname.split("/").pop()!;
  made.push(slug);

  await page.getByRole("navigation", { name: "Administrasjon" }).getByRole("link", { name: "Brukere" }).click();
  const search = page.getByRole("search", { name: "Finn brukere" });
  await search.getByLabel("Navn eller e-post").fill("koordinator@laget.test");
  await search.getByRole("button", { name: "Vis" }).click();
  await page.getByRole("link", { name: "Kari Koordinator" }).click();
  const panel = page.getByRole("region", { name: "Endre Kari Koordinator" });
  await panel.getByLabel("Satsing", { exact: true }).selectOption({ label: name });
  await panel.getByRole("button", { name: "Tildel satsingen" }).click();
  await expect(panel.getByRole("button", { name: `Fjern: ${name}` })).toBeVisible();
  await logOut(page);

  // Kari: two tiltak.
  await logIn(page, "koordinator@laget.test");
  for (const title of [tiltakA, tiltakB]) {
    await page.goto(`/koordinator/tiltak/ny?satsing=${slug}`);
    await page.getByLabel("Tittel").fill(title);
    const programme = page.getByLabel("Satsing", { exact: true });
    if (await programme.count()) await programme.selectOption({ label: name });
    // Kari now coordinates two programmes: the choices carry the programme's name.
    await selectContaining(page.getByLabel("Delprogram"), [name, "Nærmiljø"]);
    await selectContaining(page.getByLabel("Område", { exact: true }), [name, "Bydel Grorud"]);
    await page.getByLabel("Status").selectOption({ label: "Pågår" });
    await page.getByRole("button", { name: "Opprett tiltaket" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  }

  // A goal with an indicator and values.
  await page.goto(`/koordinator/mal?satsing=${slug}`);
  const newGoal = page.getByRole("region", { name: "Nytt mål" });
  await newGoal.getByLabel("Tittel").fill("Gode nabolag");
  await newGoal.getByRole("button", { name: "Legg til mål" }).click();
  await expect(page.getByText("Målet er lagt til.")).toBeVisible();
  await newGoal.getByLabel("Tittel").fill("Flere møteplasser");
  await newGoal.getByLabel("Plassering").selectOption({ label: "Delmål under 1 Gode nabolag" });
  await newGoal.getByRole("button", { name: "Legg til mål" }).click();
  await expect(page.getByText("Målet er lagt til.")).toBeVisible();
  await page.getByRole("link", { name: "Flere møteplasser" }).click();
  const indicator = page.getByRole("region", { name: "Ny indikator" });
  await indicator.getByLabel("Navn").fill("Møteplasser i bruk");
  await indicator.getByLabel("Startår", { exact: true }).fill("2020");
  await indicator.getByLabel("Verdi i startåret").fill("4");
  await indicator.getByLabel("Målår (valgfritt)").fill(String(YEAR));
  await indicator.getByLabel("Målverdi (valgfritt)").fill("10");
  await indicator.getByRole("button", { name: "Legg til indikatoren" }).click();
  await expect(page.getByText("Indikatoren er lagt til.")).toBeVisible();
  const value = page.getByRole("group", { name: "Legg til eller endre en verdi for Møteplasser i bruk" });
  await value.getByLabel("År").fill("2023");
  await value.getByLabel("Verdi", { exact: true }).fill("7,5");
  await value.getByRole("button", { name: "Lagre verdien" }).click();
  await expect(page.getByText("Verdien er lagt til.")).toBeVisible();

  // The plan of the year: a draft, two tiltak, budget lines, adopted, revised.
  await page.goto(`/koordinator/plan?satsing=${slug}&ar=${YEAR}`);
  await page.getByRole("button", { name: "Lag utkast" }).click();
  await expect(page.getByText("Utkastet er laget.", { exact: true })).toBeVisible();
  for (const title of [tiltakA, tiltakB]) {
    const addItem = page.getByRole("region", { name: "Legg til et tiltak" });
    await addItem.getByLabel("Tiltak", { exact: true }).selectOption({ label: title });
    // A serves the sub-goal (numbered 1.1); B has no goal.
    if (title === tiltakA) await addItem.getByLabel("Mål").selectOption({ label: "1.1 Flere møteplasser" });
    await addItem.getByRole("button", { name: "Legg til tiltaket" }).click();
    await expect(page.getByText("Tiltaket er lagt til.", { exact: true })).toBeVisible();
  }
  const line = page.getByRole("region", { name: "Legg til en budsjettlinje" });
  // The plan page re-renders after each change; the line's fields are filled once it has settled.
  await page.waitForLoadState("networkidle");
  await line.getByLabel("Gjelder").selectOption({ label: "Et tiltak i planen" });
  await line.getByLabel("Kilde", { exact: true }).selectOption({ label: "Staten" });
  await line.getByLabel("Planlagt beløp").fill("kr 40 000");
  await line.getByLabel("Tiltak i planen").selectOption({ label: `1.1 ${tiltakA}` });
  await expect(line.getByLabel("Tiltak i planen")).not.toHaveValue("");
  await line.getByRole("button", { name: "Legg til linjen" }).click();
  await expect(page.getByText("Budsjettlinjen er lagt til.", { exact: true })).toBeVisible();
  const adopt = page.getByRole("region", { name: "Vedta planen" });
  await adopt.getByLabel("Vedtatt av").fill("Bydelsutvalget");
  await adopt.getByLabel("Vedtaksdato").fill(`${YEAR}-01-15`);
  await adopt.getByRole("button", { name: "Marker planen som vedtatt" }).click();
  await expect(page.getByText("Planen er vedtatt.", { exact: true })).toBeVisible();
  await page.getByText(`Linje 1: 1.1 ${tiltakA}`).click();
  const change = page.locator("details", { hasText: `Linje 1: 1.1 ${tiltakA}` }).locator("form").filter({ has: page.getByRole("button", { name: "Lagre linjen" }) });
  await change.getByLabel("Planlagt beløp").fill("45 000");
  await change.getByLabel("Hvorfor endres planen?").fill("Flere kvelder etter vedtak i bydelsutvalget.");
  await change.getByRole("button", { name: "Lagre linjen" }).click();
  await expect(page.getByText("Budsjettlinjen er lagret.", { exact: true })).toBeVisible();
  await page.getByRole("table", { name: "Planens versjoner: hvem, når og hvorfor" }).getByRole("link", { name: "Les versjon 0" }).click();
  await expect(page.getByText("Slik planen ble vedtatt.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Budsjett per kilde" }).getByRole("row", { name: /Sum/ })).toContainText(/40\s000\skr/);

  // The årsmelding: on paper, and as Word.
  await page.goto(`/koordinator/arsrapport?satsing=${slug}&ar=${YEAR}`);
  await expect(page.getByRole("heading", { level: 1, name: `Årsrapport ${YEAR}: ${name}` })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("link", { name: "Last ned som Word-dokument (.docx)" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Last ned som Word-dokument (.docx)" }).click()]);
  expect(download.suggestedFilename()).toBe(`arsmelding-${slug}-${YEAR}.docx`);

  // Closing: an outcome per tiltak, then the period.
  await page.goto(`/koordinator/avslutning?satsing=${slug}`);
  await page.getByRole("link", { name: `Registrer utfall for ${tiltakA}` }).click();
  await page.getByLabel("Utfall", { exact: true }).selectOption({ label: "Videreført i ordinær drift" });
  await page.getByLabel("Organisasjon i Laget som viderefører tiltaket").selectOption({ label: "Bydel Grorud" });
  await page.getByLabel("Fra dato").fill(`${YEAR + 1}-01-01`);
  await page.getByRole("button", { name: "Lagre utfallet" }).click();
  await expect(page.getByText("Utfallet er lagret.")).toBeVisible();
  await page.getByRole("link", { name: `Registrer utfall for ${tiltakB}` }).click();
  await page.getByLabel("Utfall", { exact: true }).selectOption({ label: "Avsluttet" });
  await page.getByLabel("Begrunnelse eller merknad").fill("Skolen har overtatt leksehjelpen.");
  await page.getByRole("button", { name: "Lagre utfallet" }).click();
  await expect(page.getByText("Utfallet er lagret.")).toBeVisible();
  await page.getByRole("link", { name: "Avslutt perioden …" }).click();
  await page.getByRole("button", { name: "Ja, avslutt perioden" }).click();
  await expect(page.getByText(/Perioden er avsluttet\. 2 tiltak er fullført/)).toBeVisible();

  // The successor, carrying A over.
  await page.getByRole("link", { name: "Lag en ny satsing som viderefører denne" }).click();
  await page.getByLabel("Navn").fill(`${name} II`);
  await page.getByLabel(tiltakA).check();
  await page.getByRole("button", { name: "Opprett den nye satsingen" }).click();
  await expect(page.getByText(`Den nye satsingen ${name} II er opprettet.`)).toBeVisible();

  // The public: the adopted plan, the chart with its table, the archive; never a draft.
  const context = await browser.newContext();
  const anon = await context.newPage();
  await anon.goto(`/satsinger/${slug}/plan/${YEAR}`);
  await expect(anon.getByRole("heading", { level: 1, name: `Plan for ${YEAR}` })).toBeVisible();
  await expect(anon.getByText("Vedtatt av Bydelsutvalget")).toBeVisible();
  await anon.goto(`/satsinger/${slug}`);
  await expect(anon.getByRole("img", { name: /Møteplasser i bruk/ })).toBeVisible();
  await expect(anon.getByRole("table", { name: "Tallene for Møteplasser i bruk" })).toContainText("7,5");
  // The closed programme's page is an archive, marked with its year.
  await expect(anon.getByText(`Avsluttet ${YEAR}`).first()).toBeVisible();
  const draft = await anon.goto(`/satsinger/${slug}/plan/${YEAR - 1}`);
  expect(draft?.status()).toBe(404);
  // The closed period's tiltak: the archive marking and its outcome in words, and the link to its successor.
  const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await anon.goto(`/tiltak/${slugOf(tiltakB)}`);
  await expect(anon.getByRole("heading", { name: `Avsluttet ${YEAR}` })).toBeVisible();
  await expect(anon.getByText("Begrunnelse: Skolen har overtatt leksehjelpen.")).toBeVisible();
  // A was carried over: its outcome now points at the successor's tiltak, and that one back at it.
  await anon.goto(`/tiltak/${slugOf(tiltakA)}`);
  await expect(anon.getByRole("heading", { name: `Avsluttet ${YEAR}` })).toBeVisible();
  await expect(anon.getByText(`Videreført i ${name} II`)).toBeVisible();
  await anon.getByRole("link", { name: `Se tiltaket «${tiltakA}» i den nye satsingen` }).click();
  await expect(anon.getByRole("link", { name: `Viderefører «${tiltakA}» fra ${name}` })).toBeVisible();
  await context.close();
});
