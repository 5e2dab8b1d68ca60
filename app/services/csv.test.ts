import { describe, expect, it } from "vitest";
import { CSV_BOM, csvCell, toCsv } from "./csv";

describe("csvCell", () => {
  it("leaves plain text alone", () => {
    expect(csvCell("Bydel Grorud")).toBe("Bydel Grorud");
    expect(csvCell("")).toBe("");
  });

  it("quotes fields with commas, quotes and line breaks, doubling the quotes (RFC 4180)", () => {
    expect(csvCell("Alna, Bjerke")).toBe('"Alna, Bjerke"');
    expect(csvCell('Kafé «Møtet» og "Treffet"')).toBe('"Kafé «Møtet» og ""Treffet"""');
    expect(csvCell("linje 1\nlinje 2")).toBe('"linje 1\nlinje 2"');
    expect(csvCell("linje 1\r\nlinje 2")).toBe('"linje 1\r\nlinje 2"');
  });

  it("writes empty fields for null and undefined, ISO text for dates, numbers and booleans as they are", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(new Date("2026-09-01T10:00:00Z"))).toBe("2026-09-01T10:00:00.000Z");
    expect(csvCell(-5)).toBe("-5");
    expect(csvCell(3.5)).toBe("3.5");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(true)).toBe("true");
  });

  it("defuses text that a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://evil.example\")")).toBe("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
    expect(csvCell("=1+2")).toBe("'=1+2");
    expect(csvCell("+47 22 00 00 00")).toBe("'+47 22 00 00 00");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\tskjult")).toBe("'\tskjult");
    expect(csvCell("\r=1")).toBe("\"'\r=1\"");
    // Only at the start: these are harmless.
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell("e-post@eksempel.no")).toBe("e-post@eksempel.no");
  });

  it("keeps æ, ø and å", () => {
    expect(csvCell("Søndre Nordstrand, Tøyen og Hillevåg – Ærlig")).toBe('"Søndre Nordstrand, Tøyen og Hillevåg – Ærlig"');
  });
});

describe("toCsv", () => {
  it("starts with a UTF-8 BOM and ends every record with CRLF", () => {
    const csv = toCsv(["slug", "name"], [
      ["romsas-vel", "Romsås vel"],
      ["toyen", "Tøyen, Grønland"],
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}slug,name\r\nromsas-vel,Romsås vel\r\ntoyen,"Tøyen, Grønland"\r\n`);
    // The BOM is the three bytes EF BB BF in UTF-8, and æøå survive the encoding.
    const bytes = new TextEncoder().encode(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain("Romsås");
  });

  it("writes only the header for no rows", () => {
    expect(toCsv(["a", "b"], [])).toBe(`${CSV_BOM}a,b\r\n`);
  });

  it("keeps a line break inside a quoted field from splitting the record", () => {
    const csv = toCsv(["text"], [["første\r\nandre"]]);
    expect(csv).toBe(`${CSV_BOM}text\r\n"første\r\nandre"\r\n`);
  });
});
