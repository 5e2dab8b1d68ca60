import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FormMessage } from "~/components/ui/Field";
import { FilterForm } from "~/components/ui/FilterForm";
import { useT } from "~/i18n";
import { listProgrammeSummaries } from "~/models/programme.server";
import { pageMeta } from "~/utils/meta";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t.home.title, description: t.home.intro }));

export function loader({ request }: LoaderFunctionArgs) {
  return { programmes: listProgrammeSummaries(), accountDeleted: new URL(request.url).searchParams.has("konto-slettet") };
}

export default function Index() {
  const { programmes, accountDeleted } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      {accountDeleted ? <FormMessage tone="success">{t.account.deletedNotice}</FormMessage> : null}
      <h1 className="text-3xl font-bold sm:text-4xl">{t.home.heading}</h1>
      <p className="mt-4 max-w-prose text-lg">{t.home.intro}</p>
      {/* A GET form: the search works before, and without, any JavaScript. The input and its button share a row. */}
      <FilterForm
        action="/partnere"
        search
        label={t.home.searchLabel}
        layout="panel"
        submitLabel={t.home.searchButton}
        submitVariant="primary"
        submitClassName=""
        className="mt-6 grid max-w-2xl grid-cols-[minmax(0,1fr)_auto] gap-x-3"
      >
        <label htmlFor="home-q" className="ds-label col-span-2 font-semibold">
          {t.home.searchLabel}
        </label>
        <p id="home-q-hint" className="col-span-2 mt-1 mb-2 text-sm text-gray-800">
          {t.home.searchHint}
        </p>
        <input id="home-q" name="q" type="search" aria-describedby="home-q-hint" className="ds-input min-w-0" />
      </FilterForm>
      <p className="mt-4">
        <Link to="/partnere" className="font-semibold">
          {t.home.browsePartners}
        </Link>
      </p>

      <div className="mt-10 grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="home-areas-heading">
          <h2 id="home-areas-heading" className="text-2xl font-bold">
            {t.home.areasHeading}
          </h2>
          <p className="mt-2">{t.home.areasText}</p>
          <p className="mt-2">
            <Link to="/omrader" className="inline-flex min-h-11 items-center font-semibold">
              {t.home.areasLink}
            </Link>
          </p>
        </section>
        <section aria-labelledby="home-organisations-heading">
          <h2 id="home-organisations-heading" className="text-2xl font-bold">
            {t.home.organisationsHeading}
          </h2>
          <p className="mt-2">{t.home.organisationsText}</p>
          <p className="mt-2">
            <Link to="/registrer" className="inline-flex min-h-11 items-center font-semibold">
              {t.home.registerLink}
            </Link>
          </p>
        </section>
      </div>

      <h2 className="mt-10 text-2xl font-bold">{t.home.programmesHeading}</h2>
      {programmes.length === 0 ? (
        <p className="mt-4">{t.home.programmesEmpty}</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {programmes.map((p) => (
            <li key={p.slug} className="rounded-lg border border-brand-100 p-5">
              <h3 className="text-xl font-semibold">{p.name}</h3>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                <dt className="font-medium">{t.home.municipality}</dt>
                <dd>{p.municipality}</dd>
                <dt className="font-medium">{t.home.periodLabel}</dt>
                <dd>{t.home.period(p.periodStart, p.periodEnd)}</dd>
              </dl>
              {p.description ? <p className="mt-3">{p.description}</p> : null}
              {/* The counts lead to what they count: the tiltak of the programme and its partners (those in its tiltak).
                  Plain anchors, not <Link>: 114 of them made the page's render a third dearer (issue 19's benchmark),
                  and a full load of a cached public list costs the reader nothing they would notice. */}
              <p className="mt-3 font-medium">
                <a href={`/partnere?satsing=${encodeURIComponent(p.slug)}`} className="inline-flex min-h-11 items-center" aria-label={t.home.inProgramme(t.home.partnerCount(p.partnerCount), p.name)}>
                  {t.home.partnerCount(p.partnerCount)}
                </a>
                {" · "}
                <a href={`/tiltak?satsing=${encodeURIComponent(p.slug)}`} className="inline-flex min-h-11 items-center" aria-label={t.home.inProgramme(t.home.initiativeCount(p.initiativeCount), p.name)}>
                  {t.home.initiativeCount(p.initiativeCount)}
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
