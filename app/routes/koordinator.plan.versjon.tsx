/**
 * /koordinator/plan/versjon?satsing=<slug>&ar=<year>&revisjon=<n>: one version of an adopted plan as
 * it stood (issue 21) — revision 0 as adopted, a later one after its change, with who, when and why.
 * Read from the revision's snapshot, so later changes to the plan or its tiltak do not alter it.
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { planDay, planInstant } from "~/components/plan/format";
import { PlanBudget, PlanItems } from "~/components/plan/PlanView";
import { useT } from "~/i18n";
import { getPlanVersion } from "~/models/plan/revision.server";
import { pickProgramme } from "~/models/programme.server";
import { requireStaff } from "~/services/actor.server";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) =>
  pageMeta(matches, (t) => ({ title: d ? t.planning.plan.versionPage.title(d.programme.name, d.year, d.revision.revision) : t.planning.plan.nav }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const url = new URL(request.url);
  const { programme } = orRespond(() => pickProgramme(actor, url.searchParams.get("satsing")));
  const year = url.searchParams.get("ar") ?? "";
  const revision = url.searchParams.get("revisjon") ?? "";
  // Not a year or a revision number: no such version.
  if (!/^\d{4}$/.test(year) || !/^\d{1,6}$/.test(revision)) throw new Response(null, { status: 404, statusText: "Not Found" });
  return orRespond(() => getPlanVersion(actor, programme.id, Number(year), Number(revision)));
}

export default function PlanVersion() {
  const v = useLoaderData<typeof loader>();
  const t = useT();
  const p = t.planning.plan;
  const back = `/koordinator/plan?satsing=${encodeURIComponent(v.programme.slug)}&ar=${v.year}`;
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{p.versionPage.heading(v.year, v.revision.revision)}</h1>
      <p className="mt-2 text-lg">{v.programme.name}</p>
      <p className="mt-4 max-w-prose font-semibold">
        {v.revision.revision === 0
          ? p.versionPage.asAdopted
          : p.versionPage.asChanged(v.revision.changedBy ?? p.unknownPerson, planInstant(v.revision.changedAt, t), v.revision.reason)}
      </p>
      {v.adoptedBy ? <p className="mt-2">{p.adoptedLine(v.adoptedBy, planDay(v.adoptedOn, t))}</p> : null}
      <p className="mt-2">{p.versionPage.latest(v.latest)}</p>
      <p className="mt-2">
        <Link to={back} className="inline-flex min-h-11 items-center">
          {p.versionPage.back}
        </Link>
      </p>
      {v.content.introduction ? (
        <section aria-label={p.introductionHeading} className="mt-6">
          <p className="max-w-prose whitespace-pre-line">{v.content.introduction}</p>
        </section>
      ) : null}
      <PlanItems content={v.content} linkFor={(i) => (i.slug ? `/koordinator/tiltak/${i.slug}` : null)} />
      <PlanBudget content={v.content} sums={v.sums} />
    </>
  );
}
