import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ChosenFilters, type ChosenFilter } from "~/components/initiatives/ChosenFilters";
import { hrefWithout } from "~/components/initiatives/filter-urls";
import { formatPeriod } from "~/components/initiatives/format";
import { SelectField, TextField } from "~/components/ui/Field";
import { FilterForm } from "~/components/ui/FilterForm";
import { Pagination } from "~/components/ui/Pagination";
import { useT } from "~/i18n";
import { INITIATIVE_FILTER_PARAMS as P } from "~/components/initiatives/params";
import { INITIATIVES_PAGE_SIZE, listFilterOptions, listPublicInitiatives, parseInitiativeFilters, resolveInitiativeFilters } from "~/models/initiative/public.server";
import { listAreaOptions } from "~/models/area.server";
import { pageMeta } from "~/utils/meta";
import { pageHref, parsePage } from "~/utils/pagination";
import { INITIATIVE_STATUSES, SECTORS } from "~/validation/enums";
import { ensureCanonicalListing, lastPageOrRedirect } from "~/utils/listing.server";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t.initiatives.list.title, description: t.initiatives.list.intro }));

export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const input = parseInitiativeFilters(url);
  const options = listFilterOptions();
  const filters = resolveInitiativeFilters(input, options);
  const page = parsePage(url);

  // One clean address per result (see ensureCanonicalListing).
  const values = {
    [P.q]: input.q || null,
    [P.programme]: filters.programmeId !== null ? input.programme : null,
    [P.subprogramme]: filters.subprogrammeIds !== null ? input.subprogramme : null,
    [P.area]: filters.areaId !== null ? input.area : null,
    [P.status]: input.status,
    [P.sector]: input.sector,
  };
  ensureCanonicalListing(url, "/tiltak", { ...values, side: page !== null && page > 1 ? String(page) : null });

  const current = page ?? 1;
  const { total, items } = listPublicInitiatives(filters, current);
  const lastPage = lastPageOrRedirect(url, current, total, INITIATIVES_PAGE_SIZE);

  return {
    total,
    page: current,
    lastPage,
    items,
    search: url.search,
    values,
    options: {
      programmes: options.programmes.map(({ slug, name }) => ({ slug, name })),
      subprogrammes: options.subprogrammes.map(({ slug, name }) => ({ slug, name })),
      areas: listAreaOptions(values.omrade ?? null),
    },
  };
}

/** Indents an area under its parent in a select (options cannot be styled). */
const indent = (depth: number) => "\u00a0\u00a0\u00a0".repeat(depth);

export default function Initiatives() {
  const { total, page, lastPage, items, search, values, options } = useLoaderData<typeof loader>();
  const t = useT();
  const l = t.initiatives.list;
  const f = t.initiatives.fields;
  const url = new URL(`http://x/tiltak${search}`);
  const filtered = Object.values(values).some(Boolean);

  const nameOf = <T extends { slug: string; name: string }>(list: T[], slug: string | null) =>
    list.find((x) => x.slug === slug)?.name ?? slug ?? "";
  const chosen: ChosenFilter[] = [];
  if (values.q) chosen.push({ label: l.searchLabel, value: values.q, removeHref: hrefWithout(url, [P.q]) });
  if (values.satsing)
    chosen.push({ label: l.programme, value: nameOf(options.programmes, values.satsing), removeHref: hrefWithout(url, [P.programme]) });
  if (values.delprogram)
    chosen.push({
      label: l.subprogramme,
      value: nameOf(options.subprogrammes, values.delprogram),
      removeHref: hrefWithout(url, [P.subprogramme]),
    });
  if (values.omrade)
    chosen.push({ label: l.area, value: nameOf(options.areas.options, values.omrade), removeHref: hrefWithout(url, [P.area]) });
  if (values.status)
    chosen.push({ label: l.status, value: t.initiativeStatuses[values.status], removeHref: hrefWithout(url, [P.status]) });
  if (values.sektor) chosen.push({ label: l.sector, value: t.sectors[values.sektor], removeHref: hrefWithout(url, [P.sector]) });

  return (
    <>
      <h1 className="text-3xl font-bold">{l.heading}</h1>
      <p className="mt-2 max-w-prose">{l.intro}</p>
      <p className="mt-2">
        {l.joinPrompt}{" "}
        <Link to="/min-side/tiltak" className="inline-block py-2">
          {l.joinLink}
        </Link>
      </p>

      <section aria-labelledby="finn-tiltak" className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:p-6">
        <h2 id="finn-tiltak" className="text-xl font-bold">
          {l.filtersHeading}
        </h2>
        {/* Keyed by the address, so the fields show the current filters after every navigation. */}
        <FilterForm key={search} action="/tiltak" labelledBy="finn-tiltak" layout="none" submitLabel={l.submit} submitVariant="primary" submitClassName="mt-6">
          <TextField id="tiltak-q" name={P.q} type="search" label={l.search} hint={l.searchHint} defaultValue={values.q ?? ""} />
          <div className="grid gap-x-6 sm:grid-cols-2">
            <SelectField
              id="tiltak-satsing"
              name={P.programme}
              label={l.programme}
              placeholder={l.allProgrammes}
              defaultValue={values.satsing ?? ""}
              options={options.programmes.map((p) => ({ value: p.slug, label: p.name }))}
            />
            <SelectField
              id="tiltak-delprogram"
              name={P.subprogramme}
              label={l.subprogramme}
              placeholder={l.allSubprogrammes}
              defaultValue={values.delprogram ?? ""}
              options={options.subprogrammes.map((s) => ({ value: s.slug, label: s.name }))}
            />
          </div>
          <SelectField
            id="tiltak-omrade"
            name={P.area}
            label={l.area}
            hint={options.areas.condensed ? `${l.areaHint} ${l.areaHintCondensed}` : l.areaHint}
            placeholder={l.allAreas}
            defaultValue={values.omrade ?? ""}
            options={options.areas.options.map((a) => ({ value: a.slug, label: `${indent(a.depth)}${a.name}` }))}
          />
          <SelectField
            id="tiltak-sektor"
            name={P.sector}
            label={l.sector}
            hint={l.sectorHint}
            placeholder={l.allSectors}
            defaultValue={values.sektor ?? ""}
            options={SECTORS.map((s) => ({ value: s, label: t.sectors[s] }))}
          />
          <fieldset className="mt-5">
            <legend className="font-semibold">{l.status}</legend>
            <ul className="mt-1 flex flex-wrap gap-x-6">
              {[null, ...INITIATIVE_STATUSES].map((status) => (
                <li key={status ?? "alle"}>
                  <label className="flex min-h-11 items-center gap-3">
                    <input
                      type="radio"
                      name={P.status}
                      value={status ?? ""}
                      defaultChecked={(values.status ?? null) === status}
                      className="h-5 w-5 shrink-0"
                    />
                    <span>{status ? t.initiativeStatuses[status] : l.allStatuses}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        </FilterForm>
        <ChosenFilters chosen={chosen} clearHref="/tiltak" clearLabel={l.clearAll} />
      </section>

      <section aria-labelledby="tiltak-resultat" className="mt-8">
        <h2 id="tiltak-resultat" className="text-xl font-bold">
          {l.resultsHeading}
        </h2>
        <p className="mt-1 font-medium" role="status">
          {filtered ? l.countFiltered(total) : l.count(total)}
        </p>
        {items.length === 0 ? (
          <div className="mt-4 max-w-prose">
            <p className="font-medium">{l.empty}</p>
            <p className="mt-2">{l.emptyHelp}</p>
            <ul className="mt-1 list-disc pl-6">
              {l.emptyTips.map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ul>
            <p className="mt-3">
              <Link to="/tiltak" className="inline-flex min-h-11 items-center font-semibold">
                {l.emptyClear}
              </Link>
            </p>
          </div>
        ) : (
          <ul className="mt-4 divide-y divide-brand-100 border-y border-brand-100">
            {items.map((item) => (
              <li key={item.slug} className="py-5">
                <h3 className="text-lg font-semibold">
                  <Link to={`/tiltak/${item.slug}`}>{item.title}</Link>
                </h3>
                {item.summary ? <p className="mt-1 max-w-prose">{item.summary}</p> : null}
                <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-0.5 wrap-break-word text-sm text-gray-800">
                  <dt className="font-medium">{f.programme}</dt>
                  <dd>{item.programmeName}</dd>
                  <dt className="font-medium">{f.subprogramme}</dt>
                  <dd>{item.subprogrammeName}</dd>
                  <dt className="font-medium">{f.area}</dt>
                  <dd>{item.areaName}</dd>
                  <dt className="font-medium">{f.status}</dt>
                  <dd>{t.initiativeStatuses[item.status]}</dd>
                  <dt className="font-medium">{f.period}</dt>
                  <dd>{formatPeriod(item.startDate, item.endDate, t)}</dd>
                  <dt className="font-medium">{f.partners}</dt>
                  <dd>{l.partnerCount(item.partnerCount)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
        <Pagination page={page} lastPage={lastPage} href={(p) => pageHref(url, p)} />
      </section>
    </>
  );
}
