/** A person's own name on their account (/konto), scoped by their id and audited with the change. */
import { eq } from "drizzle-orm";
import { users } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import type { Language } from "~/validation/enums";

export function getAccount(userId: number) {
  return getDb()
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, userId))
    .get();
}

/** The language of the person's e-mails and notifications. */
export function changeLanguage(userId: number, language: Language): void {
  getDb().transaction(
    (tx) => {
      tx.update(users).set({ language, updatedAt: new Date(now()) }).where(eq(users.id, userId)).run();
      audit({ actorUserId: userId, action: "user.language_changed", entityType: "user", entityId: userId, details: { language } }, tx);
    },
    { behavior: "immediate" },
  );
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
