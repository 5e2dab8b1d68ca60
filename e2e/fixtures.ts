import { test as base, expect } from "@playwright/test";

/**
 * `page` that fails the test when the browser logs a console error or an uncaught exception,
 * so every e2e test also checks that the pages it visits run cleanly. A test that provokes an
 * error on purpose (a 404, a 400) lists it in `expectedConsoleErrors`.
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp[] }>({
  expectedConsoleErrors: [[], { option: true }],
  // Each test comes from an address of its own (the e2e server trusts X-Forwarded-For from loopback),
  // so the per-IP rate limits of one test never block another.
  extraHTTPHeaders: async ({}, use, testInfo) => {
    await use({ "X-Forwarded-For": testIp(testInfo.testId + testInfo.repeatEachIndex + testInfo.retry) });
  },
  page: async ({ page, expectedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      const text = `${msg.text()} (${msg.location().url})`;
      if (!expectedConsoleErrors.some((re) => re.test(text))) errors.push(`console: ${text}`);
    });
    page.on("pageerror", (error) => {
      // Remix aborts a data request when a newer navigation replaces it; that is not an app error.
      if (error.message === "signal is aborted without reason") return;
      errors.push(`pageerror: ${error.message}`);
    });
    await use(page);
    expect(errors, "the browser reported errors").toEqual([]);
  },
});

/** A stable address from the documentation range 198.51.0.0/16, derived from a string; never contacted. */
export function testIp(seed: string): string {
  let h = 2166136261;
  for (const ch of seed) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `198.51.${(h >>> 8) & 0xff}.${h & 0xff}`;
}

export { expect };
