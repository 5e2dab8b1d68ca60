/**
 * The partner side of taking part in tiltak: asking to join, answering invitations, leaving, and what
 * the organisation takes part in. Every write checks, inside one immediate transaction, that the acting
 * person is an active member of the organisation (in the WHERE clause) and that the row belongs to it.
 * Coordinators decide requests, invite and end participations below, within their programmes.
 */
import { and, asc, desc, eq, inArray, isNull, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { coordinatorAssignments, initiatives, organisations, participations, programmes, updates, users, areas } from "../../db/schema";
import { ftsMatchExpression } from "~/models/full-text-search.server";
import { memberOf } from "~/models/profile.server";
import { publicInitiative } from "~/models/visibility.server";
import { audit } from "~/services/audit.server";
import { notify } from "~/services/notify.server";
import { canCoordinateProgramme, type Actor } from "~/services/permissions";
import { shownInitiativeStatus } from "~/components/initiatives/status";
import { now, todayInNorway } from "~/utils/clock.server";
import { getDb, preparedQuery } from "~/utils/db.server";
import { RefusalError, type RefusalKind } from "~/utils/refusal.server";
import { getEnv } from "~/utils/env.server";
import { OPEN_PARTICIPATION_STATUSES } from "~/validation/enums";
import { REQUESTABLE_ROLES } from "~/validation/participation";
import type { ParticipationRole } from "~/validation/enums";
import { activeMemberIds } from "./membership.server";
import { coordinationRefusal } from "./programme.server";
import { assertInitiativeOpen, initiativeIsOpen, isInitiativeClosed } from "./closing/open.server";

type ParticipationRule = "notFound" | "alreadyOpen" | "notApproved" | "leadCannotLeave" | "ended";
const PARTICIPATION_RULE_KIND: Record<ParticipationRule, RefusalKind> = { notFound: "notFound", alreadyOpen: "conflict", notApproved: "conflict", leadCannotLeave: "conflict", ended: "conflict" };

/** A partner-side participation refused (ADR 013: a RefusalError, with the partner pages' reasons). */
export class ParticipationRuleError extends RefusalError<ParticipationRule> {
  constructor(reason: ParticipationRule) {
    super(reason, PARTICIPATION_RULE_KIND[reason]);
  }
}

export { REQUESTABLE_ROLES };

/** The organisation's requests, invitations and active participations, and its ended ones. */
export function listMyParticipations(organisationId: number) {
  return myParticipations().all({ organisationId });
}

const myParticipations = preparedQuery((db) =>
  db
    .select({
      id: participations.id,
      role: participations.role,
      status: participations.status,
      message: participations.message,
      createdAt: participations.createdAt,
      endedAt: participations.endedAt,
      initiativeId: initiatives.id,
      initiativeSlug: initiatives.slug,
      initiativeTitle: initiatives.title,
      initiativeStatus: initiatives.status,
      isPublic: initiatives.isPublic,
    })
    .from(participations)
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .where(and(eq(participations.organisationId, sql.placeholder("organisationId")), isNull(initiatives.archivedAt)))
    .orderBy(asc(initiatives.title), desc(participations.createdAt))
    .prepare(),
);

/** Tiltak the organisation may write about (active participation). */
export function listPostableInitiatives(organisationId: number) {
  return getDb()
    .select({ id: initiatives.id, title: initiatives.title })
    .from(participations)
    .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
    .where(and(eq(participations.organisationId, organisationId), eq(participations.status, "active"), isNull(initiatives.archivedAt)))
    .orderBy(asc(initiatives.title))
    .all();
}

/**
 * Public tiltak that are not completed and whose period is not over (see shownInitiativeStatus),
 * optionally searched (FTS5), with the organisation's open participation status in each (null when it
 * has none). At most 50.
 */
export function listJoinableInitiatives(organisationId: number, q: string) {
  const db = getDb();
  const match = ftsMatchExpression(q);
  const open = db
    .select({ initiativeId: participations.initiativeId, status: participations.status, id: participations.id, role: participations.role })
    .from(participations)
    .where(and(eq(participations.organisationId, organisationId), inArray(participations.status, OPEN_PARTICIPATION_STATUSES)))
    .as("open");
  return db
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      summary: initiatives.summary,
      status: initiatives.status,
      startDate: initiatives.startDate,
      endDate: initiatives.endDate,
      areaName: areas.name,
      programmeName: programmes.name,
      myStatus: open.status,
      myParticipationId: open.id,
      myRole: open.role,
      isLead: sql<number>`${initiatives.leadOrganisationId} = ${organisationId}`,
    })
    .from(initiatives)
    .innerJoin(areas, eq(areas.id, initiatives.areaId))
    .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
    .leftJoin(open, eq(open.initiativeId, initiatives.id))
    .where(
      and(
        publicInitiative(),
        ne(initiatives.status, "completed"),
        periodNotOver(todayInNorway()),
        // A closed programme or area lift takes no one (issue 21).
        initiativeIsOpen(),
        match ? sql`${initiatives.id} IN (SELECT rowid FROM initiatives_fts WHERE initiatives_fts MATCH ${match})` : undefined,
      ),
    )
    .orderBy(asc(initiatives.title))
    .limit(50)
    .all();
}

/** The end date, the period's last day, is today or later (or there is none). */
function periodNotOver(today: string) {
  return or(isNull(initiatives.endDate), sql`${initiatives.endDate} >= ${today}`);
}

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

function memberOrganisation(tx: Tx, actorUserId: number, organisationId: number) {
  return tx
    .select({ id: organisations.id, name: organisations.name, status: organisations.status })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), memberOf(organisations.id, actorUserId)))
    .get();
}

/**
 * Asks to join a tiltak: one open request, invitation or participation per organisation and tiltak
 * (also guarded by a unique index). The programme's coordinators are told (participation_requested).
 */
export function requestParticipation(input: {
  actorUserId: number;
  organisationId: number;
  initiativeId: number;
  role: (typeof REQUESTABLE_ROLES)[number];
  message: string;
}): number {
  return getDb().transaction(
    (tx) => {
      const org = memberOrganisation(tx, input.actorUserId, input.organisationId);
      if (!org) throw new ParticipationRuleError("notFound");
      if (org.status !== "approved") throw new ParticipationRuleError("notApproved");
      const initiative = tx
        .select({ id: initiatives.id, title: initiatives.title, programmeId: initiatives.programmeId, status: initiatives.status, endDate: initiatives.endDate })
        .from(initiatives)
        .where(and(eq(initiatives.id, input.initiativeId), publicInitiative()))
        .get();
      if (!initiative) throw new ParticipationRuleError("notFound");
      // A completed tiltak, or one past its end date (in Norway), takes no new partners.
      if (shownInitiativeStatus(initiative.status, initiative.endDate, todayInNorway()) === "completed") throw new ParticipationRuleError("ended");
      // So does a tiltak whose period a coordinator has closed (issue 21).
      if (isInitiativeClosed(tx, initiative.id)) throw new ParticipationRuleError("ended");
      const existing = tx
        .select({ id: participations.id })
        .from(participations)
        .where(
          and(
            eq(participations.initiativeId, initiative.id),
            eq(participations.organisationId, org.id),
            inArray(participations.status, OPEN_PARTICIPATION_STATUSES),
          ),
        )
        .get();
      if (existing) throw new ParticipationRuleError("alreadyOpen");
      const id = tx
        .insert(participations)
        .values({
          initiativeId: initiative.id,
          organisationId: org.id,
          role: input.role,
          status: "requested",
          message: input.message || null,
          requestedByUserId: input.actorUserId,
        })
        .returning({ id: participations.id })
        .get().id;
      audit(
        { actorUserId: input.actorUserId, action: "participation.requested", entityType: "participation", entityId: id, details: { initiativeId: initiative.id, organisationId: org.id, role: input.role } },
        tx,
      );
      const coordinators = tx
        .select({ id: users.id })
        .from(coordinatorAssignments)
        .innerJoin(users, eq(users.id, coordinatorAssignments.userId))
        .where(and(eq(coordinatorAssignments.programmeId, initiative.programmeId), eq(users.role, "coordinator")))
        .all();
      notify(tx, {
        userIds: coordinators.map((c) => c.id),
        kind: "participation_requested",
        params: { organisation: org.name, initiative: initiative.title },
        link: "/koordinator",
        mail: (t) => ({
          subject: t.partner.mail.participationRequestedSubject(org.name, initiative.title),
          text: t.partner.mail.participationRequestedText(org.name, initiative.title, `${getEnv().publicUrl}/koordinator`),
        }),
      });
      return id;
    },
    { behavior: "immediate" },
  );
}

/** Accepts or declines an invitation to the organisation. */
export function answerInvitation(input: { actorUserId: number; organisationId: number; participationId: number; accept: boolean }): void {
  getDb().transaction(
    (tx) => {
      const row = tx
        .select({ id: participations.id, initiativeId: participations.initiativeId })
        .from(participations)
        .where(
          and(
            eq(participations.id, input.participationId),
            eq(participations.organisationId, input.organisationId),
            eq(participations.status, "invited"),
            memberOf(participations.organisationId, input.actorUserId),
          ),
        )
        .get();
      if (!row) throw new ParticipationRuleError("notFound");
      if (input.accept && isInitiativeClosed(tx, row.initiativeId)) throw new ParticipationRuleError("ended");
      const at = new Date();
      tx.update(participations)
        .set(input.accept ? { status: "active", decidedAt: at, startedAt: at } : { status: "declined", decidedAt: at })
        .where(eq(participations.id, row.id))
        .run();
      audit(
        {
          actorUserId: input.actorUserId,
          action: input.accept ? "participation.invitation_accepted" : "participation.invitation_declined",
          entityType: "participation",
          entityId: row.id,
          details: { initiativeId: row.initiativeId, organisationId: input.organisationId },
        },
        tx,
      );
    },
    { behavior: "immediate" },
  );
}

/** Leaves a tiltak: the active participation ends (with an end date) and stays in the history. */
export function leaveParticipation(input: { actorUserId: number; organisationId: number; participationId: number }): void {
  getDb().transaction(
    (tx) => {
      const row = tx
        .select({ id: participations.id, role: participations.role, initiativeId: participations.initiativeId })
        .from(participations)
        .where(
          and(
            eq(participations.id, input.participationId),
            eq(participations.organisationId, input.organisationId),
            eq(participations.status, "active"),
            memberOf(participations.organisationId, input.actorUserId),
          ),
        )
        .get();
      if (!row) throw new ParticipationRuleError("notFound");
      if (row.role === "lead") throw new ParticipationRuleError("leadCannotLeave");
      tx.update(participations).set({ status: "ended", endedAt: new Date() }).where(eq(participations.id, row.id)).run();
      audit(
        { actorUserId: input.actorUserId, action: "participation.left", entityType: "participation", entityId: row.id, details: { initiativeId: row.initiativeId, organisationId: input.organisationId } },
        tx,
      );
    },
    { behavior: "immediate" },
  );
}

/**
 * The latest updates on the tiltak the organisation actively takes part in, as a participant may see
 * them: public and partners-only updates that are not hidden, plus the organisation's own (also
 * coordinators-only and hidden ones). Deleted updates are gone from the table.
 */
export function listUpdatesFromMyInitiatives(organisationId: number, limit = 10) {
  return newestUpdatesFromMyInitiatives().all({ organisationId, limit });
}

const newestUpdatesFromMyInitiatives = preparedQuery((db) => {
  const organisationId = sql.placeholder("organisationId");
  const limit = sql.placeholder("limit");
  // Per tiltak, the newest `limit` updates the organisation may see, walked through
  // updates(initiative_id, created_at) and stopped at the limit; then the newest of those. Sorting
  // every update of every tiltak instead cost twice the time, and grows with the tiltak's history.
  const candidate = alias(updates, "candidate");
  const author = alias(organisations, "candidate_author");
  const newestVisible = db
    .select({ id: candidate.id })
    .from(candidate)
    .innerJoin(author, eq(author.id, candidate.organisationId))
    .where(
      and(
        eq(candidate.initiativeId, initiatives.id),
        // The unary + keeps SQLite on updates(initiative_id, created_at) rather than the visibility
        // index (a walk through every public update in the country).
        or(
          sql`+${candidate.organisationId} = ${organisationId}`,
          and(isNull(candidate.hiddenAt), sql`+${candidate.visibility} IN ('public', 'partners')`, eq(author.status, "approved")),
        ),
      ),
    )
    .orderBy(desc(candidate.createdAt), desc(candidate.id))
    .limit(limit);
  const activeIn = db
    .select({ id: participations.initiativeId })
    .from(participations)
    .where(and(eq(participations.organisationId, organisationId), eq(participations.status, "active")));
  return db
    .select({
      id: updates.id,
      title: updates.title,
      body: updates.body,
      eventDate: updates.eventDate,
      visibility: updates.visibility,
      createdAt: updates.createdAt,
      hiddenAt: updates.hiddenAt,
      organisationSlug: organisations.slug,
      organisationName: organisations.name,
      initiativeSlug: initiatives.slug,
      initiativeTitle: initiatives.title,
    })
    .from(initiatives)
    .innerJoin(updates, inArray(updates.id, newestVisible))
    .innerJoin(organisations, eq(organisations.id, updates.organisationId))
    .where(and(inArray(initiatives.id, activeIn), isNull(initiatives.archivedAt)))
    .orderBy(desc(updates.createdAt), desc(updates.id))
    .limit(limit)
    .prepare();
});

// ---------------------------------------------------------------------------------------------
// The coordinator's side: every participation of a tiltak, deciding requests, inviting, ending.
// Scoped to the programmes the person coordinates (RefusalError "forbidden", ADR 013).
// ---------------------------------------------------------------------------------------------

/** Every participation of a tiltak, open ones first, with the organisation. History included. */
export function listInitiativeParticipations(initiativeId: number) {
  const order = sql`CASE ${participations.status} WHEN 'requested' THEN 0 WHEN 'invited' THEN 1 WHEN 'active' THEN 2 ELSE 3 END`;
  return getDb()
    .select({
      id: participations.id,
      status: participations.status,
      role: participations.role,
      message: participations.message,
      decisionMessage: participations.decisionMessage,
      createdAt: participations.createdAt,
      startedAt: participations.startedAt,
      endedAt: participations.endedAt,
      organisationSlug: organisations.slug,
      organisationName: organisations.name,
      sector: organisations.sector,
    })
    .from(participations)
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(eq(participations.initiativeId, initiativeId))
    .orderBy(order, asc(organisations.sortName), desc(participations.createdAt))
    .all()
    .map((r) => ({ ...r, createdAt: r.createdAt.getTime(), startedAt: r.startedAt?.getTime() ?? null, endedAt: r.endedAt?.getTime() ?? null }));
}

function initiativeInScope(tx: Tx, actor: Actor, initiativeId: number) {
  const row = tx.select({ id: initiatives.id, title: initiatives.title, slug: initiatives.slug, programmeId: initiatives.programmeId }).from(initiatives).where(eq(initiatives.id, initiativeId)).get();
  if (!row) throw coordinationRefusal("notFound");
  if (!canCoordinateProgramme(actor, row.programmeId)) throw coordinationRefusal("forbidden");
  // After the period is closed, nobody is added, invited or ended there (issue 21).
  assertInitiativeOpen(tx, row.id);
  return row;
}

/** Approves (active) or declines a join request, with a message the organisation sees. */
export function decideParticipation(actor: Actor, input: { initiativeId: number; participationId: number; approve: boolean; message: string }) {
  getDb().transaction(
    (tx) => {
      const tiltak = initiativeInScope(tx, actor, input.initiativeId);
      const row = tx
        .select({ id: participations.id, organisationId: participations.organisationId, name: organisations.name })
        .from(participations)
        .innerJoin(organisations, eq(organisations.id, participations.organisationId))
        .where(and(eq(participations.id, input.participationId), eq(participations.initiativeId, tiltak.id), eq(participations.status, "requested")))
        .get();
      if (!row) throw coordinationRefusal("notOpen");
      const at = new Date(now());
      tx.update(participations)
        .set({ status: input.approve ? "active" : "declined", decidedByUserId: actor.id, decidedAt: at, decisionMessage: input.message || null, startedAt: input.approve ? at : null })
        .where(eq(participations.id, row.id))
        .run();
      audit(
        { actorUserId: actor.id, action: input.approve ? "participation.approved" : "participation.declined", entityType: "initiative", entityId: tiltak.id, details: { organisation: row.name, participationId: row.id } },
        tx,
      );
      notify(tx, {
        userIds: activeMemberIds(tx, row.organisationId),
        kind: "join_request_decided",
        params: { organisation: row.name, initiative: tiltak.title, approved: input.approve ? "1" : "0", message: input.message },
        link: `/tiltak/${tiltak.slug}`,
        mail: (t) => ({
          subject: t.coordinator.mail.requestDecidedSubject(tiltak.title, input.approve),
          text: t.coordinator.mail.requestDecidedText(row.name, tiltak.title, input.approve, input.message, `${getEnv().publicUrl}/min-side`),
        }),
      });
    },
    { behavior: "immediate" },
  );
}

/**
 * Invites an approved organisation; its members are told. Returns "alreadyInvited", doing nothing,
 * when the organisation has an open invitation to the tiltak already (a second press of the button
 * must not send a second notice); refused (alreadyOpen) when it has an open request or participation.
 */
export function inviteToInitiative(actor: Actor, input: { initiativeId: number; organisationId: number; role: ParticipationRole; message: string }): "invited" | "alreadyInvited" {
  return getDb().transaction(
    (tx) => {
      const tiltak = initiativeInScope(tx, actor, input.initiativeId);
      const org = tx.select({ id: organisations.id, name: organisations.name, status: organisations.status }).from(organisations).where(eq(organisations.id, input.organisationId)).get();
      if (!org) throw coordinationRefusal("notFound");
      if (org.status !== "approved") throw coordinationRefusal("notApproved");
      const open = tx
        .select({ id: participations.id, status: participations.status })
        .from(participations)
        .where(and(eq(participations.initiativeId, tiltak.id), eq(participations.organisationId, org.id), inArray(participations.status, ["requested", "invited", "active"])))
        .get();
      if (open?.status === "invited") return "alreadyInvited";
      if (open) throw coordinationRefusal("alreadyOpen");
      const id = tx
        .insert(participations)
        .values({ initiativeId: tiltak.id, organisationId: org.id, role: input.role, status: "invited", message: input.message || null, requestedByUserId: actor.id })
        .returning({ id: participations.id })
        .get().id;
      audit({ actorUserId: actor.id, action: "participation.invited", entityType: "initiative", entityId: tiltak.id, details: { organisation: org.name, role: input.role, participationId: id } }, tx);
      notify(tx, {
        userIds: activeMemberIds(tx, org.id),
        kind: "invitation_received",
        params: { organisation: org.name, initiative: tiltak.title },
        link: "/min-side",
        mail: (t) => ({
          subject: t.coordinator.mail.invitedSubject(tiltak.title),
          text: t.coordinator.mail.invitedText(org.name, tiltak.title, input.message, `${getEnv().publicUrl}/min-side`),
        }),
      });
      return "invited";
    },
    { behavior: "immediate" },
  );
}

/** Ends an active participation (or withdraws an invitation); the row stays as history. */
export function endParticipation(actor: Actor, input: { initiativeId: number; participationId: number }) {
  getDb().transaction(
    (tx) => {
      const tiltak = initiativeInScope(tx, actor, input.initiativeId);
      const row = tx
        .select({ id: participations.id, name: organisations.name })
        .from(participations)
        .innerJoin(organisations, eq(organisations.id, participations.organisationId))
        .where(and(eq(participations.id, input.participationId), eq(participations.initiativeId, tiltak.id), inArray(participations.status, ["active", "invited"])))
        .get();
      if (!row) throw coordinationRefusal("notOpen");
      tx.update(participations).set({ status: "ended", endedAt: new Date(now()) }).where(eq(participations.id, row.id)).run();
      audit({ actorUserId: actor.id, action: "participation.ended", entityType: "initiative", entityId: tiltak.id, details: { organisation: row.name, participationId: row.id } }, tx);
    },
    { behavior: "immediate" },
  );
}
