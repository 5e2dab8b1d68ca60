import { eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { sessions, users } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { advanceClock, resetClock } from "~/utils/clock.server";
import {
  createUserSession,
  endOtherSessions,
  endSession,
  getSessionUser,
  SESSION_COOKIE_NAME,
  SESSION_POLICY,
  sessionCookieUpdate,
} from "./auth.server";

let partnerId: number;
let coordinatorId: number;

beforeAll(() => {
  const db = getDb();
  partnerId = db.insert(users).values({ email: "p@example.test", name: "P", passwordHash: "x", role: "none" }).returning().get().id;
  coordinatorId = db.insert(users).values({ email: "k@example.test", name: "K", passwordHash: "x", role: "coordinator" }).returning().get().id;
});

afterEach(() => resetClock());

/** A request carrying the cookie from a Set-Cookie header value. */
function requestWith(setCookie: string): Request {
  const pair = setCookie.split(";")[0]!;
  return new Request("http://localhost/min-side", { headers: { cookie: pair } });
}

describe("session cookie", () => {
  it("is HttpOnly, SameSite=Lax, Path=/ and not Secure outside production by default", async () => {
    const cookie = await createUserSession(partnerId, new Request("http://localhost/logg-inn"));
    expect(cookie.startsWith(`${SESSION_COOKIE_NAME}=`)).toBe(true);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/; Secure/i);
  });
});

describe("session validation", () => {
  it("prepares no statement per request: the session and its person come from one prepared join", async () => {
    const cookie = await createUserSession(partnerId, new Request("http://localhost/logg-inn"));
    await getSessionUser(requestWith(cookie)); // the adapter exists from here on
    const prepare = vi.spyOn(getDb().$client, "prepare");
    try {
      for (let i = 0; i < 3; i++) {
        const signedIn = await getSessionUser(requestWith(cookie));
        expect(signedIn?.user).toEqual({ id: partnerId, email: "p@example.test", name: "P", role: "none", language: "nb" });
      }
      expect(prepare).not.toHaveBeenCalled();
    } finally {
      prepare.mockRestore();
    }
  });

  it("knows the person from a valid cookie and nobody from a forged one", async () => {
    const cookie = await createUserSession(partnerId, new Request("http://localhost/logg-inn"));
    expect((await getSessionUser(requestWith(cookie)))?.user.id).toBe(partnerId);
    expect(await getSessionUser(requestWith(`${SESSION_COOKIE_NAME}=forged`))).toBeNull();
  });

  it("rotates the session at login: the session id the browser had before stops working", async () => {
    const before = await createUserSession(partnerId, new Request("http://localhost/logg-inn"));
    const loginRequest = new Request("http://localhost/logg-inn", { headers: { cookie: before.split(";")[0]! } });
    const after = await createUserSession(partnerId, loginRequest);
    expect(after.split(";")[0]).not.toBe(before.split(";")[0]);
    expect(await getSessionUser(requestWith(before))).toBeNull();
    expect((await getSessionUser(requestWith(after)))?.user.id).toBe(partnerId);
  });

  it("ends a partner's session after 14 days idle, and keeps it while in use", async () => {
    const cookie = await createUserSession(partnerId, new Request("http://localhost/"));
    advanceClock(SESSION_POLICY.partner.idleMs - 60_000);
    expect(await getSessionUser(requestWith(cookie))).not.toBeNull(); // this use counts as activity
    advanceClock(SESSION_POLICY.partner.idleMs - 60_000);
    expect(await getSessionUser(requestWith(cookie))).not.toBeNull();
    advanceClock(SESSION_POLICY.partner.idleMs + 60_000);
    const request = requestWith(cookie);
    expect(await getSessionUser(request)).toBeNull();
    expect(await sessionCookieUpdate(request)).toMatch(/Max-Age=0/i);
  });

  it("ends a partner's session after 30 days however active", async () => {
    const cookie = await createUserSession(partnerId, new Request("http://localhost/"));
    for (let day = 1; day <= 29; day++) {
      advanceClock(24 * 60 * 60_000);
      expect(await getSessionUser(requestWith(cookie))).not.toBeNull();
    }
    advanceClock(24 * 60 * 60_000 + 60_000);
    expect(await getSessionUser(requestWith(cookie))).toBeNull();
    expect(getDb().select().from(sessions).where(eq(sessions.userId, partnerId)).all().some((s) => cookie.includes(s.id))).toBe(false);
  });

  it("ends a coordinator's session after 30 minutes idle", async () => {
    const cookie = await createUserSession(coordinatorId, new Request("http://localhost/"));
    advanceClock(29 * 60_000);
    expect(await getSessionUser(requestWith(cookie))).not.toBeNull();
    advanceClock(31 * 60_000);
    expect(await getSessionUser(requestWith(cookie))).toBeNull();
  });

  it("ends a coordinator's session after 12 hours however active", async () => {
    const cookie = await createUserSession(coordinatorId, new Request("http://localhost/"));
    for (let i = 0; i < 23; i++) {
      advanceClock(30 * 60_000 - 60_000);
      expect(await getSessionUser(requestWith(cookie))).not.toBeNull();
    }
    advanceClock(60 * 60_000);
    expect(await getSessionUser(requestWith(cookie))).toBeNull();
  });

  it("logout ends the session on the server, so the old cookie no longer works", async () => {
    const cookie = await createUserSession(partnerId, new Request("http://localhost/"));
    const cleared = await endSession(requestWith(cookie));
    expect(cleared).toMatch(/Max-Age=0/i);
    expect(await getSessionUser(requestWith(cookie))).toBeNull();
  });

  it("ending the other sessions keeps only the one in use", async () => {
    const a = await createUserSession(partnerId, new Request("http://localhost/"));
    const b = await createUserSession(partnerId, new Request("http://localhost/"));
    const current = await getSessionUser(requestWith(a));
    endOtherSessions(partnerId, current!.session.id);
    expect(await getSessionUser(requestWith(a))).not.toBeNull();
    expect(await getSessionUser(requestWith(b))).toBeNull();
  });
});
