/**
 * The current password, asked again before a sensitive change to a person's own account (e-mail,
 * password, deletion). Wrong guesses share the login's limit, per account.
 */
import { eq } from "drizzle-orm";
import { users } from "../../../db/schema";
import { verifyPassword } from "~/services/password.server";
import { AUTH_LIMIT, clearBucket, takeAttempt } from "~/services/rate-limit.server";
import { getDb } from "~/utils/db.server";

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
