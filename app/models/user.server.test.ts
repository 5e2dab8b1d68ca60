import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { auditEvents, coordinatorAssignments, programmes, users } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { getDb } from "~/utils/db.server";
import { assignCoordinator, changeUserRole, getUserForAdmin, listUsers, unassignCoordinator } from "./user.server";

let adminId: number;
let groruddalen: number;
let levekar: number;

beforeAll(async () => {
  await seedDemoData(getDb(), { passwordHash: "unused" });
  adminId = userIdOf("admin@laget.test");
  groruddalen = programmeIdOf("groruddalssatsingen");
  levekar = programmeIdOf("levekarsloftet");
});

function userIdOf(email: string): number {
  const row = getDb().select({ id: users.id }).from(users).where(eq(users.email, email)).get();
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}
function programmeIdOf(slug: string): number {
  const row = getDb().select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, slug)).get();
  if (!row) throw new Error(`no programme ${slug}`);
  return row.id;
}
let counter = 0;
function freshUser(role: "admin" | "coordinator" | "none" = "none"): number {
  counter += 1;
  return getDb()
    .insert(users)
    .values({ email: `ny-${counter}@example.test`, name: `Ny Person ${counter}`, passwordHash: "x", role })
    .returning({ id: users.id })
    .get().id;
}
function auditFor(entityType: string, entityId: number) {
  return getDb()
    .select({ action: auditEvents.action, actorUserId: auditEvents.actorUserId, details: auditEvents.details })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
    .orderBy(auditEvents.id)
    .all();
}
const auditCount = () =>
  getDb()
    .select({ n: sql<number>`count(*)` })
    .from(auditEvents)
    .get()!.n;

describe("roles and coordinator assignments", () => {
  it("changes a role and assigns and removes programmes, each change audited with the actor", () => {
    const userId = freshUser();
    expect(changeUserRole(adminId, userId, "coordinator")).toEqual({ ok: true, changed: true, from: "none", to: "coordinator" });
    expect(assignCoordinator(adminId, userId, groruddalen)).toEqual({ ok: true });
    expect(assignCoordinator(adminId, userId, levekar)).toEqual({ ok: true });
    expect(getUserForAdmin(userId)).toMatchObject({
      role: "coordinator",
      programmes: [{ name: "Groruddalssatsingen" }, { name: "Levekårsløftet" }],
    });
    expect(unassignCoordinator(adminId, userId, levekar)).toEqual({ ok: true });

    expect(auditFor("user", userId)).toEqual([
      { action: "user.role_changed", actorUserId: adminId, details: { from: "none", to: "coordinator" } },
      { action: "coordinator.assigned", actorUserId: adminId, details: { programmeId: groruddalen, programme: "Groruddalssatsingen" } },
      { action: "coordinator.assigned", actorUserId: adminId, details: { programmeId: levekar, programme: "Levekårsløftet" } },
      { action: "coordinator.unassigned", actorUserId: adminId, details: { programmeId: levekar, programme: "Levekårsløftet" } },
    ]);
    const assigned = getDb().select().from(coordinatorAssignments).where(eq(coordinatorAssignments.userId, userId)).all();
    expect(assigned.map((a) => a.programmeId)).toEqual([groruddalen]);
  });

  it("refuses assignments that make no sense, and writes nothing for them", () => {
    const partner = freshUser("none");
    const coordinator = freshUser("coordinator");
    const before = auditCount();
    expect(assignCoordinator(adminId, partner, groruddalen)).toEqual({ ok: false, reason: "notCoordinator", field: "programmeId" });
    expect(assignCoordinator(adminId, coordinator, 999_999)).toEqual({ ok: false, reason: "programmeNotFound", field: "programmeId" });
    expect(assignCoordinator(adminId, 999_999, groruddalen)).toEqual({ ok: false, reason: "userNotFound" });
    expect(unassignCoordinator(adminId, coordinator, groruddalen)).toEqual({ ok: false, reason: "notAssigned" });
    expect(assignCoordinator(adminId, coordinator, groruddalen)).toEqual({ ok: true });
    expect(assignCoordinator(adminId, coordinator, groruddalen)).toEqual({ ok: false, reason: "alreadyAssigned", field: "programmeId" });
    expect(changeUserRole(adminId, 999_999, "admin")).toEqual({ ok: false, reason: "userNotFound" });
    expect(auditCount()).toBe(before + 1);
  });

  it("takes a former coordinator's programmes away with the role, audited", () => {
    const userId = freshUser("coordinator");
    assignCoordinator(adminId, userId, groruddalen);
    expect(changeUserRole(adminId, userId, "none")).toMatchObject({ ok: true, changed: true });
    expect(getUserForAdmin(userId)?.programmes).toEqual([]);
    expect(auditFor("user", userId).slice(-2)).toEqual([
      { action: "user.role_changed", actorUserId: adminId, details: { from: "coordinator", to: "none" } },
      {
        action: "coordinator.unassigned",
        actorUserId: adminId,
        details: { programmeId: groruddalen, programme: "Groruddalssatsingen", reason: "role_changed" },
      },
    ]);
  });

  it("does nothing and audits nothing when the role is unchanged", () => {
    const userId = freshUser("coordinator");
    const before = auditCount();
    expect(changeUserRole(adminId, userId, "coordinator")).toEqual({ ok: true, changed: false, from: "coordinator", to: "coordinator" });
    expect(auditCount()).toBe(before);
  });

  it("refuses an admin removing their own admin role, but another admin may", () => {
    const before = auditCount();
    expect(changeUserRole(adminId, adminId, "none")).toEqual({ ok: false, reason: "ownAdminRole", field: "role" });
    expect(changeUserRole(adminId, adminId, "coordinator")).toEqual({ ok: false, reason: "ownAdminRole", field: "role" });
    expect(getUserForAdmin(adminId)?.role).toBe("admin");
    expect(auditCount()).toBe(before);

    const otherAdmin = freshUser("admin");
    expect(changeUserRole(otherAdmin, otherAdmin, "admin")).toMatchObject({ ok: true, changed: false });
    expect(changeUserRole(adminId, otherAdmin, "none")).toMatchObject({ ok: true, changed: true, from: "admin", to: "none" });
  });

  it("lists users by name or e-mail and role, paginated, without password hashes", () => {
    const all = listUsers({ q: "", role: null }, 1, 1000);
    expect(all.total).toBe(all.items.length);
    expect(Object.keys(all.items[0]!)).toEqual(["id", "name", "email", "role", "createdAt", "programmes"]);
    const byName = listUsers({ q: "kari koord", role: null }, 1);
    expect(byName.items.map((u) => u.email)).toEqual(["koordinator@laget.test"]);
    expect(byName.items[0]!.programmes).toEqual(["Groruddalssatsingen"]);
    expect(listUsers({ q: "STAVANGER-koordinator@", role: null }, 1).items.map((u) => u.name)).toEqual(["Stine Stavanger"]);
    const admins = listUsers({ q: "", role: "admin" }, 1, 1000);
    expect(admins.items.every((u) => u.role === "admin")).toBe(true);
    expect(admins.items.map((u) => u.email)).toContain("admin@laget.test");
    const page2 = listUsers({ q: "", role: null }, 2, 3);
    expect(page2.items).toHaveLength(3);
    expect(page2.items[0]!.id).toBe(listUsers({ q: "", role: null }, 1, 6).items[3]!.id);
  });
});
