/**
 * A small CSV writer for the open data downloads: RFC 4180 (comma-separated, fields quoted when they
 * hold a comma, quote or line break, quotes doubled, CRLF between records), with a UTF-8 byte order
 * mark so Excel reads æ, ø and å correctly, and with protection against CSV (formula) injection:
 * a text cell that starts with = + - @, a tab or a carriage return gets a leading single quote, so a
 * spreadsheet shows it as text instead of running it as a formula (OWASP's advice).
 */

export type CsvValue = string | number | boolean | Date | null | undefined;

/** Excel needs the BOM to read the file as UTF-8 instead of the local code page. */
export const CSV_BOM = "\uFEFF";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, made safe and quoted as needed. Numbers and booleans are never formulas, so stay as they are. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text: string;
  if (value instanceof Date) text = value.toISOString();
  else if (typeof value === "number") text = Number.isFinite(value) ? String(value) : "";
  else if (typeof value === "boolean") text = value ? "true" : "false";
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole file: the BOM, a header record, then the rows; every record ends with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const records = [header, ...rows].map((row) => row.map(csvCell).join(","));
  return `${CSV_BOM}${records.map((r) => `${r}\r\n`).join("")}`;
}
