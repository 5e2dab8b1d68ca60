/**
 * Runs one action of the real production build against hostile forms (app/testing/hostile-input.ts)
 * and checks what issue 8 promises for every answer: never a 5xx; text shown as text (no injected
 * element); and a refusal (4xx) tells the person in Norwegian and leaves the data untouched. A form
 * the generators happen to make valid may succeed; then only the first two promises apply.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { getDb } from "../utils/db.server";
import { formRequest, getRequest, loadBuiltApp } from "./built-app.server";
import { dataDigest, formsOnPage, hasInjectedElement, hostileForm, showsNorwegianMessage, type FormFields } from "./hostile-input";

export type HostileTarget = {
  /** The path the form posts to, with real or made-up ids in it. */
  path: string;
  /** The page whose forms give the field names (default: `path`); null when no page shows the form. */
  page?: string | null;
  /** Field names and intents the action reads that the page does not show (e.g. ids of other records). */
  extraFields?: string[];
  extraIntents?: string[];
  cookie?: () => Promise<string | undefined>;
};

/** Modest: every action gets this many hostile forms; the 1 MB values make some runs slow. */
export const RUNS_PER_ACTION = 20;

export async function fieldsOf(target: HostileTarget, cookie: string | undefined) {
  const app = await loadBuiltApp();
  const page = target.page === undefined ? target.path : target.page;
  let found = { fields: [] as string[], intents: [] as string[] };
  if (page !== null) {
    const response = await app(getRequest(page, { cookie }));
    found = formsOnPage(await response.text(), page.split("?")[0]!);
  }
  const fields = [...new Set([...found.fields, ...(target.extraFields ?? [])])].sort();
  const intents = [...new Set([...found.intents, ...(target.extraIntents ?? [])])].sort();
  return { fields, intents };
}

let requests = 0;

/** The page's main text, short enough for a failure message. */
function visibleText(body: string): string {
  const main = /<main\b[\s\S]*?<\/main>/.exec(body)?.[0] ?? body;
  return main.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").slice(0, 1500);
}

/** Posts one form and checks the answer; returns the status for the caller's statistics. */
export async function postAndCheck(path: string, form: FormFields, cookie: string | undefined): Promise<number> {
  const app = await loadBuiltApp();
  const raw = getDb().$client;
  const before = dataDigest(raw);
  // A different address each time, so the per-address rate limits (tested on their own) do not turn
  // every later form into a 429 before its fields are looked at.
  const response = await app(formRequest(path, form, { cookie }), { clientIp: `10.8.${(requests >> 8) & 255}.${requests++ & 255}` });
  const body = await response.text();
  const shortened = JSON.stringify(form, (_key, value: unknown) => (typeof value === "string" && value.length > 60 ? `${value.slice(0, 20)}…(${value.length} characters)` : value));
  const context = `POST ${path} ${shortened} → ${response.status}`;
  expect(response.status, `${context}\n${visibleText(body)}`).toBeLessThan(500);
  expect(hasInjectedElement(body), `${context}: injected element in the answer`).toBe(false);
  if (response.status >= 400) {
    expect(showsNorwegianMessage(body, response.headers.get("content-type")), `${context}: no Norwegian message in\n${visibleText(body)}`).toBe(true);
    expect(dataDigest(raw), `${context}: a refused request changed the data`).toBe(before);
  }
  return response.status;
}

/** The property for one action: every hostile form passes `postAndCheck`. */
export async function checkActionAgainstHostileInput(target: HostileTarget, runs = RUNS_PER_ACTION) {
  const cookie = await target.cookie?.();
  const { fields, intents } = await fieldsOf(target, cookie);
  const statuses = new Map<number, number>();
  const details = await fc.check(
    fc.asyncProperty(hostileForm(fields, intents), async (form) => {
      const status = await postAndCheck(target.path, form, cookie);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }),
    { numRuns: runs, endOnFailure: true },
  );
  // Not fc.assert: its report prints the 1 MB values whole. The assertion's own message names the
  // form with long values cut short; the seed reproduces the run.
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${cause}\n(fast-check seed ${details.seed}, path ${details.counterexamplePath})`);
  }
  return { fields, intents, statuses };
}
