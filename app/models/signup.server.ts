/**
 * Signing up from the registration form (an account with its organisation) and the join form (an
 * account with a request to join), without telling anyone whether an address already has an account.
 *
 * The routes answer "check your e-mail" at once, whatever the address, and call `signUp` after the
 * answer (app/services/background.server.ts), so neither the words nor the time of the answer differ.
 * For a new address the account is made unconfirmed (it cannot sign in) and a one-time link (24 h)
 * is mailed to it; opening the link confirms the address and signs the person in. For an address
 * that has an account, nothing is made: its owner gets an e-mail saying that someone tried, with
 * links to sign in and to reset the password. A password reset also confirms an address, since its
 * link went to the same mailbox.
 */
import { and, eq, gt } from "drizzle-orm";
import { oneTimeTokens, users } from "../../db/schema";
import { getMessages, type Language } from "~/i18n";
import { audit } from "~/services/audit.server";
import { deliverPendingMail, enqueueMail } from "~/services/mail.server";
import { hashPassword } from "~/services/password.server";
import { consumeToken, createToken, findValidToken } from "~/services/token.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import type { Sector } from "~/validation/enums";
import { MembershipRuleError, requestMembership } from "./membership.server";
import { EmailTakenError, OrgNumberTakenError, registerOrganisation } from "./registration.server";
import { findUserByEmail } from "./user.server";

export type SignUpInput = {
  name: string;
  email: string;
  password: string;
  lang: Language;
  then:
    | { kind: "register"; organisation: { name: string; sector: Sector; orgNumber: string | null; areaIds: number[]; themeIds: number[] } }
    | { kind: "join"; organisationId: number; message: string };
};

/** A confirmation link is mailed again (on a sign-in attempt) at most this often. */
const RESEND_AFTER_MS = 10 * 60_000;

export type SignUpOutcome = "confirmationSent" | "ownerTold" | "orgNumberTaken";

/** The work behind a sign-up form; run after the answer. The password is hashed here in every case. */
export async function signUp(input: SignUpInput): Promise<SignUpOutcome> {
  const passwordHash = await hashPassword(input.password);
  const account = { name: input.name, email: input.email, passwordHash, emailConfirmed: false, language: input.lang };
  let userId: number;
  try {
    userId =
      input.then.kind === "register"
        ? registerOrganisation({ account, organisation: input.then.organisation }).userId
        : requestMembership({ organisationId: input.then.organisationId, message: input.then.message, account });
  } catch (error) {
    if (error instanceof EmailTakenError || (error instanceof MembershipRuleError && error.reason === "emailTaken")) {
      tellOwnerOfAddress(input.email);
      void deliverPendingMail();
      return "ownerTold";
    }
    // Registered by someone else between the form's check and now (rare): nothing is made and no link
    // is sent; registering again shows the number as taken.
    if (error instanceof OrgNumberTakenError) return "orgNumberTaken";
    throw error;
  }
  sendConfirmation(userId);
  void deliverPendingMail();
  return "confirmationSent";
}

/** In the owner's own language: the one who tried may have used another. */
function tellOwnerOfAddress(email: string) {
  const owner = findUserByEmail(email);
  if (!owner) return;
  const s = getMessages(owner.language).mail.signup;
  const base = getEnv().publicUrl;
  enqueueMail({ to: owner.email, subject: s.accountExistsMailSubject, text: s.accountExistsMailText(`${base}/logg-inn`, `${base}/glemt-passord`) });
  audit({ actorUserId: null, action: "user.signup_with_existing_email", entityType: "user", entityId: owner.id });
}

/** Mails a new confirmation link to an unconfirmed account, in the language it signed up in. */
export function sendConfirmation(userId: number): void {
  const db = getDb();
  const user = db
    .select({ name: users.name, email: users.email, confirmed: users.emailConfirmed, language: users.language })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user || user.confirmed) return;
  const s = getMessages(user.language).mail.signup;
  db.transaction(
    (tx) => {
      const token = createToken("signup", { userId, email: user.email }, tx);
      enqueueMail({ to: user.email, subject: s.confirmMailSubject, text: s.confirmMailText(user.name, `${getEnv().publicUrl}/registrer/bekreft/${token}`) }, tx);
    },
    { behavior: "immediate" },
  );
}

/**
 * A sign-in with the right password to an account not yet confirmed: the sign-in is refused like a
 * wrong password, and a new link is mailed unless one went out in the last ten minutes.
 */
export function resendConfirmationIfDue(userId: number): void {
  const recent = getDb()
    .select({ id: oneTimeTokens.id })
    .from(oneTimeTokens)
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, "signup"), gt(oneTimeTokens.createdAt, new Date(now() - RESEND_AFTER_MS))))
    .get();
  if (recent) return;
  sendConfirmation(userId);
  void deliverPendingMail();
}

/** Uses a confirmation link: the account's address is confirmed. Returns the user id, or null when the link is not valid. */
export function confirmSignup(token: string): number | null {
  return getDb().transaction(
    (tx) => {
      const row = consumeToken("signup", token, tx);
      if (!row?.userId) return null;
      const user = tx.select({ email: users.email }).from(users).where(eq(users.id, row.userId)).get();
      // The link confirms the address it was sent to, not one the account has since changed to.
      if (!user || user.email.toLowerCase() !== (row.email ?? "").toLowerCase()) return null;
      tx.update(users).set({ emailConfirmed: true }).where(eq(users.id, row.userId)).run();
      audit({ actorUserId: row.userId, action: "user.email_confirmed", entityType: "user", entityId: row.userId }, tx);
      return row.userId;
    },
    { behavior: "immediate" },
  );
}

/** Whether a confirmation link is still valid (the page shows its button, or says it is not). */
export function isValidSignupToken(token: string): boolean {
  return !!findValidToken("signup", token);
}
