/**
 * People and their roles: finding a person, what decides their permissions (their role, the
 * programmes they coordinate, their memberships), and the administrators' list of people, role
 * changes and coordinator assignments. Every change runs in one immediate transaction with its audit
 * row, and every check that guards it (an admin's own role) is made inside that transaction. Refusals
 * come back as values (`Refusal`, ADR 013) for the form to show next to its field.
 */
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import { coordinatorAssignments, memberships, programmes, users } from "../../db/schema";
import { audit } from "~/services/audit.server";
import type { Actor } from "~/services/permissions";
import { getDb, preparedQuery } from "~/utils/db.server";
import { refusal, type Refusal } from "~/utils/refusal.server";
import { contains } from "~/utils/sql-text.server";
import type { AdminValidationKey } from "~/validation/admin";
import type { UserRole } from "~/validation/enums";

/** Case-insensitive lookup, matching the unique index on lower(email). */
export function findUserByEmail(email: string) {
  return getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash, emailConfirmed: users.emailConfirmed, language: users.language })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .get();
}

export function emailInUse(email: string): boolean {
  return !!getDb().select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${email})`).get();
}

/** The person with what decides their permissions: coordinator programmes and active memberships. */
export function loadActor(user: { id: number; role: Actor["role"]; name: string; email: string }): Actor {
  const programmeIds = coordinatedProgrammes()
    .all({ userId: user.id })
    .map((r) => r.programmeId);
  const active = activeMemberships().all({ userId: user.id });
  return { ...user, programmeIds, memberships: active };
}

// Both run on every signed-in request.
const coordinatedProgrammes = preparedQuery((db) =>
  db
    .select({ programmeId: coordinatorAssignments.programmeId })
    .from(coordinatorAssignments)
    .where(eq(coordinatorAssignments.userId, sql.placeholder("userId")))
    .prepare(),
);
const activeMemberships = preparedQuery((db) =>
  db
    .select({ organisationId: memberships.organisationId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, sql.placeholder("userId")), eq(memberships.status, "active")))
    .prepare(),
);

// ---------------------------------------------------------------------------------------------
// The administrators' list of people, roles and coordinator assignments
// ---------------------------------------------------------------------------------------------

/** A refusal of an administrator's change: a key into t.admin.validation, and the field it concerns (ADR 013). */
type AdminRefusal = Refusal<AdminValidationKey>;
const immediate = { behavior: "immediate" } as const;

export const USERS_PAGE_SIZE = 25;

export type UserFilters = { q: string; role: UserRole | null };

export type AdminUserRow = {
  id: number;
  name: string;
  email: string;
  role: UserRole;
  createdAt: number;
  programmes: string[];
};

export function listUsers(filters: UserFilters, page: number, pageSize = USERS_PAGE_SIZE): { total: number; items: AdminUserRow[] } {
  const db = getDb();
  const conditions: SQL[] = [];
  if (filters.q) {
    const q = filters.q;
    conditions.push(sql`(${contains(users.name, q)} OR ${contains(users.email, q)})`);
  }
  if (filters.role) conditions.push(eq(users.role, filters.role));
  const where = conditions.length ? and(...conditions) : undefined;
  const total = db.select({ n: count() }).from(users).where(where).get()?.n ?? 0;
  const rows = db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role, createdAt: users.createdAt })
    .from(users)
    .where(where)
    .orderBy(sql`${users.name} COLLATE NOCASE`, asc(users.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const ids = rows.map((r) => r.id);
  const assigned = new Map<number, string[]>();
  if (ids.length) {
    for (const a of db
      .select({ userId: coordinatorAssignments.userId, name: programmes.name })
      .from(coordinatorAssignments)
      .innerJoin(programmes, eq(programmes.id, coordinatorAssignments.programmeId))
      .where(inArray(coordinatorAssignments.userId, ids))
      .orderBy(asc(programmes.name))
      .all()) {
      assigned.set(a.userId, [...(assigned.get(a.userId) ?? []), a.name]);
    }
  }
  return {
    total,
    items: rows.map((r) => ({ ...r, createdAt: r.createdAt.getTime(), programmes: assigned.get(r.id) ?? [] })),
  };
}

/** One person as the admin edits them: never the password hash. */
export function getUserForAdmin(userId: number) {
  const db = getDb();
  const user = db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(eq(users.id, userId))
    .get();
  if (!user) return undefined;
  const assigned = db
    .select({ id: programmes.id, name: programmes.name })
    .from(coordinatorAssignments)
    .innerJoin(programmes, eq(programmes.id, coordinatorAssignments.programmeId))
    .where(eq(coordinatorAssignments.userId, userId))
    .orderBy(asc(programmes.name))
    .all();
  return { ...user, programmes: assigned };
}

/**
 * Changes a person's global role. An admin cannot take away their own admin role (there would be
 * nobody left to undo a mistake). A person who is no longer a coordinator keeps no programmes, so a
 * later promotion does not silently bring old responsibilities back.
 */
export function changeUserRole(
  actorId: number,
  userId: number,
  role: UserRole
): { ok: true; changed: boolean; from: UserRole; to: UserRole } | AdminRefusal {
  return getDb().transaction((tx) => {
    const user = tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).get();
    if (!user) return refusal("userNotFound");
    if (userId === actorId && user.role === "admin" && role !== "admin") return refusal("ownAdminRole", "role");
    if (user.role === role) return { ok: true as const, changed: false, from: user.role, to: role };
    tx.update(users).set({ role, updatedAt: new Date() }).where(eq(users.id, userId)).run();
    audit(
      { actorUserId: actorId, action: "user.role_changed", entityType: "user", entityId: userId, details: { from: user.role, to: role } },
      tx
    );
    if (role !== "coordinator") {
      const removed = tx
        .select({ id: programmes.id, name: programmes.name })
        .from(coordinatorAssignments)
        .innerJoin(programmes, eq(programmes.id, coordinatorAssignments.programmeId))
        .where(eq(coordinatorAssignments.userId, userId))
        .all();
      if (removed.length) {
        tx.delete(coordinatorAssignments).where(eq(coordinatorAssignments.userId, userId)).run();
        for (const p of removed) {
          audit(
            {
              actorUserId: actorId,
              action: "coordinator.unassigned",
              entityType: "user",
              entityId: userId,
              details: { programmeId: p.id, programme: p.name, reason: "role_changed" },
            },
            tx
          );
        }
      }
    }
    return { ok: true as const, changed: true, from: user.role, to: role };
  }, immediate);
}

export function assignCoordinator(actorId: number, userId: number, programmeId: number): { ok: true } | AdminRefusal {
  return getDb().transaction((tx) => {
    const user = tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).get();
    if (!user) return refusal("userNotFound");
    const programme = tx.select({ name: programmes.name }).from(programmes).where(eq(programmes.id, programmeId)).get();
    if (!programme) return refusal("programmeNotFound", "programmeId");
    if (user.role !== "coordinator") return refusal("notCoordinator", "programmeId");
    const existing = tx
      .select({ userId: coordinatorAssignments.userId })
      .from(coordinatorAssignments)
      .where(and(eq(coordinatorAssignments.userId, userId), eq(coordinatorAssignments.programmeId, programmeId)))
      .get();
    if (existing) return refusal("alreadyAssigned", "programmeId");
    tx.insert(coordinatorAssignments).values({ userId, programmeId }).run();
    audit(
      {
        actorUserId: actorId,
        action: "coordinator.assigned",
        entityType: "user",
        entityId: userId,
        details: { programmeId, programme: programme.name },
      },
      tx
    );
    return { ok: true as const };
  }, immediate);
}

export function unassignCoordinator(actorId: number, userId: number, programmeId: number): { ok: true } | AdminRefusal {
  return getDb().transaction((tx) => {
    const user = tx.select({ id: users.id }).from(users).where(eq(users.id, userId)).get();
    if (!user) return refusal("userNotFound");
    const programme = tx.select({ name: programmes.name }).from(programmes).where(eq(programmes.id, programmeId)).get();
    if (!programme) return refusal("programmeNotFound");
    const deleted = tx
      .delete(coordinatorAssignments)
      .where(and(eq(coordinatorAssignments.userId, userId), eq(coordinatorAssignments.programmeId, programmeId)))
      .returning({ userId: coordinatorAssignments.userId })
      .all();
    if (!deleted.length) return refusal("notAssigned");
    audit(
      {
        actorUserId: actorId,
        action: "coordinator.unassigned",
        entityType: "user",
        entityId: userId,
        details: { programmeId, programme: programme.name },
      },
      tx
    );
    return { ok: true as const };
  }, immediate);
}
