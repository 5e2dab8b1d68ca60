/**
 * Running tiltak, for coordinators: a tiltak as its coordinator sees it, a programme's tiltak, the
 * form's choices and checks, creating, saving, archiving, and its history. Every function keeps to the
 * programmes the person coordinates (admins: all): outside them a RefusalError "forbidden", an unknown
 * tiltak "notFound" (ADR 013). Writes run in one immediate transaction with their audit entry.
 */
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  areas,
  auditEvents,
  initiatives,
  initiativeSoughtOffers,
  initiativeSoughtSectors,
  organisations,
  participations,
  programmeAreas,
  programmes,
  subprogrammes,
  users,
} from "../../../db/schema";
import { needsClosing, shownInitiativeStatus } from "~/components/initiatives/status";
import { audit } from "~/services/audit.server";
import { canCoordinateProgramme, type Actor } from "~/services/permissions";
import { now, todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { jsonList } from "~/utils/sql-json.server";
import { RESERVED_SLUGS, slugify, uniqueSlug } from "~/utils/slug";
import type { InitiativeStatus, Offer, Sector } from "~/validation/enums";
import { coordinationRefusal, listCoordinatedProgrammes, programmeOrganisationIds, type CoordinatedProgramme } from "../programme.server";
import { assertInitiativeOpen, assertProgrammeOpen, isProgrammeClosed } from "../closing/open.server";

type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];

export type CoordinatorInitiative = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  description: string;
  programmeId: number;
  programmeSlug: string;
  programmeName: string;
  subprogrammeId: number;
  subprogrammeName: string;
  areaId: number;
  areaName: string;
  status: InitiativeStatus;
  startDate: string | null;
  endDate: string | null;
  leadOrganisationId: number | null;
  isPublic: boolean;
  archivedAt: number | null;
  soughtSectors: Sector[];
  soughtOffers: Offer[];
};

/** A tiltak by slug, whoever may see it: the route checks the programme (403) before showing it. One query. */
export function findInitiativeForCoordinator(slug: string): CoordinatorInitiative | null {
  const row = getDb()
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      summary: initiatives.summary,
      description: initiatives.description,
      programmeId: initiatives.programmeId,
      programmeSlug: programmes.slug,
      programmeName: programmes.name,
      subprogrammeId: initiatives.subprogrammeId,
      subprogrammeName: subprogrammes.name,
      areaId: initiatives.areaId,
      areaName: areas.name,
      status: initiatives.status,
      startDate: initiatives.startDate,
      endDate: initiatives.endDate,
      leadOrganisationId: initiatives.leadOrganisationId,
      isPublic: initiatives.isPublic,
      archivedAt: initiatives.archivedAt,
      soughtSectors: jsonList<Sector>(sql`SELECT ${initiativeSoughtSectors.sector} AS v FROM ${initiativeSoughtSectors} WHERE ${initiativeSoughtSectors.initiativeId} = ${initiatives.id}`),
      soughtOffers: jsonList<Offer>(sql`SELECT ${initiativeSoughtOffers.offer} AS v FROM ${initiativeSoughtOffers} WHERE ${initiativeSoughtOffers.initiativeId} = ${initiatives.id}`),
    })
    .from(initiatives)
    .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
    .innerJoin(subprogrammes, eq(subprogrammes.id, initiatives.subprogrammeId))
    .innerJoin(areas, eq(areas.id, initiatives.areaId))
    .where(eq(initiatives.slug, slug))
    .get();
  if (!row) return null;
  return { ...row, archivedAt: row.archivedAt ? row.archivedAt.getTime() : null };
}

/** The tiltak of one programme for the list page, newest first; archived ones only when asked. */
export function listProgrammeInitiatives(programmeId: number, includeArchived: boolean) {
  const lead = alias(organisations, "lead");
  const today = todayInNorway();
  return getDb()
    .select({
      slug: initiatives.slug,
      title: initiatives.title,
      status: initiatives.status,
      endDate: initiatives.endDate,
      isPublic: initiatives.isPublic,
      archivedAt: initiatives.archivedAt,
      subprogramme: subprogrammes.name,
      area: areas.name,
      lead: lead.name,
      activeCount: sql<number>`(SELECT count(*) FROM ${participations} WHERE ${participations.initiativeId} = ${initiatives.id} AND ${participations.status} = 'active')`,
      requestCount: sql<number>`(SELECT count(*) FROM ${participations} WHERE ${participations.initiativeId} = ${initiatives.id} AND ${participations.status} = 'requested')`,
    })
    .from(initiatives)
    .innerJoin(subprogrammes, eq(subprogrammes.id, initiatives.subprogrammeId))
    .innerJoin(areas, eq(areas.id, initiatives.areaId))
    .leftJoin(lead, eq(lead.id, initiatives.leadOrganisationId))
    .where(and(eq(initiatives.programmeId, programmeId), includeArchived ? undefined : isNull(initiatives.archivedAt)))
    .orderBy(asc(initiatives.title))
    .all()
    .map(({ endDate, ...r }) => ({
      ...r,
      status: shownInitiativeStatus(r.status, endDate, today),
      periodOver: needsClosing(r.status, endDate, today),
      archived: r.archivedAt !== null,
      archivedAt: undefined,
    }));
}

export type InitiativeFormOptions = {
  programmes: { id: number; name: string; subprogrammes: { id: number; name: string }[]; areas: { id: number; name: string; depth: number }[] }[];
  organisations: { id: number; name: string }[];
};

/**
 * What the tiltak form offers: the person's programmes (`mine`, when the caller already has them) with
 * their sub-programmes and areas, and as possible leads the approved organisations of those programmes
 * (their areas, their tiltak) and the current lead — not every organisation in the country, which at
 * national scale would be a list of tens of thousands. One query (two without `mine`).
 */
export function initiativeFormOptions(actor: Actor, mine: CoordinatedProgramme[] = listCoordinatedProgrammes(actor), currentLeadId: number | null = null): InitiativeFormOptions {
  const ids = mine.map((p) => p.id);
  return {
    programmes: mine.map((p) => ({ id: p.id, name: p.name, subprogrammes: p.subprogrammes, areas: p.areas.map(({ id, name, depth }) => ({ id, name, depth })) })),
    organisations: ids.length
      ? getDb()
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(leadCandidate(ids, currentLeadId))
          .orderBy(asc(organisations.sortName))
          .all()
      : [],
  };
}

/**
 * Who may lead a tiltak: an approved organisation of the coordinator's programmes (by area or by
 * taking part in one of their tiltak), or the tiltak's current lead. The form's list and the server's
 * check use this one rule, so a lead the form does not offer is refused however it is posted.
 */
function leadCandidate(programmeIds: number[], currentLeadId: number | null) {
  return and(
    eq(organisations.status, "approved"),
    sql`(${organisations.id} IN (${programmeOrganisationIds(programmeIds)})${currentLeadId === null ? sql`` : sql` OR ${organisations.id} = ${currentLeadId}`})`,
  );
}

export type InitiativeInput = {
  title: string;
  summary: string;
  description: string;
  programmeId: number;
  subprogrammeId: number;
  areaId: number;
  status: InitiativeStatus;
  startDate: string | null;
  endDate: string | null;
  leadOrganisationId: number | null;
  isPublic: boolean;
  soughtSectors: Sector[];
  soughtOffers: Offer[];
};

/** Field errors (translation keys of coordinator.errors) for choices that do not fit the programme. */
export function checkInitiativeChoices(actor: Actor, input: InitiativeInput, currentLeadId: number | null = null): Record<string, string[]> {
  if (!canCoordinateProgramme(actor, input.programmeId)) return { programmeId: ["invalidChoice"] };
  const db = getDb();
  const errors: Record<string, string[]> = {};
  // A closed programme takes no new tiltak and no changes (issue 21): said on the field, not as a 500.
  if (isProgrammeClosed(db, input.programmeId)) return { programmeId: ["periodClosed"] };
  const sub = db.select({ programmeId: subprogrammes.programmeId }).from(subprogrammes).where(eq(subprogrammes.id, input.subprogrammeId)).get();
  if (sub?.programmeId !== input.programmeId) errors.subprogrammeId = ["invalidChoice"];
  const inProgramme = db
    .select({ id: programmeAreas.areaId })
    .from(programmeAreas)
    .where(and(eq(programmeAreas.programmeId, input.programmeId), eq(programmeAreas.areaId, input.areaId)))
    .get();
  if (!inProgramme) errors.areaId = ["invalidChoice"];
  if (input.leadOrganisationId !== null) {
    const programmeIds = listCoordinatedProgrammes(actor).map((p) => p.id);
    const lead = programmeIds.length
      ? db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.id, input.leadOrganisationId), leadCandidate(programmeIds, currentLeadId))).get()
      : undefined;
    if (!lead) errors.leadOrganisationId = ["invalidChoice"];
  }
  return errors;
}

function writeSought(tx: Tx, initiativeId: number, input: InitiativeInput) {
  tx.delete(initiativeSoughtSectors).where(eq(initiativeSoughtSectors.initiativeId, initiativeId)).run();
  tx.delete(initiativeSoughtOffers).where(eq(initiativeSoughtOffers.initiativeId, initiativeId)).run();
  if (input.soughtSectors.length) tx.insert(initiativeSoughtSectors).values(input.soughtSectors.map((sector) => ({ initiativeId, sector }))).run();
  if (input.soughtOffers.length) tx.insert(initiativeSoughtOffers).values(input.soughtOffers.map((offer) => ({ initiativeId, offer }))).run();
}

/** Creates a tiltak (call checkInitiativeChoices first). Returns its slug. */
export function createInitiative(actor: Actor, input: InitiativeInput): string {
  if (!canCoordinateProgramme(actor, input.programmeId)) throw coordinationRefusal("forbidden");
  return getDb().transaction(
    (tx) => {
      assertProgrammeOpen(tx, input.programmeId);
      const slug = uniqueSlug(slugify(input.title), (s) => RESERVED_SLUGS.has(s) || !!tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, s)).get());
      const { soughtSectors: _s, soughtOffers: _o, ...fields } = input;
      const id = tx.insert(initiatives).values({ ...fields, slug, createdByUserId: actor.id }).returning({ id: initiatives.id }).get().id;
      writeSought(tx, id, input);
      audit({ actorUserId: actor.id, action: "initiative.created", entityType: "initiative", entityId: id, details: { title: input.title, status: input.status } }, tx);
      return slug;
    },
    { behavior: "immediate" },
  );
}

/** Saves a tiltak's fields; a status change is audited as initiative.status_changed {from, to}. */
export function updateInitiative(actor: Actor, initiativeId: number, input: InitiativeInput): void {
  getDb().transaction(
    (tx) => {
      const current = tx.select({ programmeId: initiatives.programmeId, status: initiatives.status }).from(initiatives).where(eq(initiatives.id, initiativeId)).get();
      if (!current) throw coordinationRefusal("notFound");
      if (!canCoordinateProgramme(actor, current.programmeId) || !canCoordinateProgramme(actor, input.programmeId)) throw coordinationRefusal("forbidden");
      // A closed period's tiltak stay as they were closed (issue 21), and none moves into a closed programme.
      assertInitiativeOpen(tx, initiativeId);
      assertProgrammeOpen(tx, input.programmeId);
      const { soughtSectors: _s, soughtOffers: _o, ...fields } = input;
      tx.update(initiatives).set({ ...fields, updatedAt: new Date(now()) }).where(eq(initiatives.id, initiativeId)).run();
      writeSought(tx, initiativeId, input);
      audit({ actorUserId: actor.id, action: "initiative.updated", entityType: "initiative", entityId: initiativeId, details: { title: input.title } }, tx);
      if (current.status !== input.status) {
        audit({ actorUserId: actor.id, action: "initiative.status_changed", entityType: "initiative", entityId: initiativeId, details: { from: current.status, to: input.status } }, tx);
      }
    },
    { behavior: "immediate" },
  );
}

/** Archives (hides from every public view, keeps the history) or restores a tiltak. */
export function setInitiativeArchived(actor: Actor, initiativeId: number, archived: boolean): void {
  getDb().transaction(
    (tx) => {
      const current = tx.select({ programmeId: initiatives.programmeId, archivedAt: initiatives.archivedAt }).from(initiatives).where(eq(initiatives.id, initiativeId)).get();
      if (!current) throw coordinationRefusal("notFound");
      if (!canCoordinateProgramme(actor, current.programmeId)) throw coordinationRefusal("forbidden");
      assertInitiativeOpen(tx, initiativeId);
      if ((current.archivedAt !== null) === archived) return;
      tx.update(initiatives).set({ archivedAt: archived ? new Date(now()) : null, updatedAt: new Date(now()) }).where(eq(initiatives.id, initiativeId)).run();
      audit({ actorUserId: actor.id, action: archived ? "initiative.archived" : "initiative.restored", entityType: "initiative", entityId: initiativeId }, tx);
    },
    { behavior: "immediate" },
  );
}

export type HistoryEntry = { id: number; action: string; actor: string | null; at: number; details: Record<string, unknown> };

/** The tiltak's audit trail, newest first (status changes, participations, archiving …). */
export function initiativeHistory(initiativeId: number): HistoryEntry[] {
  return getDb()
    .select({ id: auditEvents.id, action: auditEvents.action, actor: users.name, at: auditEvents.createdAt, details: auditEvents.details })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.entityType, "initiative"), eq(auditEvents.entityId, initiativeId)))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(100)
    .all()
    .map((r) => ({ ...r, at: r.at.getTime(), details: r.details ?? {} }));
}
