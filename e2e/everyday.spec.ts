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
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("navigation", { name: /^Logget inn som / })).toBeVisible();
}

const osloDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });
/** Yesterday in Norway, YYYY-MM-DD. */
function yesterdayInNorway(): string {
  const today = osloDay.format(Date.now());
  return new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

/** A public, "ongoing" tiltak in Groruddalssatsingen (Sysselsetting, Romsås) whose last day was yesterday. */
function insertExpiredTiltak(title: string): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const db = e2eDb();
  try {
    const programme = db.prepare("SELECT id FROM programmes WHERE slug = 'groruddalssatsingen'").get() as { id: number };
    const sub = db.prepare("SELECT id FROM subprogrammes WHERE programme_id = ? AND slug = 'sysselsetting'").get(programme.id) as { id: number };
    const area = db.prepare("SELECT id FROM areas WHERE slug = 'romsas'").get() as { id: number };
    db.prepare(
      "INSERT INTO initiatives (slug, title, summary, programme_id, subprogramme_id, area_id, status, start_date, end_date) VALUES (?, ?, 'Arbeidstrening for unge voksne.', ?, ?, ?, 'ongoing', '2024-01-01', ?)",
    ).run(slug, title, programme.id, sub.id, area.id, yesterdayInNorway());
  } finally {
    db.close();
  }
  return slug;
}

test.describe("a tiltak past its end date", () => {
  test("shows as ended to residents, cannot be joined, and asks its coordinator to close or extend it", async ({ page }) => {
    const title = `Utgått arbeidstrening ${Date.now().toString(36)}`;
    const slug = insertExpiredTiltak(title);

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
