import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { PublicGrantsTable, PublicGrantTotals } from "~/components/grants/public-grants";
import { calendarDay, kroner, osloDateTime } from "~/components/grants/public-format";
import { HowToApply, Paragraphs, SchemeFacts } from "~/components/grants/public-scheme";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { Pagination } from "~/components/ui/Pagination";
import { Section } from "~/components/ui/Section";
import { loadPublicGrantsCatalogue, useT } from "~/i18n";
import { PUBLIC_GRANTS_PAGE_SIZE, publicSchemePage } from "~/models/grant/public.server";
import { isRoundOpen } from "~/models/grant/scheme.server";
import { now } from "~/utils/clock.server";
import { ensureCanonicalListing, lastPageOrRedirect } from "~/utils/listing.server";
import { pageMeta } from "~/utils/meta";
import { pageHref, parsePage } from "~/utils/pagination";

/**
 * /tilskudd/:slug: one scheme in public — its description, adopted criteria, areas, who may apply,
 * maximum and own share, its rounds' deadlines (Oslo time), the appeals body, and its published grants
 * a page at a time with their totals. Answered from the response cache (ADR 012).
 */
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return pageMeta(matches, (t) => ({ title: t.errors.notFoundTitle }));
  return pageMeta(matches, () => ({ title: data.scheme.name, description: data.scheme.description || undefined }));
};

type RoundState = "open" | "upcoming" | "closed" | "decided";

export function loader({ request, params }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const page = parsePage(url);
  const slug = params.slug ?? "";
  const found = publicSchemePage(slug, { page: page ?? 1 });
  // Unknown and archived schemes look the same from outside: not found.
  if (!found) throw new Response(null, { status: 404, statusText: "Not Found" });
  ensureCanonicalListing(url, url.pathname, { side: page !== null && page > 1 ? String(page) : null });
  const current = page ?? 1;
  const lastPage = lastPageOrRedirect(url, current, found.grants.total, PUBLIC_GRANTS_PAGE_SIZE);
  const at = now();
  const rounds = found.rounds.map((r) => {
    const state: RoundState = r.lettersSentAt ? "decided" : isRoundOpen(r, at) ? "open" : r.opensAt.getTime() > at ? "upcoming" : "closed";
    return { id: r.id, name: r.name, opensAt: r.opensAt.getTime(), deadlineAt: r.deadlineAt?.getTime() ?? null, plannedDecisionDate: r.plannedDecisionDate, state };
  });
  // Kroner, not øre: no eight-digit figures in the page's data (they read like phone numbers).
  const { maxAmountOre, ...scheme } = found.scheme;
  return { scheme: { ...scheme, maxAmountKr: maxAmountOre === null ? null : maxAmountOre / 100 }, sectors: found.sectors, rounds, grants: found.grants, page: current, lastPage, search: url.search };
}

/** A client-side navigation here from a public page brings the grants' text first (app/i18n/index.ts). */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadPublicGrantsCatalogue()]);
  return data;
}

export default function GrantScheme() {
  const { scheme, sectors, rounds, grants, page, lastPage, search } = useLoaderData<typeof loader>();
  const t = useT();
  const p = t.grants.publicPages;
  const d = p.detail;
  const url = new URL(`http://x/tilskudd/${scheme.slug}${search}`);
  const openRound = rounds.find((r) => r.state === "open");
  const stateLabel: Record<RoundState, string> = { open: d.roundOpen, upcoming: d.roundUpcoming, closed: d.roundClosed, decided: d.roundDecided };
  return (
    <>
      <p>
        <Link to="/tilskudd" className="inline-flex min-h-11 items-center">
          {d.backToList}
        </Link>
      </p>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{scheme.name}</h1>
      <Paragraphs text={scheme.description} className="text-lg" />

      <Section heading={d.aboutHeading} className="mt-8">
        <SchemeFacts
          scheme={{ ...scheme, sectors, ...(openRound ? { deadlineAt: openRound.deadlineAt, roundName: openRound.name } : {}) }}
        />
      </Section>

      {scheme.criteria ? (
        <Section heading={d.criteriaHeading} className="mt-8">
          <Paragraphs text={scheme.criteria} />
        </Section>
      ) : null}

      {openRound ? <HowToApply slug={scheme.slug} name={scheme.name} headingLevel={2} /> : <p className="mt-8 font-medium">{d.notOpen}</p>}

      {rounds.length > 0 ? (
        <Section heading={d.roundsHeading} className="mt-10">
          <DataTable caption={d.roundsCaption(scheme.name)} captionHidden className="mt-3">
            <thead>
              <tr>
                <Th>{d.colRound}</Th>
                <Th>{d.colOpens}</Th>
                <Th>{d.colDeadline}</Th>
                <Th>{d.colPlannedDecision}</Th>
                <Th>{d.colStatus}</Th>
              </tr>
            </thead>
            <tbody>
              {rounds.map((r) => (
                <tr key={r.id}>
                  <Th scope="row">{r.name}</Th>
                  <Td>{osloDateTime(r.opensAt, t)}</Td>
                  <Td>{r.deadlineAt !== null ? osloDateTime(r.deadlineAt, t) : p.scheme.continuous}</Td>
                  <Td>{r.plannedDecisionDate ? calendarDay(r.plannedDecisionDate, t) : "–"}</Td>
                  <Td>{stateLabel[r.state]}</Td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </Section>
      ) : null}

      <Section heading={d.grantedHeading} id="tildelt" className="mt-10">
        <p className="mt-2 max-w-prose">{p.list.grantedIntro}</p>
        {grants.total === 0 ? (
          <p className="mt-2 font-medium">{p.list.grantedEmpty}</p>
        ) : (
          <>
            <p className="mt-2 font-medium">{p.list.grantedCount(grants.total, kroner(grants.totals.all.amountOre, t))}</p>
            <PublicGrantsTable items={grants.items} page={page} lastPage={lastPage} showScheme={false} />
            <Pagination page={page} lastPage={lastPage} href={(n) => pageHref(url, n)} />
            <PublicGrantTotals totals={grants.totals} rounds={grants.rounds} byRound={grants.rounds.length > 1} />
          </>
        )}
      </Section>
    </>
  );
}
