import { expect, test } from "./fixtures";
import { PUBLIC_PAGES } from "./public-pages";

/**
 * Every public page works without JavaScript, and with it hydrates without moving the layout.
 */

// The 404 page answers 404 on purpose; the browser logs that.
test.describe("with JavaScript: no layout shift after load and hydration", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });
  for (const { name, path } of PUBLIC_PAGES) {
    test(`${name} (${path})`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      // A short settle, so late shifts (fonts, hydration effects) are counted too.
      await page.waitForTimeout(300);
      const cls = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
                if (!entry.hadRecentInput) total += entry.value;
              }
            }).observe({ type: "layout-shift", buffered: true });
            // Buffered entries arrive in the first callback; give it a frame or two.
            setTimeout(() => resolve(total), 100);
          }),
      );
      expect(cls, "cumulative layout shift").toBeLessThan(0.01);
    });
  }
});

test.describe("without JavaScript: the page renders its heading and content", () => {
  test.use({ javaScriptEnabled: false, expectedConsoleErrors: [/status of 404/] });
  for (const { name, path, status } of PUBLIC_PAGES) {
    test(`${name} (${path})`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(status ?? 200);
      const main = page.getByRole("main");
      await expect(main.getByRole("heading", { level: 1 })).toBeVisible();
      expect(((await main.innerText()) ?? "").trim().length, "the main content has text").toBeGreaterThan(40);
      await expect(page.getByRole("navigation", { name: "Hovedmeny" })).toBeVisible();
    });
  }
});
