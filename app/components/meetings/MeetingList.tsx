import { Link } from "@remix-run/react";
import { useT } from "~/i18n";
import { meetingWhen } from "./format";

export type MeetingListItem = {
  slug: string;
  title: string;
  kind: keyof ReturnType<typeof useT>["meetings"]["kinds"];
  startsAt: number;
  endsAt: number;
  placeName: string;
  areaName: string;
  programmeName: string;
  cancelled: boolean;
  cancelNotice: string;
  movedNotice: string;
};

/**
 * Meetings as a list of cards (the public calendar, an area's next meetings): a list rather than a
 * table, so each reads whole on a phone. A cancelled or moved meeting says so first, with its notice.
 */
export function MeetingList({ items, headingLevel = 3 }: { items: MeetingListItem[]; headingLevel?: 3 | 4 }) {
  const t = useT();
  const w = t.meetings.words;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <ul className="mt-4 space-y-4">
      {items.map((m) => (
        <li key={m.slug} className="rounded-lg border border-brand-100 bg-brand-50 p-4 [overflow-wrap:anywhere]">
          <Heading className="text-lg font-bold [overflow-wrap:anywhere]">
            {m.cancelled ? <span className="mr-2 rounded bg-red-100 px-2 text-red-900">{w.cancelled}</span> : m.movedNotice ? <span className="mr-2 rounded bg-yellow-100 px-2 text-yellow-900">{w.moved}</span> : null}
            <Link to={`/moter/${m.slug}`} className={m.cancelled ? "line-through" : undefined}>
              {m.title}
            </Link>
          </Heading>
          <p className="mt-1">{meetingWhen(m.startsAt, m.endsAt, t)}</p>
          <p>
            {t.meetings.kinds[m.kind]}
            {m.placeName ? ` · ${m.placeName}` : ""} · {m.areaName}
          </p>
          {m.cancelled && m.cancelNotice ? <p className="mt-1 font-medium">{m.cancelNotice}</p> : null}
          {!m.cancelled && m.movedNotice ? <p className="mt-1 font-medium">{m.movedNotice}</p> : null}
        </li>
      ))}
    </ul>
  );
}

/** A public meeting row as the lists take it (dates as numbers, the flag for cancelled). */
export function listItem(m: {
  slug: string;
  title: string;
  kind: MeetingListItem["kind"];
  startsAt: Date;
  endsAt: Date;
  placeName: string;
  areaName: string;
  programmeName: string;
  cancelledAt: Date | null;
  cancelNotice: string;
  movedNotice: string;
}): MeetingListItem {
  return {
    slug: m.slug,
    title: m.title,
    kind: m.kind,
    startsAt: m.startsAt.getTime(),
    endsAt: m.endsAt.getTime(),
    placeName: m.placeName,
    areaName: m.areaName,
    programmeName: m.programmeName,
    cancelled: m.cancelledAt !== null,
    cancelNotice: m.cancelNotice,
    movedNotice: m.movedNotice,
  };
}
