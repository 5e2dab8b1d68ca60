import { and, eq, sql } from "drizzle-orm";
import { coordinatorAssignments, memberships, users } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import type { Actor } from "~/services/permissions";

/** Case-insensitive lookup, matching the unique index on lower(email). */
export function findUserByEmail(email: string) {
  return getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email})`)
    .get();
}

export function emailInUse(email: string): boolean {
  return !!getDb().select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${email})`).get();
}

/** The person with what decides their permissions: coordinator programmes and active memberships. */
export function loadActor(user: { id: number; role: Actor["role"]; name: string; email: string }): Actor {
  const db = getDb();
  const programmeIds = db
    .select({ programmeId: coordinatorAssignments.programmeId })
    .from(coordinatorAssignments)
    .where(eq(coordinatorAssignments.userId, user.id))
    .all()
    .map((r) => r.programmeId);
  const active = db
    .select({ organisationId: memberships.organisationId, role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, user.id), eq(memberships.status, "active")))
    .all();
  return { ...user, programmeIds, memberships: active };
}
