/**
 * Password reset by a one-time link (valid one hour, stored hashed). Requesting it answers the same,
 * at once, whether or not the address has an account: the route runs `requestPasswordReset` after
 * the answer (app/services/background.server.ts), so its timing does not tell either. Using a link
 * ends every session of the account.
 */
import { and, eq, isNull } from "drizzle-orm";
import { oneTimeTokens, sessions, users } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { getMessages } from "~/i18n";
import { audit } from "~/services/audit.server";
import { enqueueMail } from "~/services/mail.server";
import { consumeToken, createToken, findValidToken } from "~/services/token.server";
import { findUserByEmail } from "./user.server";
import { oidcProviders } from "~/services/oidc-config.server";
import { ssoRequiredFor } from "~/services/sso-policy.server";

export function requestPasswordReset(email: string): void {
  const user = findUserByEmail(email);
  if (!user) return;
  const t = getMessages(user.language);
  if (ssoRequiredFor(user.id)) {
    // Staff who must sign in with SSO get no reset link (a password would not let them in, and must
    // not become a way around the requirement): the mail says where to sign in instead.
    const names = oidcProviders().filter((provider) => provider.staff).map((provider) => provider.displayName).join(" / ");
    getDb().transaction(
      (tx) => {
        enqueueMail({ to: user.email, subject: t.admin.sso.mailSubject, text: t.admin.sso.mailText(names, `${getEnv().publicUrl}/logg-inn`) }, tx);
        audit({ actorUserId: null, action: "user.password_reset_refused_sso", entityType: "user", entityId: user.id }, tx);
      },
      { behavior: "immediate" },
    );
    return;
  }
  getDb().transaction(
    (tx) => {
      const token = createToken("password_reset", { userId: user.id }, tx);
      enqueueMail({ to: user.email, subject: t.auth.resetMailSubject, text: t.auth.resetMailText(`${getEnv().publicUrl}/tilbakestill-passord/${token}`) }, tx);
      audit({ actorUserId: null, action: "user.password_reset_requested", entityType: "user", entityId: user.id }, tx);
    },
    { behavior: "immediate" },
  );
}

/** The account's e-mail for a valid, unused reset link; null otherwise. */
export function emailForResetToken(token: string): string | null {
  const row = findValidToken("password_reset", token);
  if (!row?.userId) return null;
  return getDb().select({ email: users.email }).from(users).where(eq(users.id, row.userId)).get()?.email ?? null;
}

/** Sets the new password if the link is still valid (atomically using it); false otherwise. */
export function resetPassword(token: string, passwordHash: string): boolean {
  return getDb().transaction(
    (tx) => {
      const row = consumeToken("password_reset", token, tx);
      if (!row?.userId) return false;
      // The link went to the account's address, so using it confirms the address too (signup.server.ts).
      tx.update(users).set({ passwordHash, emailConfirmed: true, updatedAt: new Date() }).where(eq(users.id, row.userId)).run();
      tx.delete(sessions).where(eq(sessions.userId, row.userId)).run();
      // Any other reset links for the account stop working too.
      tx.update(oneTimeTokens)
        .set({ usedAt: new Date() })
        .where(and(eq(oneTimeTokens.userId, row.userId), eq(oneTimeTokens.purpose, "password_reset"), isNull(oneTimeTokens.usedAt)))
        .run();
      audit({ actorUserId: row.userId, action: "user.password_reset", entityType: "user", entityId: row.userId }, tx);
      return true;
    },
    { behavior: "immediate" },
  );
}
