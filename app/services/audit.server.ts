/**
 * The audit trail: who did what to which record, and when. Written in the same transaction as the
 * change. Details never hold passwords, tokens or session ids.
 */
import { auditEvents } from "../../db/schema";
import type { Db } from "../../db/connection";
import { getDb } from "~/utils/db.server";

export type AuditEntry = {
  actorUserId: number | null;
  action: string;
  entityType: string;
  entityId?: number | null;
  details?: Record<string, unknown>;
};

const FORBIDDEN_KEYS = /password|token|session|secret/i;

export function audit(entry: AuditEntry, tx: Pick<Db, "insert"> = getDb()): void {
  const details = entry.details
    ? Object.fromEntries(Object.entries(entry.details).filter(([key]) => !FORBIDDEN_KEYS.test(key)))
    : null;
  tx.insert(auditEvents)
    .values({
      actorUserId: entry.actorUserId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      details,
    })
    .run();
}
