/**
 * Meetings and stops as the coordinator keeps them (issue 22, /koordinator/moter): the programme's
 * meetings, one meeting's page with who takes part and which tiltak it concerns, and every change to
 * it — create, edit, cancel with a notice, move with a notice, add or confirm an organisation, link a
 * tiltak. Each change is one immediate transaction with its audit entry; a change a calendar should
 * see (time, place, title, cancelling) bumps the meeting's iCal SEQUENCE. Partners' side (what they
 * take part in, asking to co-host) is in ./partner.server.ts; recurring stops in ./series.server.ts.
 */
import { and, asc, desc, eq, gte, lt, sql } from "drizzle-orm";
import { areas, initiatives, meetingInitiatives, meetingOrganisations, meetingSeries, meetings, organisations, programmes } from "../../../db/schema";
import { programmeOrganisationIds } from "~/models/programme.server";
import { audit } from "~/services/audit.server";
import { canCoordinateProgramme, type Actor } from "~/services/permissions";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import type { MeetingInput } from "~/validation/meetings";
import { checkProgrammeAndArea, immediate, meetingSlug, osloDate, refuse, requireCoordinatedMeeting, requireOpen, type Tx } from "./shared.server";

/** How many meetings the coordinator's list shows each way (upcoming, past). */
export const COORDINATOR_LIST_LIMIT = 100;

/** A programme's meetings, upcoming (soonest first) or past (latest first), with their area and series. */
export function listProgrammeMeetings(programmeId: number, when: "upcoming" | "past") {
  const t = now();
  return getDb()
    .select({
      id: meetings.id,
      slug: meetings.slug,
      title: meetings.title,
      kind: meetings.kind,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      isPublic: meetings.isPublic,
      cancelledAt: meetings.cancelledAt,
      movedNotice: meetings.movedNotice,
      closedAt: meetings.closedAt,
      seriesId: meetings.seriesId,
      areaName: areas.name,
    })
    .from(meetings)
    .innerJoin(areas, eq(areas.id, meetings.areaId))
    .where(and(eq(meetings.programmeId, programmeId), when === "upcoming" ? gte(meetings.endsAt, new Date(t)) : lt(meetings.endsAt, new Date(t))))
    .orderBy(when === "upcoming" ? asc(meetings.startsAt) : desc(meetings.startsAt))
    .limit(COORDINATOR_LIST_LIMIT)
    .all();
}

/** One meeting as its coordinator sees it, with who takes part, its tiltak, and what the forms offer. */
export function getMeetingForCoordinator(actor: Actor, slug: string) {
  const db = getDb();
  const meeting = db
    .select({
      meeting: meetings,
      areaName: areas.name,
      areaSlug: areas.slug,
      programmeName: programmes.name,
      // The series' rule, in the same statement (the page is within the query budget).
      series: { weekday: meetingSeries.weekday, everyWeeks: meetingSeries.everyWeeks, fromDate: meetingSeries.fromDate, untilDate: meetingSeries.untilDate },
    })
    .from(meetings)
    .innerJoin(areas, eq(areas.id, meetings.areaId))
    .innerJoin(programmes, eq(programmes.id, meetings.programmeId))
    .leftJoin(meetingSeries, eq(meetingSeries.id, meetings.seriesId))
    .where(eq(meetings.slug, slug))
    .get();
  if (!meeting) refuse("notFound", "notFound");
  if (!canCoordinateProgramme(actor, meeting.meeting.programmeId)) refuse("forbidden", "forbidden");
  const row = meeting.meeting;
  const taking = db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, status: meetingOrganisations.status, present: meetingOrganisations.present })
    .from(meetingOrganisations)
    .innerJoin(organisations, eq(organisations.id, meetingOrganisations.organisationId))
    .where(eq(meetingOrganisations.meetingId, row.id))
    .orderBy(asc(organisations.name))
    .all();
  const linked = db
    .select({ id: initiatives.id, title: initiatives.title, slug: initiatives.slug })
    .from(meetingInitiatives)
    .innerJoin(initiatives, eq(initiatives.id, meetingInitiatives.initiativeId))
    .where(eq(meetingInitiatives.meetingId, row.id))
    .orderBy(asc(initiatives.title))
    .all();
  const programmeId = meeting.meeting.programmeId;
  const organisationChoices = db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.status, "approved"), sql`${organisations.id} IN (${programmeOrganisationIds([programmeId])})`))
    .orderBy(asc(organisations.sortName))
    .all()
    .filter((o) => !taking.some((t) => t.id === o.id));
  const initiativeChoices = db
    .select({ id: initiatives.id, title: initiatives.title })
    .from(initiatives)
    .where(and(eq(initiatives.programmeId, programmeId), sql`${initiatives.archivedAt} IS NULL`))
    .orderBy(asc(initiatives.title))
    .all()
    .filter((i) => !linked.some((l) => l.id === i.id));
  return { ...meeting.meeting, areaName: meeting.areaName, areaSlug: meeting.areaSlug, programmeName: meeting.programmeName, series: meeting.series, organisations: taking, initiatives: linked, organisationChoices, initiativeChoices };
}

/** A new meeting (not part of a series) in one of the person's programmes. */
export function createMeeting(actor: Actor, input: MeetingInput): { id: number; slug: string } {
  return getDb().transaction((tx) => {
    checkProgrammeAndArea(tx, actor, input.programmeId, input.areaId);
    const slug = meetingSlug(tx, input.title, osloDate(input.startsAt));
    const { id } = tx
      .insert(meetings)
      .values({ ...input, slug, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), createdByUserId: actor.id })
      .returning({ id: meetings.id })
      .get();
    audit({ actorUserId: actor.id, action: "meeting.created", entityType: "meeting", entityId: id, details: { slug, programmeId: input.programmeId } }, tx);
    return { id, slug };
  }, immediate);
}

/** Changes a meeting's details; its programme stays (a meeting does not move between programmes). */
export function updateMeeting(actor: Actor, meetingId: number, input: MeetingInput): void {
  getDb().transaction((tx) => {
    const meeting = requireCoordinatedMeeting(tx, actor, meetingId);
    requireOpen(meeting);
    if (input.programmeId !== meeting.programmeId) refuse("programmeFixed", "invalid", "programmeId");
    checkProgrammeAndArea(tx, actor, meeting.programmeId, input.areaId);
    const { programmeId: _same, ...values } = input;
    tx.update(meetings)
      .set({ ...values, startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), sequence: meeting.sequence + 1, updatedAt: new Date(now()) })
      .where(eq(meetings.id, meetingId))
      .run();
    audit({ actorUserId: actor.id, action: "meeting.updated", entityType: "meeting", entityId: meetingId }, tx);
  }, immediate);
}

/** Cancels a meeting or one stop of a series, with a notice the public sees; the row stays (STATUS:CANCELLED). */
export function cancelMeeting(actor: Actor, meetingId: number, notice: string): void {
  getDb().transaction((tx) => {
    const meeting = requireCoordinatedMeeting(tx, actor, meetingId);
    requireOpen(meeting);
    tx.update(meetings)
      .set({ cancelledAt: new Date(now()), cancelNotice: notice, sequence: meeting.sequence + 1, updatedAt: new Date(now()) })
      .where(eq(meetings.id, meetingId))
      .run();
    audit({ actorUserId: actor.id, action: "meeting.cancelled", entityType: "meeting", entityId: meetingId, details: { notice } }, tx);
  }, immediate);
}

/** Moves a meeting or one stop of a series to another time, with a notice; a series keeps its original date. */
export function moveMeeting(actor: Actor, meetingId: number, input: { startsAt: number; endsAt: number; notice: string }): void {
  getDb().transaction((tx) => {
    const meeting = requireCoordinatedMeeting(tx, actor, meetingId);
    requireOpen(meeting);
    tx.update(meetings)
      .set({ startsAt: new Date(input.startsAt), endsAt: new Date(input.endsAt), movedNotice: input.notice, sequence: meeting.sequence + 1, updatedAt: new Date(now()) })
      .where(eq(meetings.id, meetingId))
      .run();
    audit({
      actorUserId: actor.id,
      action: "meeting.moved",
      entityType: "meeting",
      entityId: meetingId,
      details: { from: meeting.startsAt.getTime(), to: input.startsAt, notice: input.notice },
    }, tx);
  }, immediate);
}

function requireOrganisationInProgramme(tx: Tx, organisationId: number, programmeId: number) {
  const org = tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), eq(organisations.status, "approved"), sql`${organisations.id} IN (${programmeOrganisationIds([programmeId])})`))
    .get();
  if (!org) refuse("organisationOutsideProgramme", "invalid", "organisationId");
}

/** The coordinator adds an organisation taking part (confirmed at once), or confirms one that asked to co-host. */
export function addMeetingOrganisation(actor: Actor, meetingId: number, organisationId: number): void {
  getDb().transaction((tx) => {
    const meeting = requireCoordinatedMeeting(tx, actor, meetingId);
    requireOpen(meeting);
    requireOrganisationInProgramme(tx, organisationId, meeting.programmeId);
    tx.insert(meetingOrganisations)
      .values({ meetingId, organisationId, status: "confirmed", requestedByUserId: actor.id })
      .onConflictDoUpdate({ target: [meetingOrganisations.meetingId, meetingOrganisations.organisationId], set: { status: "confirmed" } })
      .run();
    audit({ actorUserId: actor.id, action: "meeting.organisation_added", entityType: "meeting", entityId: meetingId, details: { organisationId } }, tx);
  }, immediate);
}

/** Takes an organisation off the meeting (or declines its request to co-host). */
export function removeMeetingOrganisation(actor: Actor, meetingId: number, organisationId: number): void {
  getDb().transaction((tx) => {
    const meeting = requireCoordinatedMeeting(tx, actor, meetingId);
    requireOpen(meeting);
    const gone = tx
      .delete(meetingOrganisations)
      .where(and(eq(meetingOrganisations.meetingId, meetingId), eq(meetingOrganisations.organisationId, organisationId)))
      .run();
    if (gone.changes === 0) refuse("notTakingPart", "invalid", "organisationId");
    audit({ actorUserId: actor.id, action: "meeting.organisation_removed", entityType: "meeting", entityId: meetingId, details: { organisationId } }, tx);
  }, immediate);
}

/**
 * Closes a meeting that has begun: the number of attendees (a number, never names), which of the
 * organisations taking part were present, and a short summary. It is history afterwards.
 */
export function closeMeeting(actor: Actor, meetingId: number, input: { attendeeCount: number; present: number[]; summary: string }): void {
  getDb().transaction((tx) => {
    const meeting = requireCoordinatedMeeting(tx, actor, meetingId);
    requireOpen(meeting);
    if (meeting.startsAt.getTime() > now()) refuse("notStarted");
    const taking = new Set(tx.select({ id: meetingOrganisations.organisationId }).from(meetingOrganisations).where(eq(meetingOrganisations.meetingId, meetingId)).all().map((r) => r.id));
    if (!input.present.every((id) => taking.has(id))) refuse("notTakingPart", "invalid", "present");
    tx.update(meetings)
      .set({ attendeeCount: input.attendeeCount, summary: input.summary, closedAt: new Date(now()), closedByUserId: actor.id, updatedAt: new Date(now()) })
      .where(eq(meetings.id, meetingId))
      .run();
    for (const id of taking) {
      tx.update(meetingOrganisations)
        .set({ present: input.present.includes(id) })
        .where(and(eq(meetingOrganisations.meetingId, meetingId), eq(meetingOrganisations.organisationId, id)))
        .run();
    }
    audit({ actorUserId: actor.id, action: "meeting.closed", entityType: "meeting", entityId: meetingId, details: { attendeeCount: input.attendeeCount, present: input.present } }, tx);
  }, immediate);
}

/** Links a tiltak of the meeting's programme. */
export function linkMeetingInitiative(actor: Actor, meetingId: number, initiativeId: number): void {
  getDb().transaction((tx) => {
    const meeting = requireCoordinatedMeeting(tx, actor, meetingId);
    const initiative = tx.select({ programmeId: initiatives.programmeId }).from(initiatives).where(eq(initiatives.id, initiativeId)).get();
    if (!initiative || initiative.programmeId !== meeting.programmeId) refuse("initiativeOutsideProgramme", "invalid", "initiativeId");
    tx.insert(meetingInitiatives).values({ meetingId, initiativeId }).onConflictDoNothing().run();
    audit({ actorUserId: actor.id, action: "meeting.initiative_linked", entityType: "meeting", entityId: meetingId, details: { initiativeId } }, tx);
  }, immediate);
}

export function unlinkMeetingInitiative(actor: Actor, meetingId: number, initiativeId: number): void {
  getDb().transaction((tx) => {
    requireCoordinatedMeeting(tx, actor, meetingId);
    tx.delete(meetingInitiatives).where(and(eq(meetingInitiatives.meetingId, meetingId), eq(meetingInitiatives.initiativeId, initiativeId))).run();
    audit({ actorUserId: actor.id, action: "meeting.initiative_unlinked", entityType: "meeting", entityId: meetingId, details: { initiativeId } }, tx);
  }, immediate);
}

/** The meeting an action on its page concerns: unknown → notFound, another programme's → forbidden. */
export function meetingForCoordinator(actor: Actor, slug: string): { id: number; slug: string } {
  const row = getDb().select({ id: meetings.id, slug: meetings.slug, programmeId: meetings.programmeId }).from(meetings).where(eq(meetings.slug, slug)).get();
  if (!row) refuse("notFound", "notFound");
  if (!canCoordinateProgramme(actor, row.programmeId)) refuse("forbidden", "forbidden");
  return { id: row.id, slug: row.slug };
}
