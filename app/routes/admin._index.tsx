import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n";
import { adminOverview } from "~/models/overview.server";
import { requireAdmin } from "~/services/actor.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.admin.overview.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  return { counts: adminOverview() };
}

export default function AdminOverview() {
  const { counts } = useLoaderData<typeof loader>();
  const t = useT();
  const o = t.admin.overview;
  const cards = [
    {
      heading: o.usersHeading,
      lines: [o.users(counts.users), o.admins(counts.admins), o.coordinators(counts.coordinators)],
      to: "/admin/brukere",
      link: o.usersLink,
    },
    {
      heading: o.programmesHeading,
      lines: [o.programmes(counts.programmes), o.subprogrammes(counts.subprogrammes)],
      to: "/admin/satsinger",
      link: o.programmesLink,
    },
    { heading: o.areasHeading, lines: [o.areas(counts.areas), o.areaLifts(counts.areaLifts)], to: "/admin/omrader", link: o.areasLink },
    {
      heading: o.logHeading,
      lines: [o.events(counts.auditEvents), o.eventsLastWeek(counts.auditEventsLastWeek)],
      to: "/admin/logg",
      link: o.logLink,
    },
  ];
  return (
    <>
      <h1 className="text-3xl font-bold">{o.heading}</h1>
      <p className="mt-2 max-w-prose">{o.intro}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {cards.map((card) => (
          <li key={card.to} className="rounded-lg border border-brand-100 p-5">
            <h2 className="text-xl font-semibold">{card.heading}</h2>
            <ul className="mt-2">
              {card.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="mt-3">
              <Link to={card.to} className="inline-flex min-h-11 items-center font-semibold">
                {card.link}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
