/**
 * Checking a person's e-mail and password, with the brute-force limit in front: at most 10 failed
 * attempts per account and per IP address in 15 minutes. A blocked attempt is refused before any
 * password hashing, and unknown e-mails cost the same hashing as known ones, so neither the answer
 * nor its timing tells whether an account exists.
 */
import { audit } from "./audit.server";
import { hashPassword, verifyPassword } from "./password.server";
import { takeAttempt } from "./rate-limit.server";
import { findUserByEmail } from "~/models/user.server";
import { resendConfirmationIfDue } from "~/models/signup.server";
import { afterResponse } from "./background.server";
import { ssoRequiredFor } from "./sso-policy.server";
import type { UserRole } from "~/validation/enums";

export type LoginResult =
  | { ok: true; user: { id: number; role: UserRole } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "ssoRequired" }
  | { ok: false; reason: "blocked"; retryAfterSeconds: number };

let dummyHash: Promise<string> | undefined;
function hashForUnknownEmail(): Promise<string> {
  dummyHash ??= hashPassword("laget-dummy-password-for-timing");
  return dummyHash;
}

export function loginBuckets(email: string, ip: string): string[] {
  return [`login:ip:${ip}`, `login:email:${email.trim().toLowerCase()}`];
}

export async function attemptLogin(
  email: string,
  password: string,
  ip: string,
  verify: (hash: string, password: string) => Promise<boolean> = verifyPassword,
): Promise<LoginResult> {
  const buckets = loginBuckets(email, ip);
  // Counted before the password is hashed, in the same step as the check, so simultaneous guesses
  // cannot all pass a check that none of them has been counted in yet.
  const verdict = takeAttempt(buckets);
  if (verdict.blocked) {
    audit({ actorUserId: null, action: "login.blocked", entityType: "user", details: { ip } });
    return { ok: false, reason: "blocked", retryAfterSeconds: verdict.retryAfterSeconds };
  }
  const user = findUserByEmail(email);
  const valid = await verify(user?.passwordHash ?? (await hashForUnknownEmail()), password);
  if (!user || !valid) {
    audit({ actorUserId: null, action: "login.failed", entityType: "user", entityId: user?.id ?? null, details: { ip } });
    return { ok: false, reason: "invalid" };
  }
  if (!user.emailConfirmed) {
    // The right password for an account whose address is not confirmed yet: refused with the same
    // answer as a wrong one (or signing up with someone else's address would tell whether it had an
    // account), and a new link goes to the address after the answer.
    audit({ actorUserId: null, action: "login.unconfirmed", entityType: "user", entityId: user.id, details: { ip } });
    afterResponse("signup confirmation", () => resendConfirmationIfDue(user.id));
    return { ok: false, reason: "invalid" };
  }
  verdict.release();
  // Said only after the right password, so it tells nobody else that the account is staff.
  if (ssoRequiredFor(user.id)) {
    audit({ actorUserId: null, action: "login.sso_required", entityType: "user", entityId: user.id, details: { ip } });
    return { ok: false, reason: "ssoRequired" };
  }
  audit({ actorUserId: user.id, action: "login", entityType: "user", entityId: user.id, details: { ip } });
  return { ok: true, user: { id: user.id, role: user.role } };
}
