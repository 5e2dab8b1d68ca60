import { expect, test } from "./fixtures";

/**
 * A key press or click that arrives while the page is starting must not break it.
 *
 * Remix's browser entry suspends its first render until the page's loader data has been decoded.
 * React 18 hydrates at once, synchronously, when a key press or click reaches a page it has not
 * hydrated yet, and when the shell suspends in that forced render it threw "Root did not complete"
 * (#345) out of the event handler (patches/react-dom+18.3.1.patch ends that, as React 19 does). A
 * person has to press in the moment between the start of hydration and its first render to meet it,
 * so the test makes that moment certain: it presses Tab at the end of the task that starts
 * hydration, which is when React first listens on the document.
 */
test.describe("a key press while the page starts", () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const listen = EventTarget.prototype.addEventListener;
      let pressed = false;
      EventTarget.prototype.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        // hydrateRoot attaches React's listeners to the document; the first is for a key press.
        if (!pressed && this === document && type === "keydown") {
          pressed = true;
          queueMicrotask(() => {
            document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab", code: "Tab", bubbles: true }));
            (window as unknown as { lagetEarlyPress: boolean }).lagetEarlyPress = true;
          });
        }
        return (listen as (...args: unknown[]) => void).call(this, type, ...rest);
      } as typeof EventTarget.prototype.addEventListener;
    });
  });

  for (const path of ["/", "/registrer", "/partnere"]) {
    test(`${path} still hydrates, with no error, and its links work in the page`, async ({ page }) => {
      await page.goto(path);
      await expect.poll(() => page.evaluate(() => (window as unknown as { lagetEarlyPress?: boolean }).lagetEarlyPress ?? false)).toBe(true);
      // Hydrated: React has taken over the page's elements.
      await expect
        .poll(() => page.evaluate(() => Object.keys(document.querySelector("main")!).some((key) => key.startsWith("__reactFiber"))))
        .toBe(true);
      // A link is followed by the router, not by a new page load: the window keeps what it held.
      await page.evaluate(() => ((window as unknown as { lagetSamePage: boolean }).lagetSamePage = true));
      await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Tiltak" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Tiltak" })).toBeVisible();
      expect(await page.evaluate(() => (window as unknown as { lagetSamePage?: boolean }).lagetSamePage)).toBe(true);
    });
  }
});
