/**
 * Closing a period and the successor (issue 21), on programmes the test makes itself (never the
 * demo's Groruddalssatsingen): Kari records an outcome per tiltak (a refused date keeps what she
 * typed), closes the period after the confirmation step (the open request is declined), creates the
 * successor carrying one tiltak over; the public sees the archive and the links both ways, and the
 * partner can no longer ask to join. The same without JavaScript, and axe on every page.
 */
import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { e2eDb, releaseCoordinator } from "./db";
import { expect, test } from "./fixtures";
import { logIn } from "./session";

const KARI = "koordinator@laget.test";
const PARTNER = "partner@laget.test"; // Per Partner, Leksehjelpa Romsås
// Refused forms answer 400, as they should.
test.use({ expectedConsoleErrors: [/status of 400/] });

const YEAR = Number(new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric" }).format(new Date()));

/** A programme whose period ends this year, coordinated by Kari, with two public tiltak: one with an active partner, one with an open join request. */
/** The programmes this spec made Kari coordinator of, taken back after it (e2e/db.ts). */
const made: string[] = [];
test.afterAll(() => releaseCoordinator(KARI, made));

function makeProgramme(label: string) {
  const db = e2eDb();
  try {
    const stamp = `${label}-${Date.now().toString(36)}`;
    const id = (sql: string, ...args: unknown[]) => Number(db.prepare(sql).run(...args).lastInsertRowid);
    const one = (sql: string, ...args: unknown[]) => db.prepare(sql).get(...args) as { id: number };
    const programmeId = id("INSERT INTO programmes (slug, name, municipality, period_start, period_end) VALUES (?, ?, 'Oslo', 2017, ?)", `avslutning-${stamp}`, `Avslutningsløftet ${stamp}`, YEAR);
    const sub = id("INSERT INTO subprogrammes (programme_id, slug, name) VALUES (?, 'naermiljo', 'Nærmiljø')", programmeId);
    const area = one("SELECT id FROM areas WHERE slug = 'bydel-grorud'").id;
    db.prepare("INSERT INTO programme_areas (programme_id, area_id) VALUES (?, ?)").run(programmeId, area);
    db.prepare("INSERT INTO coordinator_assignments (user_id, programme_id) VALUES ((SELECT id FROM users WHERE email = ?), ?)").run(KARI, programmeId);
    const tiltak = (title: string) =>
      id("INSERT INTO initiatives (slug, title, summary, programme_id, subprogramme_id, area_id, status, start_date, is_public) VALUES (?, ?, '', ?, ?, ?, 'ongoing', '2020-01-01', 1)", `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${stamp}`, `${title} ${stamp}`, programmeId, sub, area);
    const a = tiltak("Aktivitetskveld");
    const b = tiltak("Badstuklubb");
    const shop = one("SELECT id FROM organisations WHERE name = 'Nærbutikken Romsås'").id;
    const homework = one("SELECT id FROM organisations WHERE name = 'Leksehjelpa Romsås'").id;
    db.prepare("INSERT INTO participations (initiative_id, organisation_id, role, status, started_at) VALUES (?, ?, 'partner', 'active', ?)").run(a, shop, Date.now());
    db.prepare("INSERT INTO participations (initiative_id, organisation_id, role, status) VALUES (?, ?, 'partner', 'requested')").run(b, homework);
    const slugOf = (tid: number) => (db.prepare("SELECT slug, title FROM initiatives WHERE id = ?").get(tid) as { slug: string; title: string });
    made.push(`avslutning-${stamp}`);
    return { slug: `avslutning-${stamp}`, name: `Avslutningsløftet ${stamp}`, a: slugOf(a), b: slugOf(b) };
  } finally {
    db.close();
  }
}

async function recordOutcome(page: Page, title: string, fill: (page: Page) => Promise<void>) {
  await page.getByRole("link", { name: `Registrer utfall for ${title}` }).click();
  await expect(page.getByRole("heading", { name: `Utfall for «${title}»` })).toBeVisible();
  await fill(page);
  await page.getByRole("button", { name: "Lagre utfallet" }).click();
  await expect(page.getByText("Utfallet er lagret.")).toBeVisible();
}

test("Kari records the outcomes, closes the period and creates the successor; the public sees the archive", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const p = makeProgramme("js");
  await logIn(page, KARI);
  await page.goto(`/koordinator/avslutning?satsing=${p.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: "Avslutte en periode" })).toBeVisible();
  await expect(page.getByRole("table", { name: /Tiltakene i Satsingen/ })).toContainText("Mangler utfall");
  await expect(page.getByText("Alle tiltak må ha et utfall før perioden kan avsluttes.")).toBeVisible();

  // A refused date keeps what was typed, with a Norwegian message.
  await page.getByRole("link", { name: `Registrer utfall for ${p.a.title}` }).click();
  await page.getByLabel("Utfall", { exact: true }).selectOption({ label: "Videreført i ordinær drift" });
  await page.getByLabel("Organisasjon i Laget som viderefører tiltaket").selectOption({ label: "Bydel Grorud" });
  await page.getByLabel("Fra dato").fill("1.1.2027");
  await page.getByRole("button", { name: "Lagre utfallet" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Skriv en dato som ÅÅÅÅ-MM-DD");
  await expect(page.getByLabel("Fra dato")).toHaveValue("1.1.2027");
  await expect(page.getByLabel("Organisasjon i Laget som viderefører tiltaket")).toHaveValue(/\d+/);
  await page.getByLabel("Fra dato").fill(`${YEAR + 1}-01-01`);
  await page.getByRole("button", { name: "Lagre utfallet" }).click();
  await expect(page.getByText("Utfallet er lagret.")).toBeVisible();

  await recordOutcome(page, p.b.title, async (page) => {
    await page.getByLabel("Utfall", { exact: true }).selectOption({ label: "Avsluttet" });
    await page.getByLabel("Begrunnelse eller merknad").fill("Badstua er revet.");
  });
  await expect(page.getByRole("table", { name: /Tiltakene i Satsingen/ })).toContainText(`Videreført i ordinær drift av Bydel Grorud fra 1. januar ${YEAR + 1}`);

  // Closing asks first, and says what will happen.
  await page.getByRole("link", { name: "Avslutt perioden …" }).click();
  await expect(page.getByRole("heading", { name: "Er du sikker?" })).toBeVisible();
  await expect(page.getByText("1 åpne forespørsler om å bli med avslås og 0 åpne invitasjoner avsluttes.")).toBeVisible();
  await page.getByRole("button", { name: "Ja, avslutt perioden" }).click();
  await expect(page.getByText("Perioden er avsluttet. 2 tiltak er fullført, 1 forespørsler avslått og 0 invitasjoner avsluttet.")).toBeVisible();
  await expect(page.getByRole("link", { name: /Registrer utfall/ })).toHaveCount(0);
  // The coordinator's tiltak page offers no forms any more.
  await page.goto(`/koordinator/tiltak/${p.b.slug}`);
  await expect(page.getByText("Perioden er avsluttet. Ingen kan bli med i tiltaket eller endre det lenger.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Inviter" })).toHaveCount(0);

  // The successor, carrying A over.
  await page.goto(`/koordinator/avslutning?satsing=${p.slug}`);
  await page.getByRole("link", { name: "Lag en ny satsing som viderefører denne" }).click();
  await page.getByLabel("Navn").fill(`${p.name} II`);
  await page.getByLabel("Første år").fill(String(YEAR));
  await page.getByLabel(p.a.title).check();
  await page.getByRole("button", { name: "Opprett den nye satsingen" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Den nye perioden må starte etter at den gamle slutter.");
  await expect(page.getByLabel("Navn")).toHaveValue(`${p.name} II`);
  await expect(page.getByLabel(p.a.title)).toBeChecked();
  await page.getByLabel("Første år").fill(String(YEAR + 1));
  await page.getByRole("button", { name: "Opprett den nye satsingen" }).click();
  await expect(page.getByText(`Den nye satsingen ${p.name} II er opprettet.`)).toBeVisible();

  // The public (a fresh context): the archive marking, the outcome in words, the links both ways.
  const context = await browser.newContext();
  const anon = await context.newPage();
  await anon.goto(`/tiltak/${p.b.slug}`);
  await expect(anon.getByRole("heading", { name: `Avsluttet ${YEAR}` })).toBeVisible();
  await expect(anon.getByText("Begrunnelse: Badstua er revet.")).toBeVisible();
  await anon.goto(`/tiltak/${p.a.slug}`);
  await expect(anon.getByText(/Videreført i .* II/)).toBeVisible();
  await anon.getByRole("link", { name: `Se tiltaket «${p.a.title}» i den nye satsingen` }).click();
  await expect(anon.getByRole("heading", { level: 1, name: p.a.title })).toBeVisible();
  await expect(anon.getByRole("link", { name: `Viderefører «${p.a.title}» fra ${p.name}` })).toBeVisible();
  // The carried tiltak has its partner.
  await expect(anon.getByRole("link", { name: "Nærbutikken Romsås" })).toBeVisible();
  await context.close();

  // The partner whose request was closed got a notice, and cannot ask again.
  const db = e2eDb();
  try {
    const subjects = db.prepare("SELECT subject FROM email_outbox WHERE \"to\" = ?").all(PARTNER) as { subject: string }[];
    expect(subjects.some((m) => m.subject === `Tiltaket «${p.b.title}» er avsluttet`)).toBe(true);
  } finally {
    db.close();
  }
  const partner = await browser.newContext();
  const pp = await partner.newPage();
  await logIn(pp, PARTNER);
  await pp.goto(`/min-side/tiltak?q=${encodeURIComponent("Badstuklubb")}`);
  await expect(pp.getByText(p.b.title)).toHaveCount(0);
  await partner.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, expectedConsoleErrors: [/status of 400/] });
  test("the outcome form and closing are plain form posts; a refusal keeps what was typed", async ({ page }) => {
    const p = makeProgramme("nojs");
    await logIn(page, KARI);
    await page.goto(`/koordinator/avslutning?satsing=${p.slug}`);
    await page.getByRole("link", { name: `Registrer utfall for ${p.a.title}` }).click();
    await page.getByLabel("Utfall", { exact: true }).selectOption({ label: "Videreført av en partner" });
    await page.getByLabel("Etat eller virksomhet som ikke er i Laget").fill("Oslo kommune, Kulturetaten");
    await page.getByRole("button", { name: "Lagre utfallet" }).click();
    await expect(page.locator("[data-error-summary]")).toContainText("Skriv datoen tiltaket videreføres fra.");
    await expect(page.getByLabel("Etat eller virksomhet som ikke er i Laget")).toHaveValue("Oslo kommune, Kulturetaten");
    await page.getByLabel("Fra dato").fill(`${YEAR + 1}-01-01`);
    await page.getByRole("button", { name: "Lagre utfallet" }).click();
    await expect(page.getByText("Utfallet er lagret.")).toBeVisible();
    await recordOutcome(page, p.b.title, async (page) => {
      await page.getByLabel("Utfall", { exact: true }).selectOption({ label: "Avsluttet" });
      await page.getByLabel("Begrunnelse eller merknad").fill("Ingen søkere.");
    });
    await page.getByRole("link", { name: "Avslutt perioden …" }).click();
    await page.getByRole("button", { name: "Ja, avslutt perioden" }).click();
    await expect(page.getByText(/Perioden er avsluttet\. 2 tiltak er fullført/)).toBeVisible();
  });
});

test("the closing pages have no axe violations at 320 and 1280 px, in bokmål and English", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const p = makeProgramme("axe");
  await logIn(page, KARI);
  const paths = [
    `/koordinator/avslutning?satsing=${p.slug}&tiltak=${p.a.slug}`,
    `/koordinator/avslutning?satsing=${p.slug}&bekreft=1`,
    `/koordinator/avslutning?satsing=groruddalssatsingen&omrade=grorud`,
    `/koordinator/avslutning/etterfolger?satsing=${p.slug}`,
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
});
