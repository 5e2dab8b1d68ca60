/**
 * The access-control matrix's machinery (used by e2e/access-control.spec.ts and the feature specs):
 * one logged-in API context per kind of person, the outcomes, and `matrixTests`, which adds a test
 * per endpoint that checks every cell and that nothing changed in the database.
 */
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { e2eDb } from "./db";
import { expect, test, testIp } from "./fixtures";
import { DEMO_PASSWORD } from "./session";

export const ACTORS = {
  anonymous: null,
  partnerA: "partner@laget.test", // owner of Leksehjelpa Romsås
  partnerB: "berit.butikk@laget.test", // owner of Nærbutikken Romsås
  otherCoordinator: "stavanger-koordinator@laget.test", // coordinator of Levekårsløftet only
  coordinator: "koordinator@laget.test", // coordinator of Groruddalssatsingen
  admin: "admin@laget.test",
} as const;
export type Actor = keyof typeof ACTORS;
export type Outcome = "allow" | "login" | "forbidden" | "notFound";
export type Endpoint = {
  method: "GET" | "POST";
  /** A function, so paths can use ids and slugs looked up when the tests run. */
  path: () => string;
  form?: Record<string, string>;
  expect: Record<Actor, Outcome>;
};

export const everyoneLoggedIn: Record<Actor, Outcome> = {
  anonymous: "login",
  partnerA: "allow",
  partnerB: "allow",
  otherCoordinator: "allow",
  coordinator: "allow",
  admin: "allow",
};
export const adminOnly: Record<Actor, Outcome> = {
  anonymous: "login",
  partnerA: "forbidden",
  partnerB: "forbidden",
  otherCoordinator: "forbidden",
  coordinator: "forbidden",
  admin: "allow",
};

/** Logs every kind of person in once per spec file; returns a getter for their API contexts. */
export function useActorContexts() {
  const contexts = new Map<Actor, APIRequestContext>();
  let baseURL = "";
  test.beforeAll(async ({}, testInfo) => {
    baseURL = testInfo.project.use.baseURL!;
    for (const [actor, email] of Object.entries(ACTORS) as [Actor, string | null][]) {
      const context = await playwrightRequest.newContext({
        baseURL,
        extraHTTPHeaders: { "X-Forwarded-For": testIp(`matrix-${testInfo.file}-${actor}`) },
      });
      if (email) {
        const login = await context.post("/logg-inn", { form: { email, password: DEMO_PASSWORD }, headers: { Origin: baseURL }, maxRedirects: 0 });
        expect(login.status(), `log in as ${email}`).toBe(302);
      }
      contexts.set(actor, context);
    }
  });
  test.afterAll(async () => {
    for (const context of contexts.values()) await context.dispose();
  });
  return {
    context: (actor: Actor) => contexts.get(actor)!,
    baseURL: () => baseURL,
    /** Calls an endpoint as a person; `origin` "" sends an empty Origin header. */
    call: (actor: Actor, endpoint: Endpoint, origin?: string) => {
      const context = contexts.get(actor)!;
      const path = endpoint.path();
      return endpoint.method === "GET"
        ? context.get(path, { maxRedirects: 0 })
        : context.post(path, { form: endpoint.form ?? {}, headers: { Origin: origin ?? baseURL }, maxRedirects: 0 });
    },
  };
}

export function outcomeOf(status: number, location: string | undefined): Outcome | `status ${number}` {
  if (status === 403) return "forbidden";
  if (status === 404) return "notFound";
  if (status === 302 && location?.startsWith("/logg-inn")) return "login";
  if (status >= 500) return `status ${status}`;
  return "allow";
}

export function endpointLabel(endpoint: Endpoint): string {
  const path = endpoint.path.toString().replace(/^\(\) => /, "").replace(/[`"]/g, "");
  return `${endpoint.method} ${path}${endpoint.form?.intent ? ` (${endpoint.form.intent})` : ""}`;
}

/**
 * One test per endpoint: each person gets the expected outcome, and `snapshot()` (rows a wrongly
 * allowed request would change) is the same afterwards. Endpoints' POST bodies must be invalid or
 * harmless, so even an allowed request changes nothing.
 */
export function matrixTests(endpoints: Endpoint[], snapshot: () => unknown) {
  const actors = useActorContexts();
  for (const endpoint of endpoints) {
    test(`${endpointLabel(endpoint)} answers each person as the permissions say`, async () => {
      const before = snapshot();
      const seen: Record<string, string> = {};
      const wanted: Record<string, string> = {};
      for (const actor of Object.keys(ACTORS) as Actor[]) {
        const response = await actors.call(actor, endpoint);
        seen[actor] = outcomeOf(response.status(), response.headers()["location"]);
        wanted[actor] = endpoint.expect[actor];
      }
      expect(seen).toEqual(wanted);
      expect(snapshot()).toEqual(before);
    });
  }
  test("every action here refuses a foreign or missing Origin with 403", async () => {
    const before = snapshot();
    for (const endpoint of endpoints.filter((e) => e.method === "POST")) {
      for (const actor of ["admin", "partnerA", "coordinator"] as Actor[]) {
        expect((await actors.call(actor, endpoint, "https://angriper.example")).status(), `${endpointLabel(endpoint)} as ${actor}`).toBe(403);
        expect((await actors.call(actor, endpoint, "")).status(), `${endpointLabel(endpoint)} without Origin as ${actor}`).toBe(403);
      }
    }
    expect(snapshot()).toEqual(before);
  });
  return actors;
}

/** Reads a slug or id the endpoints need, from the e2e database. */
export function lookup<T>(sql: string, ...params: unknown[]): T {
  const db = e2eDb();
  try {
    return db.prepare(sql).get(...params) as T;
  } finally {
    db.close();
  }
}
