/**
 * The audit log as administrators read it (/admin/logg): filtered, newest first, each entry's
 * entity and the ids in its details resolved to names now. Writing to the log is
 * ~/services/audit.server.ts.
 */
import { and, asc, count, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { auditEvents, users } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { contains } from "~/utils/sql-text.server";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = {
  action: string | null;
  /** Part of the actor's e-mail, any case. */
  actorEmail: string | null;
  entityType: string | null;
  entityId: number | null;
  /** Calendar days in Norway, YYYY-MM-DD, both included. */
  from: string | null;
  to: string | null;
};

export type AuditRow = {
  id: number;
  createdAt: number;
  /** Who did it: a person, "anonymous" (a visitor who was not logged in) or "system". */
  actor: { kind: "user"; name: string; email: string } | { kind: "anonymous" | "system" };
  action: string;
  entityType: string;
  entityId: number | null;
  details: Record<string, unknown> | null;
  /** What the entity is called now (a person's name, a tiltak's title …), null when unknown or deleted. */
  entityLabel: string | null;
  /** Detail values that are ids, with the kind they name and its name now (null when deleted). */
  detailRefs: Record<string, { kind: string; id: number; label: string | null }>;
};

/** What an id in the log names now: a person's name, an organisation, a tiltak … (null once deleted). */
export type AuditName = { label: string };
/** Names by kind and id ("user:5"), for the entity column and the ids in the details. */
export type AuditNames = Record<string, AuditName>;

/** The kinds of thing the log's entities and detail ids name, with the table and label of each. */
const NAMED_KINDS: Record<string, string> = {
  user: "SELECT id, name AS label FROM users",
  organisation: "SELECT id, name AS label FROM organisations",
  initiative: "SELECT id, title AS label FROM initiatives",
  programme: "SELECT id, name AS label FROM programmes",
  subprogramme: "SELECT id, name AS label FROM subprogrammes",
  area: "SELECT id, name AS label FROM areas",
  update: "SELECT id, title AS label FROM updates",
  participation:
    "SELECT p.id AS id, o.name || ' – ' || i.title AS label FROM participations p JOIN organisations o ON o.id = p.organisation_id JOIN initiatives i ON i.id = p.initiative_id",
  membership: "SELECT m.id AS id, u.name || ' – ' || o.name AS label FROM memberships m JOIN users u ON u.id = m.user_id JOIN organisations o ON o.id = m.organisation_id",
};
/** Detail keys holding an id, and the kind they name. */
const AUDIT_DETAIL_ID_KINDS: Record<string, string> = {
  userId: "user",
  organisationId: "organisation",
  initiativeId: "initiative",
  programmeId: "programme",
  subprogrammeId: "subprogramme",
  areaId: "area",
  parentId: "area",
  participationId: "participation",
  membershipId: "membership",
  updateId: "update",
};

/**
 * The names behind the entities and detail ids of a page of the log, in one statement whatever the
 * number of rows or kinds (a UNION ALL of one primary-key lookup per kind present).
 */
function auditNames(items: Pick<AuditRow, "entityType" | "entityId" | "details">[]): AuditNames {
  const ids = new Map<string, Set<number>>();
  const want = (kind: string, id: unknown) => {
    if (!(kind in NAMED_KINDS) || typeof id !== "number" || !Number.isInteger(id)) return;
    (ids.get(kind) ?? ids.set(kind, new Set()).get(kind)!).add(id);
  };
  for (const item of items) {
    if (item.entityId !== null) want(item.entityType, item.entityId);
    for (const [key, value] of Object.entries(item.details ?? {})) if (key in AUDIT_DETAIL_ID_KINDS) want(AUDIT_DETAIL_ID_KINDS[key]!, value);
  }
  if (ids.size === 0) return {};
  // The SQL of each part is our own constant; only the id lists are parameters.
  const parts = [...ids].map(
    ([kind, set]) => sql`SELECT ${kind} AS kind, named.id AS id, named.label AS label FROM (${sql.raw(NAMED_KINDS[kind]!)}) AS named WHERE named.id IN (SELECT value FROM json_each(${JSON.stringify([...set])}))`,
  );
  const rows = getDb().all<{ kind: string; id: number; label: string }>(sql.join(parts, sql` UNION ALL `));
  return Object.fromEntries(rows.map((r) => [`${r.kind}:${r.id}`, { label: r.label }]));
}

/** The UTC offset of Norway's clock at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function osloOffsetMs(at: number): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Oslo",
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second"));
  return wall - Math.floor(at / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) begins in Norway. Midnight is never inside a DST change there. */
export function osloDayStart(isoDay: string): number {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(y, m - 1, d);
  const guess = utcMidnight - osloOffsetMs(utcMidnight);
  return utcMidnight - osloOffsetMs(guess);
}

/** The day after, as YYYY-MM-DD. */
function nextDay(isoDay: string): string {
  const [y, m, d] = isoDay.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Entries without an actor come from people who were not logged in (failed logins, password reset
 * requests: their actions are `login.*` or `*_requested`) or from the system itself.
 */
function actorlessKind(action: string): "anonymous" | "system" {
  return action.startsWith("login.") || action.endsWith("_requested") ? "anonymous" : "system";
}

function auditConditions(filters: AuditFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.action) conditions.push(eq(auditEvents.action, filters.action));
  if (filters.actorEmail) conditions.push(contains(sql`${users.email}`, filters.actorEmail));
  if (filters.entityType) conditions.push(eq(auditEvents.entityType, filters.entityType));
  if (filters.entityId !== null) conditions.push(eq(auditEvents.entityId, filters.entityId));
  if (filters.from) conditions.push(gte(auditEvents.createdAt, new Date(osloDayStart(filters.from))));
  if (filters.to) conditions.push(lt(auditEvents.createdAt, new Date(osloDayStart(nextDay(filters.to)))));
  return conditions.length ? and(...conditions) : undefined;
}

/** The audit log, newest first, `pageSize` a page. */
export function listAuditEvents(filters: AuditFilters, page: number, pageSize = AUDIT_PAGE_SIZE): { total: number; items: AuditRow[] } {
  const db = getDb();
  const where = auditConditions(filters);
  const total =
    db.select({ n: count() }).from(auditEvents).leftJoin(users, eq(users.id, auditEvents.actorUserId)).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      id: auditEvents.id,
      createdAt: auditEvents.createdAt,
      actorUserId: auditEvents.actorUserId,
      actorName: users.name,
      actorEmail: users.email,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(where)
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const events = rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.getTime(),
    actor:
      r.actorName !== null && r.actorEmail !== null ? { kind: "user" as const, name: r.actorName, email: r.actorEmail } : { kind: actorlessKind(r.action) },
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    details: r.details && typeof r.details === "object" && !Array.isArray(r.details) ? (r.details as Record<string, unknown>) : null,
  }));
  const names = auditNames(events);
  const items = events.map((event): AuditRow => {
    const detailRefs: AuditRow["detailRefs"] = {};
    for (const [key, value] of Object.entries(event.details ?? {})) {
      const kind = AUDIT_DETAIL_ID_KINDS[key];
      if (kind && typeof value === "number") detailRefs[key] = { kind, id: value, label: names[`${kind}:${value}`]?.label ?? null };
    }
    return { ...event, entityLabel: event.entityId === null ? null : (names[`${event.entityType}:${event.entityId}`]?.label ?? null), detailRefs };
  });
  return { total, items };
}

/** The distinct actions and entity types in the log, for the filter form's selects. */
export function listAuditFilterOptions(): { actions: string[]; entityTypes: string[] } {
  const db = getDb();
  return {
    actions: db
      .selectDistinct({ v: auditEvents.action })
      .from(auditEvents)
      .orderBy(asc(auditEvents.action))
      .all()
      .map((r) => r.v),
    entityTypes: db
      .selectDistinct({ v: auditEvents.entityType })
      .from(auditEvents)
      .orderBy(asc(auditEvents.entityType))
      .all()
      .map((r) => r.v),
  };
}
