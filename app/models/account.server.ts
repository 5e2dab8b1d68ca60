/**
 * A person's own account (/konto): name, e-mail (confirmed by a link to the new address), password,
 * their sessions, deleting the account, and the download of their own data. Every function is scoped
 * by the acting person's id; every change is audited in the same transaction as the change itself.
 *
 * Session ids are bearer credentials (the id IS the cookie value), so they never leave the server:
 * the page names a session by an opaque handle (a truncated SHA-256 of the id) that the server
 * resolves among the person's own sessions only.
 */
import { createHash } from "node:crypto";
import { and, asc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import {
  auditEvents,
  coordinatorAssignments,
  initiatives,
  memberships,
  notificationPreferences,
  notifications,
  oneTimeTokens,
  organisations,
  participations,
  programmes,
  updates,
  users,
} from "../../db/schema";
import { getMessages } from "~/i18n";
import { audit } from "~/services/audit.server";
import { endOtherSessions, endUserSession, listUserSessions, sessionPolicyFor } from "~/services/auth.server";
import { enqueueMail } from "~/services/mail.server";
import { hashPassword, verifyPassword } from "~/services/password.server";
import { AUTH_LIMIT, clearBucket, takeAttempt } from "~/services/rate-limit.server";
import { consumeToken, createToken, findValidToken } from "~/services/token.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { jsonObjects } from "~/utils/sql-json.server";
import type { NotificationKind, UserRole } from "~/validation/enums";

/** Thrown inside a transaction to roll it back and report why. */
class Refused<R extends string> extends Error {
  constructor(readonly reason: R) {
    super(reason);
  }
}

// ---------------------------------------------------------------------------------------------
// The current password
// ---------------------------------------------------------------------------------------------

export type PasswordRefusal = { ok: false; reason: "wrongPassword" } | { ok: false; reason: "blocked"; retryAfterSeconds: number };

const passwordBucket = (userId: number) => `account:password:user:${userId}`;

/**
 * Checks the person's current password before a sensitive change. Wrong guesses are counted (at most
 * 10 in 15 minutes, like logging in), so a hijacked session cannot be used to guess the password.
 * Returns the verified hash, so the change can make sure the password did not change in between.
 */
export async function verifyCurrentPassword(userId: number, password: string): Promise<{ ok: true; hash: string } | PasswordRefusal> {
  const bucket = passwordBucket(userId);
  const verdict = takeAttempt([bucket], AUTH_LIMIT);
  if (verdict.blocked) return { ok: false, reason: "blocked", retryAfterSeconds: verdict.retryAfterSeconds };
  const row = getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
  if (!row || !(await verifyPassword(row.hash, password))) {
    return { ok: false, reason: "wrongPassword" };
  }
  clearBucket(bucket);
  return { ok: true, hash: row.hash };
}

// ---------------------------------------------------------------------------------------------
// Profile
// ---------------------------------------------------------------------------------------------

export function getAccount(userId: number) {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

export function changeName(userId: number, name: string): void {
  getDb().transaction(
    (tx) => {
      tx.update(users).set({ name, updatedAt: new Date(now()) }).where(eq(users.id, userId)).run();
      audit({ actorUserId: userId, action: "user.name_changed", entityType: "user", entityId: userId }, tx);
    },
    { behavior: "immediate" },
  );
}

// ---------------------------------------------------------------------------------------------
// Password
// ---------------------------------------------------------------------------------------------

/**
 * Sets a new password (the policy is checked by the caller with passwordProblem) and ends every
 * other session of the person, so a browser someone else has open stops working at once. Unused
 * reset and e-mail change links die too: whoever knew the old password may have asked for them.
 */
export async function changePassword(input: {
  userId: number;
  currentPassword: string;
  newPassword: string;
  currentSessionId: string;
}): Promise<{ ok: true } | PasswordRefusal> {
  const check = await verifyCurrentPassword(input.userId, input.currentPassword);
  if (!check.ok) return check;
  const newHash = await hashPassword(input.newPassword);
  const changed = getDb().transaction(
    (tx) => {
      const at = new Date(now());
      // Only if the hash is still the one just verified (no other change slipped in meanwhile).
      const result = tx
        .update(users)
        .set({ passwordHash: newHash, updatedAt: at })
        .where(and(eq(users.id, input.userId), eq(users.passwordHash, check.hash)))
        .run();
      if (result.changes !== 1) return false;
      tx.update(oneTimeTokens)
        .set({ usedAt: at })
        .where(
          and(
            eq(oneTimeTokens.userId, input.userId),
            inArray(oneTimeTokens.purpose, ["password_reset", "email_change"]),
            isNull(oneTimeTokens.usedAt),
          ),
        )
        .run();
      audit({ actorUserId: input.userId, action: "user.password_changed", entityType: "user", entityId: input.userId }, tx);
      // The auth module writes through the same connection, so this is part of the transaction.
      endOtherSessions(input.userId, input.currentSessionId);
      return true;
    },
    { behavior: "immediate" },
  );
  return changed ? { ok: true } : { ok: false, reason: "wrongPassword" };
}

// ---------------------------------------------------------------------------------------------
// E-mail address
// ---------------------------------------------------------------------------------------------

const emailTakenBy = (email: string, exceptUserId: number, tx: Pick<ReturnType<typeof getDb>, "select"> = getDb()) =>
  !!tx
    .select({ id: users.id })
    .from(users)
    .where(and(sql`lower(${users.email}) = lower(${email})`, ne(users.id, exceptUserId)))
    .get();

export type EmailChangeRefusal = PasswordRefusal | { ok: false; reason: "sameEmail" | "emailTaken" };

/**
 * Asks for a new address: after the current password, a 24-hour link goes to the NEW address and a
 * short notice to the old one. Only the newest link works. Whether an address is taken is said only
 * after the password is right, so the form is no way to probe for accounts.
 */
export async function requestEmailChange(input: {
  userId: number;
  currentPassword: string;
  newEmail: string;
}): Promise<{ ok: true } | EmailChangeRefusal> {
  const check = await verifyCurrentPassword(input.userId, input.currentPassword);
  if (!check.ok) return check;
  const t = getMessages();
  try {
    getDb().transaction(
      (tx) => {
        const user = tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, input.userId)).get();
        if (!user) throw new Refused("wrongPassword");
        if (user.email.toLowerCase() === input.newEmail.toLowerCase()) throw new Refused("sameEmail");
        if (emailTakenBy(input.newEmail, input.userId, tx)) throw new Refused("emailTaken");
        tx.update(oneTimeTokens)
          .set({ usedAt: new Date(now()) })
          .where(and(eq(oneTimeTokens.userId, input.userId), eq(oneTimeTokens.purpose, "email_change"), isNull(oneTimeTokens.usedAt)))
          .run();
        const token = createToken("email_change", { userId: input.userId, email: input.newEmail, createdByUserId: input.userId }, tx);
        const link = `${getEnv().publicUrl}/konto/epost/${token}`;
        enqueueMail({ to: input.newEmail, subject: t.account.mail.confirmSubject, text: t.account.mail.confirmText(user.name, link) }, tx);
        enqueueMail({ to: user.email, subject: t.account.mail.noticeSubject, text: t.account.mail.noticeText(user.name) }, tx);
        audit({ actorUserId: input.userId, action: "user.email_change_requested", entityType: "user", entityId: input.userId }, tx);
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason as "sameEmail" | "emailTaken" | "wrongPassword" };
    throw error;
  }
  return { ok: true };
}

/** The pending change a link leads to (to show the confirm button), or undefined when the link is not valid. */
export function findEmailChange(token: string): { newEmail: string } | undefined {
  const row = findValidToken("email_change", token);
  if (!row || row.userId === null || !row.email) return undefined;
  return { newEmail: row.email };
}

/**
 * Confirms a new address from the link: uses the token, re-checks that no one took the address
 * meanwhile, sets it, and ends the person's other sessions (every session, when the link is opened
 * where the person is not logged in). Expired, used or unknown links change nothing.
 */
export function confirmEmailChange(
  token: string,
  currentSessionId: string | null,
): { ok: true; userId: number } | { ok: false; reason: "invalid" | "emailTaken" } {
  try {
    return getDb().transaction(
      (tx) => {
        const row = consumeToken("email_change", token, tx);
        if (!row || row.userId === null || !row.email) throw new Refused("invalid");
        const userId = row.userId;
        if (!tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get()) throw new Refused("invalid");
        if (emailTakenBy(row.email, userId, tx)) throw new Refused("emailTaken");
        const at = new Date(now());
        tx.update(users).set({ email: row.email, updatedAt: at }).where(eq(users.id, userId)).run();
        audit({ actorUserId: userId, action: "user.email_changed", entityType: "user", entityId: userId }, tx);
        endOtherSessions(userId, currentSessionId ?? undefined);
        return { ok: true as const, userId };
      },
      { behavior: "immediate" },
    );
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason as "invalid" | "emailTaken" };
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------
// Sessions
// ---------------------------------------------------------------------------------------------

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
function liveSessions(userId: number, role: UserRole) {
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

// ---------------------------------------------------------------------------------------------
// Deleting the account
// ---------------------------------------------------------------------------------------------

type Tx = Pick<ReturnType<typeof getDb>, "select">;

/**
 * The organisations the person must hand over before deleting the account.
 *
 * Rule: an organisation blocks when the person is its LAST active owner AND it is approved (it is
 * public and partners and coordinators rely on someone answering for it) OR it has other active
 * members (they would be left without anyone who can manage members). The sole owner of an
 * organisation that is not approved (pending, rejected or archived) and has no other members may
 * delete the account: the organisation stays, with its history, for coordinators to decide on or
 * archive — that is how someone who registered a residents' group and changed their mind can leave.
 */
export function ownershipBlockers(userId: number, tx: Tx = getDb()): { name: string; slug: string }[] {
  const owned = tx
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, status: organisations.status })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.status, "active"), eq(memberships.role, "owner")))
    .orderBy(asc(organisations.sortName))
    .all();
  return owned
    .filter((org) => {
      const others = tx
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.organisationId, org.id), eq(memberships.status, "active"), ne(memberships.userId, userId)))
        .all();
      if (others.some((m) => m.role === "owner")) return false;
      return org.status === "approved" || others.length > 0;
    })
    .map(({ name, slug }) => ({ name, slug }));
}

/** Laget must keep at least one administrator, or no one could appoint coordinators again. */
function isLastAdmin(userId: number, tx: Tx = getDb()): boolean {
  const admins = tx.select({ id: users.id }).from(users).where(eq(users.role, "admin")).all();
  return admins.length === 1 && admins[0]!.id === userId;
}

export type DeleteRefusal =
  | PasswordRefusal
  | { ok: false; reason: "lastOwner"; organisations: { name: string; slug: string }[] }
  | { ok: false; reason: "lastAdmin" };

/** What stops the person from deleting the account (shown before they try), or null. */
export function deletionBlocker(userId: number): DeleteRefusal | null {
  const blockers = ownershipBlockers(userId);
  if (blockers.length) return { ok: false, reason: "lastOwner", organisations: blockers };
  if (isLastAdmin(userId)) return { ok: false, reason: "lastAdmin" };
  return null;
}

/**
 * Deletes the person's account in one immediate transaction: open memberships end (each audited on
 * the organisation, so its history shows a member left), sessions and the user row go. Tiltak,
 * participations, updates and audit events stay; their links to the person become NULL (ON DELETE
 * SET NULL). The membership rows themselves are removed with the user (ON DELETE CASCADE).
 */
export async function deleteAccount(input: { userId: number; currentPassword: string }): Promise<{ ok: true } | DeleteRefusal> {
  const check = await verifyCurrentPassword(input.userId, input.currentPassword);
  if (!check.ok) return check;
  const db = getDb();
  return db.transaction(
    (tx) => {
      const blocker = (() => {
        const blockers = ownershipBlockers(input.userId, tx);
        if (blockers.length) return { ok: false as const, reason: "lastOwner" as const, organisations: blockers };
        if (isLastAdmin(input.userId, tx)) return { ok: false as const, reason: "lastAdmin" as const };
        return null;
      })();
      if (blocker) return blocker;
      const at = new Date(now());
      const open = tx
        .select({ id: memberships.id, organisationId: memberships.organisationId, role: memberships.role, status: memberships.status })
        .from(memberships)
        .where(and(eq(memberships.userId, input.userId), inArray(memberships.status, ["active", "requested"])))
        .all();
      for (const m of open) {
        tx.update(memberships).set({ status: "ended", endedAt: at }).where(eq(memberships.id, m.id)).run();
        audit(
          {
            actorUserId: input.userId,
            action: "membership.ended",
            entityType: "organisation",
            entityId: m.organisationId,
            details: { role: m.role, previousStatus: m.status, reason: "account_deleted" },
          },
          tx,
        );
      }
      endOtherSessions(input.userId);
      audit(
        { actorUserId: input.userId, action: "user.deleted", entityType: "user", entityId: input.userId, details: { memberships: open.length } },
        tx,
      );
      tx.delete(users).where(eq(users.id, input.userId)).run();
      return { ok: true as const };
    },
    { behavior: "immediate" },
  );
}

// ---------------------------------------------------------------------------------------------
// The person's own data
// ---------------------------------------------------------------------------------------------

/** Notification values that describe things, not people; anything else (a person's name) is left out. */
const EXPORTED_NOTIFICATION_PARAMS = new Set(["organisation", "initiative", "title", "approved", "status", "role", "reason", "programme"]);

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Everything Laget holds about the person, for the download at /konto/data.json (GDPR art. 15 and 20).
 * Nothing about other people beyond organisation and tiltak names, and no secrets: no password hash,
 * no session ids, no tokens.
 */
export function exportAccountData(userId: number, role: UserRole) {
  const db = getDb();
  // The programmes coordinated and the mail preferences are short lists: they come with the profile.
  const row = db
    .select({
      name: users.name,
      email: users.email,
      role: users.role,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
      coordinatorOf: jsonObjects<{ programme: string; since: number }>(sql`
        SELECT json_object('programme', ${programmes.name}, 'since', ${coordinatorAssignments.createdAt}) AS v
        FROM ${coordinatorAssignments} JOIN ${programmes} ON ${programmes.id} = ${coordinatorAssignments.programmeId}
        WHERE ${coordinatorAssignments.userId} = ${users.id} ORDER BY ${programmes.name}`),
      preferences: jsonObjects<{ kind: NotificationKind; emailEnabled: 0 | 1 }>(sql`
        SELECT json_object('kind', ${notificationPreferences.kind}, 'emailEnabled', ${notificationPreferences.emailEnabled}) AS v
        FROM ${notificationPreferences} WHERE ${notificationPreferences.userId} = ${users.id}`),
    })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!row) return null;
  const { coordinatorOf, preferences, ...profile } = row;

  const membershipRows = db
    .select({
      organisation: organisations.name,
      role: memberships.role,
      status: memberships.status,
      message: memberships.message,
      createdAt: memberships.createdAt,
      decidedAt: memberships.decidedAt,
      endedAt: memberships.endedAt,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt))
    .all();

  const sessionRows = liveSessions(userId, role)
    .map((s) => ({ createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, userAgent: s.userAgent }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  const notificationRows = db
    .select({ kind: notifications.kind, params: notifications.params, link: notifications.link, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.createdAt))
    .all();

  const participationRows = db
    .select({
      initiative: initiatives.title,
      organisation: organisations.name,
      role: participations.role,
      status: participations.status,
      message: participations.message,
      createdAt: participations.createdAt,
      decidedAt: participations.decidedAt,
      startedAt: participations.startedAt,
      endedAt: participations.endedAt,
    })
    .from(participations)
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(eq(participations.requestedByUserId, userId))
    .orderBy(asc(participations.createdAt))
    .all();

  const updateRows = db
    .select({
      initiative: initiatives.title,
      organisation: organisations.name,
      title: updates.title,
      body: updates.body,
      visibility: updates.visibility,
      eventDate: updates.eventDate,
      createdAt: updates.createdAt,
      updatedAt: updates.updatedAt,
      hiddenAt: updates.hiddenAt,
    })
    .from(updates)
    .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
    .innerJoin(organisations, eq(organisations.id, updates.organisationId))
    .where(eq(updates.authorUserId, userId))
    .orderBy(asc(updates.createdAt))
    .all();

  // What the person did. Details are included only for events about the person's own account (their
  // login addresses and the like); other events' details may name other people, so they give the
  // action, the kind of record and, for organisations, its name.
  const auditRows = db
    .select({
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      details: auditEvents.details,
      createdAt: auditEvents.createdAt,
      organisation: organisations.name,
    })
    .from(auditEvents)
    .leftJoin(organisations, and(eq(auditEvents.entityType, "organisation"), eq(organisations.id, auditEvents.entityId)))
    .where(eq(auditEvents.actorUserId, userId))
    .orderBy(asc(auditEvents.createdAt), asc(auditEvents.id))
    .all();

  return {
    format: "laget-mine-data",
    version: 1,
    exportedAt: new Date(now()).toISOString(),
    profile: { ...profile, createdAt: iso(profile.createdAt), updatedAt: iso(profile.updatedAt) },
    coordinatorOf: coordinatorOf.map((c) => ({ programme: c.programme, since: iso(new Date(c.since)) })),
    memberships: membershipRows.map((m) => ({
      ...m,
      createdAt: iso(m.createdAt),
      decidedAt: iso(m.decidedAt),
      endedAt: iso(m.endedAt),
    })),
    sessions: sessionRows.map((s) => ({ createdAt: iso(s.createdAt), lastSeenAt: iso(s.lastSeenAt), userAgent: s.userAgent })),
    notificationPreferences: preferences.map((p) => ({ kind: p.kind, emailEnabled: p.emailEnabled === 1 })),
    notifications: notificationRows.map((n) => ({
      kind: n.kind,
      params: Object.fromEntries(Object.entries(n.params ?? {}).filter(([key]) => EXPORTED_NOTIFICATION_PARAMS.has(key))),
      link: n.link,
      createdAt: iso(n.createdAt),
      readAt: iso(n.readAt),
    })),
    participationRequests: participationRows.map((p) => ({
      ...p,
      createdAt: iso(p.createdAt),
      decidedAt: iso(p.decidedAt),
      startedAt: iso(p.startedAt),
      endedAt: iso(p.endedAt),
    })),
    updates: updateRows.map(({ hiddenAt, ...u }) => ({
      ...u,
      hidden: hiddenAt !== null,
      createdAt: iso(u.createdAt),
      updatedAt: iso(u.updatedAt),
    })),
    auditEvents: auditRows.map((a) => ({
      action: a.action,
      entityType: a.entityType,
      ...(a.entityType === "organisation" && a.organisation ? { organisation: a.organisation } : {}),
      ...(a.entityType === "user" && a.entityId === userId && a.details ? { details: a.details } : {}),
      createdAt: iso(a.createdAt),
    })),
  };
}

export type AccountData = NonNullable<ReturnType<typeof exportAccountData>>;
