/**
 * Every language has every key. The typecheck already ties each catalogue to `Messages`; this test
 * also catches what types cannot see (a list with an item left out, a string left in Norwegian) and
 * runs every message function once.
 */
import { describe, expect, it } from "vitest";
import { getMessages, LANGUAGES, type Language } from "./index";

type Leaf = { kind: "string"; value: string } | { kind: "function"; value: (...args: unknown[]) => unknown } | { kind: "list" | "object" };

/** Every path in a catalogue (`auth.loginTitle`, `directory.list.emptyTips.0`) with what sits there. */
function flatten(value: unknown, path = "", out = new Map<string, Leaf>()): Map<string, Leaf> {
  if (typeof value === "string") out.set(path, { kind: "string", value });
  else if (typeof value === "function") out.set(path, { kind: "function", value: value as (...args: unknown[]) => unknown });
  else if (value && typeof value === "object") {
    // Lists are compared item by item: an English list with a point left out is a missing translation.
    if (path) out.set(path, { kind: Array.isArray(value) ? "list" : "object" });
    for (const [key, child] of Object.entries(value)) flatten(child, path ? `${path}.${key}` : key, out);
  } else {
    out.set(path, { kind: "object" });
  }
  return out;
}

/**
 * Strings that may read the same in Norwegian and English. Keep this short: anything else that is
 * identical is most likely text somebody forgot to translate.
 */
const SAME_IN_BOTH_VALUES = new Set([
  "laget", // the product's name
  " – laget", // the title suffix: the product's name
  "–", // a dash for "nothing here"
  // Words spelt the same in both languages:
  "administrator",
  "parameter",
  "partner",
  "status",
  "system",
  "type",
]);
const SAME_IN_BOTH_PATHS = [
  /^openData\.docs\.\w+\.(parameters|fields)\.\d+\.name$/, // API parameter and field names are code
  /^openData\.docs\.errorCodes\.\d+\.name$/, // API error codes are code
  /^openData\.privacy\.cookies\.\d+\.name$/, // cookie names are code
  /Address$/, // e-mail addresses
  /^language\.endonyms\./, // each language by its own name
];

/** Arguments to try, in order, until a function accepts them (the catalogue's functions take numbers, text, lists of text, yes/no or notification parameters). */
const SAMPLE_ARGUMENTS: ((n: number) => unknown[])[] = [
  (n) => Array.from({ length: n }, () => "7"),
  (n) => Array.from({ length: n }, () => ["Eksempel", "Prøve"]),
  (n) => Array.from({ length: n }, () => 7),
  (n) => Array.from({ length: n }, () => ({ organisation: "Eksempel", person: "Kari", initiative: "Leksehjelp", update: "Sommer", reason: "Dublett", approved: "1" })),
];

function isNonEmptyText(value: unknown): boolean {
  if (typeof value === "string") return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0 && value.every(isNonEmptyText);
  return false;
}

const nb = flatten(getMessages("nb"));

describe("message catalogues", () => {
  it("knows bokmål and English", () => {
    expect(LANGUAGES).toEqual(["nb", "en"]);
  });

  const others = LANGUAGES.filter((lang): lang is Exclude<Language, "nb"> => lang !== "nb");
  for (const lang of others) {
    const other = flatten(getMessages(lang));

    describe(lang, () => {
      it("has exactly the keys of the bokmål catalogue", () => {
        const missing = [...nb.keys()].filter((path) => !other.has(path));
        const extra = [...other.keys()].filter((path) => !nb.has(path));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it("has the same kind of value under every key, and functions take as many arguments", () => {
        const different: string[] = [];
        for (const [path, mine] of nb) {
          const theirs = other.get(path);
          if (!theirs) continue;
          if (mine.kind !== theirs.kind) different.push(`${path}: ${mine.kind} in nb, ${theirs.kind} in ${lang}`);
          else if (mine.kind === "function" && theirs.kind === "function" && mine.value.length !== theirs.value.length) {
            different.push(`${path}: ${mine.value.length} arguments in nb, ${theirs.value.length} in ${lang}`);
          }
        }
        expect(different).toEqual([]);
      });

      it("translates every text (apart from a short list of names and codes)", () => {
        const untranslated = [...nb]
          .filter(([path, mine]) => {
            const theirs = other.get(path);
            return (
              mine.kind === "string" &&
              theirs?.kind === "string" &&
              mine.value === theirs.value &&
              !SAME_IN_BOTH_VALUES.has(mine.value.toLowerCase()) &&
              !SAME_IN_BOTH_PATHS.some((re) => re.test(path))
            );
          })
          .map(([path, mine]) => `${path}: ${mine.kind === "string" ? mine.value : ""}`);
        expect(untranslated).toEqual([]);
      });

      it(`uses its own language tag and locale`, () => {
        const t = getMessages(lang);
        expect(t.meta.lang).toBe(lang);
        expect(t.meta.locale).not.toBe(getMessages("nb").meta.locale);
        expect(() => new Intl.NumberFormat(t.meta.locale)).not.toThrow();
      });
    });
  }

  for (const lang of LANGUAGES) {
    it(`every function in ${lang} gives text for sample arguments`, () => {
      const failing: string[] = [];
      for (const [path, leaf] of flatten(getMessages(lang))) {
        if (leaf.kind !== "function") continue;
        let result: unknown;
        let ran = false;
        for (const sample of SAMPLE_ARGUMENTS) {
          try {
            result = leaf.value(...sample(leaf.value.length));
            ran = true;
            break;
          } catch {
            // Try the next kind of argument.
          }
        }
        if (!ran || !isNonEmptyText(result)) failing.push(path);
      }
      expect(failing).toEqual([]);
    });

    it(`has no empty text in ${lang}`, () => {
      const empty = [...flatten(getMessages(lang))].filter(([, leaf]) => leaf.kind === "string" && leaf.value.trim() === "").map(([path]) => path);
      expect(empty).toEqual([]);
    });
  }
});
