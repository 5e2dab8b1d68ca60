/** Changing one's own password on /konto (not the forgotten-password reset, which has no session). */
import { and, eq, inArray, isNull } from "drizzle-orm";
import { oneTimeTokens, users } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { endOtherSessions } from "~/services/auth.server";
import { hashPassword } from "~/services/password.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { verifyCurrentPassword, type PasswordRefusal } from "./current-password.server";

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
