/**
 * Writing updates. Posting needs an active participation of the organisation in the tiltak and an
 * active membership of the author in the organisation, both checked in the query. An update can be
 * edited or deleted by its author (while still a member) and by owners of its organisation; that rule
 * is the WHERE clause of every read-for-edit, edit and delete, so another organisation's update id in a
 * form finds nothing (404). Every change is audited; a deleted update is removed from the table.
 */
import { and, desc, eq, isNull, or, sql, type SQL } from "drizzle-orm";
import { initiatives, participations, updates } from "../../db/schema";
import { memberOf } from "~/models/profile.server";
import { audit } from "~/services/audit.server";
import { getDb } from "~/utils/db.server";
import { RefusalError } from "~/utils/refusal.server";
import type { UpdateVisibility } from "~/validation/enums";

/** Writing an update refused (ADR 013: a RefusalError). */
export class UpdateRuleError extends RefusalError<"notFound" | "notParticipant"> {
  constructor(reason: "notFound" | "notParticipant") {
    super(reason, reason === "notFound" ? "notFound" : "forbidden");
  }
}

export type UpdateFields = { title: string; body: string; eventDate: string; visibility: UpdateVisibility };

/** The rows the user may edit: own updates in an organisation they still belong to, or any update of an organisation they own. */
function editableBy(userId: number): SQL {
  return and(memberOf(updates.organisationId, userId), or(eq(updates.authorUserId, userId), memberOf(updates.organisationId, userId, "owner")))!;
}

export function createUpdate(input: { actorUserId: number; organisationId: number; initiativeId: number } & UpdateFields): number {
  return getDb().transaction(
    (tx) => {
      const participation = tx
        .select({ id: participations.id })
        .from(participations)
        .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
        .where(
          and(
            eq(participations.initiativeId, input.initiativeId),
            eq(participations.organisationId, input.organisationId),
            eq(participations.status, "active"),
            isNull(initiatives.archivedAt),
            memberOf(participations.organisationId, input.actorUserId),
          ),
        )
        .get();
      if (!participation) throw new UpdateRuleError("notParticipant");
      const id = tx
        .insert(updates)
        .values({
          initiativeId: input.initiativeId,
          organisationId: input.organisationId,
          authorUserId: input.actorUserId,
          title: input.title,
          body: input.body,
          eventDate: input.eventDate || null,
          visibility: input.visibility,
        })
        .returning({ id: updates.id })
        .get().id;
      audit(
        { actorUserId: input.actorUserId, action: "update.created", entityType: "update", entityId: id, details: { initiativeId: input.initiativeId, organisationId: input.organisationId, visibility: input.visibility } },
        tx,
      );
      return id;
    },
    { behavior: "immediate" },
  );
}

/** An update for the edit form, or null when the user may not edit it (or it does not exist). */
export function getUpdateForEdit(actorUserId: number, updateId: number) {
  return (
    getDb()
      .select({
        id: updates.id,
        organisationId: updates.organisationId,
        title: updates.title,
        body: updates.body,
        eventDate: updates.eventDate,
        visibility: updates.visibility,
        hiddenAt: updates.hiddenAt,
        hiddenReason: updates.hiddenReason,
        initiativeSlug: initiatives.slug,
        initiativeTitle: initiatives.title,
      })
      .from(updates)
      .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
      .where(and(eq(updates.id, updateId), editableBy(actorUserId)))
      .get() ?? null
  );
}

export function editUpdate(input: { actorUserId: number; updateId: number } & UpdateFields): string[] {
  return getDb().transaction(
    (tx) => {
      const row = tx
        .select({ id: updates.id, title: updates.title, body: updates.body, eventDate: updates.eventDate, visibility: updates.visibility })
        .from(updates)
        .where(and(eq(updates.id, input.updateId), editableBy(input.actorUserId)))
        .get();
      if (!row) throw new UpdateRuleError("notFound");
      const next = { title: input.title, body: input.body, eventDate: input.eventDate || null, visibility: input.visibility };
      const changed = (Object.keys(next) as (keyof typeof next)[]).filter((k) => row[k] !== next[k]);
      if (changed.length === 0) return changed;
      tx.update(updates)
        .set({ ...next, updatedAt: new Date() })
        .where(and(eq(updates.id, row.id), editableBy(input.actorUserId)))
        .run();
      audit({ actorUserId: input.actorUserId, action: "update.edited", entityType: "update", entityId: row.id, details: { fields: changed } }, tx);
      return changed;
    },
    { behavior: "immediate" },
  );
}

export function deleteUpdate(input: { actorUserId: number; updateId: number }): void {
  getDb().transaction(
    (tx) => {
      const row = tx
        .select({ id: updates.id, organisationId: updates.organisationId, initiativeId: updates.initiativeId })
        .from(updates)
        .where(and(eq(updates.id, input.updateId), editableBy(input.actorUserId)))
        .get();
      if (!row) throw new UpdateRuleError("notFound");
      tx.delete(updates).where(eq(updates.id, row.id)).run();
      audit(
        { actorUserId: input.actorUserId, action: "update.deleted", entityType: "update", entityId: row.id, details: { organisationId: row.organisationId, initiativeId: row.initiativeId } },
        tx,
      );
    },
    { behavior: "immediate" },
  );
}

/** All of the organisation's updates, hidden ones with the coordinator's reason, newest first. */
export function listOrganisationUpdates(actorUserId: number, organisationId: number) {
  return getDb()
    .select({
      id: updates.id,
      title: updates.title,
      body: updates.body,
      eventDate: updates.eventDate,
      visibility: updates.visibility,
      createdAt: updates.createdAt,
      hiddenAt: updates.hiddenAt,
      hiddenReason: updates.hiddenReason,
      authorUserId: updates.authorUserId,
      initiativeSlug: initiatives.slug,
      initiativeTitle: initiatives.title,
      canEdit: sql<number>`CASE WHEN ${editableBy(actorUserId)} THEN 1 ELSE 0 END`,
    })
    .from(updates)
    .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
    .where(and(eq(updates.organisationId, organisationId), memberOf(updates.organisationId, actorUserId)))
    .orderBy(desc(updates.createdAt), desc(updates.id))
    .all();
}
