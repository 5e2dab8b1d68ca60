import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/ui/Pagination";
import { useT } from "~/i18n";
import { listApprovedOrganisations, PARTNERS_PAGE_SIZE } from "~/models/organisation.server";
import { pageMeta } from "~/utils/meta";
import { pageCount, pageHref, parsePage } from "~/utils/pagination";

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t.partners.title, description: t.partners.intro }));

export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const page = parsePage(url);
  // A mistyped page number is not an error worth a page of its own: show the first page.
  if (page === null) throw redirect(pageHref(url, 1));
  const { total, items } = listApprovedOrganisations(page);
  const lastPage = pageCount(total, PARTNERS_PAGE_SIZE);
  if (page > lastPage) throw redirect(pageHref(url, lastPage));
  return { total, page, lastPage, items, search: url.search };
}

export default function Partners() {
  const { total, page, lastPage, items, search } = useLoaderData<typeof loader>();
  const t = useT();
  const url = new URL(`http://x/partnere${search}`);
  return (
    <>
      <h1 className="text-3xl font-bold">{t.partners.heading}</h1>
      <p className="mt-2 max-w-prose">{t.partners.intro}</p>
      <p className="mt-4 font-medium" role="status">
        {t.partners.count(total)}
      </p>
      {items.length === 0 ? (
        <p className="mt-6">{t.partners.empty}</p>
      ) : (
        <ul className="mt-4 divide-y divide-brand-100 border-y border-brand-100">
          {items.map((org) => (
            <li key={org.slug} className="py-4">
              <h2 className="text-lg font-semibold">{org.name}</h2>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="font-medium">{t.partners.sector}</dt>
                <dd>{t.sectors[org.sector]}</dd>
                <dt className="font-medium">{t.partners.areas}</dt>
                <dd>{org.areas.length > 0 ? org.areas.join(", ") : t.partners.noAreas}</dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} lastPage={lastPage} href={(p) => pageHref(url, p)} />
    </>
  );
}
