import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { Section } from "~/components/ui/Section";
import { loadPlacesCatalogue, useT } from "~/i18n";
import { closedProgrammeYears } from "~/models/programme-profile.server";
import { listProgrammeSummaries } from "~/models/programme.server";
import { pageMeta } from "~/utils/meta";

/**
 * /satsinger: every programme (issue 21) with its municipality, period, what it is in a line, and
 * its public counts of tiltak and partners (the front page's, once per data version). The same for
 * every anonymous reader: answered from the response cache (ADR 012).
 */
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t.places.programmesPage.list.title, description: t.places.programmesPage.list.description }));

export function loader() {
  const closed = closedProgrammeYears();
  return {
    programmes: listProgrammeSummaries().map((p) => ({
      closedYear: closed.get(p.slug) ?? null,
      slug: p.slug,
      name: p.name,
      municipality: p.municipality,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      // The first sentence says what it is; the programme's page has the rest.
      line: firstSentence(p.description),
      initiativeCount: p.initiativeCount,
      partnerCount: p.partnerCount,
    })),
  };
}

/** A client-side navigation here from another public page brings the programme pages' text first (app/i18n/index.ts). */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadPlacesCatalogue()]);
  return data;
}

function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/s.exec(text.trim());
  return (match ? match[0] : text).trim();
}

export default function Programmes() {
  const { programmes } = useLoaderData<typeof loader>();
  const t = useT();
  const p = t.places.programmesPage;
  const l = p.list;
  return (
    <>
      <h1 className="text-3xl font-bold">{l.heading}</h1>
      <p className="mt-2 max-w-prose">{l.intro}</p>
      {programmes.length === 0 ? (
        <p className="mt-6">{l.empty}</p>
      ) : (
        <ul className="mt-8 grid gap-6 md:grid-cols-2">
          {programmes.map((programme) => (
            <li key={programme.slug} className="rounded-lg border border-brand-100 bg-brand-50 p-4 sm:p-6">
              <Section heading={<Link to={`/satsinger/${programme.slug}`}>{programme.name}</Link>} className="" headingClassName="text-xl font-bold">
                <p className="mt-1 text-gray-700">
                  {programme.municipality} · {p.period(programme.periodStart, programme.periodEnd)}
                </p>
                {programme.closedYear !== null ? <p className="mt-2 font-semibold">{t.places.archive.programmeClosed(programme.closedYear)}</p> : null}
                {programme.line ? <p className="mt-2 max-w-prose">{programme.line}</p> : null}
                <p className="mt-2 text-sm">{l.counts(programme.initiativeCount, programme.partnerCount)}</p>
              </Section>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
