/** A person's choice of which notification kinds also come by e-mail (notify() reads it). */
import { eq } from "drizzle-orm";
import { notificationPreferences } from "../../db/schema";
import { audit } from "~/services/audit.server";
import { getDb } from "~/utils/db.server";
import { NOTIFICATION_KINDS, type NotificationKind } from "~/validation/enums";

/** Kinds with e-mail turned off for the user; every other kind is on (the default). */
export function emailDisabledKinds(userId: number): NotificationKind[] {
  return getDb()
    .select({ kind: notificationPreferences.kind, enabled: notificationPreferences.emailEnabled })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, userId))
    .all()
    .filter((r) => !r.enabled)
    .map((r) => r.kind);
}

/** Stores e-mail on/off for every kind at once (the checked ones are on). */
export function saveEmailPreferences(userId: number, enabled: readonly NotificationKind[]): void {
  getDb().transaction(
    (tx) => {
      tx.delete(notificationPreferences).where(eq(notificationPreferences.userId, userId)).run();
      tx.insert(notificationPreferences)
        .values(NOTIFICATION_KINDS.map((kind) => ({ userId, kind, emailEnabled: enabled.includes(kind) })))
        .run();
      audit({ actorUserId: userId, action: "notification_preferences.updated", entityType: "user", entityId: userId, details: { emailOff: NOTIFICATION_KINDS.filter((k) => !enabled.includes(k)) } }, tx);
    },
    { behavior: "immediate" },
  );
}
