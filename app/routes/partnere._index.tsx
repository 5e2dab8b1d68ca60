import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DirectoryHits } from "~/components/directory/DirectoryHits";
import { DirectorySearchForm, DirectorySortForm } from "~/components/directory/DirectorySearchForm";
import { Pagination } from "~/components/ui/Pagination";
import { useT } from "~/i18n";
import { listAreaOptions } from "~/models/area.server";
import { cleanDirectorySearch, readDirectoryRequest } from "~/models/directory-search.server";
import { listThemeOptions, PARTNERS_PAGE_SIZE, searchApprovedOrganisations } from "~/models/organisation.server";
import { pageMeta } from "~/utils/meta";
import { pageHref, parsePage } from "~/utils/pagination";
import { lastPageOrRedirect } from "~/utils/listing.server";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({
    title: data && data.page > 1 ? t.directory.list.pageTitle(data.page) : t.directory.list.title,
    description: t.directory.list.intro,
  }));

export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  // An untouched select sends `sektor=`; one address per result page keeps links short and shareable.
  const cleaned = cleanDirectorySearch(url.searchParams);
  if (cleaned !== null) throw redirect(`${url.pathname}${cleaned}`);
  const page = parsePage(url);
  // A mistyped page number is not an error worth a page of its own: show the first page.
  if (page === null) throw redirect(pageHref(url, 1));

  const query = readDirectoryRequest(url.searchParams);
  const { total, items } = searchApprovedOrganisations(query.filters, query.sort, page);
  const lastPage = lastPageOrRedirect(url, page, total, PARTNERS_PAGE_SIZE);

  const searching = query.filters.match !== null;
  const { active } = query;
  return {
    q: query.q,
    searching,
    symbolsOnly: query.q !== "" && !searching,
    filtered: searching || Boolean(active.sector || active.area || active.theme || active.offer || active.programme),
    sort: query.sort,
    chosenSort: query.chosenSort,
    active,
    ignored: query.ignored,
    total,
    page,
    lastPage,
    items,
    search: url.search,
    areaFilter: listAreaOptions(active.area?.slug ?? null),
    themeOptions: listThemeOptions(),
  };
}

export default function Partners() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  const l = t.directory.list;
  const url = new URL(`http://x/partnere${data.search}`);
  const without = (...names: string[]) => {
    const params = new URLSearchParams(data.search);
    for (const name of [...names, "side"]) params.delete(name);
    const query = params.toString();
    return `/partnere${query ? `?${query}` : ""}`;
  };

  const chips: { label: string; href: string }[] = [];
  if (data.searching) chips.push({ label: l.searchChip(data.q), href: without("q") });
  if (data.active.sector) chips.push({ label: l.chip(l.sectorLabel, t.sectors[data.active.sector]), href: without("sektor") });
  if (data.active.area) chips.push({ label: l.chip(l.areaLabel, data.active.area.name), href: without("omrade") });
  if (data.active.theme) chips.push({ label: l.chip(l.themeLabel, data.active.theme.name), href: without("tema") });
  if (data.active.offer) chips.push({ label: l.chip(l.offerLabel, t.offers[data.active.offer]), href: without("tilbud") });
  if (data.active.programme) chips.push({ label: l.chip(l.programmeLabel, data.active.programme.name), href: without("satsing") });

  return (
    <>
      <h1 className="text-3xl font-bold">{l.heading}</h1>
      <p className="mt-2 max-w-prose">{l.intro}</p>
      <p className="no-print mt-2">
        <Link to="/omrader" className="inline-flex min-h-11 items-center">
          {l.areasLink}
        </Link>
      </p>

      <DirectorySearchForm
        q={data.q}
        active={data.active}
        chosenSort={data.chosenSort}
        areaOptions={data.areaFilter.options}
        areaListCondensed={data.areaFilter.condensed}
        themeOptions={data.themeOptions}
      />

      {data.ignored.length > 0 || data.symbolsOnly ? (
        <div className="mt-6 rounded border-l-4 border-brand-600 bg-brand-50 p-4 text-brand-800">
          <ul className="space-y-1">
            {data.symbolsOnly ? <li>{l.symbolsOnly}</li> : null}
            {data.ignored.map((i) => (
              <li key={i.param}>{l.ignored[i.param](i.value)}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {chips.length > 0 ? (
        <div className="no-print mt-6">
          <p id="active-filters" className="font-semibold">
            {l.activeFilters}
          </p>
          <ul aria-labelledby="active-filters" className="mt-2 flex flex-wrap gap-2">
            {chips.map((chip) => (
              <li key={chip.href}>
                <Link
                  to={chip.href}
                  aria-label={l.removeFilter(chip.label)}
                  className="inline-flex min-h-11 max-w-full items-center gap-2 rounded-full border border-brand-600 bg-white px-4 py-2 text-brand-800 no-underline hover:bg-brand-50"
                >
                  <span className="break-words">{chip.label}</span>
                  <span aria-hidden="true" className="font-bold">
                    ✕
                  </span>
                </Link>
              </li>
            ))}
            {chips.length > 1 ? (
              <li>
                <Link to="/partnere" className="inline-flex min-h-11 items-center px-2 py-2 font-semibold">
                  {l.clearAll}
                </Link>
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}

      <p className="mt-3 text-lg font-semibold md:mt-6" role="status">
        {data.filtered ? l.found(data.total) : l.count(data.total)}
      </p>

      {data.total > 1 ? <DirectorySortForm sort={data.sort} searching={data.searching} q={data.q} active={data.active} /> : null}

      {data.items.length > 0 ? (
        <DirectoryHits items={data.items} />
      ) : data.filtered ? (
        <div className="mt-6 max-w-prose">
          <h2 className="text-xl font-bold">{l.emptyHeading}</h2>
          <p className="mt-2">{l.emptyIntro}</p>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {l.emptyTips.map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ul>
          <p className="mt-4">
            <Link to="/partnere" className="inline-flex min-h-11 items-center font-semibold">
              {l.emptyClear}
            </Link>
          </p>
        </div>
      ) : (
        <p className="mt-6">{l.noneYet}</p>
      )}

      <Pagination page={data.page} lastPage={data.lastPage} href={(p) => pageHref(url, p)} />
    </>
  );
}
