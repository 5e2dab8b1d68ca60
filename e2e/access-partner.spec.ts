/**
 * The access matrix for the partner pages. Organisation A is Leksehjelpa Romsås (partnerA owns it).
 * Outcomes: anonymous → login; A's owner → allowed; anyone else naming A with `?org=` → 403, because
 * the organisation is public and its slug known. A record id that the person's scope cannot reach
 * (another organisation's update) → 404, as if it did not exist: the scoped query finds nothing.
 * Coordinators and admins have no organisation, so the partner pages answer them 403.
 */
import { ACTORS, everyoneLoggedIn, lookup, matrixTests, type Actor, type Endpoint, type Outcome } from "./access-matrix";
import { e2eDb } from "./db";
import { expect, test } from "./fixtures";

const orgA = () => lookup<{ slug: string }>("SELECT slug FROM organisations WHERE name = 'Leksehjelpa Romsås'").slug;
const updateOfA = () =>
  lookup<{ id: number }>("SELECT u.id FROM updates u JOIN organisations o ON o.id = u.organisation_id WHERE o.name = 'Leksehjelpa Romsås' ORDER BY u.id LIMIT 1").id;

const memberOfA: Record<Actor, Outcome> = {
  anonymous: "login",
  partnerA: "allow",
  partnerB: "forbidden",
  otherCoordinator: "forbidden",
  coordinator: "forbidden",
  admin: "forbidden",
};
/** A's update by id: others in an organisation cannot find it; people without an organisation are refused first. */
const updateOfAById: Record<Actor, Outcome> = { ...memberOfA, partnerB: "notFound" };

// POST bodies are invalid or name nothing, so even an allowed request changes nothing.
const ENDPOINTS: Endpoint[] = [
  { method: "GET", path: () => `/min-side?org=${orgA()}`, expect: memberOfA },
  { method: "POST", path: () => `/min-side?org=${orgA()}`, form: { intent: "accept", participationId: "999999" }, expect: { ...memberOfA, partnerA: "notFound" } },
  { method: "GET", path: () => `/min-side/profil?org=${orgA()}`, expect: memberOfA },
  { method: "POST", path: () => `/min-side/profil?org=${orgA()}`, form: { intent: "save", name: "", sector: "voluntary" }, expect: memberOfA },
  { method: "GET", path: () => `/min-side/tiltak?org=${orgA()}`, expect: memberOfA },
  {
    method: "POST",
    path: () => `/min-side/tiltak?org=${orgA()}`,
    form: { intent: "request", initiativeId: "999999", role: "partner" },
    expect: { ...memberOfA, partnerA: "notFound" },
  },
  { method: "POST", path: () => `/min-side/tiltak?org=${orgA()}`, form: { intent: "leave", participationId: "999999" }, expect: { ...memberOfA, partnerA: "notFound" } },
  { method: "GET", path: () => `/min-side/oppdateringer?org=${orgA()}`, expect: memberOfA },
  { method: "POST", path: () => `/min-side/oppdateringer?org=${orgA()}`, form: { initiativeId: "1", title: "", body: "", visibility: "public" }, expect: memberOfA },
  { method: "GET", path: () => `/min-side/oppdateringer/${updateOfA()}`, expect: updateOfAById },
  { method: "POST", path: () => `/min-side/oppdateringer/${updateOfA()}`, form: { intent: "save", title: "" }, expect: updateOfAById },
  { method: "POST", path: () => `/min-side/oppdateringer/${updateOfA()}`, form: { intent: "nothing" }, expect: updateOfAById },
  { method: "GET", path: () => "/varsler/innstillinger", expect: everyoneLoggedIn },
  { method: "POST", path: () => "/varsler/innstillinger", form: { email: "ikke-en-type" }, expect: everyoneLoggedIn },
];

function snapshot() {
  const db = e2eDb();
  try {
    return {
      organisations: db.prepare("SELECT id, name, sector, status, description, website, logo_file, last_confirmed_at FROM organisations ORDER BY id").all(),
      participations: db.prepare("SELECT id, status, role FROM participations ORDER BY id").all(),
      updates: db.prepare("SELECT id, title, body, visibility FROM updates ORDER BY id").all(),
      preferences: db.prepare("SELECT user_id, kind, email_enabled FROM notification_preferences ORDER BY 1, 2").all(),
    };
  } finally {
    db.close();
  }
}

const actors = matrixTests(ENDPOINTS, snapshot);

test("a partner cannot post to a tiltak its organisation does not take part in", async () => {
  const notIn = lookup<{ id: number }>(
    "SELECT id FROM initiatives WHERE id NOT IN (SELECT initiative_id FROM participations p JOIN organisations o ON o.id = p.organisation_id WHERE o.name = 'Nærbutikken Romsås' AND p.status = 'active') LIMIT 1",
  ).id;
  const before = snapshot();
  const response = await actors.context("partnerB").post("/min-side/oppdateringer", {
    form: { initiativeId: String(notIn), title: "Inntrenger", body: "Skal ikke lagres", visibility: "public" },
    headers: { Origin: actors.baseURL() },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(snapshot()).toEqual(before);
});

test("a partner cannot edit or delete another organisation's update, even with its id in the form", async () => {
  const before = snapshot();
  for (const form of [
    { intent: "save", title: "Kapret", body: "Kapret", visibility: "public" },
    { intent: "delete" },
  ] as Record<string, string>[]) {
    const response = await actors.context("partnerB").post(`/min-side/oppdateringer/${updateOfA()}`, { form, headers: { Origin: actors.baseURL() }, maxRedirects: 0 });
    expect(response.status()).toBe(404);
  }
  expect(snapshot()).toEqual(before);
});

test("a partner cannot upload a logo for another organisation", async () => {
  const before = snapshot();
  const response = await actors.context("partnerB").post(`/min-side/profil?org=${orgA()}`, {
    multipart: { intent: "logo", logo: { name: "logo.png", mimeType: "image/png", buffer: Buffer.from("x") } },
    headers: { Origin: actors.baseURL() },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(snapshot()).toEqual(before);
});

test("a partners-only update is read only by participants of its tiltak", async () => {
  // partnerA's organisation posts a partners-only update on a tiltak it is active in.
  const initiative = lookup<{ id: number; slug: string }>(
    "SELECT i.id, i.slug FROM initiatives i JOIN participations p ON p.initiative_id = i.id JOIN organisations o ON o.id = p.organisation_id WHERE o.name = 'Leksehjelpa Romsås' AND p.status = 'active' AND i.is_public = 1 AND i.archived_at IS NULL AND i.id NOT IN (SELECT p2.initiative_id FROM participations p2 JOIN organisations o2 ON o2.id = p2.organisation_id WHERE o2.name = 'Nærbutikken Romsås' AND p2.status = 'active') LIMIT 1",
  );
  const title = `Internt for partnerne ${Date.now()}`;
  const created = await actors.context("partnerA").post(`/min-side/oppdateringer?org=${orgA()}`, {
    form: { initiativeId: String(initiative.id), title, body: "Møtet flyttes.", visibility: "partners" },
    headers: { Origin: actors.baseURL() },
    maxRedirects: 0,
  });
  expect(created.status()).toBe(302);
  const id = lookup<{ id: number }>("SELECT id FROM updates WHERE title = ?", title).id;
  try {
    expect(await (await actors.context("partnerA").get(`/min-side?org=${orgA()}`)).text()).toContain(title);
    expect(await (await actors.context("partnerB").get("/min-side")).text()).not.toContain(title);
    expect((await actors.context("partnerB").get(`/min-side/oppdateringer/${id}`, { maxRedirects: 0 })).status()).toBe(404);
    for (const actor of ["anonymous", "partnerB", "coordinator"] as Actor[]) {
      const page = await actors.context(actor).get(`/tiltak/${initiative.slug}`);
      expect(await page.text(), actor).not.toContain(title);
      expect(await (await actors.context(actor).get("/oppdateringer")).text(), actor).not.toContain(title);
    }
  } finally {
    const db = e2eDb();
    try {
      db.prepare("DELETE FROM updates WHERE id = ?").run(id);
    } finally {
      db.close();
    }
  }
});

test("logos are served only by their generated names", async () => {
  for (const name of ["..%2F..%2Fpackage.json", "logo.png", "0123456789abcdef0123456789abcdef.svg"]) {
    expect((await actors.context("anonymous").get(`/filer/logo/${name}`)).status(), name).toBe(404);
  }
  expect(ACTORS.partnerA).toBe("partner@laget.test");
});
