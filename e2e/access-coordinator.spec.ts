/**
 * The access matrix for the coordinators' workspace (/koordinator): every loader and action, asked by
 * each kind of person. Partners get 403 everywhere; the coordinator of another programme
 * (Levekårsløftet) gets 403 on everything of Groruddalssatsingen; anonymous people are sent to log in.
 * POST bodies are invalid (an allowed request answers 400 and changes nothing).
 */
import { lookup, matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";

const staff: Record<Actor, Outcome> = {
  anonymous: "login",
  partnerA: "forbidden",
  partnerB: "forbidden",
  otherCoordinator: "allow",
  coordinator: "allow",
  admin: "allow",
};
const groruddalen: Record<Actor, Outcome> = { ...staff, otherCoordinator: "forbidden" };

// A seeded pending organisation that chose Haugenstua (Groruddalssatsingen). Looked up, never
// inserted: the other access specs snapshot the organisations table while this one runs.
const PENDING_NAME = "Haugenstua Flerkulturelle Kvinnenettverk";
const G = "satsing=groruddalssatsingen";

const pendingId = () => lookup<{ id: number }>("SELECT id FROM organisations WHERE name = ? AND status = 'pending'", PENDING_NAME).id;
const tiltak = () =>
  lookup<{ slug: string }>("SELECT i.slug FROM initiatives i JOIN programmes p ON p.id = i.programme_id WHERE p.slug = 'groruddalssatsingen' AND i.archived_at IS NULL ORDER BY i.id LIMIT 1").slug;
const updateId = () =>
  lookup<{ id: number }>("SELECT u.id FROM updates u JOIN initiatives i ON i.id = u.initiative_id JOIN programmes p ON p.id = i.programme_id WHERE p.slug = 'groruddalssatsingen' ORDER BY u.id LIMIT 1").id;
const programmeId = () => lookup<{ id: number }>("SELECT id FROM programmes WHERE slug = 'groruddalssatsingen'").id;

const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/koordinator", expect: staff },
  { method: "GET", path: () => `/koordinator?${G}`, expect: groruddalen },
  { method: "GET", path: () => `/koordinator?${G}&omrade=romsas`, expect: groruddalen },
  { method: "GET", path: () => "/koordinator/godkjenning", expect: staff },
  {
    method: "POST",
    path: () => "/koordinator/godkjenning",
    form: {
      intent: "reject",
      get organisationId() {
        return String(pendingId());
      },
      reason: "",
    },
    expect: groruddalen,
  },
  { method: "GET", path: () => "/koordinator/tiltak", expect: staff },
  { method: "GET", path: () => `/koordinator/tiltak?${G}`, expect: groruddalen },
  { method: "GET", path: () => `/koordinator/tiltak/ny?${G}`, expect: groruddalen },
  {
    method: "POST",
    path: () => "/koordinator/tiltak/ny",
    form: {
      intent: "save",
      title: "",
      get programmeId() {
        return String(programmeId());
      },
    },
    expect: groruddalen,
  },
  { method: "GET", path: () => `/koordinator/tiltak/${tiltak()}`, expect: groruddalen },
  { method: "POST", path: () => `/koordinator/tiltak/${tiltak()}`, form: { intent: "save", title: "" }, expect: groruddalen },
  { method: "POST", path: () => `/koordinator/tiltak/${tiltak()}`, form: { intent: "decline", participationId: "999999", message: "" }, expect: groruddalen },
  { method: "POST", path: () => `/koordinator/tiltak/${tiltak()}`, form: { intent: "end", participationId: "999999" }, expect: groruddalen },
  { method: "POST", path: () => `/koordinator/tiltak/${tiltak()}`, form: { intent: "invite", organisationId: "", role: "partner" }, expect: groruddalen },
  { method: "POST", path: () => `/koordinator/tiltak/${tiltak()}`, form: { intent: "ukjent" }, expect: groruddalen },
  { method: "GET", path: () => `/koordinator/tiltak/${tiltak()}/forslag`, expect: groruddalen },
  { method: "POST", path: () => `/koordinator/tiltak/${tiltak()}/forslag`, form: { intent: "invite", organisationId: "" }, expect: groruddalen },
  { method: "GET", path: () => "/koordinator/partnere/naerbutikken-romsas", expect: staff },
  { method: "GET", path: () => `/koordinator/partnere/naerbutikken-romsas?${G}`, expect: groruddalen },
  { method: "POST", path: () => `/koordinator/partnere/naerbutikken-romsas?${G}`, form: { intent: "invite", initiativeId: "" }, expect: groruddalen },
  { method: "GET", path: () => "/koordinator/oppdateringer", expect: staff },
  { method: "GET", path: () => `/koordinator/oppdateringer?${G}`, expect: groruddalen },
  {
    method: "POST",
    path: () => "/koordinator/oppdateringer",
    form: {
      intent: "hide",
      get updateId() {
        return String(updateId());
      },
      reason: "",
    },
    expect: groruddalen,
  },
  { method: "GET", path: () => "/koordinator/rapporter", expect: staff },
  { method: "GET", path: () => `/koordinator/rapporter?${G}`, expect: groruddalen },
  { method: "GET", path: () => `/koordinator/rapporter/organisasjoner?${G}`, expect: groruddalen },
  { method: "GET", path: () => `/koordinator/rapporter/tiltak?${G}`, expect: groruddalen },
  { method: "GET", path: () => `/koordinator/rapporter/deltakelser?${G}`, expect: groruddalen },
  { method: "GET", path: () => "/koordinator/arsrapport", expect: staff },
  { method: "GET", path: () => `/koordinator/arsrapport?${G}&ar=2025`, expect: groruddalen },
];

/** Rows a wrongly allowed request would change. */
function snapshot() {
  const db = e2eDb();
  try {
    return {
      organisations: db.prepare("SELECT id, status, decision_reason FROM organisations ORDER BY id").all(),
      initiatives: db.prepare("SELECT id, title, status, archived_at FROM initiatives ORDER BY id").all(),
      participations: db.prepare("SELECT id, status FROM participations ORDER BY id").all(),
      hidden: db.prepare("SELECT id, hidden_at FROM updates WHERE hidden_at IS NOT NULL ORDER BY id").all(),
    };
  } finally {
    db.close();
  }
}

const actors = matrixTests(ENDPOINTS, snapshot);

test("unknown tiltak, organisations and programmes answer 404, never 500", async () => {
  const coordinator = actors.context("coordinator");
  for (const path of ["/koordinator/tiltak/finnes-ikke", "/koordinator/tiltak/finnes-ikke/forslag", "/koordinator/partnere/finnes-ikke", "/koordinator?satsing=finnes-ikke", "/koordinator/rapporter/ukjent"]) {
    expect((await coordinator.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
  }
  const post = await coordinator.post("/koordinator/godkjenning", { form: { intent: "approve", organisationId: "999999" }, headers: { Origin: actors.baseURL() }, maxRedirects: 0 });
  expect(post.status()).toBe(404);
});

test("the other programme's coordinator does not see Groruddalen's pending organisation; the coordinator does", async () => {
  const theirs = await (await actors.context("otherCoordinator").get("/koordinator/godkjenning")).text();
  expect(theirs).not.toContain(PENDING_NAME);
  const mine = await (await actors.context("coordinator").get("/koordinator/godkjenning")).text();
  expect(mine).toContain(PENDING_NAME);
});
