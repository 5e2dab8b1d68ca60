/**
 * The applicant's pages (/min-side/tilskudd…, issue 20) on the demo data, as Emil Emmaus (owner of
 * Emmaus Nabolagsforening, which owes an overdue report) and Ida Ildsjel (a private applicant) use
 * them: a new application refused with what was typed kept, saved as a draft, refused at submission
 * next to the right field, an attachment uploaded (a wrong type refused) and downloaded, submitted and
 * withdrawn; the decided application with its letter and the overdue report's form refusing wrong amounts; the same form
 * without JavaScript ("add more lines"); axe on every page at 320 and 1280 px in both languages.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";
import { logIn } from "./session";

const EMIL = "emil.emmaus@laget.test";
const IDA = "ida.ildsjel@laget.test";
const NEW = "/min-side/tilskudd/ny?ordning=naermiljotilskudd-storhaug";
// Refused forms answer 400, which the browser logs.
test.use({ expectedConsoleErrors: [/status of 400/] });

const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

function applicationId(title: string): number {
  const db = e2eDb();
  try {
    return (db.prepare("SELECT id FROM grant_applications WHERE title = ? ORDER BY id DESC").get(title) as { id: number }).id;
  } finally {
    db.close();
  }
}

async function fillActivity(page: Page, title: string) {
  await page.getByLabel("Navn på aktiviteten").fill(title);
  await page.getByLabel("Beskrivelse").fill("Grilling og leker i parken for hele nabolaget.");
  await page.getByLabel("Målgruppe").fill("Alle som bor i Emmaus");
  await page.getByLabel("Forventet antall deltakere").fill("80");
  await page.getByLabel("Dato, eller første dag").fill("2027-05-20");
  await page.getByLabel("Linje 1: hva").fill("Grillmat");
  await page.getByLabel("Linje 1: beløp i kroner").fill("6 000");
  await page.getByLabel("Linje 2: hva").fill("Leie av telt");
  await page.getByLabel("Linje 2: beløp i kroner").fill("kr 4000");
  await page.getByLabel("Egenandel (kr)").fill("1 000");
  await page.getByLabel("Navn", { exact: true }).fill("Emil Emmaus");
  await page.getByLabel("E-post", { exact: true }).fill("emil.emmaus@laget.test");
}

test("an organisation applies: refused with what was typed kept, a draft, a refusal at submission, an attachment, submitted and withdrawn", async ({ page }) => {
  const title = `Sommerfest ${Date.now().toString(36)}`;
  await logIn(page, EMIL);
  await page.goto("/min-side");
  await page.getByRole("navigation", { name: "Min side" }).getByRole("link", { name: "Tilskudd" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilskudd" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Søknader fra Emmaus Nabolagsforening" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ryddeaksjon og vårfest i Emmaus" })).toBeVisible();
  await expect(page.getByText("Organisasjonen har en rapport som er på overtid.")).toBeVisible();
  await page.getByRole("link", { name: "Søk på Nærmiljøtilskudd Storhaug" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Søknad om Nærmiljøtilskudd Storhaug" })).toBeVisible();
  await expect(page.getByText(/rapport som er på overtid/)).toBeVisible();
  await fillActivity(page, title);
  await page.getByLabel("Beløp dere søker om (kr)").fill("12.500");
  await page.getByRole("button", { name: "Send inn" }).click();
  const summary = page.locator("[data-error-summary]");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Skriv beløpet i kroner");
  // Everything typed is still there.
  await expect(page.getByLabel("Navn på aktiviteten")).toHaveValue(title);
  await expect(page.getByLabel("Beskrivelse")).toHaveValue("Grilling og leker i parken for hele nabolaget.");
  await expect(page.getByLabel("Linje 2: hva")).toHaveValue("Leie av telt");
  await expect(page.getByLabel("Linje 2: beløp i kroner")).toHaveValue("kr 4000");
  await expect(page.getByLabel("Beløp dere søker om (kr)")).toHaveValue("12.500");
  await expect(page.getByRole("radio", { name: "Emmaus Nabolagsforening" })).toBeChecked();

  // A valid amount, but no area: the draft is saved and the model's refusal stands next to the area.
  await page.getByLabel("Beløp dere søker om (kr)").fill("9 000");
  await page.getByRole("button", { name: "Send inn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Søknad: ${title}` })).toBeVisible();
  await expect(page.locator("[data-error-summary]")).toContainText("Søknaden er ikke fullstendig");
  await expect(page.locator("#app-areaId-error")).toContainText("Søknaden er ikke fullstendig");
  await expect(page.getByLabel("Linje 1: hva")).toHaveValue("Grillmat");
  await expect(page.getByLabel("Beløp dere søker om (kr)")).toHaveValue("9000");

  // Attachments: a text file is refused by its bytes; a PDF is kept and downloads as an attachment.
  await page.getByLabel("Fil", { exact: true }).first().setInputFiles({ name: "notat.pdf", mimeType: "application/pdf", buffer: Buffer.from("bare tekst") });
  await page.getByRole("button", { name: "Last opp", exact: true }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Filen må være en PDF");
  // Over 10 MB: the page says so in Norwegian (no 413 page), and nothing is kept.
  await page.getByLabel("Fil", { exact: true }).first().setInputFiles({ name: "stor.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(10.5 * 1024 * 1024)]) });
  await page.getByRole("button", { name: "Last opp", exact: true }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Filen er for stor. Den kan være høyst 10 MB.");
  await expect(page.getByRole("link", { name: "Last ned stor.pdf" })).toHaveCount(0);
  await page.getByLabel("Fil", { exact: true }).first().setInputFiles({ name: "budsjett.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Last opp", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("Vedlegget er lastet opp.");
  const link = page.getByRole("link", { name: "Last ned budsjett.pdf" });
  const download = await page.request.get((await link.getAttribute("href"))!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect(download.headers()["content-disposition"]).toContain('attachment; filename="budsjett.pdf"');
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");
  expect(download.headers()["cache-control"]).toContain("no-store");

  await page.getByLabel("Sted eller område").selectOption({ label: "Emmaus" });
  await page.getByRole("button", { name: "Send inn" }).click();
  await expect(page.getByRole("status")).toContainText("Søknaden er sendt inn.");
  await expect(page.getByText("Søknaden er sendt inn og kan ikke endres.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send inn" })).toHaveCount(0);

  await page.getByRole("button", { name: "Trekk søknaden" }).click();
  await expect(page.getByRole("status")).toContainText("Søknaden er trukket.");
  await expect(page.getByRole("button", { name: "Trekk søknaden" })).toHaveCount(0);
});

test("the decided application shows the decision and its letter, and the overdue report's form refuses wrong amounts, keeping what was typed", async ({ page }) => {
  await logIn(page, EMIL);
  await page.goto(`/min-side/tilskudd/${applicationId("Nabolagsfest i Emmaus")}`);
  await expect(page.getByRole("heading", { level: 2, name: "Vedtak" })).toBeVisible();
  await expect(page.getByText("Delvis innvilget").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Vedtaksbrevet slik det ble sendt" })).toBeVisible();
  await expect(page.getByText("Rapporten er på overtid.")).toBeVisible();
  // The letter went out in April: the three weeks to appeal are over.
  await expect(page.getByRole("button", { name: "Send klagen" })).toHaveCount(0);

  await page.getByLabel("Hva ble gjort?").fill("Festen samlet rundt 250 naboer.");
  await page.getByLabel("Brukt (kr)").fill("mange penger");
  await page.getByRole("button", { name: "Send rapporten" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Skriv beløpet i kroner");
  await expect(page.getByLabel("Hva ble gjort?")).toHaveValue("Festen samlet rundt 250 naboer.");
  await page.getByLabel("Brukt (kr)").fill("26 000");
  await page.getByLabel("Ubrukt beløp som betales tilbake (kr)").fill("1 000 000");
  await page.getByRole("button", { name: "Send rapporten" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Beløpet som ikke er brukt, kan ikke være større enn tilskuddet.");
  await expect(page.getByLabel("Brukt (kr)")).toHaveValue("26 000");
  // Sending a report for real is the journey's (Lise's, then approved): the demo's one overdue report
  // stays overdue for the specs that show its flag, whichever runs first.
});

test("an approved report on an application linked to a tiltak is published as the organisation's update", async ({ page }) => {
  const db = e2eDb();
  let initiative: { id: number; slug: string } | undefined;
  try {
    initiative = db
      .prepare(`SELECT i.id, i.slug FROM participations p JOIN organisations o ON o.id = p.organisation_id JOIN initiatives i ON i.id = p.initiative_id
        WHERE o.name = 'Lervig Kajakklubb' AND p.status = 'active' AND i.archived_at IS NULL ORDER BY i.id LIMIT 1`)
      .get() as { id: number; slug: string } | undefined;
    // The demo's approved report (Kajakkdag) is linked to a tiltak the club takes part in, as its applicant could have done.
    if (initiative) db.prepare("UPDATE grant_applications SET initiative_id = ? WHERE title = 'Kajakkdag for alle i Lervig'").run(initiative.id);
  } finally {
    db.close();
  }
  // The demo data has Lervig Kajakklubb in a tiltak; without one this test would prove nothing.
  expect(initiative, "Lervig Kajakklubb takes part in a tiltak in the demo data").toBeDefined();
  await logIn(page, "lise.lervig@laget.test");
  await page.goto(`/min-side/tilskudd/${applicationId("Kajakkdag for alle i Lervig")}`);
  // The linked tiltak shows on the application's page.
  await expect(page.getByText("Knyttet til tiltaket:")).toBeVisible();
  await expect(page.locator(`a[href="/tiltak/${initiative!.slug}"]`).first()).toBeVisible();
  await page.getByRole("button", { name: "Publiser som oppdatering" }).click();
  await expect(page.getByRole("status")).toContainText("Rapporten er publisert som en oppdatering på tiltaket.");
  const check = e2eDb();
  try {
    const row = check.prepare("SELECT title, visibility FROM updates WHERE initiative_id = ? ORDER BY id DESC LIMIT 1").get(initiative!.id) as { title: string; visibility: string };
    expect(row).toEqual({ title: "Kajakkdag for alle i Lervig", visibility: "public" });
  } finally {
    check.close();
  }
});

test("a private person sees their own applications and the schemes open to private persons; someone else's application is 404", async ({ page }) => {
  await logIn(page, IDA);
  await page.goto("/min-side");
  await page.getByRole("main").getByRole("link", { name: "Tilskudd" }).click();
  await expect(page.getByRole("heading", { name: "Dine søknader som privatperson" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bokbytte i Badedammen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Søk på Nærmiljøtilskudd Storhaug" })).toBeVisible();
  await page.getByRole("link", { name: "Søk på Nærmiljøtilskudd Storhaug" }).click();
  await expect(page.getByRole("radio", { name: "Jeg søker som privatperson" })).toBeChecked();
  const response = await page.request.get(`/min-side/tilskudd/${applicationId("Nabolagsfest i Emmaus")}`);
  expect(response.status()).toBe(404);
  // The account export carries the person's grant applications.
  const exported = (await (await page.request.get("/konto/data.json")).json()) as { grants: { applications: { title: string; applicantKind: string }[] } };
  expect(exported.grants.applications).toContainEqual(expect.objectContaining({ title: "Bokbytte i Badedammen", applicantKind: "private_person" }));
  const closed = await page.request.get("/min-side/tilskudd/ny?ordning=finnes-ikke");
  expect(closed.status()).toBe(404);
  expect(await closed.text()).toContain("Ordningen finnes ikke eller tar ikke imot søknader nå.");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form adds budget lines, keeps what was typed on an error and saves a draft", async ({ page }) => {
    const title = `Nabokino ${Date.now().toString(36)}`;
    await logIn(page, EMIL);
    await page.goto(NEW);
    await fillActivity(page, title);
    await page.getByLabel("Linje 3: hva").fill("Lerret");
    await page.getByLabel("Linje 3: beløp i kroner").fill("12,5,0");
    await page.getByRole("button", { name: "Lagre utkast" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText("Skriv beløpet i kroner");
    await expect(page.getByLabel("Linje 3: beløp i kroner")).toHaveValue("12,5,0");
    await expect(page.getByLabel("Navn på aktiviteten")).toHaveValue(title);

    await page.getByLabel("Linje 3: beløp i kroner").fill("1 500,50");
    await page.getByRole("button", { name: "Legg til flere linjer" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Søknad: ${title}` })).toBeVisible();
    await expect(page.getByLabel("Linje 3: beløp i kroner")).toHaveValue("1500,50");
    await expect(page.getByLabel("Linje 9: hva")).toBeVisible();
    await page.getByLabel("Linje 4: hva").fill("Popcorn");
    await page.getByLabel("Linje 4: beløp i kroner").fill("500");
    await page.getByRole("button", { name: "Lagre utkast" }).click();
    await expect(page.getByRole("status")).toContainText("Utkastet er lagret.");
    await expect(page.getByLabel("Linje 4: hva")).toHaveValue("Popcorn");
  });
});

test.describe("axe", () => {
  for (const width of [320, 1280]) {
    test(`the applicant's pages have no WCAG violations at ${width} px in bokmål and English`, async ({ page }) => {
      await logIn(page, EMIL);
      const pages = ["/min-side/tilskudd", NEW, `/min-side/tilskudd/${applicationId("Ryddeaksjon og vårfest i Emmaus")}`, `/min-side/tilskudd/${applicationId("Nabolagsfest i Emmaus")}`];
      for (const language of ["nb", "en"]) {
        if (language === "en") {
          await page.setViewportSize({ width: 1280, height: 900 });
          await page.goto("/min-side/tilskudd");
          await page.getByRole("banner").getByRole("button", { name: "English", exact: true }).click();
          await expect(page.getByRole("heading", { level: 1, name: "Grants" })).toBeVisible();
        }
        await page.setViewportSize({ width, height: 900 });
        for (const path of pages) {
          await page.goto(path);
          await expectNoAxeViolations(page, `${path} (${language}, ${width} px)`);
        }
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(NEW);
      await page.getByRole("banner").getByRole("button", { name: "Norsk", exact: true }).click();
    });
  }
});
