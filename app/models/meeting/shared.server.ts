/**
 * What the meeting models share (issue 22): the transaction type, refusals with the meetings'
 * reasons, the meeting every write starts from, and the checks that keep a coordinator inside their
 * programmes. Not for routes: they call meeting.server.ts, series.server.ts and public.server.ts.
 */
import { eq, sql } from "drizzle-orm";
import { meetings, programmeAreas } from "../../../db/schema";
import { canCoordinateProgramme, type Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { RefusalError, type RefusalKind } from "~/utils/refusal.server";
import { RESERVED_SLUGS, slugify, uniqueSlug } from "~/utils/slug";

export type Tx = Parameters<Parameters<ReturnType<typeof getDb>["transaction"]>[0]>[0];
export type Reader = Pick<Tx, "select" | "all" | "get">;
export const immediate = { behavior: "immediate" } as const;

export type MeetingRefusal = keyof typeof import("~/i18n/nb.meetings.work").meetingsWork.refusals;

/** Throws a RefusalError with one of the meetings' reasons (a key of messages.meetings.refusals). */
export function refuse(reason: MeetingRefusal, kind: RefusalKind = "conflict", field?: string): never {
  throw new RefusalError<MeetingRefusal>(reason, kind, field);
}

/** The meeting a write concerns, with what the rules need. */
export function loadMeeting(db: Reader, meetingId: number) {
  return db
    .select({
      id: meetings.id,
      slug: meetings.slug,
      programmeId: meetings.programmeId,
      areaId: meetings.areaId,
      title: meetings.title,
      isPublic: meetings.isPublic,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      cancelledAt: meetings.cancelledAt,
      closedAt: meetings.closedAt,
      sequence: meetings.sequence,
    })
    .from(meetings)
    .where(eq(meetings.id, meetingId))
    .get();
}
export type LoadedMeeting = NonNullable<ReturnType<typeof loadMeeting>>;

/** The meeting, if the person coordinates its programme: unknown → notFound, another programme's → forbidden. */
export function requireCoordinatedMeeting(db: Reader, actor: Actor, meetingId: number): LoadedMeeting {
  const meeting = loadMeeting(db, meetingId);
  if (!meeting) refuse("notFound", "notFound");
  if (!canCoordinateProgramme(actor, meeting.programmeId)) refuse("forbidden", "forbidden");
  return meeting;
}

/** A cancelled or closed meeting is history: it is not changed any more. */
export function requireOpen(meeting: LoadedMeeting) {
  if (meeting.cancelledAt) refuse("cancelled");
  if (meeting.closedAt) refuse("closed");
}

/** The programme must be the person's, and the area one of the programme's or below one. */
export function checkProgrammeAndArea(tx: Reader, actor: Actor, programmeId: number, areaId: number) {
  if (!canCoordinateProgramme(actor, programmeId)) refuse("forbidden", "forbidden");
  const inside = tx.get<{ hit: number } | undefined>(sql`
    WITH RECURSIVE down(id) AS (
      SELECT ${programmeAreas.areaId} FROM ${programmeAreas} WHERE ${programmeAreas.programmeId} = ${programmeId}
      UNION SELECT a.id FROM areas a JOIN down ON a.parent_id = down.id
    ) SELECT 1 AS hit FROM down WHERE id = ${areaId}`);
  if (!inside) refuse("areaOutsideProgramme", "invalid", "areaId");
}

/** "Karavanen på Lervig" on 2027-01-12 → karavanen-pa-lervig-2027-01-12 (then -2, -3 …). */
export function meetingSlug(tx: Reader, title: string, isoDate: string): string {
  const base = `${slugify(title).slice(0, 60).replace(/-+$/, "")}-${isoDate}`;
  return uniqueSlug(base, (s) => RESERVED_SLUGS.has(s) || tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, s)).get() !== undefined);
}

const osloDay = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });
const osloTime = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
/** The Oslo calendar day (YYYY-MM-DD) of an instant. */
export const osloDate = (instant: number | Date): string => osloDay.format(instant);
/** The Oslo clock time (HH:MM) of an instant. */
export const osloClock = (instant: number | Date): string => osloTime.format(instant);
