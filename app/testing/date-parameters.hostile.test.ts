/**
 * Every date and year a person can type or put in an address, at its extremes: the format check
 * alone let 9999-12-31 through to date arithmetic that then failed (a 500 on /admin/logg, issue 18,
 * item 3). Each must be refused with a Norwegian message, or answered, never a 5xx.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { auditFilterSchema } from "../validation/admin";
import { DATE_YEARS, isIsoDate } from "../validation/common";
import { initiativeSchema } from "../validation/coordinator";
import { newUpdateSchema } from "../validation/update";
import { parseForm } from "../utils/forms.server";
import { getRequest, loadBuiltApp, sessionCookieFor } from "./built-app.server";
import { showsNorwegianMessage } from "./hostile-input";

/** Dates at and past every edge: JavaScript's own range, four- and more-digit years, signs, impossible days. */
const EXTREME_DATES = [
  "0000-01-01",
  "0001-01-01",
  "1899-12-31",
  "2101-01-01",
  "9999-12-31",
  "10000-01-01",
  "+010000-01-01",
  "-000001-01-01",
  "275760-09-13",
  "275760-09-14",
  "2026-02-30",
  "2026-13-01",
  "2026-00-10",
  "2026-1-1",
  "31.12.2026",
  "2026-12-31T00:00:00Z",
];
const EXTREME_YEARS = ["0", "-1", "1899", "2101", "9999", "10000", "275760", "1e308", "NaN", "Infinity", "2026.5", "99999999999999999999"];

beforeAll(async () => {
  await seedDemoData(getDb());
});

describe("dates at their extremes", () => {
  it("accepts exactly the real days of 1900–2100", () => {
    expect(isIsoDate(`${DATE_YEARS.min}-01-01`)).toBe(true);
    expect(isIsoDate(`${DATE_YEARS.max}-12-31`)).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    for (const date of EXTREME_DATES) expect(isIsoDate(date), date).toBe(false);
  });

  it("refuses extreme dates in every form that takes one, with the field's own message", () => {
    for (const date of EXTREME_DATES) {
      const audit = parseForm(formOf({ fra: date, til: date }), auditFilterSchema);
      expect(audit.ok, date).toBe(false);
      const initiative = parseForm(formOf({ title: "Tiltak", programmeId: "1", subprogrammeId: "1", areaId: "1", status: "active", startDate: date, endDate: date }), initiativeSchema);
      expect(!initiative.ok && initiative.result.error?.startDate, date).toEqual(["isoDate"]);
      const update = parseForm(formOf({ title: "Tittel", body: "Tekst", visibility: "public", initiativeId: "1", eventDate: date }), newUpdateSchema);
      expect(!update.ok && update.result.error?.eventDate, date).toEqual(["eventDate"]);
    }
  });

  it("answers the audit log's date filters at their extremes with a Norwegian refusal, never a 5xx", async () => {
    const app = await loadBuiltApp();
    const cookie = await sessionCookieFor(DEMO_ACCOUNTS.admin);
    for (const date of EXTREME_DATES) {
      for (const query of [`til=${encodeURIComponent(date)}`, `fra=${encodeURIComponent(date)}`, `fra=${encodeURIComponent(date)}&til=${encodeURIComponent(date)}`]) {
        const response = await app(getRequest(`/admin/logg?${query}`, { cookie }));
        const body = await response.text();
        expect(response.status, `/admin/logg?${query}`).toBe(400);
        expect(showsNorwegianMessage(body, response.headers.get("content-type")), `/admin/logg?${query}`).toBe(true);
      }
    }
  });

  it("answers the annual report's year at its extremes with the 400 page, never a 5xx", async () => {
    const app = await loadBuiltApp();
    const cookie = await sessionCookieFor(DEMO_ACCOUNTS.coordinator);
    for (const year of EXTREME_YEARS) {
      const response = await app(getRequest(`/koordinator/arsrapport?ar=${encodeURIComponent(year)}`, { cookie }));
      const body = await response.text();
      expect(response.status, year).toBe(400);
      expect(showsNorwegianMessage(body, response.headers.get("content-type")), year).toBe(true);
    }
  });
});

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}
