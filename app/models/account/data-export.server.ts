/** The download of everything Laget holds about a person (/konto/data.json). */
import { and, asc, eq, sql } from "drizzle-orm";
import {
  auditEvents,
  coordinatorAssignments,
  initiatives,
  memberships,
  notificationPreferences,
  notifications,
  organisations,
  participations,
  programmes,
  updates,
  users,
} from "../../../db/schema";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { jsonObjects } from "~/utils/sql-json.server";
import type { NotificationKind, UserRole } from "~/validation/enums";
import { liveSessions } from "./sessions.server";
import { userIdentities } from "../../../db/schema";
import { grantRecordsOf } from "~/models/grant/person.server";

/** Notification values that describe things, not people; anything else (a person's name) is left out. */
const EXPORTED_NOTIFICATION_PARAMS = new Set(["organisation", "initiative", "title", "approved", "status", "role", "reason", "programme"]);

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * Everything Laget holds about the person, for the download at /konto/data.json (GDPR art. 15 and 20).
 * Nothing about other people beyond organisation and tiltak names, and no secrets: no password hash,
 * no session ids, no tokens.
 */
export function exportAccountData(userId: number, role: UserRole) {
  const db = getDb();
  // The programmes coordinated and the mail preferences are short lists: they come with the profile.
  const row = db
    .select({
      name: users.name,
      email: users.email,
      role: users.role,
      language: users.language,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
      coordinatorOf: jsonObjects<{ programme: string; since: number }>(sql`
        SELECT json_object('programme', ${programmes.name}, 'since', ${coordinatorAssignments.createdAt}) AS v
        FROM ${coordinatorAssignments} JOIN ${programmes} ON ${programmes.id} = ${coordinatorAssignments.programmeId}
        WHERE ${coordinatorAssignments.userId} = ${users.id} ORDER BY ${programmes.name}`),
      preferences: jsonObjects<{ kind: NotificationKind; emailEnabled: 0 | 1 }>(sql`
        SELECT json_object('kind', ${notificationPreferences.kind}, 'emailEnabled', ${notificationPreferences.emailEnabled}) AS v
        FROM ${notificationPreferences} WHERE ${notificationPreferences.userId} = ${users.id}`),
      // The login services the person signs in with: the provider's name and dates (the subject is the provider's id, kept out).
      identities: jsonObjects<{ provider: string; createdAt: number; lastUsedAt: number }>(sql`
        SELECT json_object('provider', ${userIdentities.provider}, 'createdAt', ${userIdentities.createdAt}, 'lastUsedAt', ${userIdentities.lastUsedAt}) AS v
        FROM ${userIdentities} WHERE ${userIdentities.userId} = ${users.id} ORDER BY ${userIdentities.provider}`),
    })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!row) return null;
  const { coordinatorOf, preferences, identities, ...profile } = row;

  const membershipRows = db
    .select({
      organisation: organisations.name,
      role: memberships.role,
      status: memberships.status,
      message: memberships.message,
      createdAt: memberships.createdAt,
      decidedAt: memberships.decidedAt,
      endedAt: memberships.endedAt,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt))
    .all();

  const sessionRows = liveSessions(userId, role)
    .map((s) => ({ createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, userAgent: s.userAgent }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  const notificationRows = db
    .select({ kind: notifications.kind, params: notifications.params, link: notifications.link, createdAt: notifications.createdAt, readAt: notifications.readAt })
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(asc(notifications.createdAt))
    .all();

  const participationRows = db
    .select({
      initiative: initiatives.title,
      organisation: organisations.name,
      role: participations.role,
      status: participations.status,
      message: participations.message,
      createdAt: participations.createdAt,
      decidedAt: participations.decidedAt,
      startedAt: participations.startedAt,
      endedAt: participations.endedAt,
    })
    .from(participations)
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(eq(participations.requestedByUserId, userId))
    .orderBy(asc(participations.createdAt))
    .all();

  const updateRows = db
    .select({
      initiative: initiatives.title,
      organisation: organisations.name,
      title: updates.title,
      body: updates.body,
      visibility: updates.visibility,
      eventDate: updates.eventDate,
      createdAt: updates.createdAt,
      updatedAt: updates.updatedAt,
      hiddenAt: updates.hiddenAt,
    })
    .from(updates)
    .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
    .innerJoin(organisations, eq(organisations.id, updates.organisationId))
    .where(eq(updates.authorUserId, userId))
    .orderBy(asc(updates.createdAt))
    .all();

  // What the person did. Details are included only for events about the person's own account (their
  // login addresses and the like); other events' details may name other people, so they give the
  // action, the kind of record and, for organisations, its name.
  const auditRows = db
    .select({
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      details: auditEvents.details,
      createdAt: auditEvents.createdAt,
      organisation: organisations.name,
    })
    .from(auditEvents)
    .leftJoin(organisations, and(eq(auditEvents.entityType, "organisation"), eq(organisations.id, auditEvents.entityId)))
    .where(eq(auditEvents.actorUserId, userId))
    .orderBy(asc(auditEvents.createdAt), asc(auditEvents.id))
    .all();

  return {
    format: "laget-mine-data",
    version: 1,
    exportedAt: new Date(now()).toISOString(),
    profile: { ...profile, createdAt: iso(profile.createdAt), updatedAt: iso(profile.updatedAt) },
    coordinatorOf: coordinatorOf.map((c) => ({ programme: c.programme, since: iso(new Date(c.since)) })),
    memberships: membershipRows.map((m) => ({
      ...m,
      createdAt: iso(m.createdAt),
      decidedAt: iso(m.decidedAt),
      endedAt: iso(m.endedAt),
    })),
    sessions: sessionRows.map((s) => ({ createdAt: iso(s.createdAt), lastSeenAt: iso(s.lastSeenAt), userAgent: s.userAgent })),
    loginServices: identities.map((i) => ({ provider: i.provider, linkedAt: iso(new Date(i.createdAt)), lastUsedAt: iso(new Date(i.lastUsedAt)) })),
    notificationPreferences: preferences.map((p) => ({ kind: p.kind, emailEnabled: p.emailEnabled === 1 })),
    notifications: notificationRows.map((n) => ({
      kind: n.kind,
      params: Object.fromEntries(Object.entries(n.params ?? {}).filter(([key]) => EXPORTED_NOTIFICATION_PARAMS.has(key))),
      link: n.link,
      createdAt: iso(n.createdAt),
      readAt: iso(n.readAt),
    })),
    participationRequests: participationRows.map((p) => ({
      ...p,
      createdAt: iso(p.createdAt),
      decidedAt: iso(p.decidedAt),
      startedAt: iso(p.startedAt),
      endedAt: iso(p.endedAt),
    })),
    updates: updateRows.map(({ hiddenAt, ...u }) => ({
      ...u,
      hidden: hiddenAt !== null,
      createdAt: iso(u.createdAt),
      updatedAt: iso(u.updatedAt),
    })),
    // Grant applications they wrote, declarations they made as a group member, appeals they lodged (issue 20).
    grants: grantRecordsOf(userId),
    auditEvents: auditRows.map((a) => ({
      action: a.action,
      entityType: a.entityType,
      ...(a.entityType === "organisation" && a.organisation ? { organisation: a.organisation } : {}),
      ...(a.entityType === "user" && a.entityId === userId && a.details ? { details: a.details } : {}),
      createdAt: iso(a.createdAt),
    })),
  };
}

export type AccountData = NonNullable<ReturnType<typeof exportAccountData>>;
