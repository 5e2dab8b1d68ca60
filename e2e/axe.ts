import type { Page } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";
import axe from "axe-core";
import { expect } from "./fixtures";

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the law asks (2.1 AA) and what Laget aims at (2.2 AA). */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type AxeOptions = {
  /** Check only the part of the page this selector finds (for instance "main"). */
  include?: string;
  /** Also axe's best-practice rules (landmarks, heading order, …), as a page-wide review. */
  bestPractices?: boolean;
};

/**
 * Runs axe-core in the page as it is now and fails with the violations it finds: WCAG 2.x A and AA,
 * with target-size (2.5.8, which axe leaves off by default) and label-content-name-mismatch (2.5.3,
 * experimental in axe) turned on.
 *
 * axe-core is injected once per document and run directly. @axe-core/playwright's AxeBuilder
 * injected it again on every analysis and opened a blank page to merge the results of frames,
 * which Laget's pages do not have: three times the time, and axe was 40 % of the e2e run.
 */
export async function expectNoAxeViolations(page: Page, label: string, options: AxeOptions = {}) {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const runOptions: RunOptions = {
    runOnly: { type: "tag", values: options.bestPractices ? [...WCAG_TAGS, "best-practice"] : WCAG_TAGS },
    // label-content-name-mismatch (WCAG 2.5.3, label in name) is experimental in axe-core and off
    // unless named: a button shown as "Send forespørselen" must not be called something else.
    rules: { "target-size": { enabled: true }, "label-content-name-mismatch": { enabled: true } },
    // Only violations carry node details: collecting every passing node doubles axe's time.
    resultTypes: ["violations"],
  };
  const results = await page.evaluate(
    ([include, runOptions]) => (window as unknown as { axe: typeof axe }).axe.run(include ? { include: [include] } : document, runOptions),
    [options.include ?? null, runOptions] as const,
  );
  expect(summarise(results), `axe violations: ${label}`).toEqual([]);
  // Guards against options that silently skip the rules turned on above.
  for (const id of ["target-size", "label-content-name-mismatch"]) {
    const ran = [...results.passes, ...results.incomplete, ...results.inapplicable].some((rule) => rule.id === id);
    expect(ran, `axe ran ${id}`).toBe(true);
  }
}

function summarise(results: AxeResults) {
  return results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map((node) => `${node.target.join(" ")}: ${node.failureSummary?.split("\n").slice(1, 3).join(" ") ?? ""}`),
  }));
}
