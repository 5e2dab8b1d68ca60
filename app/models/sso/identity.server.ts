/**
 * People signing in with an OpenID Connect provider (issue 24 part 1; the linking rule is ADR 018).
 *
 * - A known identity (provider, sub) signs in to its account.
 * - A first sign-in is linked to an existing account ONLY by an e-mail address the provider asserts
 *   it has verified (`email_verified === true`, or Entra ID's `xms_edov === true`). An address the
 *   provider has not verified could be anyone's: linking on it would hand over that account.
 * - Otherwise a new account without roles is made (roles are still given in Laget), with the
 *   verified address, or — when the address is not verified — a placeholder the person changes on
 *   /konto (which confirms the new address by a link). The account has no password (NO_PASSWORD).
 *
 * Only the provider's name and the subject are stored: never ID-porten's national identity number
 * (`pid`) or other claims. Every sign-in is one transaction with its audit entries.
 */
import { createHash } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import { grantGroupMembers, userIdentities, users } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { getDb } from "~/utils/db.server";
import type { UserRole } from "~/validation/enums";

/**
 * Stored as the password hash of an account made by a sign-in: not an argon2 hash, so no password
 * verifies against it (verifyPassword answers false), and the account signs in with its provider only
 * until the person sets a password.
 */
export const NO_PASSWORD = "!sso-no-password";

export const hasPassword = (passwordHash: string) => passwordHash !== NO_PASSWORD;

/** The claims Laget reads from a validated ID token. */
export type IdentityClaims = {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  xms_edov?: unknown;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
};

export type SignedInIdentity = { userId: number; role: UserRole; outcome: "known" | "linked" | "created" };

/** The address the provider vouches for, or null. Entra ID's `email` is verified only with `xms_edov` (INTEGRATIONS.md). */
export function verifiedEmail(claims: IdentityClaims): string | null {
  const email = typeof claims.email === "string" ? claims.email.trim() : "";
  if (!email || email.length > 254 || !/^[^\s@]+@[^\s@]+$/.test(email)) return null;
  return claims.email_verified === true || claims.xms_edov === true ? email : null;
}

function displayName(claims: IdentityClaims): string {
  const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");
  const full = text(claims.name) || [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ");
  return (full || "Ny bruker").slice(0, 120);
}

/** An address no mail reaches (RFC 2606 `.invalid`), unique per identity, for an account whose address the provider did not verify. */
export function placeholderEmail(provider: string, subject: string): string {
  return `${provider}-${createHash("sha256").update(subject).digest("hex").slice(0, 16)}@sso.invalid`;
}

export function signInWithIdentity(provider: string, claims: IdentityClaims, ip: string): SignedInIdentity {
  const subject = claims.sub;
  return getDb().transaction(
    (tx) => {
      const at = new Date();
      const known = tx
        .select({ id: users.id, role: users.role, identityId: userIdentities.id })
        .from(userIdentities)
        .innerJoin(users, eq(users.id, userIdentities.userId))
        .where(and(eq(userIdentities.provider, provider), eq(userIdentities.subject, subject)))
        .get();
      if (known) {
        tx.update(userIdentities).set({ lastUsedAt: at }).where(eq(userIdentities.id, known.identityId)).run();
        audit({ actorUserId: known.id, action: "login", entityType: "user", entityId: known.id, details: { ip, method: "sso", provider } }, tx);
        return { userId: known.id, role: known.role, outcome: "known" as const };
      }

      const email = verifiedEmail(claims);
      const existing = email
        ? tx.select({ id: users.id, role: users.role, emailConfirmed: users.emailConfirmed }).from(users).where(sql`lower(${users.email}) = lower(${email})`).get()
        : undefined;
      if (existing) {
        tx.insert(userIdentities).values({ provider, subject, userId: existing.id, lastUsedAt: at }).run();
        // The provider vouches for the address, as the confirmation link would have.
        if (!existing.emailConfirmed) tx.update(users).set({ emailConfirmed: true, updatedAt: at }).where(eq(users.id, existing.id)).run();
        audit({ actorUserId: existing.id, action: "user.identity_linked", entityType: "user", entityId: existing.id, details: { provider, by: "verified_email" } }, tx);
        audit({ actorUserId: existing.id, action: "login", entityType: "user", entityId: existing.id, details: { ip, method: "sso", provider } }, tx);
        return { userId: existing.id, role: existing.role, outcome: "linked" as const };
      }

      const created = tx
        .insert(users)
        .values({
          email: email ?? placeholderEmail(provider, subject),
          name: displayName(claims),
          passwordHash: NO_PASSWORD,
          role: "none",
          emailConfirmed: email !== null,
        })
        .returning({ id: users.id })
        .get();
      tx.insert(userIdentities).values({ provider, subject, userId: created.id, lastUsedAt: at }).run();
      audit({ actorUserId: created.id, action: "user.created_by_sso", entityType: "user", entityId: created.id, details: { provider, emailVerified: email !== null } }, tx);
      audit({ actorUserId: created.id, action: "login", entityType: "user", entityId: created.id, details: { ip, method: "sso", provider } }, tx);
      return { userId: created.id, role: "none" as const, outcome: "created" as const };
    },
    { behavior: "immediate" },
  );
}

/** Staff for the SSO requirement: administrators, coordinators and current members of a grant group. */
export function isStaffAccount(userId: number): boolean {
  const user = getDb().select({ role: users.role }).from(users).where(eq(users.id, userId)).get();
  if (!user) return false;
  if (user.role !== "none") return true;
  return !!getDb()
    .select({ id: grantGroupMembers.id })
    .from(grantGroupMembers)
    .where(and(eq(grantGroupMembers.userId, userId), isNull(grantGroupMembers.endedAt)))
    .limit(1)
    .get();
}

/** The providers a person has signed in with (shown on /konto). */
export function identitiesOf(userId: number): { provider: string; lastUsedAt: Date }[] {
  return getDb()
    .select({ provider: userIdentities.provider, lastUsedAt: userIdentities.lastUsedAt })
    .from(userIdentities)
    .where(eq(userIdentities.userId, userId))
    .all();
}
