/**
 * Moderating updates: a coordinator hides an update in one of their programmes' tiltak (with a reason
 * its organisation is told) or shows it again. Another programme's update is refused with a
 * RefusalError "forbidden", an unknown one "notFound" (ADR 013).
 */
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { initiatives, organisations, updates } from "../../db/schema";
import { audit } from "~/services/audit.server";
import { notify } from "~/services/notify.server";
import { canCoordinateProgramme, type Actor } from "~/services/permissions";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { activeMemberIds } from "./membership.server";
import { coordinationRefusal } from "./programme.server";

export const MODERATION_PAGE_SIZE = 30;

/** Updates in the programme's tiltak, newest first; `hiddenOnly` for the hidden ones. */
export function listUpdatesForModeration(programmeId: number, options: { hiddenOnly: boolean; page: number }) {
  const db = getDb();
  const where = and(eq(initiatives.programmeId, programmeId), options.hiddenOnly ? isNotNull(updates.hiddenAt) : undefined);
  const total = db.select({ n: sql<number>`count(*)` }).from(updates).innerJoin(initiatives, eq(initiatives.id, updates.initiativeId)).where(where).get()?.n ?? 0;
  const items = db
    .select({
      id: updates.id,
      title: updates.title,
      body: updates.body,
      visibility: updates.visibility,
      createdAt: updates.createdAt,
      hiddenAt: updates.hiddenAt,
      hiddenReason: updates.hiddenReason,
      initiativeTitle: initiatives.title,
      initiativeSlug: initiatives.slug,
      organisationName: organisations.name,
    })
    .from(updates)
    .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
    .innerJoin(organisations, eq(organisations.id, updates.organisationId))
    .where(where)
    .orderBy(desc(updates.createdAt), desc(updates.id))
    .limit(MODERATION_PAGE_SIZE)
    .offset((options.page - 1) * MODERATION_PAGE_SIZE)
    .all()
    .map((r) => ({ ...r, createdAt: r.createdAt.getTime(), hiddenAt: r.hiddenAt?.getTime() ?? null }));
  return { total, items };
}

/** notFound for an unknown update, forbidden for one in another programme's tiltak. */
export function assertCanModerateUpdate(actor: Actor, updateId: number): void {
  const row = getDb()
    .select({ programmeId: initiatives.programmeId })
    .from(updates)
    .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
    .where(eq(updates.id, updateId))
    .get();
  if (!row) throw coordinationRefusal("notFound");
  if (!canCoordinateProgramme(actor, row.programmeId)) throw coordinationRefusal("forbidden");
}

/** Hides an update with a reason (its organisation is told) or shows it again. */
export function moderateUpdate(actor: Actor, input: { updateId: number; hide: boolean; reason: string }) {
  getDb().transaction(
    (tx) => {
      const row = tx
        .select({ id: updates.id, title: updates.title, organisationId: updates.organisationId, programmeId: initiatives.programmeId, hiddenAt: updates.hiddenAt })
        .from(updates)
        .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
        .where(eq(updates.id, input.updateId))
        .get();
      if (!row) throw coordinationRefusal("notFound");
      if (!canCoordinateProgramme(actor, row.programmeId)) throw coordinationRefusal("forbidden");
      if ((row.hiddenAt !== null) === input.hide) return;
      tx.update(updates)
        .set(input.hide ? { hiddenAt: new Date(now()), hiddenByUserId: actor.id, hiddenReason: input.reason } : { hiddenAt: null, hiddenByUserId: null, hiddenReason: null })
        .where(eq(updates.id, row.id))
        .run();
      audit({ actorUserId: actor.id, action: input.hide ? "update.hidden" : "update.unhidden", entityType: "update", entityId: row.id, details: input.hide ? { reason: input.reason } : {} }, tx);
      if (input.hide) {
        notify(tx, {
          userIds: activeMemberIds(tx, row.organisationId),
          kind: "update_hidden",
          params: { update: row.title, reason: input.reason },
          link: "/min-side",
          mail: (t) => ({ subject: t.coordinator.mail.updateHiddenSubject(row.title), text: t.coordinator.mail.updateHiddenText(row.title, input.reason) }),
        });
      }
    },
    { behavior: "immediate" },
  );
}
