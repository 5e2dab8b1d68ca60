import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { PublicGrantsTable, PublicGrantTotals } from "~/components/grants/public-grants";
import { kroner } from "~/components/grants/public-format";
import { HowToApply, SchemeFacts } from "~/components/grants/public-scheme";
import { Pagination } from "~/components/ui/Pagination";
import { Section } from "~/components/ui/Section";
import { loadPublicGrantsCatalogue, useT } from "~/i18n";
import { PUBLIC_GRANTS_PAGE_SIZE, publicGrantsPage } from "~/models/grant/public.server";
import { listOpenSchemes } from "~/models/grant/scheme.server";
import { now } from "~/utils/clock.server";
import { ensureCanonicalListing, lastPageOrRedirect } from "~/utils/listing.server";
import { pageMeta } from "~/utils/meta";
import { pageHref, parsePage } from "~/utils/pagination";

/**
 * /tilskudd: the schemes open for applications and every published grant (granted in full or in
 * part, letters sent; never a rejection, never a private person's name), a page at a time, with the
 * totals of them all. The same for every anonymous reader: answered from the response cache (ADR 012);
 * a decision or a round changing moves the public data version on (migration 0007).
 */
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t.grants.publicPages.list.title, description: t.grants.publicPages.list.description }));

export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const page = parsePage(url);
  // One clean address per page: no unknown parameters, no `side=1`, no `side=abc`.
  ensureCanonicalListing(url, "/tilskudd", { side: page !== null && page > 1 ? String(page) : null });
  const current = page ?? 1;
  const grants = publicGrantsPage({ page: current });
  const lastPage = lastPageOrRedirect(url, current, grants.total, PUBLIC_GRANTS_PAGE_SIZE);
  const open = listOpenSchemes(now()).map(({ maxAmountOre, ...o }) => ({
    ...o,
    maxAmountKr: maxAmountOre === null ? null : maxAmountOre / 100,
    deadlineAt: o.deadlineAt ? o.deadlineAt.getTime() : null,
  }));
  return { open, grants, page: current, lastPage, search: url.search };
}

/** A client-side navigation here from a public page brings the grants' text first (app/i18n/index.ts). */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadPublicGrantsCatalogue()]);
  return data;
}

export default function Grants() {
  const { open, grants, page, lastPage, search } = useLoaderData<typeof loader>();
  const t = useT();
  const l = t.grants.publicPages.list;
  const url = new URL(`http://x/tilskudd${search}`);
  return (
    <>
      <h1 className="text-3xl font-bold">{l.heading}</h1>
      <p className="mt-2 max-w-prose">{l.intro}</p>

      <Section heading={l.openHeading} className="mt-8">
        {open.length === 0 ? (
          <p className="mt-2">{l.openEmpty}</p>
        ) : (
          <ul className="mt-4 space-y-6">
            {open.map((o) => (
              <li key={o.roundId} className="rounded-lg border border-brand-100 bg-brand-50 p-4 sm:p-6">
                <h3 className="text-xl font-bold">
                  <Link to={`/tilskudd/${o.slug}`}>{o.name}</Link>
                </h3>
                <p className="mt-1 max-w-prose">{o.description}</p>
                <SchemeFacts scheme={{ ...o, roundName: o.roundName }} />
                <details className="mt-2">
                  <summary className="min-h-11 cursor-pointer py-2 font-semibold">{t.grants.publicPages.scheme.criteria}</summary>
                  <p className="max-w-prose whitespace-pre-line">{o.criteria}</p>
                </details>
                <HowToApply slug={o.slug} name={o.name} />
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section heading={l.grantedHeading} id="tildelt" className="mt-10">
        <p className="mt-2 max-w-prose">{l.grantedIntro}</p>
        {grants.total === 0 ? (
          <p className="mt-2 font-medium">{l.grantedEmpty}</p>
        ) : (
          <>
            <p className="mt-2 font-medium">{l.grantedCount(grants.total, kroner(grants.totals.all.amountOre, t))}</p>
            <PublicGrantsTable items={grants.items} page={page} lastPage={lastPage} showScheme />
            <Pagination page={page} lastPage={lastPage} href={(p) => pageHref(url, p)} />
            <PublicGrantTotals totals={grants.totals} rounds={grants.rounds} />
          </>
        )}
        <p className="mt-6">
          <a href="/api/v1/grants?format=csv" className="inline-flex min-h-11 items-center">
            {l.openDataLink}
          </a>
        </p>
      </Section>
    </>
  );
}
