import { expect, test } from "./fixtures";

/**
 * Keyboard-only use: Tab reaches every control of the main content in DOM order, each with a
 * visible focus indicator; the skip link comes first; and Tab leaves the page at the end (no trap).
 */

type Stop = { index: number | null; inMain: boolean; visible: boolean; label: string; isSkipLink: boolean };

for (const path of ["/", "/partnere", "/registrer"]) {
  test(`Tab walks ${path} in order with a visible focus`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");

    // Number the controls a keyboard user should reach in the main content, in DOM order. Only the
    // first radio of a group is a Tab stop (arrows move within the group).
    const expected = await page.evaluate(() => {
      const main = document.querySelector("main")!;
      const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
      const radioGroups = new Set<string>();
      const labels: string[] = [];
      for (const el of Array.from(main.querySelectorAll<HTMLElement>(selector))) {
        if ((el as HTMLButtonElement).disabled || el.getClientRects().length === 0) continue;
        if (getComputedStyle(el).visibility === "hidden") continue;
        if (el instanceof HTMLInputElement && el.type === "radio") {
          if (radioGroups.has(el.name)) continue;
          radioGroups.add(el.name);
        }
        el.dataset.kbIndex = String(labels.length);
        labels.push(`${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("name") || "").trim().slice(0, 40)}"`);
      }
      return labels;
    });
    expect(expected.length, "the main content has controls").toBeGreaterThan(0);

    const stops: Stop[] = [];
    // Enough presses to cross the header, main and footer; leaving the page ends the walk.
    for (let i = 0; i < expected.length + 60; i++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate((): Stop | null => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
        const shadow = style.boxShadow !== "none" && style.boxShadow !== "";
        return {
          index: el.dataset.kbIndex === undefined ? null : Number(el.dataset.kbIndex),
          inMain: !!el.closest("main"),
          visible: outline || shadow,
          label: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute("name") || "").trim().slice(0, 40)}"`,
          isSkipLink: el.getAttribute("href") === "#hovedinnhold",
        };
      });
      if (!stop) break;
      stops.push(stop);
    }

    expect(stops[0]?.isSkipLink, "the skip link is the first Tab stop").toBe(true);
    // Tab left the page before we ran out of presses: nothing traps the focus.
    expect(stops.length, "Tab reaches the end of the page").toBeLessThan(expected.length + 60);
    const invisible = stops.filter((s) => !s.visible).map((s) => s.label);
    expect(invisible, "stops without a visible focus indicator").toEqual([]);
    const mainStops = stops.filter((s) => s.inMain);
    expect(mainStops.map((s) => s.index), "main content stops in DOM order").toEqual(expected.map((_, i) => i));
  });
}
