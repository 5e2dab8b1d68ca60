/**
 * A person's own sessions on /konto: listed, and ended one by one or all but this one.
 *
 * Session ids are bearer credentials (the id IS the cookie value), so they never leave the server:
 * the page names a session by an opaque handle (a truncated SHA-256 of the id) that the server
 * resolves among the person's own sessions only.
 */
import { createHash } from "node:crypto";
import { audit } from "~/services/audit.server";
import { endOtherSessions, endUserSession, listUserSessions, sessionPolicyFor } from "~/services/auth.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import type { UserRole } from "~/validation/enums";

/** The opaque name of a session on the page: not reversible to the id, stable for the session's life. */
export function sessionHandle(sessionId: string): string {
  return createHash("sha256").update(`laget:session-handle:${sessionId}`).digest("hex").slice(0, 32);
}

/** Browser and operating system from a User-Agent header, for people to recognise their devices. */
export function describeUserAgent(userAgent: string | null): { browser: string | null; os: string | null } {
  const ua = userAgent ?? "";
  const browser = /Edg(e|A|iOS)?\//.test(ua)
    ? "Edge"
    : /OPR\/|Opera/.test(ua)
      ? "Opera"
      : /SamsungBrowser\//.test(ua)
        ? "Samsung Internet"
        : /Firefox\/|FxiOS\//.test(ua)
          ? "Firefox"
          : /Chrome\/|CriOS\/|Chromium\//.test(ua)
            ? "Chrome"
            : /Version\/[\d.]+.*Safari\//.test(ua)
              ? "Safari"
              : null;
  const os = /iPhone|iPod/.test(ua)
    ? "iPhone"
    : /iPad/.test(ua)
      ? "iPad"
      : /Android/.test(ua)
        ? "Android"
        : /Windows NT|Windows Phone/.test(ua)
          ? "Windows"
          : /CrOS/.test(ua)
            ? "ChromeOS"
            : /Mac OS X|Macintosh/.test(ua)
              ? "macOS"
              : /Linux/.test(ua)
                ? "Linux"
                : null;
  return { browser, os };
}

/** Sessions that still work: the auth module refuses ones past the role's idle or absolute limit. */
export function liveSessions(userId: number, role: UserRole) {
  const policy = sessionPolicyFor(role);
  const at = now();
  return listUserSessions(userId).filter(
    (s) => at - s.lastSeenAt.getTime() <= policy.idleMs && at - s.createdAt.getTime() <= policy.absoluteMs,
  );
}

export type AccountSession = {
  handle: string;
  createdAt: Date;
  lastSeenAt: Date;
  browser: string | null;
  os: string | null;
  current: boolean;
};

/** The person's live sessions, this one first, then the most recently used. */
export function listAccountSessions(userId: number, role: UserRole, currentSessionId: string): AccountSession[] {
  return liveSessions(userId, role)
    .map((s) => ({
      handle: sessionHandle(s.id),
      createdAt: s.createdAt,
      lastSeenAt: s.lastSeenAt,
      ...describeUserAgent(s.userAgent),
      current: s.id === currentSessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.getTime() - a.lastSeenAt.getTime());
}

/**
 * Ends one of the person's own sessions, named by its handle. "current" means the handle is the
 * session in use: the caller logs the person out instead.
 */
export function endSessionByHandle(userId: number, handle: string, currentSessionId: string): "ended" | "current" | "notFound" {
  const session = listUserSessions(userId).find((s) => sessionHandle(s.id) === handle);
  if (!session) return "notFound";
  if (session.id === currentSessionId) return "current";
  getDb().transaction(
    (tx) => {
      endUserSession(userId, session.id);
      audit({ actorUserId: userId, action: "user.session_ended", entityType: "user", entityId: userId }, tx);
    },
    { behavior: "immediate" },
  );
  return "ended";
}

/** Ends every session of the person except the one in use; returns how many were ended. */
export function endAllOtherSessions(userId: number, currentSessionId: string): number {
  return getDb().transaction(
    (tx) => {
      const count = listUserSessions(userId).filter((s) => s.id !== currentSessionId).length;
      endOtherSessions(userId, currentSessionId);
      audit({ actorUserId: userId, action: "user.other_sessions_ended", entityType: "user", entityId: userId, details: { count } }, tx);
      return count;
    },
    { behavior: "immediate" },
  );
}
