/**
 * The access-control matrix for accounts, members and administration: every protected loader and
 * action, requested by each kind of person (anonymous, partner of organisation A, partner of B,
 * coordinator of another programme, coordinator, admin), answers as the permissions say, and a
 * refused request changes nothing. Feature specs add their own endpoints the same way.
 */
import { ACTORS, adminOnly, everyoneLoggedIn, lookup, matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";

const orgA = () => lookup<{ slug: string }>("SELECT slug FROM organisations WHERE name = 'Leksehjelpa Romsås'").slug;
const ownerOfA: Record<Actor, Outcome> = {
  anonymous: "login",
  partnerA: "allow",
  partnerB: "forbidden",
  otherCoordinator: "forbidden",
  coordinator: "forbidden",
  admin: "forbidden",
};

// POST bodies are deliberately invalid or harmless, so an allowed request answers 4xx/redirect
// without changing anything, and a refused one must fail before validation.
const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => "/min-side", expect: everyoneLoggedIn },
  { method: "GET", path: () => "/varsler", expect: everyoneLoggedIn },
  { method: "POST", path: () => "/varsler", form: {}, expect: everyoneLoggedIn },
  { method: "GET", path: () => "/konto", expect: everyoneLoggedIn },
  { method: "POST", path: () => "/konto", form: { intent: "name", name: "" }, expect: everyoneLoggedIn },
  { method: "GET", path: () => "/konto/data.json", expect: everyoneLoggedIn },
  { method: "GET", path: () => `/min-side/medlemmer/${orgA()}`, expect: ownerOfA },
  { method: "POST", path: () => `/min-side/medlemmer/${orgA()}`, form: { intent: "invite", email: "ikke-en-adresse", role: "owner" }, expect: ownerOfA },
  { method: "POST", path: () => `/min-side/medlemmer/${orgA()}`, form: { intent: "remove", membershipId: "999999" }, expect: { ...ownerOfA, partnerA: "notFound" } },
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

const actors = matrixTests(ENDPOINTS, snapshot);

test("the public forms refuse a foreign Origin with 403 too", async () => {
  for (const path of ["/logg-inn", "/registrer", "/glemt-passord", "/logg-ut", "/sprak", "/tilgjengelighet"]) {
    const response = await actors.context("anonymous").post(path, { form: { email: "x" }, headers: { Origin: "https://angriper.example" }, maxRedirects: 0 });
    expect(response.status(), path).toBe(403);
  }
});

test("the personal data download holds only the requester's own data", async () => {
  for (const actor of ["partnerA", "partnerB", "coordinator"] as Actor[]) {
    const response = await actors.context(actor).get("/konto/data.json");
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body).toContain(ACTORS[actor]!);
    for (const other of Object.values(ACTORS).filter((e) => e && e !== ACTORS[actor])) expect(body).not.toContain(other!);
  }
});

test("changing one's own name cannot change another person or one's own role", async () => {
  const other = lookup<{ id: number; name: string }>("SELECT id, name FROM users WHERE email = ?", ACTORS.partnerB);
  const response = await actors.context("partnerA").post("/konto", {
    headers: { Origin: actors.baseURL() },
    maxRedirects: 0,
    form: { intent: "name", name: "Per Partner", userId: String(other.id), id: String(other.id), role: "admin" },
  });
  expect(response.status()).toBe(302);
  expect(lookup("SELECT name FROM users WHERE id = ?", other.id)).toEqual({ name: other.name });
  expect(lookup("SELECT role FROM users WHERE email = ?", ACTORS.partnerA)).toEqual({ role: "none" });
});
