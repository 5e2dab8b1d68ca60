/**
 * Hostile input against the plan of the year (/koordinator/plan, issue 21): every form of a draft and
 * of an adopted plan under the generated hostile text; amounts written the Norwegian ways (accepted)
 * and negative, huge or dotted ones (refused at the field); years out of range and outside the
 * programme's period; another programme's tiltak and grant scheme, another plan's budget line; and the
 * same forms sent by another programme's coordinator and a partner. Whatever comes in: never a 5xx,
 * a refusal says why in Norwegian and changes nothing (app/testing/hostile-actions.server.ts).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { addItem, createPlan } from "../models/plan/plan.server";
import { addLine } from "../models/plan/budget.server";
import { getDb } from "../utils/db.server";
import { actorFor } from "./coordination-fixture.server";
import { formRequest, getRequest, loadBuiltApp, sessionCookieFor, settleBuiltApp } from "./built-app.server";
import { checkActionAgainstHostileInput, type HostileTarget } from "./hostile-actions.server";
import { dataDigest, showsNorwegianMessage } from "./hostile-input";

const DRAFT = "/koordinator/plan?satsing=groruddalssatsingen&ar=2024";
const ADOPTED = "/koordinator/plan?satsing=groruddalssatsingen&ar=2026";
let itemId = 0;
let foreignLine = 0;
let foreignTiltak = 0;
let foreignScheme = 0;
let requests = 0;

const one = <T>(sql: string, ...args: unknown[]) => getDb().$client.prepare(sql).get(...args) as T;

beforeAll(async () => {
  await seedDemoData(getDb());
  const kari = actorFor(DEMO_ACCOUNTS.coordinator);
  const programmeId = one<{ id: number }>("SELECT id FROM programmes WHERE slug = 'groruddalssatsingen'").id;
  const planId = createPlan(kari, programmeId, 2024);
  itemId = addItem(kari, planId, { initiativeId: one<{ id: number }>("SELECT id FROM initiatives WHERE slug = 'leksehjelp-pa-romsas'").id, goalId: null, note: "", reason: "" });
  addLine(kari, planId, { target: "item", itemId, schemeId: null, subprogrammeId: null, description: "", source: "state", sourceName: "", planned: 100_000, granted: null, spent: null, reason: "" });
  foreignLine = one<{ id: number }>("SELECT l.id FROM plan_budget_lines l JOIN programme_plans p ON p.id = l.plan_id WHERE p.year = 2026 ORDER BY l.id LIMIT 1").id;
  foreignTiltak = one<{ id: number }>("SELECT id FROM initiatives WHERE slug = 'kajakk-for-alle-i-lervig'").id;
  foreignScheme = one<{ id: number }>("SELECT id FROM grant_schemes WHERE slug = 'naermiljotilskudd-storhaug'").id;
});

const coordinator = () => sessionCookieFor(DEMO_ACCOUNTS.coordinator);
const otherCoordinator = () => sessionCookieFor("stavanger-koordinator@laget.test");
const partner = () => sessionCookieFor(DEMO_ACCOUNTS.partner);
const FIELDS = ["year", "introduction", "reason", "initiativeId", "goalId", "note", "itemId", "position", "lineId", "target", "schemeId", "subprogrammeId", "description", "source", "sourceName", "planned", "granted", "spent", "adoptedBy", "adoptedOn"];
const INTENTS = ["create", "carry", "introduction", "addItem", "updateItem", "removeItem", "addLine", "updateLine", "removeLine", "adopt"];

const targets = (): HostileTarget[] => [
  { path: DRAFT, cookie: coordinator, extraFields: FIELDS, extraIntents: INTENTS },
  { path: ADOPTED, cookie: coordinator, extraFields: FIELDS, extraIntents: INTENTS },
  { path: "/koordinator/plan?satsing=groruddalssatsingen&ar=2019", cookie: coordinator, extraFields: FIELDS, extraIntents: INTENTS },
  { path: "/koordinator/plan?satsing=finnes-ikke&ar=2024", page: null, cookie: coordinator, extraFields: FIELDS, extraIntents: INTENTS },
  { path: DRAFT, page: null, cookie: otherCoordinator, extraFields: FIELDS, extraIntents: INTENTS },
  { path: DRAFT, page: null, cookie: partner, extraFields: FIELDS, extraIntents: INTENTS },
];

describe("the plan's forms under hostile input", () => {
  for (let i = 0; i < 6; i++) {
    it(`plan action #${i + 1}`, async () => {
      const target = targets()[i]!;
      const { fields } = await checkActionAgainstHostileInput(target);
      expect(fields.length).toBeGreaterThan(0);
    }, 180_000);
  }
});

/** Posts a form as Kari; a refusal must say why in Norwegian (`message` when given) and change nothing. */
async function post(path: string, form: Record<string, string>, expected: { status: number; message?: string }) {
  const app = await loadBuiltApp();
  const cookie = await coordinator();
  await settleBuiltApp();
  const before = dataDigest(getDb().$client);
  const response = await app(formRequest(path, form, { cookie }), { clientIp: `10.21.${(requests >> 8) & 255}.${requests++ & 255}` });
  const body = await response.text();
  await settleBuiltApp();
  expect(response.status, `${JSON.stringify(form)}: ${body.slice(0, 300)}`).toBe(expected.status);
  if (expected.status >= 400) {
    expect(showsNorwegianMessage(body, response.headers.get("content-type"))).toBe(true);
    expect(dataDigest(getDb().$client)).toBe(before);
  }
  if (expected.message) expect(body).toContain(expected.message);
  return body;
}

const line = (planned: string, extra: Record<string, string> = {}) => ({ intent: "addLine", target: "item", itemId: String(itemId), source: "state", planned, ...extra });
const plannedOf = () => (getDb().$client.prepare("SELECT planned_ore AS ore FROM plan_budget_lines ORDER BY id DESC LIMIT 1").get() as { ore: number }).ore;

describe("amounts, years and other programmes' things", () => {
  it("takes amounts written the Norwegian ways, in øre", async () => {
    for (const [typed, ore] of [
      ["12 500", 1_250_000],
      ["kr 250 000", 25_000_000],
      ["12 500,50", 1_250_050],
      ["12\u00a0500 kr", 1_250_000],
      ["kr 12 500,-", 1_250_000],
    ] as const) {
      await post(DRAFT, line(typed), { status: 302 });
      expect(plannedOf(), typed).toBe(ore);
    }
  });

  it("refuses negative, huge, dotted and fractional-øre amounts at the field, keeping what was typed", async () => {
    for (const [typed, message] of [
      ["-100", "Beløpet kan ikke være negativt."],
      ["−12 500", "Beløpet kan ikke være negativt."],
      ["99999999999999", "Beløpet er for stort."],
      ["1e9", "Skriv beløpet i kroner"],
      ["12.500", "Skriv beløpet i kroner"],
      ["12,505", "Beløpet kan ha høyst to desimaler (øre)."],
      ["", "Skriv beløpet."],
    ] as const) {
      const body = await post(DRAFT, line(typed), { status: 400, message });
      if (typed) expect(body).toContain(`value="${typed}"`);
    }
    await post(DRAFT, line("100", { granted: "-5" }), { status: 400, message: "Beløpet kan ikke være negativt." });
  });

  it("refuses years out of range and outside the programme's period", async () => {
    await post(DRAFT, { intent: "create", year: "1999" }, { status: 400, message: "Skriv et årstall mellom 2000 og 2100." });
    await post(DRAFT, { intent: "create", year: "99999" }, { status: 400, message: "Skriv et årstall mellom 2000 og 2100." });
    await post(DRAFT, { intent: "create", year: "tjuetjueseks" }, { status: 400, message: "Skriv årstallet med fire sifre" });
    await post(DRAFT, { intent: "create", year: "2016" }, { status: 400, message: "Året er utenfor satsingens periode." });
    await post(DRAFT, { intent: "carry", year: "2027" }, { status: 400, message: "Året er utenfor satsingens periode." });
    await post(DRAFT, { intent: "create", year: "2024" }, { status: 400, message: "Satsingen har allerede en plan for dette året." });
    const app = await loadBuiltApp();
    const cookie = await coordinator();
    for (const ar of ["99999", "abc", "1999", "-1"]) {
      expect((await app(getRequest(`/koordinator/plan?satsing=groruddalssatsingen&ar=${ar}`, { cookie }))).status, ar).toBe(400);
    }
  });

  it("refuses another programme's tiltak and scheme, another plan's line, and a change to the adopted plan without a reason", async () => {
    await post(DRAFT, { intent: "addItem", initiativeId: String(foreignTiltak) }, { status: 400, message: "Tiltaket hører ikke til satsingen." });
    await post(DRAFT, { intent: "addItem", initiativeId: "999999999" }, { status: 400, message: "Tiltaket hører ikke til satsingen." });
    await post(DRAFT, line("100", { target: "scheme", schemeId: String(foreignScheme) }), { status: 400, message: "Tilskuddsordningen hører ikke til satsingen." });
    await post(DRAFT, { intent: "updateLine", lineId: String(foreignLine), source: "state", planned: "1" }, { status: 404, message: "Fant ikke det du ba om." });
    await post(DRAFT, { intent: "removeLine", lineId: String(foreignLine) }, { status: 404, message: "Fant ikke det du ba om." });
    await post(ADOPTED, { intent: "introduction", introduction: "Ny tekst", reason: "  " }, { status: 400, message: "Planen er vedtatt. Skriv hvorfor den endres." });
    await post(DRAFT, { intent: "adopt", adoptedBy: "Bydelsutvalget", adoptedOn: "2099-01-01" }, { status: 400, message: "Vedtaksdatoen kan ikke være fram i tid." });
    await post(DRAFT, { intent: "adopt", adoptedBy: "x".repeat(5000), adoptedOn: "2026-01-01" }, { status: 400, message: "Teksten er for lang." });
  });
});
