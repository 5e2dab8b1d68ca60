import { asc } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getDb } from "../app/utils/db.server";
import { organisations } from "./schema";

const collator = new Intl.Collator("nb");

/** Inserts approved organisations with these names and reads them back in the directory's order. */
function inDatabaseOrder(names: readonly string[]): string[] {
  const db = getDb();
  db.delete(organisations).run();
  if (names.length > 0) {
    db.insert(organisations)
      .values(names.map((name, i) => ({ slug: `org-${i}`, name, sector: "residents_group" as const, status: "approved" as const })))
      .run();
  }
  return db.select({ name: organisations.name }).from(organisations).orderBy(asc(organisations.sortName), asc(organisations.id)).all().map((r) => r.name);
}

describe("Norwegian alphabetical order (organisations.sort_name)", () => {
  it("puts Æ, Ø, Å after Z in that order, folds case and accents, and reads aa as å", () => {
    expect(inDatabaseOrder(["Øst", "Aasen", "ål", "Ærfugl", "Zebra", "aker", "Éclair", "ørn", "Bakeriet", "Åberg"])).toEqual([
      "aker", "Bakeriet", "Éclair", "Zebra", "Ærfugl", "ørn", "Øst", "Åberg", "ål", "Aasen",
    ]);
  });

  it("agrees with the Norwegian collation of ICU for names of Norwegian letters", () => {
    // Words of Norwegian letters, capitalised as names are ("aA" inside a word is no name, and ICU
    // reads only "aa", "Aa" and "AA" as å). Names equal but for case or accents are left out: their
    // keys tie and the id decides. An a next to an å is left out too: ICU decomposes å and then
    // reads "a" + "å" as the contraction aa — no Norwegian name has that.
    const word = fc
      .array(fc.constantFrom(..."abdeghiklmnorstuvyzæøåé".split("")), { minLength: 1, maxLength: 6 })
      .map((cs) => cs.join(""))
      .filter((w) => !/aå|åa/.test(w));
    const name = fc
      .array(word, { minLength: 1, maxLength: 3 })
      .map((words) => words.map((w) => w.charAt(0).toLocaleUpperCase("nb") + w.slice(1)).join(" "));
    fc.assert(
      fc.property(fc.uniqueArray(name, { minLength: 2, maxLength: 6, selector: (n) => n.toLocaleLowerCase("nb").replace(/é/g, "e") }), (names) => {
        const ours = inDatabaseOrder(names);
        for (let i = 1; i < ours.length; i++) expect(collator.compare(ours[i - 1]!, ours[i]!)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 200 },
    );
  });
});
