/**
 * The access-control matrix: every protected loader and action, requested by each kind of person,
 * must answer as the permissions say — allowed, sent to the login page, or refused with 403 —
 * and a refused request changes nothing. Requests go straight to the real server (no browser), so
 * hidden buttons are no protection here.
 */
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { e2eDb } from "./db";
import { expect, test, testIp } from "./fixtures";

const PASSWORD = "demo-passord-2026";
const ACTORS = {
  anonymous: null,
  partnerA: "partner@laget.test", // owner of Leksehjelpa Romsås
  partnerB: "berit.butikk@laget.test", // owner of another organisation
  otherCoordinator: "stavanger-koordinator@laget.test", // coordinator of Levekårsløftet only
  coordinator: "koordinator@laget.test", // coordinator of Groruddalssatsingen
  admin: "admin@laget.test",
} as const;
type Actor = keyof typeof ACTORS;
type Outcome = "allow" | "login" | "forbidden";

let baseURL: string;
let organisationA: string;
const contexts = new Map<Actor, APIRequestContext>();

test.beforeAll(async ({}, testInfo) => {
  baseURL = testInfo.project.use.baseURL!;
  const db = e2eDb();
  organisationA = (db.prepare("SELECT slug FROM organisations WHERE name = 'Leksehjelpa Romsås'").get() as { slug: string }).slug;
  db.close();
  for (const [actor, email] of Object.entries(ACTORS) as [Actor, string | null][]) {
    const context = await playwrightRequest.newContext({
      baseURL,
      extraHTTPHeaders: { "X-Forwarded-For": testIp(`matrix-${actor}`) },
    });
    if (email) {
      const login = await context.post("/logg-inn", { form: { email, password: PASSWORD }, headers: { Origin: baseURL }, maxRedirects: 0 });
      expect(login.status(), `log in as ${email}`).toBe(302);
    }
    contexts.set(actor, context);
  }
});

test.afterAll(async () => {
  for (const context of contexts.values()) await context.dispose();
});

const everyoneLoggedIn = (anonymous: Outcome = "login"): Record<Actor, Outcome> => ({
  anonymous,
  partnerA: "allow",
  partnerB: "allow",
  otherCoordinator: "allow",
  coordinator: "allow",
  admin: "allow",
});
const adminOnly: Record<Actor, Outcome> = {
  anonymous: "login",
  partnerA: "forbidden",
  partnerB: "forbidden",
  otherCoordinator: "forbidden",
  coordinator: "forbidden",
  admin: "allow",
};
const ownerOfA: Record<Actor, Outcome> = {
  anonymous: "login",
  partnerA: "allow",
  partnerB: "forbidden",
  otherCoordinator: "forbidden",
  coordinator: "forbidden",
  admin: "forbidden",
};

type Endpoint = { method: "GET" | "POST"; path: () => string; form?: Record<string, string>; expect: Record<Actor, Outcome> };

// POST bodies are deliberately invalid or harmless, so an allowed request answers 4xx/redirect
// without changing anything, and a refused one must fail before validation.
const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/min-side", expect: everyoneLoggedIn() },
  { method: "GET", path: () => "/varsler", expect: everyoneLoggedIn() },
  { method: "POST", path: () => "/varsler", form: {}, expect: everyoneLoggedIn() },
  { method: "GET", path: () => "/konto", expect: everyoneLoggedIn() },
  { method: "POST", path: () => "/konto", form: { intent: "name", name: "" }, expect: everyoneLoggedIn() },
  { method: "GET", path: () => "/konto/data.json", expect: everyoneLoggedIn() },
  { method: "GET", path: () => `/min-side/medlemmer/${organisationA}`, expect: ownerOfA },
  { method: "POST", path: () => `/min-side/medlemmer/${organisationA}`, form: { intent: "invite", email: "ikke-en-adresse", role: "owner" }, expect: ownerOfA },
  { method: "POST", path: () => `/min-side/medlemmer/${organisationA}`, form: { intent: "remove", membershipId: "1" }, expect: ownerOfA },
  { method: "GET", path: () => "/admin", expect: adminOnly },
  { method: "GET", path: () => "/admin/brukere", expect: adminOnly },
  { method: "POST", path: () => "/admin/brukere", form: { intent: "changeRole", userId: "999999", role: "admin" }, expect: adminOnly },
  { method: "POST", path: () => "/admin/brukere", form: { intent: "assign", userId: "999999", programmeId: "1" }, expect: adminOnly },
  { method: "GET", path: () => "/admin/satsinger", expect: adminOnly },
  { method: "POST", path: () => "/admin/satsinger", form: { intent: "saveProgramme", name: "" }, expect: adminOnly },
  { method: "GET", path: () => "/admin/omrader", expect: adminOnly },
  { method: "POST", path: () => "/admin/omrader", form: { intent: "deleteArea", areaId: "999999" }, expect: adminOnly },
  { method: "GET", path: () => "/admin/logg", expect: adminOnly },
];

async function call(actor: Actor, endpoint: Endpoint, origin: string = baseURL) {
  const context = contexts.get(actor)!;
  const path = endpoint.path();
  return endpoint.method === "GET"
    ? context.get(path, { maxRedirects: 0 })
    : context.post(path, { form: endpoint.form ?? {}, headers: { Origin: origin }, maxRedirects: 0 });
}

function outcomeOf(status: number, location: string | undefined): Outcome | `status ${number}` {
  if (status === 403) return "forbidden";
  if (status === 302 && location?.startsWith("/logg-inn")) return "login";
  if (status >= 500) return `status ${status}`;
  return "allow";
}

/** Rows whose change would show that a refused request got through. */
function snapshot() {
  const db = e2eDb();
  try {
    return {
      users: db.prepare("SELECT id, email, name, role FROM users ORDER BY id").all(),
      assignments: db.prepare("SELECT user_id, programme_id FROM coordinator_assignments ORDER BY 1, 2").all(),
      memberships: db.prepare("SELECT id, status, role FROM memberships ORDER BY id").all(),
      programmes: db.prepare("SELECT id, name FROM programmes ORDER BY id").all(),
      areas: db.prepare("SELECT id, name, parent_id FROM areas ORDER BY id").all(),
      invitations: db.prepare("SELECT count(*) AS n FROM one_time_tokens WHERE purpose = 'invitation'").get(),
    };
  } finally {
    db.close();
  }
}

for (const endpoint of ENDPOINTS) {
  const label = `${endpoint.method} ${endpoint.path.toString().replace(/^\(\) => /, "").replace(/[`"]/g, "")}${endpoint.form?.intent ? ` (${endpoint.form.intent})` : ""}`;
  test(`${label} answers each person as the permissions say`, async () => {
    const before = snapshot();
    const seen: Record<string, string> = {};
    const wanted: Record<string, string> = {};
    for (const actor of Object.keys(ACTORS) as Actor[]) {
      const response = await call(actor, endpoint);
      seen[actor] = outcomeOf(response.status(), response.headers()["location"]);
      wanted[actor] = endpoint.expect[actor];
    }
    expect(seen).toEqual(wanted);
    // None of these requests is a valid change, so nothing may have changed for anyone.
    expect(snapshot()).toEqual(before);
  });
}

test("every action refuses a foreign Origin with 403 before anything else, even for the admin", async () => {
  const before = snapshot();
  for (const endpoint of ENDPOINTS.filter((e) => e.method === "POST")) {
    for (const actor of ["admin", "partnerA"] as Actor[]) {
      const foreign = await call(actor, endpoint, "https://angriper.example");
      expect(foreign.status(), `${endpoint.path()} as ${actor}`).toBe(403);
      // An empty Origin header: Playwright's request client would otherwise add one of its own.
      const missing = await call(actor, endpoint, "");
      expect(missing.status(), `${endpoint.path()} without Origin as ${actor}`).toBe(403);
    }
  }
  for (const path of ["/logg-inn", "/registrer", "/glemt-passord", "/logg-ut", "/sprak", "/tilgjengelighet"]) {
    const response = await contexts.get("anonymous")!.post(path, { form: { email: "x" }, headers: { Origin: "https://angriper.example" }, maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
  }
  expect(snapshot()).toEqual(before);
});

test("the personal data download holds only the requester's own data", async () => {
  for (const actor of ["partnerA", "partnerB", "coordinator"] as Actor[]) {
    const response = await contexts.get(actor)!.get("/konto/data.json");
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toContain(ACTORS[actor]!);
    for (const other of Object.values(ACTORS).filter((e) => e && e !== ACTORS[actor])) expect(body).not.toContain(other!);
  }
});

test("fields a person may not set are ignored: registering cannot approve an organisation or make an admin", async () => {
  const unique = `${Date.now()}`;
  const context = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": testIp(`idor-${unique}`) } });
  const response = await context.post("/registrer", {
    headers: { Origin: baseURL },
    maxRedirects: 0,
    form: {
      name: "Ivar Innbrudd",
      email: `ivar-${unique}@example.test`,
      password: "et langt og godt passord",
      orgName: `Innbrudd ${unique}`,
      sector: "residents_group",
      status: "approved",
      role: "admin",
      organisationId: "1",
      registeredByUserId: "1",
    },
  });
  expect(response.status()).toBe(302);
  const db = e2eDb();
  try {
    expect(db.prepare("SELECT status FROM organisations WHERE name = ?").get(`Innbrudd ${unique}`)).toEqual({ status: "pending" });
    expect(db.prepare("SELECT role FROM users WHERE email = ?").get(`ivar-${unique}@example.test`)).toEqual({ role: "none" });
    // Organisation 1 got no new member.
    expect(db.prepare("SELECT count(*) AS n FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.email = ? AND m.organisation_id = 1").get(`ivar-${unique}@example.test`)).toEqual({ n: 0 });
  } finally {
    db.close();
    await context.dispose();
  }
});

test("changing one's own name cannot change another person or one's own role", async () => {
  const db = e2eDb();
  const other = db.prepare("SELECT id, name FROM users WHERE email = ?").get(ACTORS.partnerB) as { id: number; name: string };
  db.close();
  const response = await contexts.get("partnerA")!.post("/konto", {
    headers: { Origin: baseURL },
    maxRedirects: 0,
    form: { intent: "name", name: "Per Partner", userId: String(other.id), id: String(other.id), role: "admin" },
  });
  expect(response.status()).toBe(302);
  const after = e2eDb();
  try {
    expect(after.prepare("SELECT name FROM users WHERE id = ?").get(other.id)).toEqual({ name: other.name });
    expect(after.prepare("SELECT role FROM users WHERE email = ?").get(ACTORS.partnerA)).toEqual({ role: "none" });
  } finally {
    after.close();
  }
});
