/** Deleting one's own account, and what stops it (the last owner of an organisation, the last admin, a bydelsgruppe's records). */
import { and, asc, eq, inArray, ne } from "drizzle-orm";
import { grantDeclarations, grantMeetingAttendees, memberships, organisations, users } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { endOtherSessions } from "~/services/auth.server";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { verifyCurrentPassword, type PasswordRefusal } from "./current-password.server";

type Tx = Pick<ReturnType<typeof getDb>, "select">;

/**
 * The organisations the person must hand over before deleting the account.
 *
 * Rule: an organisation blocks when the person is its LAST active owner AND it is approved (it is
 * public and partners and coordinators rely on someone answering for it) OR it has other active
 * members (they would be left without anyone who can manage members). The sole owner of an
 * organisation that is not approved (pending, rejected or archived) and has no other members may
 * delete the account: the organisation stays, with its history, for coordinators to decide on or
 * archive — that is how someone who registered a residents' group and changed their mind can leave.
 */
export function ownershipBlockers(userId: number, tx: Tx = getDb()): { name: string; slug: string }[] {
  const owned = tx
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, status: organisations.status })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.userId, userId), eq(memberships.status, "active"), eq(memberships.role, "owner")))
    .orderBy(asc(organisations.sortName))
    .all();
  return owned
    .filter((org) => {
      const others = tx
        .select({ role: memberships.role })
        .from(memberships)
        .where(and(eq(memberships.organisationId, org.id), eq(memberships.status, "active"), ne(memberships.userId, userId)))
        .all();
      if (others.some((m) => m.role === "owner")) return false;
      return org.status === "approved" || others.length > 0;
    })
    .map(({ name, slug }) => ({ name, slug }));
}

/** Laget must keep at least one administrator, or no one could appoint coordinators again. */
function isLastAdmin(userId: number, tx: Tx = getDb()): boolean {
  const admins = tx.select({ id: users.id }).from(users).where(eq(users.role, "admin")).all();
  return admins.length === 1 && admins[0]!.id === userId;
}

/**
 * A bydelsgruppe's minutes name the members present at a meeting, and its conflict-of-interest
 * declarations (forvaltningsloven § 6) say who stepped aside: a public body's records, which must be
 * kept as they were and cannot point at an account that is gone. Until those records keep the name
 * themselves, a person in them cannot delete the account (the page says whom to ask).
 */
function inGrantRecords(userId: number, tx: Tx = getDb()): boolean {
  const present = tx.select({ userId: grantMeetingAttendees.userId }).from(grantMeetingAttendees).where(eq(grantMeetingAttendees.userId, userId)).limit(1).all();
  if (present.length) return true;
  return tx.select({ userId: grantDeclarations.userId }).from(grantDeclarations).where(eq(grantDeclarations.userId, userId)).limit(1).all().length > 0;
}

export type DeleteRefusal =
  | PasswordRefusal
  | { ok: false; reason: "lastOwner"; organisations: { name: string; slug: string }[] }
  | { ok: false; reason: "lastAdmin" }
  | { ok: false; reason: "grantRecords" };

function blockerOf(userId: number, tx: Tx = getDb()): Exclude<DeleteRefusal, PasswordRefusal> | null {
  const blockers = ownershipBlockers(userId, tx);
  if (blockers.length) return { ok: false, reason: "lastOwner", organisations: blockers };
  if (isLastAdmin(userId, tx)) return { ok: false, reason: "lastAdmin" };
  if (inGrantRecords(userId, tx)) return { ok: false, reason: "grantRecords" };
  return null;
}

/** What stops the person from deleting the account (shown before they try), or null. */
export function deletionBlocker(userId: number): DeleteRefusal | null {
  return blockerOf(userId);
}

/**
 * Deletes the person's account in one immediate transaction: open memberships end (each audited on
 * the organisation, so its history shows a member left), sessions and the user row go. Tiltak,
 * participations, updates and audit events stay; their links to the person become NULL (ON DELETE
 * SET NULL). The membership rows themselves are removed with the user (ON DELETE CASCADE).
 */
export async function deleteAccount(input: { userId: number; currentPassword: string }): Promise<{ ok: true } | DeleteRefusal> {
  const check = await verifyCurrentPassword(input.userId, input.currentPassword);
  if (!check.ok) return check;
  const db = getDb();
  return db.transaction(
    (tx) => {
      const blocker = blockerOf(input.userId, tx);
      if (blocker) return blocker;
      const at = new Date(now());
      const open = tx
        .select({ id: memberships.id, organisationId: memberships.organisationId, role: memberships.role, status: memberships.status })
        .from(memberships)
        .where(and(eq(memberships.userId, input.userId), inArray(memberships.status, ["active", "requested"])))
        .all();
      for (const m of open) {
        tx.update(memberships).set({ status: "ended", endedAt: at }).where(eq(memberships.id, m.id)).run();
        audit(
          {
            actorUserId: input.userId,
            action: "membership.ended",
            entityType: "organisation",
            entityId: m.organisationId,
            details: { role: m.role, previousStatus: m.status, reason: "account_deleted" },
          },
          tx,
        );
      }
      endOtherSessions(input.userId);
      audit(
        { actorUserId: input.userId, action: "user.deleted", entityType: "user", entityId: input.userId, details: { memberships: open.length } },
        tx,
      );
      tx.delete(users).where(eq(users.id, input.userId)).run();
      return { ok: true as const };
    },
    { behavior: "immediate" },
  );
}
