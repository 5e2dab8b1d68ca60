import { Link } from "@remix-run/react";
import { RichText } from "~/components/RichText";
import { useT } from "~/i18n";
import { formatDay, formatIsoDay, isoDayInOslo } from "./dates";

type ProfileUpdate = {
  id: number;
  title: string;
  body: string;
  createdAt: Date | number;
  eventDate: string | null;
  initiativeSlug: string;
  initiativeTitle: string;
};

/** A partner's public updates on its profile (/partnere/:slug), newest first, each an article. */
export function ProfileUpdates({ updates }: { updates: ProfileUpdate[] }) {
  const t = useT();
  const p = t.directory.profile;
  return (
    <ol className="space-y-6">
      {updates.map((u) => (
        <li key={u.id} className="border-l-4 border-brand-100 pl-4 print:break-inside-avoid">
          <article aria-labelledby={`update-${u.id}`}>
            <h3 id={`update-${u.id}`} className="text-lg font-semibold break-words">
              {u.title}
            </h3>
            <dl className="mt-1 flex flex-wrap items-center gap-x-5 text-sm text-gray-800">
              <div className="flex gap-1">
                <dt className="font-semibold">{p.publishedOn}:</dt>
                <dd>
                  <time dateTime={isoDayInOslo(u.createdAt)}>{formatDay(u.createdAt, t)}</time>
                </dd>
              </div>
              {u.eventDate ? (
                <div className="flex gap-1">
                  <dt className="font-semibold">{p.eventOn}:</dt>
                  <dd>
                    <time dateTime={u.eventDate}>{formatIsoDay(u.eventDate, t)}</time>
                  </dd>
                </div>
              ) : null}
              <div className="flex min-w-0 gap-1">
                <dt className="font-semibold">{p.inInitiative}:</dt>
                <dd className="min-w-0">
                  <Link to={`/tiltak/${u.initiativeSlug}`} className="inline-flex min-h-11 items-center print:min-h-0">
                    {u.initiativeTitle}
                  </Link>
                </dd>
              </div>
            </dl>
            <RichText text={u.body} className="mt-2 max-w-prose break-words" />
          </article>
        </li>
      ))}
    </ol>
  );
}
