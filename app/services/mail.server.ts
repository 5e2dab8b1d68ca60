/**
 * The one way Laget sends e-mail. Every mail is written to the `email_outbox` table in the caller's
 * transaction, so it exists exactly when the change it reports does. With SMTP_URL set it is then
 * delivered through SMTP (nodemailer) and marked sent; without it, it stays in the outbox and the log
 * (development shows it at /dev/epost; tests read the table).
 */
import { and, desc, eq, isNull } from "drizzle-orm";
import nodemailer, { type Transporter } from "nodemailer";
import { emailOutbox } from "../../db/schema";
import type { Db } from "../../db/connection";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { log } from "~/utils/log.server";

export type Mail = { to: string; subject: string; text: string };
type Tx = Pick<Db, "insert">;

let transporter: Transporter | undefined;
function smtp(): Transporter | undefined {
  const url = getEnv().SMTP_URL;
  if (!url) return undefined;
  transporter ??= nodemailer.createTransport(url);
  return transporter;
}

/** Puts a mail in the outbox (inside the caller's transaction when given) and returns its id. */
export function enqueueMail(mail: Mail, tx: Tx = getDb()): number {
  const row = tx
    .insert(emailOutbox)
    .values({ to: mail.to, subject: mail.subject, bodyText: mail.text })
    .returning({ id: emailOutbox.id })
    .get();
  // Never log the body: it may hold a one-time link.
  log.info("mail queued", { outboxId: row.id, subject: mail.subject });
  return row.id;
}

/**
 * Delivers every undelivered mail through SMTP when configured; a no-op without SMTP_URL.
 * Called without awaiting after an action's transaction has committed.
 */
export async function deliverPendingMail(): Promise<void> {
  const transport = smtp();
  if (!transport) return;
  const db = getDb();
  const pending = db.select().from(emailOutbox).where(and(isNull(emailOutbox.sentAt), isNull(emailOutbox.error))).limit(100).all();
  for (const mail of pending) {
    try {
      await transport.sendMail({ from: getEnv().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.bodyText });
      db.update(emailOutbox).set({ sentAt: new Date(), error: null }).where(eq(emailOutbox.id, mail.id)).run();
    } catch (error) {
      log.error("mail delivery failed", { outboxId: mail.id, error: (error as Error).message });
      db.update(emailOutbox).set({ error: (error as Error).message.slice(0, 500) }).where(eq(emailOutbox.id, mail.id)).run();
    }
  }
}

/** For development: the latest mails in the outbox. */
export function listOutbox(limit = 50) {
  return getDb().select().from(emailOutbox).orderBy(desc(emailOutbox.id)).limit(limit).all();
}
