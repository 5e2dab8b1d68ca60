/**
 * Meetings as anyone may see them (issue 22): the public calendar (/moter, upcoming and past, by area
 * and programme), one meeting's page (/moter/:slug: its cancelled or moved notice, who takes part,
 * its tiltak), an area's next meetings (/omrader/:slug) and the feeds (/moter.ics, /moter.atom). Only
 * public meetings, except that a meeting's page also opens for its coordinators and for members of
 * an organisation taking part. Never a person's name: the organisations taking part are shown only
 * when confirmed and approved.
 */
import { and, asc, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import { areas, initiatives, meetingInitiatives, meetingOrganisations, meetings, organisations, programmes } from "../../../db/schema";
import { inAreaSubtree } from "~/models/area.server";
import { canCoordinateProgramme, type Actor } from "~/services/permissions";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { publicInitiative, publicOrganisation } from "~/models/visibility.server";
import { refuse } from "./shared.server";

export type MeetingFilters = { area: { id: number; slug: string; name: string } | null; programme: { id: number; slug: string; name: string } | null };

/** Reads ?omrade=<slug>&satsing=<slug>; an unknown slug is a 404 (refused notFound), never an empty calendar. */
export function resolveMeetingFilters(url: URL): MeetingFilters {
  const db = getDb();
  const areaSlug = url.searchParams.get("omrade") || null;
  const programmeSlug = url.searchParams.get("satsing") || null;
  const area = areaSlug ? (db.select({ id: areas.id, slug: areas.slug, name: areas.name }).from(areas).where(eq(areas.slug, areaSlug)).get() ?? null) : null;
  const programme = programmeSlug
    ? (db.select({ id: programmes.id, slug: programmes.slug, name: programmes.name }).from(programmes).where(eq(programmes.slug, programmeSlug)).get() ?? null)
    : null;
  if ((areaSlug && !area) || (programmeSlug && !programme)) refuse("notFound", "notFound");
  return { area, programme };
}

const listed = {
  id: meetings.id,
  slug: meetings.slug,
  title: meetings.title,
  kind: meetings.kind,
  description: meetings.description,
  placeName: meetings.placeName,
  address: meetings.address,
  digitalUrl: meetings.digitalUrl,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  cancelledAt: meetings.cancelledAt,
  cancelNotice: meetings.cancelNotice,
  movedNotice: meetings.movedNotice,
  stepFree: meetings.stepFree,
  interpreter: meetings.interpreter,
  languages: meetings.languages,
  sequence: meetings.sequence,
  createdAt: meetings.createdAt,
  updatedAt: meetings.updatedAt,
  areaName: areas.name,
  areaSlug: areas.slug,
  programmeName: programmes.name,
  programmeSlug: programmes.slug,
};

function publicWhere(filters: MeetingFilters, extra: SQL | undefined) {
  return and(
    eq(meetings.isPublic, true),
    filters.area ? inAreaSubtree(meetings.areaId, filters.area.id) : undefined,
    filters.programme ? eq(meetings.programmeId, filters.programme.id) : undefined,
    extra,
  );
}

function publicRows(filters: MeetingFilters, extra: SQL | undefined, order: SQL, limit: number) {
  return getDb()
    .select(listed)
    .from(meetings)
    .innerJoin(areas, eq(areas.id, meetings.areaId))
    .innerJoin(programmes, eq(programmes.id, meetings.programmeId))
    .where(publicWhere(filters, extra))
    .orderBy(order)
    .limit(limit)
    .all();
}
export type PublicMeeting = ReturnType<typeof publicRows>[number];

export const PUBLIC_UPCOMING_LIMIT = 100;
export const PUBLIC_PAST_LIMIT = 30;

/** The public calendar: upcoming meetings (soonest first, cancelled ones with their notice) and the latest past ones. */
export function listPublicMeetings(filters: MeetingFilters) {
  const t = new Date(now());
  return {
    upcoming: publicRows(filters, gte(meetings.endsAt, t), asc(meetings.startsAt), PUBLIC_UPCOMING_LIMIT),
    past: publicRows(filters, lt(meetings.endsAt, t), desc(meetings.startsAt), PUBLIC_PAST_LIMIT),
  };
}

/** An area's next public meetings (the area, by its slug, and every area below it), for the area's page. One query. */
export function nextMeetingsInArea(areaSlug: string, limit = 5): PublicMeeting[] {
  const subtree = sql`${meetings.areaId} IN (WITH RECURSIVE subtree(id) AS (
      SELECT id FROM areas WHERE slug = ${areaSlug} UNION SELECT areas.id FROM areas JOIN subtree ON areas.parent_id = subtree.id
    ) SELECT id FROM subtree)`;
  return publicRows({ area: null, programme: null }, and(subtree, gte(meetings.endsAt, new Date(now()))), asc(meetings.startsAt), limit);
}

/** The feeds' meetings: upcoming ones and those of the last 90 days (a calendar keeps the recent past), cancelled included. */
export function listFeedMeetings(filters: MeetingFilters, limit = 500): PublicMeeting[] {
  const since = new Date(now() - 90 * 86_400_000);
  return publicRows(filters, gte(meetings.endsAt, since), asc(meetings.startsAt), limit);
}

/**
 * One meeting's page. A public meeting for anyone; an internal one only for its programme's
 * coordinators and the members of an organisation taking part — for anyone else it does not exist (404).
 */
export function getMeetingPage(slug: string, actor: Actor | null) {
  const db = getDb();
  const meeting = db
    .select({ ...listed, isPublic: meetings.isPublic, programmeId: meetings.programmeId, attendeeCount: meetings.attendeeCount, summary: meetings.summary, closedAt: meetings.closedAt })
    .from(meetings)
    .innerJoin(areas, eq(areas.id, meetings.areaId))
    .innerJoin(programmes, eq(programmes.id, meetings.programmeId))
    .where(eq(meetings.slug, slug))
    .get();
  if (!meeting) refuse("notFound", "notFound");
  const taking = db
    .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, status: meetingOrganisations.status })
    .from(meetingOrganisations)
    .innerJoin(organisations, eq(organisations.id, meetingOrganisations.organisationId))
    .where(and(eq(meetingOrganisations.meetingId, meeting.id), publicOrganisation()))
    .orderBy(asc(organisations.name))
    .all();
  if (!meeting.isPublic) {
    const mine = new Set(actor?.memberships.map((m) => m.organisationId) ?? []);
    const allowed = canCoordinateProgramme(actor, meeting.programmeId) || taking.some((o) => mine.has(o.id));
    if (!allowed) refuse("notFound", "notFound");
  }
  const linked = db
    .select({ title: initiatives.title, slug: initiatives.slug })
    .from(meetingInitiatives)
    .innerJoin(initiatives, eq(initiatives.id, meetingInitiatives.initiativeId))
    .where(and(eq(meetingInitiatives.meetingId, meeting.id), publicInitiative()))
    .orderBy(asc(initiatives.title))
    .all();
  return { ...meeting, organisations: taking.filter((o) => o.status === "confirmed").map(({ name, slug: s }) => ({ name, slug: s })), initiatives: linked };
}

/** The programmes that have public meetings, for the calendar's programme filter. */
export function programmesWithMeetings() {
  return getDb()
    .select({ slug: programmes.slug, name: programmes.name })
    .from(programmes)
    .where(sql`EXISTS (SELECT 1 FROM ${meetings} WHERE ${meetings.programmeId} = ${programmes.id} AND ${meetings.isPublic} = 1)`)
    .orderBy(asc(programmes.name))
    .all();
}
