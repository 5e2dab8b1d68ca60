/**
 * /bydelsgruppe/:round/soknad/:application: one application in full for the group — the activity,
 * the budget, the attachments and the administration's recommendation — for a member who declared
 * no conflict of interest (forvaltningsloven § 6) and the administrator. A member who has not
 * declared, or is disqualified, gets 403 with the reason; anyone else 404.
 */
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { BudgetTable } from "~/components/grants/BudgetTable";
import { Link, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { GroupErrorBoundary } from "~/components/grants/group-error";
import { applicantName, calendarDay, fileSize, kroner } from "~/components/grants/format";
import { Section } from "~/components/ui/Section";
import { loadWorkspaceCatalogue, useT } from "~/i18n";
import { getGroupApplication } from "~/models/grant/round.server";
import { requireActor } from "~/services/actor.server";
import { pageMeta } from "~/utils/meta";
import { RefusalError } from "~/utils/refusal.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageMeta(matches, (t) => ({ title: t.grants.groupPages.application.title(data?.application.title ?? "") }));

export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store" });

const idOf = (param: string | undefined) => {
  const id = param && /^\d{1,15}$/.test(param) ? Number(param) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response(null, { status: 404 });
  return id;
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const roundId = idOf(params.round);
  const applicationId = idOf(params.application);
  try {
    return getGroupApplication(actor, roundId, applicationId);
  } catch (error) {
    if (error instanceof RefusalError) {
      // The reason goes with the 403 (not declared yet, or disqualified), so the page can say it.
      if (error.kind === "forbidden") throw new Response(error.reason, { status: 403 });
      if (error.kind === "notFound") throw new Response(null, { status: 404 });
    }
    throw error;
  }
}

/** A client-side navigation here from a page without the grants' text brings it first (app/i18n/index.ts), also for the error page. */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const text = loadWorkspaceCatalogue();
  try {
    return await serverLoader<typeof loader>();
  } finally {
    await text;
  }
}

export default function GroupApplicationPage() {
  const { round, application: a, budgetLines, attachments } = useLoaderData<typeof loader>();
  const t = useT();
  const g = t.grants.groupPages;
  const p = g.application;
  const period = a.startDate && a.endDate && a.endDate !== a.startDate ? `${calendarDay(a.startDate, t)} – ${calendarDay(a.endDate, t)}` : calendarDay(a.startDate, t);
  return (
    <div className="max-w-3xl">
      <p>
        <Link to={`/bydelsgruppe/${round.id}#soknad-${a.id}`}>{g.backToRound(round.name)}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{a.title}</h1>
      <p className="mt-1 text-gray-700">{g.round.scheme(round.schemeName)}</p>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{g.round.applicant}</dt>
        <dd>{applicantName(a.applicant, t)}</dd>
        <dt className="font-semibold">{g.round.area}</dt>
        <dd>{a.areaName ?? t.grants.none}</dd>
        <dt className="font-semibold">{p.period}</dt>
        <dd>{period}</dd>
        <dt className="font-semibold">{p.participants}</dt>
        <dd>{a.expectedParticipants ?? t.grants.none}</dd>
        <dt className="font-semibold">{g.round.applied}</dt>
        <dd>{kroner(a.amountAppliedOre, t)}</dd>
        <dt className="font-semibold">{p.ownShare}</dt>
        <dd>{kroner(a.ownShareOre, t)}</dd>
      </dl>
      <Section heading={p.description}>
        <p className="mt-2 whitespace-pre-line">{a.description}</p>
        <h3 className="mt-4 text-xl font-bold">{p.targetGroup}</h3>
        <p className="mt-1">{a.targetGroup || t.grants.none}</p>
      </Section>
      <Section heading={p.budget}>
        <BudgetTable lines={budgetLines} words={{ caption: p.budgetCaption, what: p.budgetItem, amount: p.budgetAmount, total: p.budgetTotal }} captionHidden className="mt-2" />
      </Section>
      <Section heading={p.attachments}>
        {attachments.length === 0 ? (
          <p className="mt-2">{p.noAttachments}</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {attachments.map((f) => (
              <li key={f.id}>
                <a href={`/min-side/tilskudd/${a.id}/vedlegg/${f.id}`}>{p.attachmentLink(f.fileName, fileSize(f.sizeBytes, t))}</a>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section heading={g.round.recommendation}>
        {a.isComplete !== null ? <p className="mt-2">{a.isComplete ? p.complete : p.incomplete}</p> : null}
        {a.recommendation ? (
          <>
            <p className="mt-2">
              {t.grants.outcomes[a.recommendation]}
              {a.recommendation !== "rejected" ? ` – ${g.round.recommendedAmount(kroner(a.recommendedAmountOre, t))}` : ""}
            </p>
            {a.recommendationText ? <p className="mt-1 whitespace-pre-line">{a.recommendationText}</p> : null}
          </>
        ) : (
          <p className="mt-2">{g.round.noRecommendation}</p>
        )}
      </Section>
    </div>
  );
}

export function ErrorBoundary() {
  return <GroupErrorBoundary />;
}
