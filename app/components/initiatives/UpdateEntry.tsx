import { Link } from "@remix-run/react";
import { RichText } from "~/components/RichText";
import { useT } from "~/i18n";
import { formatInstant, formatIsoDate, isoDayInNorway } from "./format";

/** Links in the small-print fact list are still at least 24 px tall (WCAG 2.5.8). */
const linkClass = "inline-block min-h-6 py-0.5";

export type UpdateEntryData = {
  id: number;
  title: string;
  body: string;
  eventDate: string | null;
  createdAt: number;
  organisation: { slug: string; name: string };
  initiative?: { slug: string; title: string };
};

/**
 * One public update: title, dates, who wrote it (and on which tiltak), and the text as RichText.
 * The id makes it linkable (the Atom feed's entries point here).
 */
export function UpdateEntry({ update, headingLevel }: { update: UpdateEntryData; headingLevel: 2 | 3 }) {
  const t = useT();
  const u = t.initiatives.updates;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article id={`oppdatering-${update.id}`} aria-labelledby={`oppdatering-${update.id}-tittel`}>
      <Heading id={`oppdatering-${update.id}-tittel`} className="text-lg font-semibold">
        {update.title}
      </Heading>
      <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 wrap-break-word text-sm text-gray-800">
        <dt className="font-medium">{u.published}</dt>
        <dd>
          <time dateTime={isoDayInNorway(update.createdAt)}>{formatInstant(update.createdAt, t)}</time>
        </dd>
        {update.eventDate ? (
          <>
            <dt className="font-medium">{u.eventDate}</dt>
            <dd>
              <time dateTime={update.eventDate}>{formatIsoDate(update.eventDate, t)}</time>
            </dd>
          </>
        ) : null}
        <dt className="font-medium">{u.by}</dt>
        <dd>
          <Link to={`/partnere/${update.organisation.slug}`} className={linkClass}>
            {update.organisation.name}
          </Link>
        </dd>
        {update.initiative ? (
          <>
            <dt className="font-medium">{u.onInitiative}</dt>
            <dd>
              <Link to={`/tiltak/${update.initiative.slug}`} className={linkClass}>
                {update.initiative.title}
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
      <RichText text={update.body} className="mt-3 max-w-prose" />
    </article>
  );
}
