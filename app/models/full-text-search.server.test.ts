import { describe, expect, it } from "vitest";
import { ftsMatchExpression, searchTerms } from "./full-text-search.server";

describe("the search expression", () => {
  it("makes every word a required, quoted prefix", () => {
    expect(ftsMatchExpression("leks")).toBe('"leks"*');
    expect(ftsMatchExpression("  Leksehjelp   Romsås ")).toBe('"Leksehjelp"* AND "Romsås"*');
    expect(ftsMatchExpression("møteplass på Grønland 2026")).toBe('"møteplass"* AND "på"* AND "Grønland"* AND "2026"*');
  });

  it("keeps Norwegian letters and accents inside words", () => {
    expect(searchTerms("Grønland nærmiljø språkkafé 10. trinn")).toEqual(["Grønland", "nærmiljø", "språkkafé", "10", "trinn"]);
    expect(searchTerms("cafe\u0301")).toEqual(["café"]);
    expect(searchTerms("Roms\u0061\u030as")).toEqual(["Romsås"]);
  });

  it("never lets FTS5 syntax through", () => {
    expect(ftsMatchExpression('"leks*" OR (NEAR(a b)) -foo ^bar tittel:x AND NOT y')).toBe(
      '"leks"* AND "a"* AND "b"* AND "foo"* AND "bar"* AND "tittel"* AND "x"* AND "y"*',
    );
    expect(ftsMatchExpression("or Near")).toBe('"or"* AND "Near"*');
    expect(ftsMatchExpression("OR AND NOT NEAR")).toBeNull();
    for (const nothing of ["", "   ", "\"'*():^-+{}[],.;", null, undefined]) expect(ftsMatchExpression(nothing)).toBeNull();
  });

  it("limits the words, their length, and drops repeats", () => {
    expect(ftsMatchExpression("a b c d e f g h i j k")?.split(" AND ")).toHaveLength(8);
    expect(searchTerms("x".repeat(100))[0]).toHaveLength(40);
    expect(searchTerms("Leks leks LEKS hjelp")).toEqual(["Leks", "hjelp"]);
  });
});
