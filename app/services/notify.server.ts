/**
 * The one way to tell people something happened: an in-app notification always, and an e-mail unless
 * the person turned e-mail off for that kind (notification_preferences). Runs inside the caller's
 * transaction, so the notice exists exactly when the change does. The e-mail is written for each
 * recipient in their own language (users.language); the in-app notice is stored as its kind and
 * values and worded when shown, in the language of the page.
 */
import { and, eq, inArray } from "drizzle-orm";
import { notificationPreferences, notifications, users } from "../../db/schema";
import type { Db } from "../../db/connection";
import { enqueueMail } from "./mail.server";
import type { NotificationKind } from "~/validation/enums";
import { getMessages, type Messages } from "~/i18n";

type Tx = Pick<Db, "insert" | "select">;

export type Notice = {
  userIds: number[];
  kind: NotificationKind;
  /** Values for the kind's sentence in app/i18n (notifications.messages). */
  params: Record<string, string>;
  /** A path inside Laget where the person can act on it. */
  link: string | null;
  /** The e-mail's subject and text in a recipient's language, or null for in-app only. */
  mail: ((t: Messages) => { subject: string; text: string }) | null;
};

export function notify(tx: Tx, notice: Notice): void {
  const ids = [...new Set(notice.userIds)];
  if (ids.length === 0) return;
  tx.insert(notifications)
    .values(ids.map((userId) => ({ userId, kind: notice.kind, params: notice.params, link: notice.link })))
    .run();
  if (!notice.mail) return;
  const optedOut = new Set(
    tx
      .select({ userId: notificationPreferences.userId })
      .from(notificationPreferences)
      .where(
        and(
          inArray(notificationPreferences.userId, ids),
          eq(notificationPreferences.kind, notice.kind),
          eq(notificationPreferences.emailEnabled, false),
        ),
      )
      .all()
      .map((r) => r.userId),
  );
  const recipients = tx.select({ id: users.id, email: users.email, language: users.language }).from(users).where(inArray(users.id, ids)).all();
  for (const recipient of recipients) {
    if (!optedOut.has(recipient.id)) enqueueMail({ to: recipient.email, ...notice.mail(getMessages(recipient.language)) }, tx as Pick<Db, "insert">);
  }
}
