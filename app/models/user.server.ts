import { and, eq, sql } from "drizzle-orm";
import { coordinatorAssignments, memberships, users } from "../../db/schema";
import { getDb, preparedQuery } from "~/utils/db.server";
import type { Actor } from "~/services/permissions";

/** Case-insensitive lookup, matching the unique index on lower(email). */
export function findUserByEmail(email: string) {
  return getDb()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, passwordHash: users.passwordHash, emailConfirmed: users.emailConfirmed })
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
