import type { LoaderFunctionArgs } from "@remix-run/node";
import { getMessages } from "~/i18n";
import { listFeedMeetings, resolveMeetingFilters } from "~/models/meeting/public.server";
import { ICAL_CONTENT_TYPE, renderCalendar } from "~/services/ical.server";
import { getEnv } from "~/utils/env.server";
import { RefusalError } from "~/utils/refusal.server";
import { listingHref } from "~/components/initiatives/filter-urls";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

/**
 * /moter.ics — the public meetings as an iCalendar feed a calendar app subscribes to, with the
 * calendar page's filters: ?omrade=<slug> (the area and every area below it) and ?satsing=<slug>.
 * Upcoming meetings and those of the last 90 days; a cancelled one stays with STATUS:CANCELLED and
 * the same UID, its SEQUENCE moved on, so a subscribed calendar strikes it out instead of keeping it.
 * Every URL in it is absolute, built from PUBLIC_URL, never from the request's Host header.
 */
export function loader({ request }: LoaderFunctionArgs) {
  let filters;
  try {
    filters = resolveMeetingFilters(new URL(request.url));
  } catch (error) {
    if (error instanceof RefusalError) return new Response("Fant ikke området eller satsingen.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    throw error;
  }
  const t = getMessages();
  const { publicUrl } = getEnv();
  const host = new URL(publicUrl).hostname;
  const name = filters.area ? t.meetings.feed.titleArea(filters.area.name) : filters.programme ? t.meetings.feed.titleProgramme(filters.programme.name) : t.meetings.feed.title;
  const events = listFeedMeetings(filters).map((m) => ({
    uid: `mote-${m.id}@${host}`,
    sequence: m.sequence,
    start: m.startsAt,
    end: m.endsAt,
    stamp: m.updatedAt ?? m.createdAt,
    summary: m.title,
    description: [m.cancelledAt ? m.cancelNotice : m.movedNotice, m.description].filter(Boolean).join("\n\n"),
    location: m.digitalUrl || [m.placeName, m.address].filter(Boolean).join(", "),
    url: `${publicUrl}/moter/${encodeURIComponent(m.slug)}`,
    cancelled: m.cancelledAt !== null,
  }));
  const values = { omrade: filters.area?.slug ?? null, satsing: filters.programme?.slug ?? null };
  return new Response(renderCalendar({ name, url: `${publicUrl}${listingHref("/moter", values)}`, events }), {
    status: 200,
    headers: { "Content-Type": ICAL_CONTENT_TYPE, "Cache-Control": "public, max-age=300" },
  });
}
