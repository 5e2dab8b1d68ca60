import { and, count, desc, eq, isNull } from "drizzle-orm";
import { notifications } from "../../db/schema";
import { getDb } from "~/utils/db.server";

export function unreadNotificationCount(userId: number): number {
  return (
    getDb()
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
      .get()?.n ?? 0
  );
}

/** The person's latest notifications (scoped by the owner). */
export function listNotifications(userId: number, limit = 100) {
  return getDb()
    .select({ id: notifications.id, kind: notifications.kind, params: notifications.params, link: notifications.link, readAt: notifications.readAt, createdAt: notifications.createdAt })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit)
    .all();
}

export function markAllNotificationsRead(userId: number): void {
  getDb()
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .run();
}
