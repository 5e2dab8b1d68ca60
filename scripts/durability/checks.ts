/**
 * What the durability tests check in a database file after the server is gone (killed or stopped):
 * SQLite's own integrity and foreign-key checks, every acknowledged write present, and nothing
 * half-written — each write below is one immediate transaction of several rows, so either all of its
 * rows exist or none do.
 */
import Database from "better-sqlite3";
import { MARKER, type AcknowledgedWrite } from "./workload";

export type DatabaseReport = {
  integrity: string;
  foreignKeyProblems: unknown[];
  /** Acknowledged writes that are not in the database: lost writes. */
  missing: AcknowledgedWrite[];
  /** Descriptions of rows whose companions from the same transaction are missing. */
  halfWritten: string[];
  counts: { organisations: number; updates: number; joinRequests: number };
};

export function checkDatabase(file: string, acknowledged: readonly AcknowledgedWrite[]): DatabaseReport {
  // Opened read-write so SQLite can recover the -wal a killed server left behind, as the next start would.
  const db = new Database(file, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    const integrity = String(db.pragma("integrity_check", { simple: true }));
    const foreignKeyProblems = db.pragma("foreign_key_check") as unknown[];
    const like = `${MARKER} %`;

    // Registration: organisation + owner membership + audit entry + coordinators' notifications.
    const organisations = db
      .prepare(
        `SELECT o.id, o.name, o.registered_by_user_id AS userId,
                (SELECT count(*) FROM memberships m WHERE m.organisation_id = o.id AND m.role = 'owner' AND m.status = 'active' AND m.user_id = o.registered_by_user_id) AS owners,
                (SELECT count(*) FROM audit_events a WHERE a.action = 'organisation.registered' AND a.entity_id = o.id) AS audits,
                (SELECT count(*) FROM notifications n WHERE n.kind = 'organisation_registered' AND json_extract(n.params, '$.organisation') = o.name) AS notices
           FROM organisations o WHERE o.name LIKE ?`,
      )
      .all(like) as { id: number; name: string; userId: number; owners: number; audits: number; notices: number }[];
    const halfWritten: string[] = [];
    for (const o of organisations) {
      if (o.owners !== 1 || o.audits !== 1 || o.notices === 0) {
        halfWritten.push(`organisation ${o.name}: ${o.owners} owner memberships, ${o.audits} audit entries, ${o.notices} notifications`);
      }
    }
    const orphanAudits = db
      .prepare("SELECT entity_id AS id FROM audit_events WHERE action = 'organisation.registered' AND entity_id NOT IN (SELECT id FROM organisations)")
      .all() as { id: number }[];
    for (const a of orphanAudits) halfWritten.push(`audit entry for organisation ${a.id}, which does not exist`);

    // Update: the update + its audit entry.
    const updates = db
      .prepare(
        `SELECT u.id, u.title, (SELECT count(*) FROM audit_events a WHERE a.action = 'update.created' AND a.entity_id = u.id) AS audits
           FROM updates u WHERE u.title LIKE ?`,
      )
      .all(like) as { id: number; title: string; audits: number }[];
    for (const u of updates) if (u.audits !== 1) halfWritten.push(`update ${u.title}: ${u.audits} audit entries`);

    // Join request: the membership request + its audit entry + one notification per active owner.
    const joinRequests = db
      .prepare(
        `SELECT m.id, m.user_id AS userId, m.organisation_id AS organisationId,
                (SELECT count(*) FROM audit_events a WHERE a.action = 'membership.requested' AND a.entity_id = m.id) AS audits,
                (SELECT count(*) FROM notifications n WHERE n.kind = 'membership_requested'
                    AND json_extract(n.params, '$.person') = u.name AND json_extract(n.params, '$.organisation') = o.name) AS notices,
                (SELECT count(*) FROM memberships w WHERE w.organisation_id = m.organisation_id AND w.role = 'owner' AND w.status = 'active') AS owners
           FROM memberships m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id
          WHERE m.status = 'requested' AND u.name LIKE ?`,
      )
      .all(like) as { id: number; userId: number; organisationId: number; audits: number; notices: number; owners: number }[];
    for (const j of joinRequests) {
      if (j.audits !== 1 || j.notices !== j.owners) {
        halfWritten.push(`join request ${j.id}: ${j.audits} audit entries, ${j.notices} notifications for ${j.owners} owners`);
      }
    }

    const orgNames = new Set(organisations.map((o) => `${o.name}|${o.userId}`));
    const titles = new Set(updates.map((u) => u.title));
    const requests = new Set(joinRequests.map((j) => `${j.userId}|${j.organisationId}`));
    const missing = acknowledged.filter((w) => {
      if (w.kind === "registration") return !orgNames.has(`${w.orgName}|${w.userId}`);
      if (w.kind === "update") return !titles.has(w.title);
      return !requests.has(`${w.userId}|${w.organisationId}`);
    });
    return {
      integrity,
      foreignKeyProblems,
      missing,
      halfWritten,
      counts: { organisations: organisations.length, updates: updates.length, joinRequests: joinRequests.length },
    };
  } finally {
    db.close();
  }
}

/** Everything wrong in a report, one line each; empty when the database is sound and complete. */
export function problemsIn(report: DatabaseReport): string[] {
  return [
    ...(report.integrity === "ok" ? [] : [`integrity_check: ${report.integrity}`]),
    ...report.foreignKeyProblems.map((row) => `foreign_key_check: ${JSON.stringify(row)}`),
    ...report.missing.map((write) => `lost: ${JSON.stringify(write)}`),
    ...report.halfWritten.map((description) => `half-written: ${description}`),
  ];
}
