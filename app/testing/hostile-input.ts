/**
 * The one library of hostile input for Laget's property-based tests (fast-check): the classes of
 * text and form shapes issue 8 names, and the checks every answer to them must pass. The area test
 * files (app/testing/*.hostile.test.ts) combine these with each form's own field names.
 */
import { createHash } from "node:crypto";
import fc from "fast-check";
import { nb } from "~/i18n/nb";

/**
 * A marker element no page ever renders: if the answer contains it unescaped, the person's text was
 * interpreted as HTML instead of shown as text.
 */
export const INJECTED_TAG = "laget-injected";
const INJECTED_ELEMENT = new RegExp(`<${INJECTED_TAG}[\\s>/]`, "i");

/** Over-long: 1 MB of text, in one-byte and two-byte characters. */
const overLong = fc.constantFrom("a".repeat(1024 * 1024), "æ".repeat(512 * 1024));

/** The other text classes; each one is a way real people (or attackers) fill in forms. */
const everydayHostile: fc.Arbitrary<string> = fc.oneof(
  fc.constant(""),
  fc.constantFrom(" ", "\t", "\n\n", "\u00a0"),
  fc.string({ unit: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 8 }),
  fc.constantFrom("\u200b", "a\u200bb", "\u200e\u200f", "\u202eabc\u202c", "\ufeff", "\u2066x\u2069"),
  fc.constantFrom("😀", "👩‍👩‍👧‍👦", "🇳🇴", "\ud83d", "a\udc00b"),
  fc.constantFrom("æøå ÆØÅ", "Bjørnstjerne Bjørnson", "Tøyen Ærlig Åsmund"),
  fc.constantFrom(
    `<${INJECTED_TAG}>x</${INJECTED_TAG}>`,
    `<script>alert(1)</script><${INJECTED_TAG} id=pwn>`,
    `"><${INJECTED_TAG} onload=alert(1)>`,
    `'><img src=x onerror=alert(1)><${INJECTED_TAG}/>`,
    `</textarea><${INJECTED_TAG}>`,
    `</script><${INJECTED_TAG}>`,
  ),
  fc.constantFrom("' OR '1'='1", "'; DROP TABLE users; --", '" OR ""="', "%", "_", "\\", "1; select 1", "null"),
  fc.constantFrom("0", "-1", "1e309", "NaN", "99999999999999999999", "1.5", "[]", "{}", "[object Object]", "true"),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);

/** Any hostile text; the 1 MB values are about as common as one other class (they are slow to parse and render). */
export const hostileText: fc.Arbitrary<string> = fc.oneof({ weight: 1, arbitrary: overLong }, { weight: 12, arbitrary: everydayHostile });

/** An id as a form or URL might carry it: non-numeric, negative, huge, or of a record that does not exist. */
export const hostileId: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", "abc", "-1", "0", "1.5", "1e3", "9007199254740993", "99999999", "1 OR 1=1", "../1", "%00"),
  fc.integer({ min: 100_000, max: 2_000_000_000 }).map(String),
  hostileText,
);

export type FormFields = Record<string, string | string[]>;

/**
 * A form built from the field names the page really shows: each field is left out, filled with
 * hostile text, or duplicated (sent twice, the second time differently). `intents` are the values the
 * page's buttons send; unknown ones are mixed in.
 */
export function hostileForm(fieldNames: readonly string[], intents: readonly string[] = []): fc.Arbitrary<FormFields> {
  const value = fc.oneof({ weight: 4, arbitrary: hostileText }, { weight: 1, arbitrary: hostileId });
  const field = fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 5, arbitrary: value },
    { weight: 1, arbitrary: fc.array(value, { minLength: 2, maxLength: 3 }) },
  );
  const names = fieldNames.filter((name) => name !== "intent");
  const intent =
    intents.length > 0
      ? fc.oneof(fc.constantFrom(...intents), fc.constantFrom("", "slett-alt", "admin", "__proto__"), fc.array(fc.constantFrom(...intents), { minLength: 2, maxLength: 2 }))
      : fc.constant(undefined);
  return fc.record({ fields: fc.tuple(...names.map(() => field)), intent, extra: fc.option(fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), hostileText, { maxKeys: 2 })) }).map(
    ({ fields, intent: chosen, extra }) => {
      const form: FormFields = { ...(extra ?? {}) };
      names.forEach((name, i) => {
        const v = fields[i];
        if (v !== undefined) form[name] = v;
      });
      if (chosen !== undefined) form.intent = chosen;
      return form;
    },
  );
}

/**
 * Field names and intent values of the forms on a rendered page that POST to `path` itself: the forms
 * a person really gets, so the tests follow the pages when fields change.
 */
export function formsOnPage(html: string, path: string): { fields: string[]; intents: string[] } {
  const fields = new Set<string>();
  const intents = new Set<string>();
  for (const form of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/gi)) {
    if (!/method="post"/i.test(form[1]!)) continue;
    const action = /\baction="([^"]*)"/.exec(form[1]!)?.[1];
    if (action !== undefined && decodeEntities(action).split("?")[0] !== path) continue;
    for (const tag of form[2]!.matchAll(/<(?:input|select|textarea|button)\b[^>]*>/gi)) {
      const name = /\bname="([^"]+)"/.exec(tag[0])?.[1];
      if (!name) continue;
      const value = /\bvalue="([^"]*)"/.exec(tag[0])?.[1];
      if (name === "intent" && value) intents.add(value);
      else fields.add(decodeEntities(name));
    }
  }
  return { fields: [...fields].sort(), intents: [...intents].sort() };
}

function decodeEntities(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/**
 * Tables whose rows change on every request by design and say nothing about what a form did:
 * rate-limit counters (a refused login attempt must count, that is the point of them) and sessions
 * (lucia extends a session's expiry when it is used). Everything else must be untouched by a refusal.
 */
const BOOKKEEPING_TABLES = new Set(["rate_limit_hits", "sessions", "__drizzle_migrations"]);

type RawDb = { prepare(sql: string): { all(): unknown[] } };

/** A digest of every data table's rows, to show a refused request changed nothing. */
export function dataDigest(db: RawDb): string {
  const hash = createHash("sha256");
  const tables = db
    .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    if (BOOKKEEPING_TABLES.has(name)) continue;
    hash.update(`\n#${name}\n`);
    // Sorted in JavaScript: some tables are WITHOUT ROWID, and the order of rows is not what matters.
    const rows = db.prepare(`select * from "${name}"`).all().map((row) => JSON.stringify(row));
    for (const row of rows.sort()) hash.update(row);
  }
  return hash.digest("hex");
}

/**
 * Every text of the Norwegian catalogue, and for a message built from values ("Vent 15 minutter …")
 * its fixed start; `errorsOnly` keeps those under `errors` (the error page's headings).
 */
function norwegianTexts(errorsOnly: boolean): Set<string> {
  const texts = new Set<string>();
  const walk = (node: unknown) => {
    if (typeof node === "string") texts.add(node);
    else if (typeof node === "function") {
      try {
        const sample = (node as (...args: unknown[]) => unknown)(1, 1, 1);
        if (typeof sample === "string") texts.add(sample.split(/\d/)[0]!.trim());
      } catch {
        // A message that needs richer arguments; its text is found through its other messages.
      }
    } else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  walk(errorsOnly ? nb.errors : nb);
  return new Set([...texts].filter((t) => t.length >= 4));
}

let catalogue: Set<string> | undefined;
let errorPageTexts: Set<string> | undefined;

function findAll(body: string, pattern: RegExp): string[] {
  return [...body.matchAll(pattern)].map((m) => decode(m[1]!.replace(/<[^>]+>/g, " ")).replace(/\s+/g, " ").trim()).filter(Boolean);
}

function decode(text: string): string {
  return decodeEntities(text).replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}

const containsOneOf = (texts: string[], known: Set<string>) => texts.some((text) => [...known].some((k) => text.includes(k)));

/**
 * True when a 4xx answer tells the person what is wrong in Norwegian: a field error or form message
 * (role="alert") with a catalogue text, the error page with one of its headings, or a plain-text
 * answer that is a catalogue text.
 */
export function showsNorwegianMessage(body: string, contentType: string | null): boolean {
  catalogue ??= norwegianTexts(false);
  errorPageTexts ??= norwegianTexts(true);
  if (!contentType?.includes("text/html")) return containsOneOf([body.trim()], catalogue);
  const messages = [
    ...findAll(body, /<p id="[^"]*-error"[^>]*>([^<]+)<\/p>/g),
    ...findAll(body, /<div role="alert"[^>]*>([\s\S]*?)<\/div>/g),
  ];
  return containsOneOf(messages, catalogue) || containsOneOf(findAll(body, /<h1[^>]*>([^<]+)<\/h1>/g), errorPageTexts);
}

/** True when the person's text was interpreted as markup somewhere in the answer. */
export function hasInjectedElement(body: string): boolean {
  return INJECTED_ELEMENT.test(body);
}
