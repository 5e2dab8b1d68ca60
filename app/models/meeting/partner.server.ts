/**
 * Meetings as a partner organisation meets them (issue 22, /min-side/moter): the meetings its
 * organisations take part in (internal ones too: those are the only internal meetings a partner
 * sees), and asking to co-host a public meeting — a request the coordinator confirms on the
 * meeting's page. One immediate transaction with its audit entry.
 */
import { and, asc, eq, gte, inArray, isNull, notInArray, sql } from "drizzle-orm";
import { areas, meetingOrganisations, meetings, organisations, programmes } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import { canEditOrganisation, type Actor } from "~/services/permissions";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { immediate, loadMeeting, refuse } from "./shared.server";

/** How many public meetings the co-host form offers (the soonest). */
export const CO_HOST_CHOICES_LIMIT = 100;

/** The meetings the person's organisations take part in or asked to co-host: upcoming ones and the last 90 days'. */
export function listPartnerMeetings(actor: Actor) {
  const organisationIds = actor.memberships.map((m) => m.organisationId);
  if (organisationIds.length === 0) return [];
  return getDb()
    .select({
      slug: meetings.slug,
      title: meetings.title,
      kind: meetings.kind,
      startsAt: meetings.startsAt,
      isPublic: meetings.isPublic,
      cancelledAt: meetings.cancelledAt,
      placeName: meetings.placeName,
      areaName: areas.name,
      programmeName: programmes.name,
      organisationName: organisations.name,
      status: meetingOrganisations.status,
    })
    .from(meetingOrganisations)
    .innerJoin(meetings, eq(meetings.id, meetingOrganisations.meetingId))
    .innerJoin(organisations, eq(organisations.id, meetingOrganisations.organisationId))
    .innerJoin(areas, eq(areas.id, meetings.areaId))
    .innerJoin(programmes, eq(programmes.id, meetings.programmeId))
    .where(and(inArray(meetingOrganisations.organisationId, organisationIds), gte(meetings.endsAt, new Date(now() - 90 * 86_400_000))))
    .orderBy(asc(meetings.startsAt))
    .all();
}

/** The upcoming public meetings, not cancelled, that none of the person's organisations takes part in yet. */
export function coHostChoices(actor: Actor) {
  const organisationIds = actor.memberships.map((m) => m.organisationId);
  if (organisationIds.length === 0) return [];
  const db = getDb();
  const taken = db.select({ id: meetingOrganisations.meetingId }).from(meetingOrganisations).where(inArray(meetingOrganisations.organisationId, organisationIds));
  return db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, areaName: areas.name })
    .from(meetings)
    .innerJoin(areas, eq(areas.id, meetings.areaId))
    .where(and(eq(meetings.isPublic, true), isNull(meetings.cancelledAt), gte(meetings.startsAt, new Date(now())), notInArray(meetings.id, taken)))
    .orderBy(asc(meetings.startsAt))
    .limit(CO_HOST_CHOICES_LIMIT)
    .all();
}

/** An organisation asks to co-host an upcoming public meeting; the coordinator confirms it. */
export function askToCoHost(actor: Actor, meetingId: number, organisationId: number): void {
  getDb().transaction((tx) => {
    if (!canEditOrganisation(actor, organisationId)) refuse("forbidden", "forbidden");
    const meeting = loadMeeting(tx, meetingId);
    // An internal meeting the organisation is not part of does not exist for it.
    if (!meeting || !meeting.isPublic) refuse("notFound", "invalid", "meetingId");
    if (meeting.cancelledAt) refuse("cancelled", "conflict", "meetingId");
    if (meeting.closedAt || meeting.startsAt.getTime() < now()) refuse("past", "conflict", "meetingId");
    const approved = tx.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.id, organisationId), eq(organisations.status, "approved"))).get();
    if (!approved) refuse("organisationNotApproved", "conflict", "organisationId");
    const already = tx
      .select({ n: sql<number>`1` })
      .from(meetingOrganisations)
      .where(and(eq(meetingOrganisations.meetingId, meetingId), eq(meetingOrganisations.organisationId, organisationId)))
      .get();
    if (already) refuse("alreadyTakingPart", "conflict", "meetingId");
    tx.insert(meetingOrganisations).values({ meetingId, organisationId, status: "pending", requestedByUserId: actor.id }).run();
    audit({ actorUserId: actor.id, action: "meeting.co_host_requested", entityType: "meeting", entityId: meetingId, details: { organisationId } }, tx);
  }, immediate);
}
