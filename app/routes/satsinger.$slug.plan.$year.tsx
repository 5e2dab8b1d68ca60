import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { planDay } from "~/components/plan/format";
import { RevisionTable } from "~/components/plan/PlanHistory";
import { PlanBudget, PlanItems } from "~/components/plan/PlanView";
import { Section } from "~/components/ui/Section";
import { loadPlacesCatalogue, useT } from "~/i18n";
import { getAdoptedPlan } from "~/models/plan/public.server";
import { pageMeta } from "~/utils/meta";

/**
 * /satsinger/:slug/plan/:year: a programme's adopted plan for a year as it now stands (issue 21) —
 * its tiltak numbered by goal with their lead and partners, its budget per sub-programme and source
 * with the totals, who adopted it and when, and its changes since (dates and reasons, nobody's name).
 * A draft, an unknown programme and a year without a plan alike answer 404: drafts are never public.
 * Answered from the response cache (ADR 012); a plan's change moves the public data version.
 */
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return pageMeta(matches, (t) => ({ title: t.errors.notFoundTitle }));
  return pageMeta(matches, (t) => ({
    title: t.places.planPage.title(data.programme.name, data.year),
    description: t.places.planPage.description(data.programme.name, data.year),
  }));
};

export function loader({ params }: LoaderFunctionArgs) {
  const year = params.year ?? "";
  const plan = /^\d{4}$/.test(year) ? getAdoptedPlan(params.slug ?? "", Number(year)) : undefined;
  if (!plan) throw new Response(null, { status: 404, statusText: "Not Found" });
  return plan;
}

/** A client-side navigation here from another public page brings the programme pages' text first (app/i18n/index.ts). */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadPlacesCatalogue()]);
  return data;
}

export default function AdoptedPlan() {
  const plan = useLoaderData<typeof loader>();
  const t = useT();
  const p = t.places.planPage;
  const changes = plan.revisions.filter((r) => r.revision > 0).length;
  return (
    <article className="[overflow-wrap:anywhere]">
      <p>
        <Link to={`/satsinger/${plan.programme.slug}`} className="inline-flex min-h-11 items-center">
          {p.programmeLink(plan.programme.name)}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{p.heading(plan.year)}</h1>
      <p className="mt-1 text-lg">{plan.programme.name}</p>
      <p className="mt-3 max-w-prose font-semibold">{p.adopted(plan.adoptedBy, planDay(plan.adoptedOn, t))}</p>
      {changes > 0 ? <p className="mt-1 max-w-prose">{p.revised(changes)}</p> : null}
      {plan.programme.closed ? <p className="mt-1 max-w-prose">{p.closed}</p> : null}
      {plan.content.introduction ? (
        <Section heading={p.introductionHeading} className="mt-8">
          <p className="mt-2 max-w-prose whitespace-pre-line">{plan.content.introduction}</p>
        </Section>
      ) : null}
      <PlanItems content={plan.content} linkFor={(item) => (item.isPublic && item.slug ? `/tiltak/${item.slug}` : null)} />
      <PlanBudget content={plan.content} sums={plan.sums} />
      <Section heading={p.revisionsHeading} className="mt-10">
        <RevisionTable revisions={plan.revisions} />
      </Section>
    </article>
  );
}
