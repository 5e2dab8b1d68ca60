import Database from "better-sqlite3";
import { fileURLToPath } from "node:url";

/**
 * The e2e server's database, opened from the test process to arrange what the UI cannot (an expired
 * session) and to check what the UI should not show (the outbox, the audit log). Same file as
 * e2e/playwright.config.ts gives the server.
 */
export function e2eDb(): Database.Database {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const file = fileURLToPath(new URL(`../.tmp/e2e-${port}.sqlite`, import.meta.url));
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  return db;
}

/** The newest outbox mail to an address, as the person would receive it. */
export function lastMailTo(email: string): { subject: string; body_text: string } | undefined {
  const db = e2eDb();
  try {
    return db
      .prepare("SELECT subject, body_text FROM email_outbox WHERE lower(\"to\") = lower(?) ORDER BY id DESC LIMIT 1")
      .get(email) as { subject: string; body_text: string } | undefined;
  } finally {
    db.close();
  }
}

/** Whether an outbox mail with exactly this subject went to the address (other tests mail it too). */
export function mailSubjectsTo(email: string): string[] {
  const db = e2eDb();
  try {
    return (db.prepare("SELECT subject FROM email_outbox WHERE lower(\"to\") = lower(?) ORDER BY id").all(email) as { subject: string }[]).map((r) => r.subject);
  } finally {
    db.close();
  }
}

/**
 * Takes a coordinator off a programme a spec made for itself. Specs that give Kari a programme of
 * their own must take it back: with a second programme her workspace asks which one (and picks the
 * first by name), which other specs, running later or beside them, do not expect. A successor made
 * from such a programme (its coordinators copied) is taken back too.
 */
export function releaseCoordinator(email: string, programmeSlugs: readonly string[]): void {
  if (programmeSlugs.length === 0) return;
  const db = e2eDb();
  try {
    const remove = db.prepare(
      "DELETE FROM coordinator_assignments WHERE user_id = (SELECT id FROM users WHERE email = @email) AND programme_id IN (SELECT id FROM programmes WHERE slug = @slug OR predecessor_id = (SELECT id FROM programmes WHERE slug = @slug))",
    );
    for (const slug of programmeSlugs) remove.run({ email, slug });
  } finally {
    db.close();
  }
}
