import { Link } from "@remix-run/react";
import { RichText } from "~/components/RichText";
import { useT } from "~/i18n";
import type { Offer, Sector } from "~/validation/enums";

export type Hit = { slug: string; name: string; sector: Sector; excerpt: string; areas: string[]; offers: Offer[] };

/** The directory's results: each partner's name (a link to its profile), sector, areas, offers and a short description. */
export function DirectoryHits({ items }: { items: Hit[] }) {
  const t = useT();
  const l = t.directory.list;
  return (
    <ul className="mt-3 divide-y divide-brand-100 border-y border-brand-100 md:mt-4">
      {items.map((org) => (
        <li key={org.slug} className="py-4 print:break-inside-avoid">
          <h2 className="text-xl font-semibold">
            <Link to={`/partnere/${org.slug}`} className="inline-flex min-h-11 items-center py-1">
              {org.name}
            </Link>
          </h2>
          <dl className="mt-1 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-sm">
            <dt className="font-semibold">{l.sector}</dt>
            <dd>{t.sectors[org.sector]}</dd>
            <dt className="font-semibold">{l.areas}</dt>
            <dd>{org.areas.length > 0 ? org.areas.join(", ") : l.notGiven}</dd>
            <dt className="font-semibold">{l.offers}</dt>
            <dd>{org.offers.length > 0 ? org.offers.map((o) => t.offers[o]).join(", ") : l.notGiven}</dd>
          </dl>
          {org.excerpt ? <RichText text={org.excerpt} className="mt-2 max-w-prose break-words" /> : null}
        </li>
      ))}
    </ul>
  );
}
