/**
 * A closed period's tiltak on its public page (/tiltak/:slug, issue 21): the archive marking, the
 * outcome in words ("Videreført i ordinær drift av Bydel Grorud fra 1. januar 2027"), and links to the
 * tiltak it continues in and the one it continues. Text from the places section (places.archive).
 */
import { Link } from "@remix-run/react";
import { formatIsoDate } from "~/components/initiatives/format";
import { useT } from "~/i18n";
import type { InitiativeArchive as Archive } from "~/models/closing/public.server";

export function InitiativeArchive({ archive }: { archive: Archive }) {
  const t = useT();
  const a = t.places.archive;
  const o = archive.outcome;
  const by = o?.organisation?.name ?? "";
  const from = o?.fromDate ? formatIsoDate(o.fromDate, t) : "";
  const text = !o
    ? null
    : o.outcome === "ordinary_operations"
      ? a.outcome.ordinary_operations(by, from)
      : o.outcome === "continued_by_partner"
        ? a.outcome.continued_by_partner(by, from)
        : o.outcome === "successor"
          ? a.outcome.successor(archive.successor?.programmeName ?? "")
          : a.outcome.ended;
  return (
    <section aria-labelledby="etter-perioden" className="mt-6 rounded-lg border-2 border-gray-400 p-4 sm:p-5">
      <h2 id="etter-perioden" className="text-xl font-bold">
        {archive.closedYear !== null ? a.programmeClosed(archive.closedYear) : a.outcomeHeading}
      </h2>
      {archive.closedYear !== null ? <p className="mt-1">{a.initiativeClosed(archive.closedYear)}</p> : null}
      {text ? (
        <p className="mt-2 font-semibold">
          {o?.organisation?.slug && (o.outcome === "ordinary_operations" || o.outcome === "continued_by_partner") ? (
            <>
              {text} (<Link to={`/partnere/${o.organisation.slug}`}>{o.organisation.name}</Link>)
            </>
          ) : (
            text
          )}
        </p>
      ) : null}
      {o?.reason ? <p className="mt-1">{a.reason(o.reason)}</p> : null}
      {archive.successor ? (
        <p className="mt-2">
          <Link to={`/tiltak/${archive.successor.slug}`} className="inline-flex min-h-11 items-center">
            {a.successorLink(archive.successor.title)}
          </Link>
        </p>
      ) : null}
      {archive.predecessor ? (
        <p className="mt-2">
          <Link to={`/tiltak/${archive.predecessor.slug}`} className="inline-flex min-h-11 items-center">
            {a.predecessorLink(archive.predecessor.title, archive.predecessor.programmeName)}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
