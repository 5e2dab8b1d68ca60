/**
 * Sessions and the signed-in person. The ONLY module that knows lucia (docs/decisions/002):
 * everything else calls the functions below and gets Laget's own types back.
 *
 * Lifetimes (WCAG-friendly for partners, strict for staff who can see and change more):
 * - partners (role none): 14 days idle, 30 days absolute;
 * - coordinators and administrators: 30 minutes idle, 12 hours absolute.
 * lucia keeps `expiresAt` for the longest idle timeout (14 days) and slides it; this module adds the
 * role's own idle timeout (from `lastSeenAt`) and the absolute lifetime (from `createdAt`).
 */
import { DrizzleSQLiteAdapter } from "@lucia-auth/adapter-drizzle";
import { redirect } from "@remix-run/node";
import { eq, sql } from "drizzle-orm";
import { Lucia, TimeSpan, type DatabaseSession, type DatabaseUser } from "lucia";
import type { Db } from "../../db/connection";
import { sessions, users } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { requestMemo } from "~/utils/request-scope.server";
import { getEnv } from "~/utils/env.server";
import { now } from "~/utils/clock.server";
import type { Language, UserRole } from "~/validation/enums";

export const SESSION_COOKIE_NAME = "laget_sesjon";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const SESSION_POLICY = {
  partner: { idleMs: 14 * DAY, absoluteMs: 30 * DAY },
  staff: { idleMs: 30 * MINUTE, absoluteMs: 12 * HOUR },
} as const;

/** Writing lastSeenAt on every request would make every page a write; once a minute is precise enough. */
const TOUCH_INTERVAL_MS = MINUTE;

export function sessionPolicyFor(role: UserRole) {
  return role === "none" ? SESSION_POLICY.partner : SESSION_POLICY.staff;
}

/** `language`: the person's own (users.language), for what is written to them. */
export type SessionUser = { id: number; email: string; name: string; role: UserRole; language: Language };
export type SessionInfo = { id: string; createdAt: Date; lastSeenAt: Date; userAgent: string | null };

/**
 * The adapter reads a session on every signed-in request. lucia's drizzle adapter does that with two
 * queries built anew each time (the session, then its user with every column, the password hash
 * included); this reads both in one prepared join and only the columns Laget uses.
 */
class SessionAdapter extends DrizzleSQLiteAdapter {
  private readonly sessionAndUser;

  constructor(db: Db) {
    super(db, sessions, users);
    this.sessionAndUser = db
      .select({
        id: sessions.id,
        userId: sessions.userId,
        expiresAt: sessions.expiresAt,
        createdAt: sessions.createdAt,
        lastSeenAt: sessions.lastSeenAt,
        userAgent: sessions.userAgent,
        email: users.email,
        name: users.name,
        role: users.role,
        language: users.language,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(eq(sessions.id, sql.placeholder("sessionId")))
      .prepare();
  }

  override async getSessionAndUser(sessionId: string): Promise<[DatabaseSession | null, DatabaseUser | null]> {
    const row = this.sessionAndUser.get({ sessionId });
    if (!row) return [null, null];
    return [
      {
        id: row.id,
        userId: row.userId,
        // Stored in seconds, as lucia's adapter stores it.
        expiresAt: new Date(row.expiresAt * 1000),
        attributes: { createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, userAgent: row.userAgent },
      },
      { id: row.userId, attributes: { email: row.email, name: row.name, role: row.role, language: row.language } },
    ];
  }
}

function createLucia() {
  const adapter = new SessionAdapter(getDb());
  return new Lucia(adapter, {
    sessionExpiresIn: new TimeSpan(14, "d"),
    sessionCookie: {
      name: SESSION_COOKIE_NAME,
      attributes: { secure: getEnv().secureCookies, sameSite: "lax", path: "/" },
    },
    getUserAttributes: (attributes) => ({
      email: attributes.email,
      name: attributes.name,
      role: attributes.role,
      language: attributes.language,
    }),
    getSessionAttributes: (attributes) => ({
      createdAt: attributes.createdAt,
      lastSeenAt: attributes.lastSeenAt,
      userAgent: attributes.userAgent,
    }),
  });
}

declare module "lucia" {
  interface Register {
    Lucia: ReturnType<typeof createLucia>;
    UserId: number;
    DatabaseUserAttributes: { email: string; name: string; role: UserRole; language: Language };
    DatabaseSessionAttributes: { createdAt: Date; lastSeenAt: Date; userAgent: string | null };
  }
}

let instance: ReturnType<typeof createLucia> | undefined;
function lucia() {
  instance ??= createLucia();
  return instance;
}

function readSessionId(request: Request): string | null {
  return lucia().readSessionCookie(request.headers.get("cookie") ?? "");
}

/** A new session for a person who just proved who they are; returns the Set-Cookie value. */
export async function createUserSession(userId: number, request: Request): Promise<string> {
  const at = new Date(now());
  // Rotation: a session id the browser had before logging in is never reused.
  const previous = readSessionId(request);
  if (previous) await lucia().invalidateSession(previous);
  const session = await lucia().createSession(userId, {
    createdAt: at,
    lastSeenAt: at,
    userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
  });
  return lucia().createSessionCookie(session.id).serialize();
}

type Validated = { user: SessionUser; session: SessionInfo };
/** The session check of a request, and the cookie its response should set (a slid expiry, or clearing a dead session). */
type Validation = { result: Validated | null; cookie?: string };

/** Checked once per request, however many loaders ask (see request-scope.server.ts). */
function validation(request: Request): Promise<Validation> {
  return requestMemo(request, "session", () => validate(request));
}

/** The signed-in person for this request, or null. Memoised per request. */
export async function getSessionUser(request: Request): Promise<Validated | null> {
  return (await validation(request)).result;
}

/**
 * The Set-Cookie value this request's response should carry, if any. The root loader (which runs on
 * every document request and navigation) sends it, so the cookie's expiry follows the session's.
 */
export async function sessionCookieUpdate(request: Request): Promise<string | undefined> {
  return (await validation(request)).cookie;
}

async function validate(request: Request): Promise<Validation> {
  const sessionId = readSessionId(request);
  if (!sessionId) return { result: null };
  const { session, user } = await lucia().validateSession(sessionId);
  if (!session || !user) {
    return { result: null, cookie: lucia().createBlankSessionCookie().serialize() };
  }
  const at = now();
  const policy = sessionPolicyFor(user.role);
  const idle = at - session.lastSeenAt.getTime() > policy.idleMs;
  const tooOld = at - session.createdAt.getTime() > policy.absoluteMs;
  if (idle || tooOld) {
    await lucia().invalidateSession(session.id);
    return { result: null, cookie: lucia().createBlankSessionCookie().serialize() };
  }
  if (at - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    getDb().update(sessions).set({ lastSeenAt: new Date(at) }).where(eq(sessions.id, session.id)).run();
  }
  return {
    result: {
      user: { id: user.id, email: user.email, name: user.name, role: user.role, language: user.language },
      session: {
        id: session.id,
        createdAt: session.createdAt,
        lastSeenAt: session.lastSeenAt,
        userAgent: session.userAgent,
      },
    },
    cookie: session.fresh ? lucia().createSessionCookie(session.id).serialize() : undefined,
  };
}

/** Where to send a person who must log in first, so they come back to where they were. */
export function loginRedirect(request: Request): Response {
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  return redirect(back === "/" ? "/logg-inn" : `/logg-inn?til=${encodeURIComponent(back)}`);
}

/** The signed-in person, or a redirect to the login page (thrown). */
export async function requireSessionUser(request: Request): Promise<Validated> {
  const result = await getSessionUser(request);
  if (!result) throw loginRedirect(request);
  return result;
}

/** Ends this request's session; returns the Set-Cookie value that clears the cookie. */
export async function endSession(request: Request): Promise<string> {
  const sessionId = readSessionId(request);
  if (sessionId) await lucia().invalidateSession(sessionId);
  return lucia().createBlankSessionCookie().serialize();
}

/** Ends every session of a person except, optionally, the one in use. */
export function endOtherSessions(userId: number, keepSessionId?: string): void {
  const db = getDb();
  const rows = db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, userId)).all();
  for (const row of rows) {
    if (row.id !== keepSessionId) db.delete(sessions).where(eq(sessions.id, row.id)).run();
  }
}

export function listUserSessions(userId: number): SessionInfo[] {
  return getDb()
    .select({ id: sessions.id, createdAt: sessions.createdAt, lastSeenAt: sessions.lastSeenAt, userAgent: sessions.userAgent })
    .from(sessions)
    .where(eq(sessions.userId, userId))
    .all();
}

export function endUserSession(userId: number, sessionId: string): void {
  const db = getDb();
  const row = db.select({ userId: sessions.userId }).from(sessions).where(eq(sessions.id, sessionId)).get();
  // Scoped by the owner: a person can end only their own sessions.
  if (row?.userId === userId) db.delete(sessions).where(eq(sessions.id, sessionId)).run();
}

export function deleteExpiredSessions(): Promise<void> {
  return lucia().deleteExpiredSessions();
}
