/**
 * The access matrix of goals and indicators (issue 21): the coordinator's pages (/koordinator/mal…)
 * let in the programme's coordinator and the admin, refuse another programme's coordinator (403),
 * refuse partners (403) and send anonymous people to log in; the public programme pages and their
 * open data are everyone's. POST bodies are invalid (an allowed request answers 400 and changes nothing).
 */
import { lookup, matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";
import { test } from "./fixtures";

const everyone: Record<Actor, Outcome> = { anonymous: "allow", partnerA: "allow", partnerB: "allow", otherCoordinator: "allow", coordinator: "allow", admin: "allow" };
const staff: Record<Actor, Outcome> = { anonymous: "login", partnerA: "forbidden", partnerB: "forbidden", otherCoordinator: "allow", coordinator: "allow", admin: "allow" };
/** Groruddalssatsingen's: its coordinator and the admin only. */
const groruddalen: Record<Actor, Outcome> = { ...staff, otherCoordinator: "forbidden" };
/** Unknown to everyone who may look: 404 for staff, still 403 for partners. */
const unknown: Record<Actor, Outcome> = { ...staff, otherCoordinator: "notFound", coordinator: "notFound", admin: "notFound" };

const subGoal = () =>
  String(
    lookup<{ id: number }>(
      "SELECT g.id FROM programme_goals g JOIN programmes p ON p.id = g.programme_id WHERE p.slug = 'groruddalssatsingen' AND g.parent_id IS NOT NULL ORDER BY g.id LIMIT 1",
    ).id,
  );
const indicator = () =>
  String(
    lookup<{ id: number }>(
      "SELECT i.id FROM goal_indicators i JOIN programme_goals g ON g.id = i.goal_id JOIN programmes p ON p.id = g.programme_id WHERE p.slug = 'groruddalssatsingen' ORDER BY i.id LIMIT 1",
    ).id,
  );
const INDEX = "/koordinator/mal?index&satsing=groruddalssatsingen";

const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/koordinator/mal", expect: staff },
  { method: "GET", path: () => "/koordinator/mal?satsing=groruddalssatsingen", expect: groruddalen },
  { method: "GET", path: () => "/koordinator/mal?satsing=finnes-ikke", expect: unknown },
  // An empty title is refused (400): nothing changes.
  { method: "POST", path: () => INDEX, form: { intent: "create", title: "" }, expect: groruddalen },
  // The first main goal has sub-goals: deleting it is refused (400).
  {
    method: "POST",
    path: () => INDEX,
    form: {
      intent: "delete",
      get goalId() {
        return String(lookup<{ id: number }>("SELECT g.id FROM programme_goals g JOIN programmes p ON p.id = g.programme_id WHERE p.slug = 'groruddalssatsingen' AND g.parent_id IS NULL ORDER BY g.position, g.id LIMIT 1").id);
      },
    },
    expect: groruddalen,
  },
  { method: "GET", path: () => `/koordinator/mal/${subGoal()}`, expect: groruddalen },
  { method: "GET", path: () => "/koordinator/mal/999999", expect: unknown },
  { method: "GET", path: () => "/koordinator/mal/ikke-et-tall", expect: unknown },
  // A value with a dot is refused (400).
  {
    method: "POST",
    path: () => `/koordinator/mal/${subGoal()}`,
    form: {
      intent: "value",
      year: "2020",
      value: "12.5",
      get indicatorId() {
        return indicator();
      },
    },
    expect: groruddalen,
  },
  { method: "POST", path: () => `/koordinator/mal/${subGoal()}`, form: { intent: "addIndicator", name: "" }, expect: groruddalen },
  { method: "POST", path: () => `/koordinator/mal/${subGoal()}`, form: { intent: "link", initiativeId: "" }, expect: groruddalen },
  { method: "POST", path: () => `/koordinator/mal/${subGoal()}`, form: { intent: "save", title: "" }, expect: groruddalen },
  { method: "GET", path: () => "/satsinger", expect: everyone },
  { method: "GET", path: () => "/satsinger/groruddalssatsingen", expect: everyone },
  { method: "GET", path: () => "/satsinger/finnes-ikke", expect: { anonymous: "notFound", partnerA: "notFound", partnerB: "notFound", otherCoordinator: "notFound", coordinator: "notFound", admin: "notFound" } },
  { method: "GET", path: () => "/api/v1/programmes?programme=groruddalssatsingen", expect: everyone },
];

/** Rows a wrongly allowed request would change. */
function snapshot() {
  const db = e2eDb();
  try {
    return {
      goals: db.prepare("SELECT id, parent_id, title, position, updated_at FROM programme_goals ORDER BY id").all(),
      indicators: db.prepare("SELECT * FROM goal_indicators ORDER BY id").all(),
      values: db.prepare("SELECT indicator_id, year, value FROM indicator_values ORDER BY indicator_id, year").all(),
      links: db.prepare("SELECT * FROM initiative_goals ORDER BY goal_id, initiative_id").all(),
    };
  } finally {
    db.close();
  }
}

test.describe("goals and indicators: who may do what", () => {
  matrixTests(ENDPOINTS, snapshot);
});
