/**
 * Hostile input against single sign-on's forms (app/testing/hostile-actions.server.ts says what
 * every answer must satisfy): the administrators' switch (no staff provider is configured here, so
 * turning it on is refused), the same form from a partner, the sign-in button's POST for providers
 * that are not configured, and callbacks with made-up, huge or repeated parameters and sealed-state
 * cookies that are not Laget's. Never a 500, nothing changed, a Norwegian message.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { getDb } from "../utils/db.server";
import { getRequest, loadBuiltApp, sessionCookieFor } from "./built-app.server";
import { checkActionAgainstHostileInput, checkActionAgainstNonFormBodies, type HostileTarget } from "./hostile-actions.server";
import { dataDigest } from "./hostile-input";

beforeAll(async () => {
  await seedDemoData(getDb());
});

const admin = () => sessionCookieFor(DEMO_ACCOUNTS.admin);
const partner = () => sessionCookieFor(DEMO_ACCOUNTS.partner);

const targets = (): HostileTarget[] => [
  { path: "/admin/innlogging", cookie: admin, extraFields: ["required"] },
  { path: "/admin/innlogging", page: null, cookie: partner, extraFields: ["required"] },
  { path: "/logg-inn/sso/entra", page: null, extraFields: ["til"] },
  { path: "/logg-inn/sso/..%2F..%2Fadmin", page: null, extraFields: ["til"] },
];

describe("single sign-on's forms under hostile input", () => {
  for (let i = 0; i < 4; i++) {
    it(`SSO action #${i + 1}`, async () => {
      const { fields } = await checkActionAgainstHostileInput(targets()[i]!);
      expect(fields.length).toBeGreaterThan(0);
    }, 90_000);
  }

  it("answers bodies that are no form with a 4xx", async () => {
    const statuses = await checkActionAgainstNonFormBodies("/admin/innlogging", await admin());
    expect(statuses.every((s) => s >= 400 && s < 500)).toBe(true);
  }, 60_000);

  it("refuses to require SSO when no staff provider is configured, and changes nothing", async () => {
    const app = await loadBuiltApp();
    const before = dataDigest(getDb().$client);
    const { formRequest } = await import("./built-app.server");
    const response = await app(formRequest("/admin/innlogging", { required: ["false", "true"] }, { cookie: await admin() }));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Sett opp en innloggingstjeneste for ansatte før du krever den");
    expect(dataDigest(getDb().$client)).toBe(before);
  });

  it("never answers a made-up callback with a 500", async () => {
    const app = await loadBuiltApp();
    const huge = "x".repeat(100_000);
    const queries = ["", "?code=", "?state=", `?code=${huge}&state=${huge}`, "?code=a&code=b&state=c&state=d", "?error=access_denied", `?error=${huge}`, "?error=server_error&state=x", "?iss=https%3A%2F%2Fangriper.example&code=x&state=y"];
    const cookies = [undefined, "laget_sso=", "laget_sso=ikke-forseglet", `laget_sso=${"A".repeat(4000)}`, "laget_sso=%00%01%02"];
    for (const provider of ["entra", "ENTRA", "%00", "a".repeat(300)]) {
      for (const query of queries) {
        for (const cookie of cookies) {
          const response = await app(getRequest(`/logg-inn/sso/${provider}/callback${query}`, { cookie }));
          expect(response.status, `${provider} ${query.slice(0, 40)} ${cookie?.slice(0, 30)}`).toBeLessThan(500);
        }
      }
    }
  }, 60_000);
});
