/**
 * The access matrix of the plan of the year (issue 21): /koordinator/plan and its versions are
 * Groruddalssatsingen's coordinator's and the admin's (Levekårsløftet's coordinator is refused, 403;
 * partners 403; anonymous people are sent to log in); the public plan page is anyone's. POST bodies
 * are invalid or lack the reason an adopted plan's change needs (an allowed request answers 400 and
 * changes nothing).
 */
import { lookup, matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";

const staff: Record<Actor, Outcome> = { anonymous: "login", partnerA: "forbidden", partnerB: "forbidden", otherCoordinator: "allow", coordinator: "allow", admin: "allow" };
/** Groruddalssatsingen's: its coordinator and the admin only. */
const grorud: Record<Actor, Outcome> = { ...staff, otherCoordinator: "forbidden" };
/** Unknown to those who may look. */
const unknown: Record<Actor, Outcome> = { ...staff, otherCoordinator: "notFound", coordinator: "notFound", admin: "notFound" };
const everyone: Record<Actor, Outcome> = { anonymous: "allow", partnerA: "allow", partnerB: "allow", otherCoordinator: "allow", coordinator: "allow", admin: "allow" };
const nobody: Record<Actor, Outcome> = { anonymous: "notFound", partnerA: "notFound", partnerB: "notFound", otherCoordinator: "notFound", coordinator: "notFound", admin: "notFound" };

const PLAN = "/koordinator/plan?satsing=groruddalssatsingen&ar=2026";
const planId = () => lookup<{ id: number }>("SELECT pp.id FROM programme_plans pp JOIN programmes p ON p.id = pp.programme_id WHERE p.slug = 'groruddalssatsingen' AND pp.year = 2026").id;
const itemId = () => String(lookup<{ id: number }>("SELECT id FROM plan_items WHERE plan_id = ? ORDER BY id LIMIT 1", planId()).id);
const lineId = () => String(lookup<{ id: number }>("SELECT id FROM plan_budget_lines WHERE plan_id = ? ORDER BY id LIMIT 1", planId()).id);

const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/koordinator/plan", expect: staff },
  { method: "GET", path: () => PLAN, expect: grorud },
  { method: "GET", path: () => "/koordinator/plan?satsing=groruddalssatsingen&ar=2019", expect: grorud },
  { method: "GET", path: () => "/koordinator/plan?satsing=finnes-ikke&ar=2026", expect: unknown },
  { method: "POST", path: () => PLAN, form: { intent: "create", year: "" }, expect: grorud },
  { method: "POST", path: () => PLAN, form: { intent: "carry", year: "2026" }, expect: grorud },
  // The 2026 plan is adopted: a change without a reason is refused.
  { method: "POST", path: () => PLAN, form: { intent: "introduction", introduction: "Endret", reason: "" }, expect: grorud },
  { method: "POST", path: () => PLAN, form: { intent: "addItem", initiativeId: "" }, expect: grorud },
  {
    method: "POST",
    path: () => PLAN,
    form: {
      intent: "removeItem",
      reason: "",
      get itemId() {
        return itemId();
      },
    },
    expect: grorud,
  },
  { method: "POST", path: () => PLAN, form: { intent: "updateItem", itemId: "", note: "" }, expect: grorud },
  { method: "POST", path: () => PLAN, form: { intent: "addLine", target: "programme", source: "state", planned: "", reason: "" }, expect: grorud },
  {
    method: "POST",
    path: () => PLAN,
    form: {
      intent: "updateLine",
      source: "state",
      planned: "1",
      reason: "",
      get lineId() {
        return lineId();
      },
    },
    expect: grorud,
  },
  {
    method: "POST",
    path: () => PLAN,
    form: {
      intent: "removeLine",
      reason: "",
      get lineId() {
        return lineId();
      },
    },
    expect: grorud,
  },
  { method: "POST", path: () => PLAN, form: { intent: "adopt", adoptedBy: "", adoptedOn: "" }, expect: grorud },
  { method: "POST", path: () => PLAN, form: { intent: "ukjent" }, expect: grorud },
  { method: "GET", path: () => "/koordinator/plan/versjon?satsing=groruddalssatsingen&ar=2026&revisjon=0", expect: grorud },
  { method: "GET", path: () => "/koordinator/plan/versjon?satsing=groruddalssatsingen&ar=2026&revisjon=99", expect: { ...unknown, otherCoordinator: "forbidden" } },
  { method: "GET", path: () => "/satsinger/groruddalssatsingen/plan/2026", expect: everyone },
  // No plan for the year, and a year that is no year: not found, whoever asks.
  { method: "GET", path: () => "/satsinger/groruddalssatsingen/plan/2019", expect: nobody },
  { method: "GET", path: () => "/satsinger/groruddalssatsingen/plan/abcd", expect: nobody },
];

/** Rows a wrongly allowed request would change. */
function snapshot() {
  const db = e2eDb();
  try {
    return {
      plans: db.prepare("SELECT id, status, introduction, adopted_by, adopted_on, updated_at FROM programme_plans ORDER BY id").all(),
      items: db.prepare("SELECT id, goal_id, position, note FROM plan_items ORDER BY id").all(),
      lines: db.prepare("SELECT id, source, planned_ore, granted_ore, spent_ore FROM plan_budget_lines ORDER BY id").all(),
      revisions: db.prepare("SELECT id, revision, reason FROM plan_revisions ORDER BY id").all(),
    };
  } finally {
    db.close();
  }
}

matrixTests(ENDPOINTS, snapshot);
