/**
 * Everyday stumbles (issue 18): what a resident, a partner and a coordinator met in ordinary use,
 * checked the way they meet it.
 */
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./session";

/** Logs in through the form and waits for the signed-in header (people land on different pages). */
async function logIn(page: Page, email: string) {
  await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page.getByRole("navigation", { name: /^Logget inn som / })).toBeVisible();
}

const osloDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });
/** Yesterday in Norway, YYYY-MM-DD. */
function yesterdayInNorway(): string {
  const today = osloDay.format(Date.now());
  return new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** A public, "ongoing" tiltak in Groruddalssatsingen (Sysselsetting, Romsås) ending on `endDate`. */
function insertTiltak(title: string, endDate: string | null): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const db = e2eDb();
  try {
    const programme = db.prepare("SELECT id FROM programmes WHERE slug = 'groruddalssatsingen'").get() as { id: number };
    const sub = db.prepare("SELECT id FROM subprogrammes WHERE programme_id = ? AND slug = 'sysselsetting'").get(programme.id) as { id: number };
    const area = db.prepare("SELECT id FROM areas WHERE slug = 'romsas'").get() as { id: number };
    db.prepare(
      "INSERT INTO initiatives (slug, title, summary, programme_id, subprogramme_id, area_id, status, start_date, end_date) VALUES (?, ?, 'Arbeidstrening for unge voksne.', ?, ?, ?, 'ongoing', '2024-01-01', ?)",
    ).run(slug, title, programme.id, sub.id, area.id, endDate);
  } finally {
    db.close();
  }
  return slug;
}

test.describe("a tiltak past its end date", () => {
  test("shows as ended to residents, cannot be joined, and asks its coordinator to close or extend it", async ({ page }) => {
    const title = `Utgått arbeidstrening ${Date.now().toString(36)}`;
    const slug = insertTiltak(title, yesterdayInNorway());

    await page.goto(`/tiltak/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("definition").filter({ hasText: /^Avsluttet$/ })).toBeVisible();
    await expect(page.getByText("Pågår", { exact: true })).toHaveCount(0);

    await page.goto(`/tiltak?q=${encodeURIComponent(title)}&status=completed`);
    await expect(page.getByRole("link", { name: title, exact: true })).toBeVisible();

    await logIn(page, "partner@laget.test");
    await page.goto(`/min-side/tiltak?q=${encodeURIComponent("Utgått arbeidstrening")}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: title, exact: true })).toHaveCount(0);
    await expect(page.getByText(`Be om å bli med i «${title}»`)).toHaveCount(0);

    await page.context().clearCookies();
    await logIn(page, "koordinator@laget.test");
    await page.goto("/koordinator?satsing=groruddalssatsingen");
    const section = page.getByRole("region", { name: "Periode utløpt – avslutt eller forleng" });
    await expect(section.getByRole("link", { name: title, exact: true })).toBeVisible();
    await section.getByRole("link", { name: `Forleng perioden for «${title}»` }).click();
    await expect(page).toHaveURL(new RegExp(`/koordinator/tiltak/${slug}#endDate$`));
    await expect(page.getByText(/Perioden gikk ut .*Sett status til «Avsluttet», eller forleng perioden/)).toBeVisible();
    await expect(page.getByLabel("Sluttdato")).toBeVisible();
  });
});

test.describe("inviting a colleague", () => {
  test("pressing “Send invitasjon” twice sends one invitation and one e-mail, and the field is emptied after success", async ({ page }) => {
    await logIn(page, "partner@laget.test");
    await page.goto("/min-side/medlemmer/leksehjelpa-romsas");
    const invitee = `to-trykk-${Date.now()}@example.test`;
    const field = page.getByLabel("E-postadressen til kollegaen");
    await field.fill(invitee);
    await page.getByRole("button", { name: "Send invitasjon" }).dblclick();
    await expect(page.getByRole("status")).toContainText(/Invitasjonen er sendt\.|sendt for mindre enn ti minutter siden/);
    await expect(field).toHaveValue("");
    const pending = page.getByRole("listitem").filter({ hasText: invitee });
    await expect(pending).toHaveCount(1);

    // The same address again, in other letters: still one invitation, and no second e-mail yet.
    await field.fill(invitee.toUpperCase());
    await page.getByRole("button", { name: "Send invitasjon" }).click();
    await expect(page.getByRole("status")).toContainText("Invitasjonen til denne adressen ble sendt for mindre enn ti minutter siden");
    await expect(field).toHaveValue("");
    await expect(pending).toHaveCount(1);
    const db = e2eDb();
    try {
      expect(db.prepare("SELECT count(*) AS n FROM one_time_tokens WHERE purpose = 'invitation' AND lower(email) = ?").get(invitee)).toEqual({ n: 1 });
      expect(db.prepare("SELECT count(*) AS n FROM email_outbox WHERE lower(\"to\") = ?").get(invitee)).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });

  test("a coordinator's second press of “Send invitasjon” does not invite the organisation twice, nor report an error", async ({ page }) => {
    const title = `Dobbel invitasjon ${Date.now().toString(36)}`;
    const slug = insertTiltak(title, null);
    await logIn(page, "koordinator@laget.test");
    // The same form twice (a second press whose request arrives after the first one was done, or a
    // second tab): the second must find the invitation sent, not fail.
    const second = await page.context().newPage();
    for (const p of [page, second]) {
      await p.goto(`/koordinator/tiltak/${slug}`);
      const form = p.getByRole("region", { name: "Inviter en organisasjon" });
      await form.getByLabel("Organisasjon").selectOption({ label: "Nærbutikken Romsås" });
    }
    await page.getByRole("region", { name: "Inviter en organisasjon" }).getByRole("button", { name: "Send invitasjon" }).click();
    await expect(page.getByRole("status")).toContainText("Invitasjonen er sendt.");
    await second.getByRole("region", { name: "Inviter en organisasjon" }).getByRole("button", { name: "Send invitasjon" }).click();
    await expect(second.getByRole("status")).toContainText("Organisasjonen var allerede invitert til tiltaket. Vi sendte ikke en ny invitasjon.");
    await expect(second.getByRole("alert")).toHaveCount(0);
    await expect(second.getByRole("row").filter({ hasText: "Nærbutikken Romsås" })).toHaveCount(1);
    const db = e2eDb();
    try {
      const row = db.prepare("SELECT count(*) AS n FROM participations p JOIN initiatives i ON i.id = p.initiative_id WHERE i.slug = ?").get(slug);
      expect(row).toEqual({ n: 1 });
      // One notice to each active member of the organisation, not two.
      const notices = db.prepare("SELECT count(*) AS n FROM notifications WHERE kind = 'invitation_received' AND params LIKE ?").get(`%${title}%`) as { n: number };
      const members = db.prepare("SELECT count(*) AS n FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE o.name = 'Nærbutikken Romsås' AND m.status = 'active'").get() as { n: number };
      expect(members.n).toBeGreaterThan(0);
      expect(notices.n).toBe(members.n);
    } finally {
      db.close();
    }
  });
});

test.describe("the front page", () => {
  test("searches the directory, leads to the areas and to registering, and each programme's counts lead to its tiltak and partners", async ({ page }) => {
    await page.goto("/");
    const search = page.getByRole("search", { name: "Søk blant partnerne" });
    await search.getByLabel("Søk blant partnerne").fill("leksehjelp");
    await search.getByRole("button", { name: "Søk" }).click();
    await expect(page).toHaveURL(/\/partnere\?q=leksehjelp$/);
    await expect(page.getByRole("link", { name: "Leksehjelpa Romsås" })).toBeVisible();

    await page.goto("/");
    await page.getByRole("link", { name: "Finn ditt område" }).click();
    await expect(page).toHaveURL(/\/omrader$/);
    await page.goto("/");
    await page.getByRole("region", { name: "For organisasjoner" }).getByRole("link", { name: "Registrer organisasjonen" }).click();
    await expect(page).toHaveURL(/\/registrer$/);

    await page.goto("/");
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: "Groruddalssatsingen" }) });
    const partnersLink = card.getByRole("link", { name: / partnere? i Groruddalssatsingen$/ });
    const partnerCount = Number((await partnersLink.innerText()).replace(/\D/g, ""));
    const tiltakLink = card.getByRole("link", { name: / tiltak i Groruddalssatsingen$/ });
    const tiltakCount = Number((await tiltakLink.innerText()).replace(/\D/g, ""));
    await partnersLink.click();
    await expect(page).toHaveURL(/\/partnere\?satsing=groruddalssatsingen$/);
    await expect(page.getByText(`Fant ${partnerCount} partnere`)).toBeVisible();
    await expect(page.getByRole("link", { name: /Satsing: Groruddalssatsingen/ })).toBeVisible();

    await page.goto("/");
    await tiltakLink.click();
    await expect(page).toHaveURL(/\/tiltak\?satsing=groruddalssatsingen$/);
    // The address changes before the new page is shown: wait for it, then read its filter (exactly
    // "Satsing": the front page's links are named "… i Groruddalssatsingen").
    await expect(page.getByRole("heading", { level: 1, name: "Tiltak", exact: true })).toBeVisible();
    await expect(page.getByLabel("Satsing", { exact: true })).toHaveValue("groruddalssatsingen");
    await expect(page.getByText(`${tiltakCount} tiltak passer til det du har valgt`)).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("the search box still searches the directory", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("searchbox", { name: "Søk blant partnerne" }).fill("leksehjelp");
      await page.getByRole("button", { name: "Søk", exact: true }).click();
      await expect(page).toHaveURL(/\/partnere\?q=leksehjelp$/);
      await expect(page.getByRole("link", { name: "Leksehjelpa Romsås" })).toBeVisible();
    });
  });
});

test.describe("the sub-programme × sector matrix", () => {
  test("marks gaps in words and leads from every cell to the tiltak and partners behind it", async ({ page }) => {
    await page.goto("/samarbeid?satsing=groruddalssatsingen");
    await expect(page.getByText(/^0 – mangler betyr at ingen organisasjon fra sektoren/)).toBeVisible();
    const table = page.getByRole("table", { name: /Deltakelser i tiltak per delprogram og sektor, Groruddalssatsingen/ });
    // At least one gap, told in words with its explanation for screen readers.
    const gap = table.getByRole("cell").filter({ hasText: "0 – mangler" }).first();
    await expect(gap).toContainText(/0 – mangler: ingen fra sektoren .+ er med i tiltak i .+\./);

    const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Sysselsetting" }) });
    await row.getByRole("link", { name: "Tiltak i Sysselsetting med partnere fra sektoren Næringsliv" }).click();
    await expect(page).toHaveURL(/\/tiltak\?satsing=groruddalssatsingen&delprogram=sysselsetting&sektor=business$/);
    await expect(page.getByLabel("Partnere fra sektor", { exact: true })).toHaveValue("business");
    await expect(page.getByText(/\d+ tiltak passer til det du har valgt/)).toBeVisible();

    await page.goBack();
    await row.getByRole("link", { name: "Partnere fra sektoren Næringsliv med tema Sysselsetting" }).click();
    await expect(page).toHaveURL(/\/partnere\?satsing=groruddalssatsingen&tema=sysselsetting&sektor=business$/);
    await expect(page.getByRole("link", { name: "Nærbutikken Romsås" })).toBeVisible();
  });
});

test("a join request from today waits “i dag” on the coordinator dashboard, not 0 days", async ({ page }) => {
  const title = `Ny forespørsel ${Date.now().toString(36)}`;
  const slug = insertTiltak(title, null);
  const db = e2eDb();
  try {
    db.prepare(
      "INSERT INTO participations (initiative_id, organisation_id, role, status) SELECT i.id, o.id, 'partner', 'requested' FROM initiatives i, organisations o WHERE i.slug = ? AND o.name = 'Nærbutikken Romsås'",
    ).run(slug);
  } finally {
    db.close();
  }
  await logIn(page, "koordinator@laget.test");
  await page.goto("/koordinator?satsing=groruddalssatsingen");
  await expect(page.getByRole("link", { name: `Nærbutikken Romsås → ${title} (i dag)` })).toBeVisible();
  await expect(page.getByText(/venter 0 dager|ventet 0 dager/)).toHaveCount(0);
});

test("the registration form links to Personvern next to its submit button", async ({ page }) => {
  await page.goto("/registrer");
  const form = page.getByRole("main");
  const link = form.getByRole("link", { name: "Personvern" });
  const button = form.getByRole("button", { name: "Registrer", exact: true });
  await expect(link).toBeVisible();
  const [linkBox, buttonBox] = [await link.boundingBox(), await button.boundingBox()];
  // Just above the button, not somewhere else on the page.
  expect(buttonBox!.y - linkBox!.y).toBeGreaterThan(0);
  expect(buttonBox!.y - linkBox!.y).toBeLessThan(120);
  await link.click();
  await expect(page).toHaveURL(/\/personvern$/);
});

test("the area printout carries the date it was printed, in Norwegian", async ({ page }) => {
  const today = new Intl.DateTimeFormat("nb-NO", { timeZone: "Europe/Oslo", dateStyle: "long" }).format(Date.now());
  await page.goto("/omrader/romsas");
  const line = page.getByText(`Utskrift fra Laget ${today}.`);
  await expect(line).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(line).toBeVisible();
  expect(today).toMatch(/^\d{1,2}\. [a-zæøå]+ \d{4}$/);
});

test("organisation numbers are shown in groups of three, and stay nine digits in the page's data", async ({ page }) => {
  const db = e2eDb();
  const org = db.prepare("SELECT slug, org_number AS n FROM organisations WHERE name = 'Leksehjelpa Romsås'").get() as { slug: string; n: string };
  db.close();
  expect(org.n).toMatch(/^\d{9}$/);
  const grouped = `${org.n.slice(0, 3)} ${org.n.slice(3, 6)} ${org.n.slice(6)}`;
  await page.goto(`/partnere/${org.slug}`);
  const number = page.getByRole("definition").filter({ hasText: /^\d{3}\s\d{3}\s\d{3}$/ });
  await expect(number).toHaveText(grouped.replace(/ /g, "\u00a0"));
  // Machines read the digits: JSON-LD keeps them as registered.
  expect(await page.locator('script[type="application/ld+json"]').first().textContent()).toContain(`"${org.n}"`);
});

test("the annual report lists areas under each sub-programme without a 'Sum' area, and lets its sections break across pages in print", async ({ page }) => {
  await logIn(page, "koordinator@laget.test");
  await page.goto("/koordinator/arsrapport?satsing=groruddalssatsingen");
  const table = page.getByRole("table", { name: "Tiltak som pågikk i året" });
  await expect(table.getByRole("columnheader", { name: "Delprogram og område" })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: /^Sysselsetting, i alt$/ })).toBeVisible();
  await expect(table.getByRole("cell", { name: "Sum", exact: true })).toHaveCount(0);
  await expect(table.getByRole("rowheader", { name: "Sum", exact: true })).toHaveCount(0);

  await page.emulateMedia({ media: "print" });
  // The table is in the section about the year's tiltak (the årsmelding's sections, issue 21).
  const styles = await page.getByRole("region", { name: /^Status for tiltakene i \d{4}$/ }).evaluate((section) => ({
    section: getComputedStyle(section).breakInside,
    heading: getComputedStyle(section.querySelector("h2")!).breakAfter,
    row: getComputedStyle(section.querySelector("tr")!).breakInside,
  }));
  // A section kept whole pushed its table to the next page and left a nearly empty one behind.
  expect(styles).toEqual({ section: "auto", heading: "avoid", row: "avoid" });
});

test("the approval queue names the alike organisations with their similarity, each a link, not everything sharing a first word", async ({ page }) => {
  // Names as people write them; the slugs are unique to this run.
  const id = Date.now().toString(36);
  const db = e2eDb();
  try {
    const insert = db.prepare("INSERT INTO organisations (slug, name, sector, status) VALUES (?, ?, 'residents_group', ?)");
    insert.run(`veitvet-sjakklubb-${id}`, "Veitvet Sjakklubb", "approved");
    insert.run(`veitvet-turlag-${id}`, "Veitvet Turlag", "approved");
    // Misspelt differently from the approved one: a pending name must not stand inside a public one,
    // or the private-data crawl (public-data.spec.ts) rightly finds it on the public pages.
    insert.run(`veitvet-sjakkklubb-${id}`, "Veitvet Sjakkklubb", "pending");
  } finally {
    db.close();
  }
  await logIn(page, "koordinator@laget.test");
  await page.goto("/koordinator/godkjenning");
  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: "Veitvet Sjakkklubb" }) });
  const hint = item.getByRole("listitem").filter({ hasText: "Veitvet Sjakklubb" });
  await expect(hint).toContainText(/\(Godkjent, \d+\s% likt navn\)/);
  await expect(item.getByText("Veitvet Turlag")).toHaveCount(0);
  await hint.getByRole("link", { name: "Veitvet Sjakklubb" }).click();
  await expect(page).toHaveURL(new RegExp(`/partnere/veitvet-sjakklubb-${id}$`));
});
