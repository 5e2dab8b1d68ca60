/**
 * Runs one action of the real production build against hostile forms (app/testing/hostile-input.ts)
 * and checks what issue 8 promises for every answer: never a 5xx; text shown as text (no injected
 * element); and a refusal (4xx) tells the person in Norwegian and leaves the data untouched. A form
 * the generators happen to make valid may succeed; then only the first two promises apply.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { getDb } from "../utils/db.server";
import { formRequest, getRequest, loadBuiltApp, settleBuiltApp, TEST_ORIGIN } from "./built-app.server";
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
  await settleBuiltApp();
  const before = dataDigest(raw);
  // A different address each time, so the per-address rate limits (tested on their own) do not turn
  // every later form into a 429 before its fields are looked at.
  const response = await app(formRequest(path, form, { cookie }), { clientIp: `10.8.${(requests >> 8) & 255}.${requests++ & 255}` });
  const body = await response.text();
  await settleBuiltApp();
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

/**
 * Bodies that are no form at all, as a script or a confused client sends them: `request.formData()`
 * throws on each, which must end as a 4xx page, never a 500 (issue 18, item 3).
 */
export const NON_FORM_BODIES: { name: string; contentType: string | null; body: string }[] = [
  { name: "JSON", contentType: "application/json", body: '{"email":"kari@example.test","intent":"save"}' },
  { name: "text/plain", contentType: "text/plain;charset=UTF-8", body: "email=kari@example.test" },
  { name: "XML", contentType: "application/xml", body: '<?xml version="1.0"?><form><email>kari@example.test</email></form>' },
  { name: "no Content-Type", contentType: null, body: "email=kari@example.test" },
  { name: "broken multipart", contentType: "multipart/form-data; boundary=laget", body: "--laget\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nkari" },
  { name: "multipart without boundary", contentType: "multipart/form-data", body: "email=kari@example.test" },
];

/** Posts each body of NON_FORM_BODIES: never a 5xx, and a refusal in Norwegian that changes nothing. */
export async function checkActionAgainstNonFormBodies(path: string, cookie: string | undefined): Promise<number[]> {
  const app = await loadBuiltApp();
  const raw = getDb().$client;
  const statuses: number[] = [];
  for (const { name, contentType, body } of NON_FORM_BODIES) {
    await settleBuiltApp();
    const before = dataDigest(raw);
    const headers = new Headers({ Accept: "text/html", Host: new URL(TEST_ORIGIN).host, Origin: TEST_ORIGIN });
    if (cookie) headers.set("Cookie", cookie);
    if (contentType) headers.set("Content-Type", contentType);
    // Bytes, not a string: a string body would get text/plain from the Request constructor.
    const request = new Request(new URL(path, TEST_ORIGIN), { method: "POST", headers, body: new TextEncoder().encode(body) });
    const response = await app(request, { clientIp: `10.9.${(requests >> 8) & 255}.${requests++ & 255}` });
    const text = await response.text();
    await settleBuiltApp();
    const context = `POST ${path} with ${name} → ${response.status}`;
    expect(response.status, `${context}\n${visibleText(text)}`).toBeLessThan(500);
    expect(dataDigest(raw), `${context}: a body that is no form changed the data`).toBe(before);
    if (response.status >= 400) {
      expect(showsNorwegianMessage(text, response.headers.get("content-type")), `${context}: no Norwegian message in\n${visibleText(text)}`).toBe(true);
    }
    statuses.push(response.status);
  }
  return statuses;
}

/** The property for one action: every hostile form passes `postAndCheck`, and no body that is no form breaks it. */
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
  for (const status of await checkActionAgainstNonFormBodies(target.path, cookie)) statuses.set(status, (statuses.get(status) ?? 0) + 1);
  return { fields, intents, statuses };
}
