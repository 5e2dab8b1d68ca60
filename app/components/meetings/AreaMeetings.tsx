import { Link } from "@remix-run/react";
import { useT } from "~/i18n";
import { MeetingList, type MeetingListItem } from "./MeetingList";

/** An area page's next public meetings (issue 22), with the way to all of the area's meetings. */
export function AreaMeetings({ areaSlug, meetings }: { areaSlug: string; meetings: MeetingListItem[] }) {
  const t = useT();
  const a = t.meetings.area;
  return (
    <section aria-labelledby="moter-heading" className="no-print mt-10">
      <h2 id="moter-heading" className="text-2xl font-bold">
        {a.heading}
      </h2>
      {meetings.length === 0 ? <p className="mt-2">{a.empty}</p> : <MeetingList items={meetings} />}
      <p className="mt-3">
        <Link to={`/moter?omrade=${areaSlug}`} className="inline-flex min-h-11 items-center">
          {a.all}
        </Link>
      </p>
    </section>
  );
}
