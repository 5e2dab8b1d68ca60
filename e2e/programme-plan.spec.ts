/**
 * The plan of the year (issue 21), on a programme the test makes itself (never the demo's plans, which
 * other specs read): Kari makes a draft, adds tiltak and budget lines typed "12 500" and
 * "kr 250 000", sees the sums, adopts it, revises it with a reason (a change without one is refused
 * and keeps what she typed) and reads the adopted version unchanged; the public sees the adopted plan
 * and gets 404 for a draft. A bad amount keeps what was typed. The same without JavaScript, and axe
 * at 320 and 1280 px in bokmål and English on every page.
 */
import type { Browser, Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { e2eDb, releaseCoordinator } from "./db";
import { expect, test } from "./fixtures";
import { logIn } from "./session";

const KARI = "koordinator@laget.test";
// Refused forms answer 400 and a draft's public page 404, as they should.
test.use({ expectedConsoleErrors: [/status of 40[04]/] });

/** A programme (2020–2030) coordinated by Kari, with a goal and sub-goal, two sub-programmes, three public tiltak and a grant scheme. */
/** The programmes this spec made Kari coordinator of, taken back after it (e2e/db.ts). */
const made: string[] = [];
test.afterAll(() => releaseCoordinator(KARI, made));

function makeProgramme(label: string) {
  const db = e2eDb();
  try {
    const stamp = `${label}-${Date.now().toString(36)}`;
    const id = (sql: string, ...args: unknown[]) => Number(db.prepare(sql).run(...args).lastInsertRowid);
    const name = `Planløftet ${stamp}`;
    const slug = `planloftet-${stamp}`;
    const programmeId = id("INSERT INTO programmes (slug, name, municipality, period_start, period_end) VALUES (?, ?, 'Oslo', 2020, 2030)", slug, name);
    const oppvekst = id("INSERT INTO subprogrammes (programme_id, slug, name, position) VALUES (?, 'oppvekst', 'Oppvekst', 0)", programmeId);
    const jobb = id("INSERT INTO subprogrammes (programme_id, slug, name, position) VALUES (?, 'jobb', 'Jobb', 1)", programmeId);
    const area = (db.prepare("SELECT id FROM areas WHERE slug = 'bydel-grorud'").get() as { id: number }).id;
    db.prepare("INSERT INTO programme_areas (programme_id, area_id) VALUES (?, ?)").run(programmeId, area);
    db.prepare("INSERT INTO coordinator_assignments (user_id, programme_id) VALUES ((SELECT id FROM users WHERE email = ?), ?)").run(KARI, programmeId);
    const main = id("INSERT INTO programme_goals (programme_id, title, position) VALUES (?, 'Gode oppvekstvilkår', 0)", programmeId);
    id("INSERT INTO programme_goals (programme_id, parent_id, title, position) VALUES (?, ?, 'Flere fullfører skolen', 0)", programmeId, main);
    const tiltak = (title: string, sub: number) =>
      id("INSERT INTO initiatives (slug, title, summary, programme_id, subprogramme_id, area_id, status, start_date, end_date, is_public) VALUES (?, ?, '', ?, ?, ?, 'ongoing', '2024-01-01', '2029-12-31', 1)", `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${stamp}`, `${title} ${stamp}`, programmeId, sub, area);
    tiltak("Leksekafe", oppvekst);
    tiltak("Jobbverksted", jobb);
    tiltak("Ferieklubb", oppvekst);
    id("INSERT INTO grant_schemes (programme_id, slug, name, max_amount_ore, appeal_body) VALUES (?, ?, ?, 5000000, 'Bydelsutvalget')", programmeId, `plantilskudd-${stamp}`, `Plantilskudd ${stamp}`);
    made.push(slug);
    return { slug, name, stamp, leksekafe: `Leksekafe ${stamp}`, jobbverksted: `Jobbverksted ${stamp}` };
  } finally {
    db.close();
  }
}

const planUrl = (slug: string, year: number) => `/koordinator/plan?satsing=${slug}&ar=${year}`;

async function addLine(page: Page, item: string, source: string, amount: string) {
  const form = page.getByRole("region", { name: "Legg til en budsjettlinje" });
  await form.getByLabel("Gjelder").selectOption({ label: "Et tiltak i planen" });
  await form.getByLabel("Tiltak i planen").selectOption({ label: item });
  await form.getByLabel("Kilde", { exact: true }).selectOption({ label: source });
  await form.getByLabel("Planlagt beløp").fill(amount);
  await form.getByRole("button", { name: "Legg til linjen" }).click();
}

async function makeAndAdoptPlan(page: Page, p: ReturnType<typeof makeProgramme>, year: number) {
  await page.goto(planUrl(p.slug, year));
  await expect(page.getByRole("heading", { level: 1, name: `Plan og budsjett ${year}: ${p.name}` })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Satsingen har ingen plan for ${year} ennå.` })).toBeVisible();
  await page.getByRole("button", { name: "Lag utkast" }).click();
  await expect(page.getByText("Utkastet er laget.", { exact: true })).toBeVisible();
  await expect(page.getByText("Utkast. Planen er ikke vedtatt")).toBeVisible();

  const addItem = page.getByRole("region", { name: "Legg til et tiltak" });
  await addItem.getByLabel("Tiltak", { exact: true }).selectOption({ label: p.leksekafe });
  await addItem.getByLabel("Mål").selectOption({ label: "1.1 Flere fullfører skolen" });
  await addItem.getByRole("button", { name: "Legg til tiltaket" }).click();
  await expect(page.getByText("Tiltaket er lagt til.", { exact: true })).toBeVisible();
  await addItem.getByLabel("Tiltak", { exact: true }).selectOption({ label: p.jobbverksted });
  await addItem.getByRole("button", { name: "Legg til tiltaket" }).click();
  await expect(page.getByText("Tiltaket er lagt til.", { exact: true })).toBeVisible();
  const items = page.getByRole("table", { name: "Tiltak under 1. Gode oppvekstvilkår" });
  await expect(items.getByRole("row").nth(1)).toContainText(`1.1${p.leksekafe}`);
  await expect(page.getByRole("table", { name: "Tiltak under Tiltak uten mål" })).toContainText(`2.1${p.jobbverksted}`);

  // A bad amount keeps what was typed, with a Norwegian message.
  await addLine(page, `1.1 ${p.leksekafe}`, "Staten", "12.500");
  await expect(page.locator("[data-error-summary]")).toContainText("Skriv beløpet i kroner, for eksempel 12 500 eller 12 500,50.");
  await expect(page.getByRole("region", { name: "Legg til en budsjettlinje" }).getByLabel("Planlagt beløp")).toHaveValue("12.500");

  await addLine(page, `1.1 ${p.leksekafe}`, "Staten", "12 500");
  await expect(page.getByText("Budsjettlinjen er lagt til.", { exact: true })).toBeVisible();
  await addLine(page, `2.1 ${p.jobbverksted}`, "Kommunen", "kr 250 000");
  await expect(page.getByText("Budsjettlinjen er lagt til.", { exact: true })).toBeVisible();
  const bySource = page.getByRole("table", { name: "Budsjett per kilde" });
  await expect(bySource.getByRole("row", { name: /Staten/ })).toContainText(/12\s500\skr/);
  await expect(bySource.getByRole("row", { name: /Kommunen/ })).toContainText(/250\s000\skr/);
  await expect(bySource.getByRole("row", { name: /Sum/ })).toContainText(/262\s500\skr/);
  const bySub = page.getByRole("table", { name: "Budsjett per delprogram" });
  await expect(bySub.getByRole("row", { name: /Oppvekst/ })).toContainText(/12\s500\skr/);
  await expect(bySub.getByRole("row", { name: /Jobb/ })).toContainText(/250\s000\skr/);

  const adopt = page.getByRole("region", { name: "Vedta planen" });
  await adopt.getByLabel("Vedtatt av").fill(`Styringsgruppen for ${p.name}`);
  await adopt.getByLabel("Vedtaksdato").fill("2026-11-30");
  await adopt.getByRole("button", { name: "Marker planen som vedtatt" }).click();
  await expect(page.getByText("Planen er vedtatt.", { exact: true })).toBeVisible();
  await expect(page.getByText(`Vedtatt av Styringsgruppen for ${p.name} 30. november 2026.`).first()).toBeVisible();
}

async function revise(page: Page, p: ReturnType<typeof makeProgramme>) {
  // After adoption a change without a reason is refused and keeps what was typed.
  await page.getByText(`Linje 1: 1.1 ${p.leksekafe}`).click();
  const line = page.locator("details", { hasText: `Linje 1: 1.1 ${p.leksekafe}` });
  await line.getByLabel("Planlagt beløp").fill("15 000");
  await line.getByRole("button", { name: "Lagre linjen" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Planen er vedtatt. Skriv hvorfor den endres.");
  const again = page.locator("details", { hasText: `Linje 1: 1.1 ${p.leksekafe}` }).locator("form").filter({ has: page.getByRole("button", { name: "Lagre linjen" }) });
  await expect(again.getByLabel("Planlagt beløp")).toHaveValue("15 000");
  await again.getByLabel("Hvorfor endres planen?").fill("Leksekafeen får flere kvelder etter vedtak i bydelsutvalget.");
  await again.getByRole("button", { name: "Lagre linjen" }).click();
  await expect(page.getByText("Budsjettlinjen er lagret.", { exact: true })).toBeVisible();
  const revisions = page.getByRole("table", { name: "Planens versjoner: hvem, når og hvorfor" });
  await expect(revisions.getByRole("row")).toHaveCount(3);
  await expect(revisions.getByRole("row").nth(2)).toContainText("Kari Koordinator");
  await expect(revisions.getByRole("row").nth(2)).toContainText("Leksekafeen får flere kvelder");
  await expect(page.getByRole("table", { name: "Budsjett per kilde" }).getByRole("row", { name: /Sum/ })).toContainText(/265\s000\skr/);

  // The adopted version stays readable as it was.
  await revisions.getByRole("link", { name: "Les versjon 0" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /versjon 0$/ })).toBeVisible();
  await expect(page.getByText("Slik planen ble vedtatt.")).toBeVisible();
  await expect(page.getByRole("table", { name: "Budsjett per kilde" }).getByRole("row", { name: /Sum/ })).toContainText(/262\s500\skr/);
}

async function publicChecks(browser: Browser, p: ReturnType<typeof makeProgramme>, year: number, draftYear: number) {
  const anonymous = await browser.newPage();
  try {
    await anonymous.goto(`/satsinger/${p.slug}/plan/${year}`);
    await expect(anonymous.getByRole("heading", { level: 1, name: `Plan for ${year}` })).toBeVisible();
    await expect(anonymous.getByText(`Vedtatt av Styringsgruppen for ${p.name} 30. november 2026.`)).toBeVisible();
    await expect(anonymous.getByRole("table", { name: "Budsjett per kilde" }).getByRole("row", { name: /Sum/ })).toContainText(/265\s000\skr/);
    await expect(anonymous.getByRole("table", { name: "Planens versjoner med dato og begrunnelse" })).toContainText("Leksekafeen får flere kvelder");
    await expect(anonymous.locator("main")).not.toContainText("Kari");
    const draft = await anonymous.goto(`/satsinger/${p.slug}/plan/${draftYear}`);
    expect(draft?.status()).toBe(404);
  } finally {
    await anonymous.close();
  }
}

test("Kari plans a year with budget lines, adopts and revises it; the public sees the adopted plan, never a draft", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const p = makeProgramme("js");
  await logIn(page, KARI);
  await makeAndAdoptPlan(page, p, 2027);
  await revise(page, p);

  // Carrying forward makes next year's draft from the adopted plan.
  await page.goto(planUrl(p.slug, 2027));
  await page.getByRole("button", { name: "Før videre til 2028" }).click();
  await expect(page.getByText("Utkastet er laget fra forrige vedtatte plan.", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: `Plan og budsjett 2028: ${p.name}` })).toBeVisible();
  await expect(page.getByRole("table", { name: "Budsjett per kilde" }).getByRole("row", { name: /Sum/ })).toContainText(/265\s000\skr/);

  // A year outside the programme's period is refused with what was typed kept.
  await page.goto(planUrl(p.slug, 2031));
  await page.getByRole("button", { name: "Lag utkast" }).click();
  await expect(page.locator("[data-error-summary]")).toContainText("Året er utenfor satsingens periode.");
  await expect(page.getByLabel("Årstall").first()).toHaveValue("2031");

  await publicChecks(browser, p, 2027, 2028);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same plan, adoption and revision work with plain forms", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const p = makeProgramme("nojs");
    await page.goto("/logg-inn");
    await page.getByLabel("E-post").fill(KARI);
    await page.getByLabel("Passord").fill("demo-passord-2026");
    await page.getByRole("button", { name: "Logg inn", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await makeAndAdoptPlan(page, p, 2029);
    await revise(page, p);
    await page.goto(planUrl(p.slug, 2029));
    await page.getByRole("button", { name: "Før videre til 2030" }).click();
    await expect(page.getByText("Utkastet er laget fra forrige vedtatte plan.", { exact: true })).toBeVisible();
    await publicChecks(browser, p, 2029, 2030);
  });
});

test("the plan pages have no axe violations at 320 and 1280 px, in bokmål and English", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  const p = makeProgramme("axe");
  await logIn(page, KARI);
  await page.goto(planUrl(p.slug, 2027));
  await page.getByRole("button", { name: "Lag utkast" }).click();
  await expect(page.getByText("Utkastet er laget.", { exact: true })).toBeVisible();
  const paths = [
    planUrl(p.slug, 2027),
    planUrl(p.slug, 2026),
    planUrl("groruddalssatsingen", 2026),
    "/koordinator/plan/versjon?satsing=groruddalssatsingen&ar=2026&revisjon=1",
    "/satsinger/groruddalssatsingen/plan/2026",
    "/satsinger/levekarsloftet/plan/2026",
  ];
  for (const lang of ["nb", "en"]) {
    if (lang === "en") await context.addCookies([{ name: "laget_sprak", value: "en", url: baseURL! }]);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      // The change forms open, so their fields are checked too.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
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
  await expect(page.getByRole("heading", { level: 1, name: "Plan for 2026" })).toBeVisible();
});
