import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ChosenFilters, type ChosenFilter } from "~/components/initiatives/ChosenFilters";
import { hrefWithout } from "~/components/initiatives/filter-urls";
import { UPDATE_FILTER_PARAMS as P } from "~/components/initiatives/params";
import { UpdateEntry } from "~/components/initiatives/UpdateEntry";
import { SelectField } from "~/components/ui/Field";
import { FilterForm } from "~/components/ui/FilterForm";
import { Pagination } from "~/components/ui/Pagination";
import { useT } from "~/i18n";
import { messagesFromMatches, pageMeta } from "~/utils/meta";
import { pageHref } from "~/utils/pagination";
import { loadUpdatesPage } from "./updates-page.server";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  const feed = messagesFromMatches(matches).initiatives.feed;
  const names = data?.chosenNames;
  const feedTitle =
    names?.tiltak && names.omrade
      ? feed.titleBoth(names.tiltak, names.omrade)
      : names?.tiltak
        ? feed.titleInitiative(names.tiltak)
        : names?.omrade
          ? feed.titleArea(names.omrade)
          : feed.title;
  return [
    ...pageMeta(matches, (m) => ({ title: m.initiatives.updates.title, description: m.initiatives.updates.intro })),
    ...(data ? [{ tagName: "link", rel: "alternate", type: "application/atom+xml", href: data.feedHref, title: feedTitle }] : []),
  ];
};

export function loader({ request }: LoaderFunctionArgs) {
  return loadUpdatesPage(request);
}

const indent = (depth: number) => "\u00a0\u00a0\u00a0".repeat(depth);

export default function Updates() {
  const { total, page, lastPage, items, search, values, chosenNames, feedHref, feedExample, options } = useLoaderData<typeof loader>();
  const t = useT();
  const u = t.initiatives.updates;
  const l = t.initiatives.list;
  const url = new URL(`http://x/oppdateringer${search}`);
  const filtered = Boolean(values.tiltak || values.omrade);

  const chosen: ChosenFilter[] = [];
  if (values.tiltak) chosen.push({ label: u.initiative, value: chosenNames.tiltak ?? values.tiltak, removeHref: hrefWithout(url, [P.initiative]) });
  if (values.omrade) chosen.push({ label: u.area, value: chosenNames.omrade ?? values.omrade, removeHref: hrefWithout(url, [P.area]) });

  return (
    <>
      <h1 className="text-3xl font-bold">{u.heading}</h1>
      <p className="mt-2 max-w-prose">{u.intro}</p>

      <section aria-labelledby="velg-oppdateringer" className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:p-6">
        <h2 id="velg-oppdateringer" className="text-xl font-bold">
          {u.filtersHeading}
        </h2>
        <FilterForm key={search} action="/oppdateringer" labelledBy="velg-oppdateringer" layout="none" submitLabel={u.submit} submitVariant="primary" submitClassName="mt-6">
          <div className="grid gap-x-6 sm:grid-cols-2">
            <SelectField
              id="oppdateringer-tiltak"
              name={P.initiative}
              label={u.initiative}
              placeholder={u.allInitiatives}
              hint={options.initiatives.condensed ? u.initiativeHintCondensed : undefined}
              defaultValue={values.tiltak ?? ""}
              options={options.initiatives.choices.map((i) => ({ value: i.slug, label: i.title }))}
            />
            <SelectField
              id="oppdateringer-omrade"
              name={P.area}
              label={u.area}
              hint={options.areas.condensed ? `${u.areaHint} ${u.areaHintCondensed}` : u.areaHint}
              placeholder={u.allAreas}
              defaultValue={values.omrade ?? ""}
              options={options.areas.options.map((a) => ({ value: a.slug, label: `${indent(a.depth)}${a.name}` }))}
            />
          </div>
        </FilterForm>
        <ChosenFilters chosen={chosen} clearHref="/oppdateringer" clearLabel={u.clearAll} />
      </section>

      <section aria-labelledby="oppdateringer-resultat" className="mt-8">
        <h2 id="oppdateringer-resultat" className="text-xl font-bold">
          {l.resultsHeading}
        </h2>
        <p className="mt-1 font-medium" role="status">
          {u.count(total)}
        </p>
        {items.length === 0 ? (
          <div className="mt-4 max-w-prose">
            <p>{u.empty}</p>
            {filtered ? (
              <p className="mt-3">
                <Link to="/oppdateringer" className="inline-flex min-h-11 items-center font-semibold">
                  {u.emptyClear}
                </Link>
              </p>
            ) : null}
          </div>
        ) : (
          <ol className="mt-4 divide-y divide-brand-100 border-y border-brand-100">
            {items.map((item) => (
              <li key={item.id} className="py-6">
                <UpdateEntry update={item} headingLevel={3} />
              </li>
            ))}
          </ol>
        )}
        <Pagination page={page} lastPage={lastPage} href={(p) => pageHref(url, p)} />
      </section>

      <section aria-labelledby="nyhetsleser" className="mt-10 max-w-prose">
        <h2 id="nyhetsleser" className="text-xl font-bold">
          {u.feedHeading}
        </h2>
        <p className="mt-2">{u.feedIntro}</p>
        <ul className="mt-2 space-y-1">
          <li>
            <a href="/oppdateringer.atom" type="application/atom+xml" className="inline-flex min-h-11 items-center">
              {u.feedLinkAll}
            </a>
          </li>
          {filtered ? (
            <li>
              <a href={feedHref} type="application/atom+xml" className="inline-flex min-h-11 items-center">
                {u.feedLinkFiltered}
              </a>
            </li>
          ) : null}
        </ul>
        <p className="mt-3">{u.feedAreaPattern}</p>
        <p className="mt-1">
          <code className="break-all rounded bg-gray-100 px-2 py-1 text-gray-900">{feedExample}</code>
        </p>
      </section>
    </>
  );
}
