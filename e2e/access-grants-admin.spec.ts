/**
 * The access matrix of the scheme administrator's pages (/koordinator/tilskudd…, issue 20): every
 * loader and action, asked by each kind of person. Storhaug's scheme belongs to Levekårsløftet, so
 * its coordinator (otherCoordinator in the matrix) and the admin are let in, Groruddalen's coordinator
 * is refused (403), partners are refused (403), anonymous people are sent to log in; and a member of
 * Storhaug's bydelsgruppe, who is no coordinator, is refused everywhere. POST bodies are invalid (an
 * allowed request answers 400 and changes nothing).
 */
import { request as playwrightRequest } from "@playwright/test";
import { lookup, matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";
import { expect, test, testIp } from "./fixtures";
import { DEMO_PASSWORD } from "./session";

const staff: Record<Actor, Outcome> = { anonymous: "login", partnerA: "forbidden", partnerB: "forbidden", otherCoordinator: "allow", coordinator: "allow", admin: "allow" };
/** Levekårsløftet's: its coordinator and the admin only. */
const storhaug: Record<Actor, Outcome> = { ...staff, coordinator: "forbidden" };
/** Unknown to everyone who may look: 404 for staff, still 403 for partners. */
const unknown: Record<Actor, Outcome> = { ...staff, otherCoordinator: "notFound", coordinator: "notFound", admin: "notFound" };

const SCHEME = "/koordinator/tilskudd/naermiljotilskudd-storhaug";
const ROUND = `${SCHEME}/varrunden-2027`;
const DECIDED = `${SCHEME}/varrunden-2026`;
const applicationId = (title: string) => lookup<{ id: number }>("SELECT id FROM grant_applications WHERE title = ?", title).id;
const levekarsloftet = () => String(lookup<{ id: number }>("SELECT id FROM programmes WHERE slug = 'levekarsloftet'").id);
const open = () => `${ROUND}/${applicationId("Ryddeaksjon og vårfest i Emmaus")}`;
const decided = () => `${DECIDED}/${applicationId("Nabolagsfest i Emmaus")}`;

const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/koordinator/tilskudd", expect: staff },
  { method: "GET", path: () => "/koordinator/tilskudd/ny", expect: staff },
  {
    method: "POST",
    path: () => "/koordinator/tilskudd/ny",
    form: {
      intent: "create",
      name: "",
      get programmeId() {
        return levekarsloftet();
      },
    },
    expect: storhaug,
  },
  { method: "GET", path: () => SCHEME, expect: storhaug },
  { method: "POST", path: () => SCHEME, form: { intent: "save", name: "" }, expect: storhaug },
  { method: "POST", path: () => SCHEME, form: { intent: "addMember", email: "", role: "member" }, expect: storhaug },
  { method: "POST", path: () => SCHEME, form: { intent: "removeMember", userId: "" }, expect: storhaug },
  { method: "POST", path: () => SCHEME, form: { intent: "createRound", name: "" }, expect: storhaug },
  { method: "POST", path: () => SCHEME, form: { intent: "ukjent" }, expect: storhaug },
  { method: "GET", path: () => ROUND, expect: storhaug },
  { method: "GET", path: () => `${ROUND}/endre`, expect: storhaug },
  // An empty name is refused (400): nothing changes.
  { method: "POST", path: () => `${ROUND}/endre`, form: { name: "", opensOn: "2027-01-01", budget: "1" }, expect: storhaug },
  { method: "GET", path: () => `${DECIDED}/endre`, expect: storhaug },
  // Before the deadline: the release is refused (400), nothing changes.
  { method: "POST", path: () => ROUND, form: { intent: "release" }, expect: storhaug },
  // Letters already sent in the decided round: refused (400).
  { method: "POST", path: () => DECIDED, form: { intent: "sendLetters" }, expect: storhaug },
  { method: "GET", path: () => DECIDED, expect: storhaug },
  { method: "GET", path: open, expect: storhaug },
  { method: "POST", path: open, form: { intent: "complete", isComplete: "" }, expect: storhaug },
  { method: "POST", path: open, form: { intent: "more", message: "", until: "" }, expect: storhaug },
  { method: "POST", path: open, form: { intent: "recommend", recommendation: "" }, expect: storhaug },
  { method: "GET", path: decided, expect: storhaug },
  { method: "POST", path: decided, form: { intent: "payment", paidOn: "", amount: "" }, expect: storhaug },
  { method: "POST", path: decided, form: { intent: "askMore", feedback: "" }, expect: storhaug },
  { method: "GET", path: () => "/koordinator/tilskudd/finnes-ikke", expect: unknown },
  // An unknown round is unknown whoever asks (the scheme itself is public at /tilskudd/:slug).
  { method: "GET", path: () => `${SCHEME}/finnes-ikke`, expect: unknown },
  { method: "GET", path: () => `${ROUND}/999999`, expect: { ...unknown, coordinator: "forbidden" } },
  // An application of another round under this round's address is as unknown as a made-up id.
  { method: "GET", path: () => `${ROUND}/${applicationId("Nabolagsfest i Emmaus")}`, expect: { ...unknown, coordinator: "forbidden" } },
];

/** Rows a wrongly allowed request would change. */
function snapshot() {
  const db = e2eDb();
  try {
    return {
      schemes: db.prepare("SELECT id, name, updated_at FROM grant_schemes ORDER BY id").all(),
      rounds: db.prepare("SELECT id, released_at, letters_sent_at FROM grant_rounds ORDER BY id").all(),
      members: db.prepare("SELECT id, ended_at FROM grant_group_members ORDER BY id").all(),
      applications: db.prepare("SELECT id, status FROM grant_applications ORDER BY id").all(),
      assessments: db.prepare("SELECT application_id, is_complete, recommendation FROM grant_assessments ORDER BY application_id").all(),
      payments: db.prepare("SELECT count(*) AS n FROM grant_payments").get(),
      reports: db.prepare("SELECT id, status FROM grant_reports ORDER BY id").all(),
    };
  } finally {
    db.close();
  }
}

const actors = matrixTests(ENDPOINTS, snapshot);

test("a member of Storhaug's bydelsgruppe is no administrator: every page and action is refused", async () => {
  const context = await playwrightRequest.newContext({ baseURL: actors.baseURL(), extraHTTPHeaders: { "X-Forwarded-For": testIp("grants-admin-group-member") } });
  try {
    const login = await context.post("/logg-inn", { form: { email: "bydelsgruppe@laget.test", password: DEMO_PASSWORD }, headers: { Origin: actors.baseURL() }, maxRedirects: 0 });
    expect(login.status()).toBe(302);
    const before = snapshot();
    for (const endpoint of ENDPOINTS) {
      const path = endpoint.path();
      const response =
        endpoint.method === "GET"
          ? await context.get(path, { maxRedirects: 0 })
          : await context.post(path, { form: endpoint.form ?? {}, headers: { Origin: actors.baseURL() }, maxRedirects: 0 });
      expect(response.status(), `${endpoint.method} ${path}`).toBe(403);
    }
    expect(snapshot()).toEqual(before);
  } finally {
    await context.dispose();
  }
});
