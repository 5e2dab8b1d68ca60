import { test as base, expect } from "@playwright/test";

/**
 * `page` that fails the test when the browser logs a console error or an uncaught exception,
 * so every e2e test also checks that the pages it visits run cleanly. A test that provokes an
 * error on purpose (a 404, a 400) lists it in `expectedConsoleErrors`.
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp[] }>({
  expectedConsoleErrors: [[], { option: true }],
  page: async ({ page, expectedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() !== "error") return;
      const text = `${msg.text()} (${msg.location().url})`;
      if (!expectedConsoleErrors.some((re) => re.test(text))) errors.push(`console: ${text}`);
    });
    page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
    await use(page);
    expect(errors, "the browser reported errors").toEqual([]);
  },
});

export { expect };
