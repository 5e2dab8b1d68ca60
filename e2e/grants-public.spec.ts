import type { Page } from "@playwright/test";
import { expectNoAxeViolations } from "./axe";
import { expect, test } from "./fixtures";
import { logIn } from "./session";

/**
 * The grants in public (issue 20) as a visitor meets them: /tilskudd (open schemes, how to apply,
 * the published grants with totals), /tilskudd/:slug, and /api/v1/grants. Demo data (db/seed-grants.ts):
 * Storhaug's spring round 2026 is decided — Kajakkdag (25 000 kr), Nabolagsfest (partly, 20 000 kr),
 * Ida Ildsjel's Bokbytte (5 000 kr, a private person) and the rejected Kaffekurs; the spring round
 * 2027 is open until 15 March 2027 at 12:00 Oslo time.
 */

const SCHEME = "naermiljotilskudd-storhaug";
const GRANTED = ["Kajakkdag for alle i Lervig", "Nabolagsfest i Emmaus", "Bokbytte i Badedammen"];
/** Never public: the rejected application, its organisation, the private applicant's name and e-mail, a decision's reason. */
const NEVER_PUBLIC = ["Kaffekurs for nabolaget", "Lervig Kaffebrenneri", "Ida Ildsjel", "ida.ildsjel", "Rammen for våren er fordelt"];

async function expectNothingPrivate(page: Page) {
  const text = await page.content();
  for (const secret of NEVER_PUBLIC) expect(text, secret).not.toContain(secret);
}

const granted = (page: Page) => page.getByRole("table", { name: /^Tildelte tilskudd/ });

test.describe("the grants in public", () => {
  test("/tilskudd lists the open schemes with their deadline and how to apply, and the granted applications only", async ({ page }) => {
    await page.goto("/tilskudd");
    await expect(page.getByRole("heading", { level: 1, name: "Tilskudd" })).toBeVisible();

    const open = page.getByRole("region", { name: "Åpne ordninger" });
    const storhaug = open.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Nærmiljøtilskudd Storhaug" }) });
    await expect(storhaug.getByText("15. mars 2027 kl. 12:00")).toBeVisible();
    await expect(storhaug.getByText("Du må logge inn for å søke.", { exact: false })).toBeVisible();
    await expect(storhaug.getByRole("link", { name: "Søk om Nærmiljøtilskudd Storhaug" })).toHaveAttribute("href", `/min-side/tilskudd/ny?ordning=${SCHEME}`);

    const table = granted(page);
    for (const title of GRANTED) await expect(table.getByRole("rowheader", { name: title })).toBeVisible();
    await expect(table.getByRole("row", { name: /Bokbytte i Badedammen/ }).getByRole("cell", { name: "Privatperson" })).toBeVisible();
    await expect(table.getByRole("row", { name: /Nabolagsfest/ })).toContainText("delvis innvilget");
    await expect(page.getByText(/^\d+ tilskudd på til sammen [\d\s]+ kr\.$/)).toBeVisible();
    await expectNothingPrivate(page);
    // Other specs may decide more rounds on the same server (grants-journey.spec.ts): the demo's round is counted on its own row.
    await expect(page.getByRole("table", { name: "Tilskudd per søknadsrunde" }).getByRole("row", { name: /Nærmiljøtilskudd Storhaug: Vårrunden 2026/ })).toContainText(/3\s*50\s000 kr/);
    await expect(page.getByRole("table", { name: "Tilskudd per type mottaker" }).getByRole("row", { name: /Privatperson/ })).toContainText("5 000 kr");
  });

  test("a scheme's page shows its terms, rounds and grants", async ({ page }) => {
    await page.goto(`/tilskudd/${SCHEME}`);
    await expect(page.getByRole("heading", { level: 1, name: "Nærmiljøtilskudd Storhaug" })).toBeVisible();
    const about = page.getByRole("region", { name: "Om ordningen" });
    await expect(about.getByText("Hvem kan søke")).toBeVisible();
    await expect(about.getByText("Privatpersoner", { exact: false })).toBeVisible();
    await expect(about.getByText("Klageinstans")).toBeVisible();
    await expect(page.getByRole("region", { name: "Kriterier" })).toBeVisible();
    const rounds = page.getByRole("table", { name: "Søknadsrunder i Nærmiljøtilskudd Storhaug" });
    await expect(rounds.getByRole("row", { name: /Vårrunden 2026/ })).toContainText("Avgjort");
    await expect(rounds.getByRole("row", { name: /Vårrunden 2027/ })).toContainText("15. mars 2027 kl. 12:00");
    await expect(rounds.getByRole("row", { name: /Vårrunden 2027/ })).toContainText("Åpen for søknader");
    for (const title of GRANTED) await expect(granted(page).getByRole("rowheader", { name: title })).toBeVisible();
    await expect(page.getByText(/^3 tilskudd på til sammen 50\s000 kr\.$/)).toBeVisible();
    await expectNothingPrivate(page);

    // One round decided: totals per area and kind of recipient (no per-round table), each adding up to 50 000 kr.
    await expect(page.getByRole("table", { name: "Tilskudd per søknadsrunde" })).toHaveCount(0);
    for (const name of ["Tilskudd per område", "Tilskudd per type mottaker"]) {
      await expect(page.getByRole("table", { name }).getByRole("row", { name: /Til sammen/ })).toContainText(/3\s*50\s000 kr/);
    }
    await expect(page.getByRole("table", { name: "Tilskudd per område" }).getByRole("row", { name: /Lervig/ })).toContainText("25 000 kr");
  });

  test("page numbers: a mistyped or too high page goes to the list's one clean address", async ({ page }) => {
    for (const side of ["2", "abc", "0", "1"]) {
      await page.goto(`/tilskudd?side=${side}`);
      await expect(page).toHaveURL(/\/tilskudd$/);
    }
    await page.goto(`/tilskudd/${SCHEME}?side=9`);
    await expect(page).toHaveURL(new RegExp(`/tilskudd/${SCHEME}$`));
    // Three grants fit on one page: no page navigation.
    await expect(page.getByRole("navigation", { name: "Sider" })).toHaveCount(0);
  });

  test.describe("an unknown scheme", () => {
    test.use({ expectedConsoleErrors: [/status of 404/] });
    test("is not found", async ({ page }) => {
      const response = await page.goto("/tilskudd/finnes-ikke");
      expect(response?.status()).toBe(404);
    });
  });

  test("a client-side navigation into /tilskudd from a public page brings the grants' text along", async ({ page }) => {
    await page.goto("/tiltak");
    await page.waitForLoadState("networkidle");
    await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Tilskudd" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Tilskudd" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Åpne ordninger" })).toBeVisible();
    await page.getByRole("link", { name: "Nærmiljøtilskudd Storhaug" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Nærmiljøtilskudd Storhaug" })).toBeVisible();
  });
});

test("anonymous readers get the grants' pages and open data from the response cache", async ({ playwright, baseURL }) => {
  // A context with no cookies at all: a signed-in person, or any cookie but the language, is never cached.
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const path of ["/tilskudd", `/tilskudd/${SCHEME}`, "/api/v1/grants"]) {
    const first = await anonymous.get(path);
    expect(first.status(), path).toBe(200);
    const second = await anonymous.get(path);
    expect(second.headers()["x-cache"], path).toBe("hit");
  }
  await anonymous.dispose();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a visitor reads the list, opens a scheme and is asked to log in to apply", async ({ page }) => {
    await page.goto("/tilskudd");
    for (const title of GRANTED) await expect(granted(page).getByRole("rowheader", { name: title })).toBeVisible();
    await page.getByRole("heading", { name: "Nærmiljøtilskudd Storhaug" }).getByRole("link").click();
    await expect(page).toHaveURL(new RegExp(`/tilskudd/${SCHEME}$`));
    await page.getByRole("link", { name: "Søk om Nærmiljøtilskudd Storhaug" }).click();
    await expect(page).toHaveURL(/\/logg-inn/);
  });
});

test.describe("/api/v1/grants", () => {
  test("JSON in the envelope of the other endpoints, paged, without a private person's name", async ({ request, baseURL }) => {
    const response = await request.get(`/api/v1/grants?scheme=${SCHEME}&per_page=2`);
    expect(response.status()).toBe(200);
    expect(response.headers()["link"]).toContain("nlod");
    const body = (await response.json()) as { data: { title: string; recipient: Record<string, unknown> }[]; meta: Record<string, number>; links: Record<string, string | null> };
    expect(body.meta).toEqual({ page: 1, perPage: 2, total: 3, totalPages: 2 });
    expect(body.links.next).toBe(`${baseURL}/api/v1/grants?scheme=${SCHEME}&page=2&per_page=2`);
    const second = (await (await request.get(body.links.next!)).json()) as typeof body;
    const titles = [...body.data, ...second.data].map((g) => g.title).sort();
    expect(titles).toEqual([...GRANTED].sort());
    expect(second.data.find((g) => g.title === "Bokbytte i Badedammen")?.recipient ?? body.data.find((g) => g.title === "Bokbytte i Badedammen")?.recipient).toEqual({ kind: "private_person" });
    const text = JSON.stringify([body, second]);
    for (const secret of NEVER_PUBLIC) expect(text).not.toContain(secret);
  });

  test("CSV with ?format=csv, and 400 with a Norwegian message for a bad parameter", async ({ request }) => {
    const csv = await request.get(`/api/v1/grants?format=csv&scheme=${SCHEME}`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text.trim().split(/\r?\n/)).toHaveLength(4);
    expect(text).toContain("private_person");
    for (const secret of NEVER_PUBLIC) expect(text).not.toContain(secret);
    const bad = await request.get("/api/v1/grants?per_page=1000");
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain("per_page");
  });
});

test("the annual report has a grants section: applications, sums per area and kind of recipient, reports received", async ({ page }) => {
  test.setTimeout(60_000);
  await logIn(page, "stavanger-koordinator@laget.test");
  await page.goto("/koordinator/arsrapport?satsing=levekarsloftet&ar=2026");
  const section = page.getByRole("region", { name: "Tilskudd", exact: true });
  // Other specs on the same server may add applications and grants this year: the figures are at least the demo's.
  await expect(section.getByText(/^\d+ søknader sendt inn i året\.$/)).toBeVisible();
  await expect(section.getByText(/^\d+ søknader fikk til sammen [\d\s]+ kr i tilskudd \(vedtak i året\)\.$/)).toBeVisible();
  await expect(section.getByText(/^\d+ rapporter? mottatt\.$/)).toBeVisible();
  await expect(section.getByRole("table", { name: "Tilskudd per område" }).getByRole("row", { name: /Lervig/ })).toBeVisible();
  await expect(section.getByRole("table", { name: "Tilskudd per type mottaker" }).getByRole("row", { name: /Privatperson/ })).toContainText("5 000 kr");
  await expect(section).not.toContainText("Ida Ildsjel");
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await expectNoAxeViolations(page, `annual report at ${width} px`, { include: "main" });
  }
  // Another year without grants says so.
  await page.goto("/koordinator/arsrapport?satsing=levekarsloftet&ar=2024");
  await expect(page.getByRole("region", { name: "Tilskudd", exact: true })).toContainText("Ingen tilskudd ble vedtatt i året.");
});

test.describe("axe finds nothing on the grants' public pages", () => {
  for (const lang of ["nb", "en"] as const) {
    for (const path of ["/tilskudd", `/tilskudd/${SCHEME}`]) {
      test(`${path} (${lang})`, async ({ page, context, baseURL }) => {
        test.setTimeout(90_000);
        if (lang === "en") await context.addCookies([{ name: "laget_sprak", value: "en", url: baseURL! }]);
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", lang);
        for (const width of [320, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await expectNoAxeViolations(page, `${path} ${lang} ${width} px`);
        }
      });
    }
  }
});
