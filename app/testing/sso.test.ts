/**
 * Single sign-on through the production build against a real OpenID Connect provider on 127.0.0.1
 * (app/testing/oidc-provider.ts): the whole code flow as a browser without JavaScript does it —
 * the button's POST, the provider's login form, the callback — and every way it can fail ending on
 * /logg-inn without a session. Also the staff requirement: password login refused, no reset link.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, emailOutbox, userIdentities, users } from "../../db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from "../../db/seed";
import { setSsoRequiredForStaff } from "../models/sso/settings.server";
import { hashPassword } from "../services/password.server";
import { getDb } from "../utils/db.server";
import { formRequest, getRequest, loadBuiltApp, settleBuiltApp, TEST_ORIGIN, type BuiltApp } from "./built-app.server";
import { startTestProvider, TEST_CLIENT_ID, TEST_CLIENT_SECRET, type TestProvider } from "./oidc-provider";

let app: BuiltApp;
let provider: TestProvider;

beforeAll(async () => {
  provider = await startTestProvider({ redirectUris: [`${TEST_ORIGIN}/logg-inn/sso/test/callback`] });
  process.env.PUBLIC_URL = TEST_ORIGIN;
  process.env.OIDC_TEST_ISSUER = provider.issuer;
  process.env.OIDC_TEST_CLIENT_ID = TEST_CLIENT_ID;
  process.env.OIDC_TEST_CLIENT_SECRET = TEST_CLIENT_SECRET;
  process.env.OIDC_TEST_DISPLAY_NAME = "Testkommunen";
  process.env.OIDC_TEST_CLOCK_TOLERANCE = "0";
  // A provider that is down: nothing listens on the discard port.
  process.env.OIDC_NEDE_ISSUER = "http://127.0.0.1:9";
  process.env.OIDC_NEDE_CLIENT_ID = "laget";
  process.env.OIDC_NEDE_DISPLAY_NAME = "ID-porten";
  process.env.OIDC_NEDE_STAFF = "false";
  await seedDemoData(getDb(), { passwordHash: await hashPassword(DEMO_PASSWORD) });
  app = await loadBuiltApp();
}, 60_000);

afterAll(async () => {
  await provider?.close();
});

/** name=value pairs from Set-Cookie headers, as a browser keeps them (an empty value deletes). */
function keep(jar: Map<string, string>, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(";");
    const [name, ...value] = pair!.split("=");
    if (value.join("=") === "") jar.delete(name!.trim());
    else jar.set(name!.trim(), value.join("="));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");

/**
 * Presses the button on /logg-inn and signs in at the provider as `login`; returns the callback URL
 * the provider sent the browser to, and Laget's cookies at that moment (the sealed state).
 */
async function throughProvider(login: string, providerName = "test", til = ""): Promise<{ callback: string; laget: Map<string, string> }> {
  const laget = new Map<string, string>();
  const start = await app(formRequest(`/logg-inn/sso/${providerName}`, { til }));
  expect(start.status).toBe(302);
  keep(laget, start);
  const at = new Map<string, string>();
  let url = start.headers.get("Location")!;
  expect(url.startsWith(provider.issuer)).toBe(true);
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(TEST_ORIGIN)) return { callback: url, laget };
    const response = await fetch(url, { redirect: "manual", headers: { Cookie: cookieHeader(at) } });
    keep(at, response);
    if (response.status >= 300 && response.status < 400) {
      url = new URL(response.headers.get("Location")!, url).href;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`No login form at ${url}: ${response.status} ${html.slice(0, 300)}`);
    const submit = await fetch(new URL(action.replaceAll("&amp;", "&"), url), {
      method: "POST",
      redirect: "manual",
      headers: { Cookie: cookieHeader(at), "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ prompt: "login", login, password: "any" }),
    });
    keep(at, submit);
    url = new URL(submit.headers.get("Location")!, url).href;
  }
  throw new Error("Too many redirects at the provider");
}

async function callback(url: string, laget: Map<string, string>) {
  const path = url.slice(TEST_ORIGIN.length);
  const response = await app(getRequest(path, { cookie: cookieHeader(laget) }));
  const cookies = response.headers.getSetCookie();
  return {
    status: response.status,
    location: response.headers.get("Location"),
    session: cookies.find((c) => c.startsWith("laget_sesjon=") && !c.startsWith("laget_sesjon=;"))?.split(";")[0],
    clearsState: cookies.some((c) => c.startsWith("laget_sso=;")),
  };
}

const userId = (email: string) => getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).get()!.id;
const identitiesFor = (id: number) => getDb().select().from(userIdentities).where(eq(userIdentities.userId, id)).all();

describe("signing in with the provider", () => {
  it("shows one button per provider on /logg-inn", async () => {
    const html = await (await app(getRequest("/logg-inn"))).text();
    expect(html).toContain('action="/logg-inn/sso/test"');
    expect(html).toContain("Logg inn med Testkommunen");
    expect(html).toContain("Logg inn med ID-porten");
  });

  it("links the coordinator by her verified address and signs her in with a session as a password login makes", async () => {
    const { callback: url, laget } = await throughProvider("kari");
    expect(url).toContain("/logg-inn/sso/test/callback?code=");
    const result = await callback(url, laget);
    expect(result.status).toBe(302);
    expect(result.location).toBe("/koordinator");
    expect(result.clearsState).toBe(true);
    expect(result.session).toBeTruthy();
    const kari = userId(DEMO_ACCOUNTS.coordinator);
    expect(identitiesFor(kari)).toMatchObject([{ provider: "test", subject: "kari" }]);
    const page = await app(getRequest("/koordinator", { cookie: result.session }));
    expect(page.status).toBe(200);
    const actions = getDb().select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, kari)).all().map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["user.identity_linked", "login"]));

    // The second time the identity is known: the same account, no second link.
    const again = await throughProvider("kari");
    expect((await callback(again.callback, again.laget)).location).toBe("/koordinator");
    expect(identitiesFor(kari)).toHaveLength(1);
  });

  it("brings the person back to where they were going, and never to another site", async () => {
    const back = await throughProvider("kari", "test", "/koordinator/tiltak");
    expect((await callback(back.callback, back.laget)).location).toBe("/koordinator/tiltak");
    const away = await throughProvider("kari", "test", "https://angriper.example/");
    expect((await callback(away.callback, away.laget)).location).toBe("/koordinator");
  });

  it("makes a new account without roles for an address the provider has not verified — never the existing account", async () => {
    const before = getDb().select({ id: users.id }).from(users).all().length;
    const { callback: url, laget } = await throughProvider("unverified:admin@laget.test");
    const result = await callback(url, laget);
    expect(result.status).toBe(302);
    expect(result.location).toBe("/min-side");
    expect(getDb().select({ id: users.id }).from(users).all()).toHaveLength(before + 1);
    const made = getDb().select().from(userIdentities).where(eq(userIdentities.subject, "unverified:admin@laget.test")).get()!;
    expect(made.userId).not.toBe(userId(DEMO_ACCOUNTS.admin));
    const account = getDb().select().from(users).where(eq(users.id, made.userId)).get()!;
    expect(account).toMatchObject({ role: "none", name: "Test admin" });
    expect(account.email).toMatch(/@sso\.invalid$/);
    // The admin area stays closed to it.
    expect((await app(getRequest("/admin", { cookie: result.session }))).status).toBe(403);
  });

  it("makes a new account with a verified address nobody has, which cannot log in with a password", async () => {
    const { callback: url, laget } = await throughProvider("verified:ny-ansatt@laget.test");
    expect((await callback(url, laget)).location).toBe("/min-side");
    const account = getDb().select().from(users).where(eq(users.email, "ny-ansatt@laget.test")).get()!;
    expect(account).toMatchObject({ role: "none", emailConfirmed: true });
    const login = await app(formRequest("/logg-inn", { email: "ny-ansatt@laget.test", password: DEMO_PASSWORD, til: "" }), { clientIp: "10.0.0.50" });
    expect(login.status).toBe(400);
  });
});

describe("an account made by a sign-in has no password", () => {
  it("sets a first password on /konto without a current one, within ten minutes of signing in; then logs in with it", async () => {
    const { callback: url, laget } = await throughProvider("verified:forste-passord@laget.test");
    const { session } = await callback(url, laget);
    const page = await (await app(getRequest("/konto", { cookie: session }))).text();
    expect(page).toContain("Kontoen har ikke passord");
    expect(page).not.toContain('id="password-currentPassword"');
    const set = await app(formRequest("/konto", { intent: "password", newPassword: "et langt nytt passord 2026" }, { cookie: session }));
    expect(set.status).toBe(302);
    expect(set.headers.get("Location")).toBe("/konto?lagret=passord");
    const login = await app(formRequest("/logg-inn", { email: "forste-passord@laget.test", password: "et langt nytt passord 2026", til: "" }), { clientIp: "10.0.0.60" });
    expect(login.status).toBe(302);
    // Now it has one: the current password is asked for as for everyone.
    const again = await app(formRequest("/konto", { intent: "password", newPassword: "et annet langt passord 2026" }, { cookie: session }));
    expect(again.status).toBe(400);
  });

  it("refuses the first password from a session older than ten minutes", async () => {
    const { callback: url, laget } = await throughProvider("verified:gammel-okt@laget.test");
    const { session } = await callback(url, laget);
    const id = userId("gammel-okt@laget.test");
    const old = new Date(Date.now() - 11 * 60_000);
    getDb().$client.prepare("UPDATE sessions SET created_at = ? WHERE user_id = ?").run(old.getTime(), id);
    const refused = await app(formRequest("/konto", { intent: "password", newPassword: "et langt nytt passord 2026" }, { cookie: session }));
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Logg inn på nytt med innloggingstjenesten");
    expect(getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, id)).get()?.hash).toBe("!sso-no-password");
  });
});

describe("a sign-in that fails ends on /logg-inn without a session", () => {
  it("refuses a changed state", async () => {
    const { callback: url, laget } = await throughProvider("kari");
    const tampered = url.replace(/state=[^&]+/, "state=forfalsket");
    const result = await callback(tampered, laget);
    expect(result).toMatchObject({ status: 302, location: "/logg-inn?sso-feil=state", session: undefined });
  });

  it("refuses a callback without the state cookie (another browser, or the cookie expired)", async () => {
    const { callback: url } = await throughProvider("kari");
    expect(await callback(url, new Map())).toMatchObject({ location: "/logg-inn?sso-feil=state", session: undefined });
  });

  it("refuses a code used twice", async () => {
    const { callback: url, laget } = await throughProvider("kari");
    expect((await callback(url, laget)).session).toBeTruthy();
    // The same URL with the same (replayed) state cookie: the provider refuses the used code.
    expect(await callback(url, laget)).toMatchObject({ location: "/logg-inn?sso-feil=failed", session: undefined });
  });

  it("refuses an expired ID token", async () => {
    const { callback: url, laget } = await throughProvider("expired:utlopt@laget.test");
    expect(await callback(url, laget)).toMatchObject({ location: "/logg-inn?sso-feil=failed", session: undefined });
    expect(getDb().select().from(users).where(eq(users.email, "utlopt@laget.test")).get()).toBeUndefined();
  });

  it("says so when the person cancelled at the provider", async () => {
    const result = await callback(`${TEST_ORIGIN}/logg-inn/sso/test/callback?error=access_denied&state=x`, new Map());
    expect(result).toMatchObject({ location: "/logg-inn?sso-feil=cancelled", session: undefined });
    const html = await (await app(getRequest("/logg-inn?sso-feil=cancelled"))).text();
    expect(html).toContain("Innloggingen ble avbrutt.");
  });

  it("says so when the provider does not answer", async () => {
    const start = await app(formRequest("/logg-inn/sso/nede", { til: "" }));
    expect(start.status).toBe(302);
    expect(start.headers.get("Location")).toBe("/logg-inn?sso-feil=unavailable");
  });

  it("answers 404 for a provider that is not configured, and sends a GET back to /logg-inn", async () => {
    expect((await app(formRequest("/logg-inn/sso/ukjent", { til: "" }))).status).toBe(404);
    expect((await app(getRequest("/logg-inn/sso/ukjent/callback?code=x&state=y"))).status).toBe(404);
    expect((await app(getRequest("/logg-inn/sso/test"))).headers.get("Location")).toBe("/logg-inn");
  });
});

describe("SSO required for staff", () => {
  it("refuses the coordinator's password, lets a partner in, and mails no reset link to staff", async () => {
    const admin = getDb().select({ id: users.id, role: users.role, name: users.name, email: users.email }).from(users).where(eq(users.email, DEMO_ACCOUNTS.admin)).get()!;
    setSsoRequiredForStaff({ ...admin, programmeIds: [], memberships: [] }, true, true);

    const refused = await app(formRequest("/logg-inn", { email: DEMO_ACCOUNTS.coordinator, password: DEMO_PASSWORD, til: "" }), { clientIp: "10.0.0.51" });
    expect(refused.status).toBe(403);
    expect(refused.headers.getSetCookie().some((c) => c.startsWith("laget_sesjon=") && !c.startsWith("laget_sesjon=;"))).toBe(false);
    expect(await refused.text()).toContain("Passord kan ikke brukes for din rolle.");

    const partner = await app(formRequest("/logg-inn", { email: DEMO_ACCOUNTS.partner, password: DEMO_PASSWORD, til: "" }), { clientIp: "10.0.0.52" });
    expect(partner.status).toBe(302);

    await app(formRequest("/glemt-passord", { email: DEMO_ACCOUNTS.coordinator }), { clientIp: "10.0.0.53" });
    await settleBuiltApp();
    const mails = getDb().select({ subject: emailOutbox.subject, text: emailOutbox.bodyText }).from(emailOutbox).where(eq(emailOutbox.to, DEMO_ACCOUNTS.coordinator)).all();
    expect(mails.at(-1)?.subject).toBe("Logg inn i Laget med organisasjonens innlogging");
    expect(mails.some((m) => m.text.includes("/tilbakestill-passord/"))).toBe(false);
    expect(getDb().select().from(auditEvents).where(and(eq(auditEvents.action, "user.password_reset_refused_sso"), eq(auditEvents.entityId, userId(DEMO_ACCOUNTS.coordinator)))).all()).toHaveLength(1);

    // SSO still signs her in.
    const { callback: url, laget } = await throughProvider("kari");
    expect((await callback(url, laget)).location).toBe("/koordinator");
    setSsoRequiredForStaff({ ...admin, programmeIds: [], memberships: [] }, false, true);
  });
});
