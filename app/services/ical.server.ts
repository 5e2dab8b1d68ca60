/**
 * iCalendar (RFC 5545) for the meetings' feed (/moter.ics), written by ical-generator with Europe/Oslo's
 * VTIMEZONE from @touch4it/ical-timezones. Pure: the route gathers the events and absolute URLs.
 *
 * Times: a meeting's start and end are written as Oslo wall-clock times with TZID=Europe/Oslo, so a
 * calendar shows 18:00 whatever the season. ical-generator turns a native Date into wall-clock time
 * with the *server process's* time zone, so each time is given as the small Luxon-shaped object it
 * also accepts, whose clock is Oslo's by Intl. The calendar's own time zone is left unnamed (the
 * VTIMEZONE still comes from the events' TZID) so that DTSTAMP stays in UTC, as RFC 5545 §3.8.7.2 requires.
 */
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalEventStatus, type ICalLuxonDateTimeStub } from "ical-generator";

export const ICAL_CONTENT_TYPE = "text/calendar; charset=utf-8";
const OSLO = "Europe/Oslo";

export type CalendarEvent = {
  /** Stable across every change (the meeting's id under the site's host): a calendar updates the event instead of adding one. */
  uid: string;
  /** Moves on with every change a calendar should take (RFC 5545 SEQUENCE). */
  sequence: number;
  start: Date;
  end: Date;
  /** When the event last changed (DTSTAMP/LAST-MODIFIED). */
  stamp: Date;
  summary: string;
  description: string;
  location: string;
  url: string;
  cancelled: boolean;
};

const osloParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: OSLO,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** An instant as the Luxon DateTime ical-generator formats: its date (yyyyLLdd) and time (HHmmss) on Oslo's clock. */
function osloTime(instant: Date): ICalLuxonDateTimeStub {
  const p = Object.fromEntries(osloParts.formatToParts(instant).map((part) => [part.type, part.value]));
  const stub: ICalLuxonDateTimeStub = {
    isValid: true,
    setZone: () => stub,
    toFormat: (fmt: string) => (fmt === "yyyyLLdd" ? `${p.year}${p.month}${p.day}` : fmt === "HHmmss" ? `${p.hour}${p.minute}${p.second}` : instant.toISOString()),
    toJSDate: () => instant,
    toJSON: () => instant.toISOString(),
    zone: { type: "iana" },
  } as ICalLuxonDateTimeStub;
  return stub;
}

export function renderCalendar(calendar: { name: string; url: string; events: CalendarEvent[] }): string {
  const cal = ical({ name: calendar.name, url: calendar.url, prodId: { company: "Laget", product: "moter", language: "NB" } });
  cal.timezone({ name: "", generator: getVtimezoneComponent });
  for (const e of calendar.events) {
    cal.createEvent({
      id: e.uid,
      sequence: e.sequence,
      start: osloTime(e.start),
      end: osloTime(e.end),
      timezone: OSLO,
      stamp: e.stamp,
      lastModified: e.stamp,
      summary: e.summary,
      description: e.description,
      location: e.location,
      url: e.url,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  // RFC 5545 §3.1: every content line ends with CRLF, the last one too (ical-generator leaves it off).
  const text = cal.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
