/**
 * One-time links (password reset, e-mail change, invitation, confirming a new account's address). The link carries 32 random bytes;
 * the database keeps only their SHA-256, so a leaked database holds no usable link.
 */
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { oneTimeTokens } from "../../db/schema";
import type { Db } from "../../db/connection";
import { getDb } from "~/utils/db.server";
import { now } from "~/utils/clock.server";
import type { MembershipRole, TokenPurpose } from "~/validation/enums";

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  password_reset: 60 * 60_000,
  email_change: 24 * 60 * 60_000,
  invitation: 7 * 24 * 60 * 60_000,
  signup: 24 * 60 * 60_000,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

type TokenFields = {
  userId?: number | null;
  email?: string | null;
  organisationId?: number | null;
  membershipRole?: MembershipRole | null;
  createdByUserId?: number | null;
};

/** Creates a token and returns the raw value for the link (the only time it exists in clear). */
export function createToken(purpose: TokenPurpose, fields: TokenFields, tx: Pick<Db, "insert"> = getDb()): string {
  const token = randomBytes(32).toString("base64url");
  tx.insert(oneTimeTokens)
    .values({
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(now() + TOKEN_LIFETIME_MS[purpose]),
      ...fields,
    })
    .run();
  return token;
}

/**
 * Gives an unused token a fresh value and a full lifetime from now (its old link stops working), with
 * the fields given; returns the raw value for the new link. For sending an open invitation again.
 */
export function renewToken(id: number, purpose: TokenPurpose, fields: TokenFields, tx: Pick<Db, "update"> = getDb()): string {
  const token = randomBytes(32).toString("base64url");
  tx.update(oneTimeTokens)
    .set({ tokenHash: hashToken(token), expiresAt: new Date(now() + TOKEN_LIFETIME_MS[purpose]), ...fields })
    .where(and(eq(oneTimeTokens.id, id), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)))
    .run();
  return token;
}

function validWhere(purpose: TokenPurpose, token: string) {
  return and(
    eq(oneTimeTokens.purpose, purpose),
    eq(oneTimeTokens.tokenHash, hashToken(token)),
    isNull(oneTimeTokens.usedAt),
    gt(oneTimeTokens.expiresAt, new Date(now())),
  );
}

/** The token's row if it is unused and unexpired, without using it (to show the form it leads to). */
export function findValidToken(purpose: TokenPurpose, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return getDb().select().from(oneTimeTokens).where(validWhere(purpose, token)).get();
}

/** Uses the token: marks it used and returns its row, or undefined if it was not valid. Atomic. */
export function consumeToken(purpose: TokenPurpose, token: string, tx: Pick<Db, "update"> = getDb()) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return tx
    .update(oneTimeTokens)
    .set({ usedAt: new Date(now()) })
    .where(validWhere(purpose, token))
    .returning()
    .get();
}
