/**
 * An account made by a single sign-on has no password (NO_PASSWORD), so /konto cannot ask for the
 * current one before a sensitive change. Instead the person proves themselves by a fresh sign-in:
 * within ten minutes of signing in, they may set a first password (after which e-mail changes and
 * deletion ask for it as for everyone). A hijacked session older than that cannot.
 */
import { and, eq } from "drizzle-orm";
import { users } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { endOtherSessions } from "~/services/auth.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { hasPassword, NO_PASSWORD } from "./identity.server";

export const FRESH_SIGN_IN_MS = 10 * 60_000;

export function accountHasPassword(userId: number): boolean {
  const row = getDb().select({ hash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
  return !!row && hasPassword(row.hash);
}

/** Sets the first password of a password-less account; refused (`signInAgain`) when the session is not fresh, or the account has one already. */
export function setFirstPassword(input: { userId: number; passwordHash: string; sessionId: string; sessionCreatedAt: Date }): { ok: true } | { ok: false; reason: "signInAgain" } {
  if (now() - input.sessionCreatedAt.getTime() > FRESH_SIGN_IN_MS) return { ok: false, reason: "signInAgain" };
  const done = getDb().transaction(
    (tx) => {
      const result = tx
        .update(users)
        .set({ passwordHash: input.passwordHash, updatedAt: new Date(now()) })
        .where(and(eq(users.id, input.userId), eq(users.passwordHash, NO_PASSWORD)))
        .run();
      if (result.changes !== 1) return false;
      audit({ actorUserId: input.userId, action: "user.password_changed", entityType: "user", entityId: input.userId, details: { first: true } }, tx);
      return true;
    },
    { behavior: "immediate" },
  );
  if (!done) return { ok: false, reason: "signInAgain" };
  endOtherSessions(input.userId, input.sessionId);
  return { ok: true };
}
