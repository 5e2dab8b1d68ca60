/**
 * The English interface says "initiative(s)", never the Norwegian "tiltak" as an English word. A gloss
 * in brackets, "(tiltak)", and addresses such as /tiltak are fine.
 */
import { describe, expect, it } from "vitest";
import { getMessages } from "~/i18n";

/** Every text of a catalogue, calling message functions with placeholder arguments. */
function texts(value: unknown, path: string, out: { path: string; text: string }[]) {
  if (typeof value === "string") out.push({ path, text: value });
  else if (typeof value === "function") {
    for (const args of [["X", "X", "X", "X"], [2, 2, 2, 2], [1, "X", "X", "X"]]) {
      try {
        const result = (value as (...a: unknown[]) => unknown)(...args);
        if (typeof result === "string") out.push({ path, text: result });
      } catch {
        // Some functions take other kinds of arguments; the other calls cover them.
      }
    }
  } else if (value && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) texts(child, `${path}.${key}`, out);
  }
  return out;
}

describe("the English catalogue", () => {
  it("uses no Norwegian 'tiltak' as an English word", () => {
    const found = texts(getMessages("en"), "en", []).filter(({ text }) => /(?<![/(«“])\btiltak\b(?![)»”])/i.test(text));
    expect(found).toEqual([]);
  });
});
