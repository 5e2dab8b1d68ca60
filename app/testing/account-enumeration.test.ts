/**
 * Nothing Laget answers tells whether an e-mail address has an account (issue 18, item 7): signing
 * up from the registration and join forms and asking for a new password answer the same, with the
 * same work before the answer, for a new address and for one that has an account; what differs
 * happens after the answer (app/models/signup.server.ts, app/services/background.server.ts).
 * Runs the real production build in-process on this file's own seeded database.
 */
import type Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { emailOutbox, organisations, users } from "../../db/schema";
import { DEMO_ACCOUNTS, seedDemoData } from "../../db/seed";
import { en } from "../i18n/en";
import { nb } from "../i18n/nb";
import { getDb } from "../utils/db.server";
import { formRequest, getRequest, loadBuiltApp, settleBuiltApp } from "./built-app.server";

let ip = 0;

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
});

/** One request through the built app, with the statements it ran before answering. */
async function post(path: string, fields: Record<string, string>) {
  const app = await loadBuiltApp();
  await settleBuiltApp();
  const client = getDb().$client;
  const statement = Object.getPrototypeOf(client.prepare("SELECT 1")) as Database.Statement;
  const spies = (["all", "get", "run", "iterate"] as const).map((method) => vi.spyOn(statement, method));
  try {
    const response = await app(formRequest(path, fields), { clientIp: `192.0.2.${++ip}` });
    const body = await response.text();
    const statements = spies.reduce((n, spy) => n + spy.mock.contexts.filter((run) => (run as Database.Statement).database === client).length, 0);
    return { status: response.status, location: response.headers.get("location"), body, statements };
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
}

const mailsTo = (email: string) =>
  getDb()
    .select({ subject: emailOutbox.subject, text: emailOutbox.bodyText })
    .from(emailOutbox)
    .where(eq(emailOutbox.to, email))
    .all();

const registration = (email: string, orgName: string) => ({
  name: "Nina Ny",
  email,
  password: "et langt og greit passord 2026",
  orgName,
  sector: "residents_group",
});

describe("registering with an address", () => {
  it("answers a taken address exactly as a new one, and tells the address's owner instead", async () => {
    const fresh = await post("/registrer", registration("nina.ny@example.test", "Ninas nye lag"));
    const taken = await post("/registrer", registration(DEMO_ACCOUNTS.partner, "Et lag som ikke blir laget"));
    expect(fresh.status).toBe(302);
    expect(taken).toEqual(fresh);
    expect(fresh.location).toBe("/registrer?sendt");

    await settleBuiltApp();
    const db = getDb();
    const nina = db.select({ id: users.id, confirmed: users.emailConfirmed }).from(users).where(eq(users.email, "nina.ny@example.test")).get();
    expect(nina?.confirmed).toBe(false);
    expect(db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Ninas nye lag")).get()).toBeDefined();
    expect(mailsTo("nina.ny@example.test").map((m) => m.subject)).toEqual([nb.mail.signup.confirmMailSubject]);
    expect(db.select({ id: organisations.id }).from(organisations).where(eq(organisations.name, "Et lag som ikke blir laget")).get()).toBeUndefined();
    expect(mailsTo(DEMO_ACCOUNTS.partner).map((m) => m.subject)).toContain(nb.mail.signup.accountExistsMailSubject);
  });

  it("shows the same page after either: check your e-mail", async () => {
    const app = await loadBuiltApp();
    const page = await (await app(getRequest("/registrer?sendt"))).text();
    expect(page).toContain(nb.signup.sentHeading);
    expect(page).not.toContain(nb.registration.emailTaken);
  });

  it("lets the unconfirmed account sign in only after the link is opened, which signs it in", async () => {
    const app = await loadBuiltApp();
    const login = () => post("/logg-inn", { email: "nina.ny@example.test", password: "et langt og greit passord 2026" });
    const wrong = await post("/logg-inn", { email: "nina.ny@example.test", password: "et helt feil passord her" });
    const unconfirmed = await login();
    // Refused like a wrong password: signing up with someone else's address tells nothing either.
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body).toContain(nb.auth.wrongCredentials);
    expect(wrong.status).toBe(400);
    await settleBuiltApp();
    // A link went out again only if none had in the last ten minutes: still one.
    expect(mailsTo("nina.ny@example.test")).toHaveLength(1);

    const link = /\/registrer\/bekreft\/[A-Za-z0-9_-]+/.exec(mailsTo("nina.ny@example.test")[0]!.text)![0];
    const page = await (await app(getRequest(link))).text();
    expect(page).toContain(nb.signup.confirmButton);
    const confirmed = await app(formRequest(link, {}));
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("location")).toBe("/min-side?bekreftet");
    expect(confirmed.headers.get("set-cookie")).toContain("laget_sesjon=");
    const again = await app(formRequest(link, {}));
    expect(again.status).toBe(400);
    expect(await again.text()).toContain(nb.signup.confirmInvalid);
    expect((await login()).status).toBe(302);
  });
});

describe("asking to join with a new account", () => {
  it("answers a taken address exactly as a new one", async () => {
    const fresh = await post("/bli-med/leksehjelpa-romsas", { name: "Ola Ny", email: "ola.ny@example.test", password: "ola har et langt passord", message: "Hei" });
    const taken = await post("/bli-med/leksehjelpa-romsas", { name: "Ola Ny", email: DEMO_ACCOUNTS.coordinator, password: "ola har et langt passord", message: "Hei" });
    expect(fresh.status).toBe(302);
    expect(taken).toEqual(fresh);
    await settleBuiltApp();
    expect(mailsTo("ola.ny@example.test").map((m) => m.subject)).toEqual([nb.mail.signup.confirmMailSubject]);
    expect(mailsTo(DEMO_ACCOUNTS.coordinator).map((m) => m.subject)).toContain(nb.mail.signup.accountExistsMailSubject);
  });
});

describe("asking for a new password", () => {
  it("does the same work before answering for a known and an unknown address", async () => {
    const known = await post("/glemt-passord", { email: DEMO_ACCOUNTS.admin });
    const unknown = await post("/glemt-passord", { email: "finnes-ikke@example.test" });
    expect(known.status).toBe(302);
    expect(unknown).toEqual(known);
    await settleBuiltApp();
    expect(mailsTo(DEMO_ACCOUNTS.admin).map((m) => m.subject)).toContain(nb.auth.resetMailSubject);
    expect(mailsTo("finnes-ikke@example.test")).toEqual([]);
  });
});

describe("the language of a new account", () => {
  it("is the one the person registered in, and its mails are written in it", async () => {
    const app = await loadBuiltApp();
    const request = formRequest("/registrer", registration("emma.english@example.test", "Emma's group"), { headers: { Cookie: "laget_sprak=en" } });
    expect((await app(request, { clientIp: "192.0.2.250" })).status).toBe(302);
    await settleBuiltApp();
    const emma = getDb().select({ language: users.language }).from(users).where(eq(users.email, "emma.english@example.test")).get();
    expect(emma?.language).toBe("en");
    expect(mailsTo("emma.english@example.test").map((m) => m.subject)).toEqual([en.mail.signup.confirmMailSubject]);
  });
});

