import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { notifications } from "../../db/schema";
import { getDb, preparedQuery } from "~/utils/db.server";

/** The header's badge: on every signed-in page. */
export function unreadNotificationCount(userId: number): number {
  return unreadCount().get({ userId })?.n ?? 0;
}

const unreadCount = preparedQuery((db) =>
  db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, sql.placeholder("userId")), isNull(notifications.readAt)))
    .prepare(),
);

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
