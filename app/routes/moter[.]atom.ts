import type { LoaderFunctionArgs } from "@remix-run/node";
import { listingHref } from "~/components/initiatives/filter-urls";
import { meetingWhen } from "~/components/meetings/format";
import { getMessages } from "~/i18n";
import { listFeedMeetings, resolveMeetingFilters } from "~/models/meeting/public.server";
import { ATOM_CONTENT_TYPE, renderAtomFeed, tagUri } from "~/services/atom.server";
import { getEnv } from "~/utils/env.server";
import { RefusalError } from "~/utils/refusal.server";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

/** The year the tag: URIs are minted under (RFC 4151); fixed, so entry ids never change. */
const TAG_DATE = "2026";

/**
 * /moter.atom — the public meetings as an Atom 1.0 feed, with the calendar's filters (?omrade, ?satsing):
 * one entry per meeting, updated when it is changed, moved or cancelled (the title then says so).
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
  const f = t.meetings.feed;
  const { publicUrl } = getEnv();
  const authority = new URL(publicUrl).hostname;
  const values = { omrade: filters.area?.slug ?? null, satsing: filters.programme?.slug ?? null };
  const selfUrl = `${publicUrl}${listingHref("/moter.atom", values)}`;
  const entries = listFeedMeetings(filters).map((m) => ({
    id: tagUri(authority, TAG_DATE, `mote-${m.id}`),
    title: `${m.cancelledAt ? f.cancelledPrefix : m.movedNotice ? f.movedPrefix : ""}${m.title}`,
    published: m.createdAt,
    updated: m.updatedAt ?? m.createdAt,
    authorName: m.programmeName,
    content: [meetingWhen(m.startsAt, m.endsAt, t), [m.placeName, m.address].filter(Boolean).join(", "), m.cancelledAt ? m.cancelNotice : m.movedNotice, m.description].filter(Boolean).join("\n"),
    link: `${publicUrl}/moter/${encodeURIComponent(m.slug)}`,
  }));
  const xml = renderAtomFeed({
    id: selfUrl,
    title: filters.area ? f.titleArea(filters.area.name) : filters.programme ? f.titleProgramme(filters.programme.name) : f.title,
    subtitle: f.subtitle,
    selfUrl,
    alternateUrl: `${publicUrl}${listingHref("/moter", values)}`,
    updated: new Date(`${TAG_DATE}-01-01T00:00:00Z`),
    lang: t.meta.lang,
    entries,
  });
  return new Response(xml, { status: 200, headers: { "Content-Type": ATOM_CONTENT_TYPE, "Cache-Control": "public, max-age=300" } });
}
