/**
 * The access matrix of the bydelsgruppe's pages (/bydelsgruppe…, issue 20): every loader and action,
 * asked by each kind of person. None of the matrix's people sits in a group, so the overview answers
 * them 403 ("not in a group"); a round of Storhaug's scheme is open to its administrators
 * (Levekårsløftet's coordinator, otherCoordinator in the matrix, and the admin) and unknown (404) to
 * everyone else — partners and Groruddalen's coordinator; anonymous people are sent to log in.
 * POST bodies are invalid (an allowed request answers 400 and changes nothing). Then the group's
 * own people: the chair, a disqualified member, and a member of another scheme's group.
 */
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { lookup, matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";
import { expect, test, testIp } from "./fixtures";
import { DEMO_PASSWORD } from "./session";

const noGroup: Record<Actor, Outcome> = { anonymous: "login", partnerA: "forbidden", partnerB: "forbidden", otherCoordinator: "forbidden", coordinator: "forbidden", admin: "forbidden" };
/** Storhaug's rounds: its administrators only; to anyone else they do not exist. */
const storhaug: Record<Actor, Outcome> = { anonymous: "login", partnerA: "notFound", partnerB: "notFound", otherCoordinator: "allow", coordinator: "notFound", admin: "allow" };
const unknown: Record<Actor, Outcome> = { ...storhaug, otherCoordinator: "notFound", admin: "notFound" };

const roundId = (slug: string) => lookup<{ id: number }>("SELECT id FROM grant_rounds WHERE slug = ?", slug).id;
const applicationId = (title: string) => lookup<{ id: number }>("SELECT id FROM grant_applications WHERE title = ?", title).id;
const AUTUMN = () => `/bydelsgruppe/${roundId("hostrunden-2026")}`;
const SPRING = () => `/bydelsgruppe/${roundId("varrunden-2026")}`;
const OPEN = () => `/bydelsgruppe/${roundId("varrunden-2027")}`;
const padlekurs = () => `${AUTUMN()}/soknad/${applicationId("Padlekurs for nye i Storhaug")}`;

const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/bydelsgruppe", expect: noGroup },
  { method: "GET", path: AUTUMN, expect: storhaug },
  { method: "GET", path: SPRING, expect: storhaug },
  { method: "GET", path: () => `${SPRING()}/protokoll`, expect: storhaug },
  { method: "GET", path: () => `${AUTUMN()}/protokoll`, expect: storhaug },
  { method: "GET", path: padlekurs, expect: storhaug },
  {
    method: "POST",
    path: AUTUMN,
    form: {
      intent: "declare",
      conflict: "",
      get applicationId() {
        return String(applicationId("Padlekurs for nye i Storhaug"));
      },
    },
    // Declaring is a member's: the administrators, who sit in no group, are refused.
    expect: { ...storhaug, otherCoordinator: "forbidden", admin: "forbidden" },
  },
  { method: "POST", path: AUTUMN, form: { intent: "meeting", heldOn: "" }, expect: storhaug },
  {
    method: "POST",
    path: AUTUMN,
    form: {
      intent: "decide",
      outcome: "",
      get applicationId() {
        return String(applicationId("Padlekurs for nye i Storhaug"));
      },
      meetingId: "999999",
    },
    expect: storhaug,
  },
  { method: "POST", path: SPRING, form: { intent: "appeal", appealId: "999999", outcome: "" }, expect: storhaug },
  { method: "POST", path: AUTUMN, form: { intent: "ukjent" }, expect: storhaug },
  // The open round is not released to the group: unknown here, whoever asks.
  { method: "GET", path: OPEN, expect: unknown },
  { method: "GET", path: () => "/bydelsgruppe/999999", expect: unknown },
  { method: "GET", path: () => "/bydelsgruppe/abc", expect: unknown },
  { method: "GET", path: () => `${AUTUMN()}/soknad/999999`, expect: unknown },
];

/** Rows a wrongly allowed request would change. */
function snapshot() {
  const db = e2eDb();
  try {
    return {
      declarations: db.prepare("SELECT application_id, user_id, has_conflict FROM grant_declarations ORDER BY application_id, user_id").all(),
      meetings: db.prepare("SELECT id FROM grant_meetings ORDER BY id").all(),
      decisions: db.prepare("SELECT id, superseded_at FROM grant_decisions ORDER BY id").all(),
      appeals: db.prepare("SELECT id, outcome FROM grant_appeals ORDER BY id").all(),
      applications: db.prepare("SELECT id, status FROM grant_applications ORDER BY id").all(),
    };
  } finally {
    db.close();
  }
}

const actors = matrixTests(ENDPOINTS, snapshot);

async function as(email: string, run: (context: APIRequestContext) => Promise<void>) {
  const context = await playwrightRequest.newContext({ baseURL: actors.baseURL(), extraHTTPHeaders: { "X-Forwarded-For": testIp(`grants-group-${email}`) } });
  try {
    const login = await context.post("/logg-inn", { form: { email, password: DEMO_PASSWORD }, headers: { Origin: actors.baseURL() }, maxRedirects: 0 });
    expect(login.status()).toBe(302);
    await run(context);
  } finally {
    await context.dispose();
  }
}

test("the group's chair and members are let in; a disqualified member not to that application", async () => {
  await as("bydelsgruppe@laget.test", async (context) => {
    for (const path of ["/bydelsgruppe", AUTUMN(), SPRING(), `${SPRING()}/protokoll`]) expect((await context.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
    // Not declared on an application: the application in full is refused with the reason. The chair
    // declares on the autumn round in grants-group.spec (which runs first), so her declaration is set
    // aside for this request and put back after it.
    const db = e2eDb();
    try {
      const application = applicationId("Padlekurs for nye i Storhaug");
      const chair = lookup<{ id: number }>("SELECT id FROM users WHERE email = 'bydelsgruppe@laget.test'").id;
      const declared = db.prepare("SELECT * FROM grant_declarations WHERE application_id = ? AND user_id = ?").get(application, chair) as Record<string, unknown> | undefined;
      db.prepare("DELETE FROM grant_declarations WHERE application_id = ? AND user_id = ?").run(application, chair);
      try {
        expect((await context.get(padlekurs(), { maxRedirects: 0 })).status()).toBe(403);
      } finally {
        if (declared) {
          const columns = Object.keys(declared);
          db.prepare(`INSERT INTO grant_declarations (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).run(...columns.map((c) => declared[c]));
        }
      }
    } finally {
      db.close();
    }
  });
  await as("emil.emmaus@laget.test", async (context) => {
    expect((await context.get(padlekurs(), { maxRedirects: 0 })).status()).toBe(200);
    expect((await context.get(`${AUTUMN()}/soknad/${applicationId("Julemarked i Emmaus")}`, { maxRedirects: 0 })).status()).toBe(403);
    // A plain member records nothing.
    const before = snapshot();
    const meeting = await context.post(AUTUMN(), { form: { intent: "meeting", heldOn: "2026-12-10", present: "1" }, headers: { Origin: actors.baseURL() }, maxRedirects: 0 });
    expect(meeting.status()).toBe(403);
    expect(snapshot()).toEqual(before);
  });
});

test("a member of another scheme's group sees nothing of Storhaug's", async () => {
  await as("viktor.vel@laget.test", async (context) => {
    expect((await context.get("/bydelsgruppe", { maxRedirects: 0 })).status()).toBe(200);
    const before = snapshot();
    for (const path of [AUTUMN(), SPRING(), `${SPRING()}/protokoll`, padlekurs()]) expect((await context.get(path, { maxRedirects: 0 })).status(), path).toBe(404);
    const post = await context.post(AUTUMN(), { form: { intent: "declare", conflict: "no", applicationId: String(applicationId("Padlekurs for nye i Storhaug")) }, headers: { Origin: actors.baseURL() }, maxRedirects: 0 });
    expect(post.status()).toBe(404);
    expect(snapshot()).toEqual(before);
  });
});
