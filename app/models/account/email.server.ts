/**
 * Changing one's own e-mail address: asked for on /konto, confirmed by a link to the new address
 * (/konto/epost/:token).
 */
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { oneTimeTokens, users } from "../../../db/schema";
import { getMessages } from "~/i18n";
import { audit } from "~/services/audit.server";
import { endOtherSessions } from "~/services/auth.server";
import { enqueueMail } from "~/services/mail.server";
import { consumeToken, createToken, findValidToken } from "~/services/token.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { verifyCurrentPassword, type PasswordRefusal } from "./current-password.server";

/** Thrown inside a transaction to roll it back and report why. */
class Refused<R extends string> extends Error {
  constructor(readonly reason: R) {
    super(reason);
  }
}

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
  try {
    getDb().transaction(
      (tx) => {
        const user = tx.select({ name: users.name, email: users.email, language: users.language }).from(users).where(eq(users.id, input.userId)).get();
        if (!user) throw new Refused("wrongPassword");
        const t = getMessages(user.language);
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
