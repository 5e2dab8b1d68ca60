/**
 * The public data version (migration 0004, db/data-version.ts): every table that public pages read
 * moves it on with each insert, update and delete; the tables of private, high-churn writes leave it
 * alone. A new table must be put on one side or the other here, or this test fails.
 */
import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "./connection";
import { openDataVersionWatcher, renewDataVersionEpoch } from "./data-version";
import { seedDemoData } from "./seed";

/** Written on every visit, login or mail; no public page shows them. */
const PRIVATE_TABLES = [
  "sessions", "one_time_tokens", "rate_limit_hits", "audit_events", "email_outbox", "notifications", "notification_preferences",
  // Grants (migration 0007): what only the applicant, the administrators and the group see.
  "grant_group_members", "grant_budget_lines", "grant_attachments", "grant_assessments", "grant_declarations",
  "grant_meetings", "grant_meeting_attendees", "grant_letters", "grant_appeals", "grant_payments",
  // Enhetsregisteret's answers (migration 0009): shown to the person registering and to coordinators only.
  "register_units", "register_feed_state",
  // The årsmelding's narrative (migration 0010): the coordinator's words while writing the report.
  "report_narratives",
  // Single sign-on (migration 0011): who signs in with which provider, and the administrators' settings.
  "user_identities", "settings",
  // Medvirkning (migration 0012): a recurring stop as entered; only the coordinator reads it (the public reads its occurrences, in meetings).
  "meeting_series",
];
/** SQLite's and drizzle's own, the counter itself, and the full-text indexes' shadow tables (kept by triggers on their base tables). */
const BOOKKEEPING = /^(sqlite_|__drizzle_migrations$|public_data_version$|(organisations|initiatives)_fts)/;

const file = path.join(tmpdir(), `laget-data-version-${randomUUID()}.sqlite`);
const db = openDatabase(file);
migrateDatabase(db);
const sqlite = db.$client;
afterAll(() => {
  sqlite.close();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
});

describe("the public data version", () => {
  it("has an insert, update and delete trigger on every table but the private ones", () => {
    const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[])
      .map((t) => t.name)
      .filter((name) => !BOOKKEEPING.test(name));
    const triggers = sqlite.prepare("SELECT tbl_name AS tableName, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%public_data_version%'").all() as {
      tableName: string;
      sql: string;
    }[];
    const covered = (table: string, event: string) => triggers.some((t) => t.tableName === table && new RegExp(`AFTER ${event} ON`, "i").test(t.sql));
    for (const table of tables) {
      for (const event of ["INSERT", "UPDATE", "DELETE"]) {
        expect({ table, event, bumps: covered(table, event) }).toEqual({ table, event, bumps: !PRIVATE_TABLES.includes(table) });
      }
    }
    expect(tables.length).toBeGreaterThan(PRIVATE_TABLES.length + 10);
  });

  it("moves on with a change to public data, seen from another connection, and not with a private write", async () => {
    await seedDemoData(db);
    const watcher = openDataVersionWatcher(file);
    try {
      const before = watcher.current();
      sqlite.prepare("INSERT INTO rate_limit_hits (bucket, at) VALUES ('test', 1)").run();
      sqlite.prepare("UPDATE sessions SET last_seen_at = last_seen_at + 1").run();
      sqlite.prepare("DELETE FROM email_outbox").run();
      expect(watcher.current()).toEqual(before);

      sqlite.prepare("UPDATE organisations SET name = name || ' AS' WHERE id = (SELECT min(id) FROM organisations)").run();
      const after = watcher.current();
      expect(after.version).toBe(before.version + 1);
      expect(after.epoch).toBe(before.epoch);
      expect(after.changedAtSeconds).toBeGreaterThanOrEqual(before.changedAtSeconds);
      expect(after.previousChangedAtSeconds).toBe(before.changedAtSeconds);

      renewDataVersionEpoch(sqlite);
      expect(watcher.current().epoch).not.toBe(before.epoch);
      expect(watcher.current().version).toBe(after.version);
    } finally {
      watcher.close();
    }
  });
});
