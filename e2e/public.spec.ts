import { expect, test } from "./fixtures";

test.describe("the public pages", () => {
  test("the front page presents Laget and the programmes with counts", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveTitle(/Laget/);
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    await expect(page.getByRole("heading", { level: 1, name: "Hvem er med på laget?" })).toBeVisible();
    const programmes = page.getByRole("heading", { level: 3 });
    // Exactly: the demo also has its successor, Groruddalssatsingen 2027–2036.
    await expect(programmes.filter({ hasText: /^Groruddalssatsingen$/ })).toBeVisible();
    await expect(programmes.filter({ hasText: "Levekårsløftet" })).toBeVisible();
    // Counts come from the demo data: Groruddalssatsingen has partners and tiltak.
    const groruddalen = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Groruddalssatsingen", exact: true }) });
    await expect(groruddalen).toContainText(/[1-9]\d* partnere · [1-9]\d* tiltak/);
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toBeVisible();
  });

  test("the skip link takes keyboard users to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Hopp til hovedinnhold" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#hovedinnhold$/);
  });

  test("a resident pages through the approved partners", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Partnere" }).click();
    await expect(page).toHaveURL(/\/partnere$/);
    await expect(page.getByRole("heading", { level: 1, name: "Partnere" })).toBeVisible();
    const count = page.getByRole("status");
    await expect(count).toHaveText(/^\d+ partnere$/);
    const total = Number((await count.textContent())!.replace(/\D/g, ""));
    expect(total).toBeGreaterThan(20);

    const firstPageNames = await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents();
    expect(firstPageNames).toHaveLength(20);
    await expect(page.getByText("Side 1 av")).toBeVisible();

    const pager = page.getByRole("navigation", { name: "Sider" });
    await pager.getByRole("link", { name: "Neste side" }).click();
    await expect(page).toHaveURL(/\/partnere\?side=2$/);
    await expect(pager.getByText("Side 2, denne siden")).toBeAttached();
    const secondPageNames = await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents();
    expect(secondPageNames.length).toBeGreaterThan(0);
    expect(secondPageNames.filter((n) => firstPageNames.includes(n))).toEqual([]);

    await pager.getByRole("link", { name: "Forrige side" }).click();
    await expect(page).toHaveURL(/\/partnere$/);
    // Retried: the address changes before React has drawn the page.
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(firstPageNames);

    // Every approved partner is on exactly one page. Specs in the other worker approve organisations
    // while this one pages: a walk during which the count changed is walked again.
    const shownCount = async () => Number((await page.getByRole("status").textContent())!.replace(/\D/g, ""));
    let walk: { before: number; after: number; names: string[] } | undefined;
    for (let attempt = 0; attempt < 3 && (!walk || walk.before !== walk.after); attempt++) {
      await page.goto("/partnere");
      const before = await shownCount();
      const names: string[] = [];
      for (let p = 1; p <= Math.ceil(before / 20); p++) {
        await page.goto(p === 1 ? "/partnere" : `/partnere?side=${p}`);
        names.push(...(await page.getByRole("main").getByRole("heading", { level: 2 }).allTextContents()));
      }
      walk = { before, after: await shownCount(), names };
    }
    expect(walk!.after).toBe(walk!.before);
    expect(walk!.names).toHaveLength(walk!.before);
    expect(new Set(walk!.names).size).toBe(walk!.before);
  });

  test("a mistyped page number falls back to a page that exists", async ({ page }) => {
    await page.goto("/partnere?side=abc");
    await expect(page).toHaveURL(/\/partnere$/);
    await page.goto("/partnere?side=999");
    await expect(page).toHaveURL(/\/partnere\?side=\d$/);
    await expect(page.getByRole("main").getByRole("heading", { level: 2 }).first()).toBeVisible();
  });

  test.describe(() => {
    test.use({ expectedConsoleErrors: [/status of 404/] });
    test("an unknown address shows a Norwegian 404 page", async ({ page }) => {
    const response = await page.goto("/finnes-ikke");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Fant ikke siden" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Til forsiden", exact: true })).toBeVisible();
    });
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the partner list and its pages work as plain HTML", async ({ page }) => {
    await page.goto("/partnere");
    await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveCount(20);
    await page.getByRole("navigation", { name: "Sider" }).getByRole("link", { name: "Side 2" }).click();
    await expect(page).toHaveURL(/\?side=2$/);
  });
});

test("/healthz answers ok when the database answers", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});
