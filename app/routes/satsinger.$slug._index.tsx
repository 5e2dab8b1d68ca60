import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { INITIATIVE_FILTER_PARAMS } from "~/components/initiatives/params";
import { ProgrammeGoals } from "~/components/programmes/ProgrammeGoals";
import { AdoptedPlans } from "~/components/programmes/AdoptedPlans";
import { AreaMapSection } from "~/components/map/AreaMap";
import { Section } from "~/components/ui/Section";
import { loadPlacesCatalogue, useT } from "~/i18n";
import { getProgrammeArchive } from "~/models/closing/public.server";
import { getGoalStructure, publicGoalStructure } from "~/models/goal/structure.server";
import { listAdoptedPlans } from "~/models/plan/public.server";
import { getProgrammeProfile } from "~/models/programme-profile.server";
import { pageMeta } from "~/utils/meta";
import { getProgrammeMap } from "~/models/map.server";
import { parseMeasure } from "~/validation/map";

function programmeMap(slug: string, request: Request) {
  const measure = parseMeasure(new URL(request.url).searchParams.get("vis")) ?? "partnere";
  return { map: getProgrammeMap(slug, measure), measure };
}

/**
 * /satsinger/:slug: one programme in public (issue 21) — what it is, its period, its areas and
 * sub-programmes, its goals with each indicator's chart and table, its adopted plans per year with
 * their budget per sub-programme and source (never a draft), and links to its tiltak, partners,
 * grants and updates. Only public tiltak are named. Answered from the response cache (ADR 012).
 */
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return pageMeta(matches, (t) => ({ title: t.errors.notFoundTitle }));
  return pageMeta(matches, () => ({ title: data.programme.name, description: data.programme.description.slice(0, 300) || undefined }));
};

export function loader({ params, request }: LoaderFunctionArgs) {
  const programme = getProgrammeProfile(params.slug ?? "");
  if (!programme) throw new Response(null, { status: 404, statusText: "Not Found" });
  const { id, ...rest } = programme;
  return {
    programme: rest,
    structure: publicGoalStructure(getGoalStructure(id)),
    plans: listAdoptedPlans(id),
    // A closed period's marking, and the programmes it continues and is continued by (issue 21, H4's archive).
    archive: getProgrammeArchive(id),
    // The programme's areas on a map, shaded by the figure chosen in `vis` (issue 25).
    ...programmeMap(rest.slug, request),
  };
}

/** A client-side navigation here from another public page brings the programme pages' text first (app/i18n/index.ts). */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadPlacesCatalogue()]);
  return data;
}

/** An area's indent by its depth in the tree (classes, not inline styles: the CSP allows no style attribute). */
const DEPTH = ["", "pl-5", "pl-10", "pl-14"];

export default function ProgrammePage() {
  const { programme, structure, plans, archive, map, measure } = useLoaderData<typeof loader>();
  const t = useT();
  const p = t.places.programmesPage;
  const tiltak = `/tiltak?${INITIATIVE_FILTER_PARAMS.programme}=${encodeURIComponent(programme.slug)}`;
  return (
    <article className="break-words">
      <p>
        <Link to="/satsinger" className="inline-flex min-h-11 items-center">
          {p.backToList}
        </Link>
      </p>
      <h1 className="text-2xl font-bold hyphens-auto sm:text-3xl">{programme.name}</h1>
      {archive.closedYear !== null ? (
        <div className="mt-3 rounded border-l-4 border-gray-500 bg-gray-100 p-3">
          <p className="font-semibold">{t.places.archive.programmeClosed(archive.closedYear)}</p>
          <p>{t.places.archive.programmeClosedText}</p>
        </div>
      ) : null}
      {archive.successor || archive.predecessor ? (
        <ul className="mt-2">
          {archive.predecessor ? (
            <li>
              <Link to={`/satsinger/${archive.predecessor.slug}`} className="inline-flex min-h-11 items-center">
                {t.places.archive.predecessorProgramme(archive.predecessor.name)}
              </Link>
            </li>
          ) : null}
          {archive.successor ? (
            <li>
              <Link to={`/satsinger/${archive.successor.slug}`} className="inline-flex min-h-11 items-center">
                {t.places.archive.successorProgramme(archive.successor.name)}
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
      <dl className="mt-3 grid max-w-prose grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{p.municipalityLabel}</dt>
        <dd>{programme.municipality}</dd>
        <dt className="font-semibold">{p.periodLabel}</dt>
        <dd>{p.period(programme.periodStart, programme.periodEnd)}</dd>
      </dl>
      {programme.description ? <p className="mt-4 max-w-prose whitespace-pre-line text-lg">{programme.description}</p> : null}

      <div className="mt-2 grid gap-x-10 md:grid-cols-2">
        {programme.subprogrammes.length ? (
          <Section heading={p.subprogrammesHeading} className="mt-8">
            <ul className="mt-2 space-y-3">
              {programme.subprogrammes.map((s) => (
                <li key={s.slug}>
                  <span className="font-semibold">{s.name}</span>
                  {s.description ? <p className="max-w-prose">{s.description}</p> : null}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
        {programme.areas.length ? (
          <Section heading={p.areasHeading} className="mt-8">
            <ul className="mt-2">
              {programme.areas.map((a) => (
                <li key={a.slug} className={DEPTH[Math.min(a.depth, DEPTH.length - 1)]}>
                  <Link to={`/omrader/${a.slug}`} className="inline-flex min-h-11 items-center">
                    {a.name}
                  </Link>
                </li>
              ))}
            </ul>
          </Section>
        ) : null}
      </div>

      {map ? <AreaMapSection view={map} measure={measure} intro={t.places.map.programmeMapIntro(programme.name)} /> : null}

      <ProgrammeGoals structure={structure} />

      <AdoptedPlans slug={programme.slug} plans={plans} />

      <Section heading={p.linksHeading}>
        <ul className="mt-2">
          {[
            { to: tiltak, label: p.links.tiltak(programme.name) },
            { to: `/partnere?satsing=${encodeURIComponent(programme.slug)}`, label: p.links.partners(programme.name) },
            { to: "/tilskudd", label: p.links.grants },
            { to: "/oppdateringer", label: p.links.updates },
          ].map((link) => (
            <li key={link.to}>
              <Link to={link.to} className="inline-flex min-h-11 items-center">
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            <a href={`/api/v1/programmes?programme=${encodeURIComponent(programme.slug)}&format=csv`} className="inline-flex min-h-11 items-center">
              {p.links.openData}
            </a>
          </li>
        </ul>
      </Section>
    </article>
  );
}
