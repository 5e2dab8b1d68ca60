/**
 * Hostile input against the goal and indicator forms (/koordinator/mal, /koordinator/mal/:id, issue
 * 21), signed in as the demo coordinator; the same forms under another programme's goal, an unknown
 * goal, and sent by a partner. See app/testing/hostile-actions.server.ts for what every answer must
 * satisfy (never a 5xx, text stays text, a refusal in Norwegian with nothing changed). Then the
 * values people type: Norwegian decimals, years out of range, huge text, another programme's ids.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { formRequest, loadBuiltApp, sessionCookieFor } from "./built-app.server";
import { checkActionAgainstHostileInput, postAndCheck, type HostileTarget } from "./hostile-actions.server";
import { dataDigest } from "./hostile-input";
import { parseNorwegianDecimal } from "~/validation/goals";

let own = 0;
let ownIndicator = 0;
let foreign = 0;
let foreignIndicator = 0;
let foreignTiltak = 0;

beforeAll(async () => {
  await seedDemoData(getDb());
  const raw = getDb().$client;
  const one = (sql: string) => (raw.prepare(sql).get() as { id: number }).id;
  own = one("SELECT g.id FROM programme_goals g JOIN programmes p ON p.id = g.programme_id WHERE p.slug = 'groruddalssatsingen' AND g.parent_id IS NOT NULL ORDER BY g.id LIMIT 1");
  ownIndicator = one(`SELECT id FROM goal_indicators WHERE goal_id = ${own} ORDER BY id LIMIT 1`);
  foreign = one("SELECT g.id FROM programme_goals g JOIN programmes p ON p.id = g.programme_id WHERE p.slug = 'levekarsloftet' AND g.parent_id IS NOT NULL ORDER BY g.id LIMIT 1");
  foreignIndicator = one(`SELECT id FROM goal_indicators WHERE goal_id = ${foreign} ORDER BY id LIMIT 1`);
  foreignTiltak = one("SELECT i.id FROM initiatives i JOIN programmes p ON p.id = i.programme_id WHERE p.slug = 'levekarsloftet' ORDER BY i.id LIMIT 1");
});

const coordinator = () => sessionCookieFor(DEMO_ACCOUNTS.coordinator);
const partner = () => sessionCookieFor(DEMO_ACCOUNTS.partner);
const GOAL_FIELDS = ["title", "description", "parentId", "subprogrammeId", "areaId", "goalId", "direction"];
const INDICATOR_FIELDS = ["indicatorId", "name", "unit", "source", "baselineYear", "baselineValue", "targetYear", "targetValue", "year", "value", "initiativeId"];
const GOAL_INTENTS = ["save", "addIndicator", "saveIndicator", "deleteIndicator", "value", "removeValue", "link", "unlink", "move", "delete"];

const targets = (): HostileTarget[] => [
  { path: "/koordinator/mal?index&satsing=groruddalssatsingen", page: "/koordinator/mal?satsing=groruddalssatsingen", cookie: coordinator, extraFields: GOAL_FIELDS, extraIntents: ["create", "move", "delete"] },
  { path: `/koordinator/mal/${own}`, cookie: coordinator, extraFields: INDICATOR_FIELDS, extraIntents: GOAL_INTENTS },
  // Another programme's goal and an unknown one: refused whatever the form says.
  { path: `/koordinator/mal/${foreign}`, page: null, cookie: coordinator, extraFields: [...INDICATOR_FIELDS, ...GOAL_FIELDS], extraIntents: GOAL_INTENTS },
  { path: "/koordinator/mal/999999", page: null, cookie: coordinator, extraFields: INDICATOR_FIELDS, extraIntents: GOAL_INTENTS },
  // A partner is no coordinator.
  { path: `/koordinator/mal/${own}`, page: null, cookie: partner, extraFields: INDICATOR_FIELDS, extraIntents: GOAL_INTENTS },
  { path: "/koordinator/mal?index&satsing=groruddalssatsingen", page: null, cookie: partner, extraFields: GOAL_FIELDS, extraIntents: ["create"] },
];

describe("goal forms under hostile input", () => {
  for (let i = 0; i < 6; i++) {
    it(`goal action #${i + 1}`, async () => {
      const { fields } = await checkActionAgainstHostileInput(targets()[i]!);
      expect(fields.length).toBeGreaterThan(0);
    }, 120_000);
  }
});

describe("the values people type", () => {
  it("reads Norwegian decimals and refuses the rest with a reason", () => {
    expect(parseNorwegianDecimal("12,5")).toEqual({ ok: true, value: 12.5 });
    expect(parseNorwegianDecimal(" 1 234,25 ")).toEqual({ ok: true, value: 1234.25 });
    expect(parseNorwegianDecimal("1\u00a0234")).toEqual({ ok: true, value: 1234 });
    expect(parseNorwegianDecimal("45 %")).toEqual({ ok: true, value: 45 });
    expect(parseNorwegianDecimal("−3,2")).toEqual({ ok: true, value: -3.2 });
    expect(parseNorwegianDecimal("-0")).toEqual({ ok: true, value: 0 });
    expect(parseNorwegianDecimal("12.5")).toMatchObject({ ok: false, reason: "decimalDot" });
    expect(parseNorwegianDecimal("12.500")).toMatchObject({ ok: false, reason: "decimalDot" });
    expect(parseNorwegianDecimal("12,5,0")).toMatchObject({ ok: false, reason: "decimalFormat" });
    expect(parseNorwegianDecimal("abc")).toMatchObject({ ok: false, reason: "decimalFormat" });
    expect(parseNorwegianDecimal("1e9")).toMatchObject({ ok: false, reason: "decimalFormat" });
    expect(parseNorwegianDecimal("Infinity")).toMatchObject({ ok: false, reason: "decimalFormat" });
    expect(parseNorwegianDecimal("1,123456")).toMatchObject({ ok: false, reason: "decimalTooPrecise" });
    expect(parseNorwegianDecimal("9".repeat(40))).toMatchObject({ ok: false, reason: "decimalTooLarge" });
  });

  it("refuses years out of range, huge text and another programme's ids with a Norwegian message, and changes nothing", async () => {
    const cookie = await coordinator();
    const path = `/koordinator/mal/${own}`;
    const refused = async (form: Record<string, string>, text: string) => {
      const app = await loadBuiltApp();
      const before = dataDigest(getDb().$client);
      const response = await app(formRequest(path, form, { cookie }));
      const body = await response.text();
      expect(response.status, JSON.stringify(form).slice(0, 200)).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(body).toContain(text);
      expect(dataDigest(getDb().$client)).toBe(before);
    };
    const indicator = (over: Record<string, string>) => ({ intent: "addIndicator", name: "Andel", baselineYear: "2017", baselineValue: "40", ...over });
    await refused({ intent: "value", indicatorId: String(ownIndicator), year: "1989", value: "1" }, "Skriv et år med fire sifre mellom 1990 og 2100.");
    await refused({ intent: "value", indicatorId: String(ownIndicator), year: "20250", value: "1" }, "Skriv et år med fire sifre mellom 1990 og 2100.");
    await refused({ intent: "value", indicatorId: String(ownIndicator), year: "2016", value: "1" }, "Året er før indikatorens startår.");
    await refused({ intent: "value", indicatorId: String(ownIndicator), year: "2020", value: "12.5" }, "Bruk komma som desimaltegn");
    await refused(indicator({ targetYear: "2101", targetValue: "50" }), "Skriv et år med fire sifre mellom 1990 og 2100.");
    await refused(indicator({ targetYear: "2026" }), "Fyll ut både målår og målverdi");
    await refused(indicator({ name: "x".repeat(100_000) }), "Teksten er for lang.");
    // Another programme's indicator, tiltak, sub-programme: refused, never changed.
    const forbidden = await (await loadBuiltApp())(formRequest(path, { intent: "value", indicatorId: String(foreignIndicator), year: "2020", value: "1" }, { cookie }));
    expect(forbidden.status).toBe(403);
    await refused({ intent: "link", initiativeId: String(foreignTiltak) }, "Tiltaket hører ikke til denne satsingen.");
    await refused({ intent: "save", title: "Nytt navn", subprogrammeId: String(foreignSubprogramme()) }, "Delprogrammet hører ikke til denne satsingen.");
    // A Norwegian value with spaces is accepted.
    expect(await postAndCheck(path, { intent: "value", indicatorId: String(ownIndicator), year: "2020", value: "1 234,5" }, cookie)).toBe(302);
  }, 60_000);
});

function foreignSubprogramme(): number {
  return (getDb().$client.prepare("SELECT s.id FROM subprogrammes s JOIN programmes p ON p.id = s.programme_id WHERE p.slug = 'levekarsloftet' LIMIT 1").get() as { id: number }).id;
}
