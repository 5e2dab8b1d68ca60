/**
 * /koordinator/tilskudd/:slug/:round/:id: one submitted application in full for its administrator
 * (details, budget, files), with the check, the request for more and the recommendation while it is
 * being assessed, and the payments and the report after the decision. One action that switches on
 * `intent`; the handlers are in this folder.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { ApplicationDetails } from "~/components/grants/admin-ApplicationDetails";
import { grantErrorText } from "~/components/grants/format";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { getApplicationForAdministrator, roundForAdministrator } from "~/models/grant/round.server";
import { hasOverdueReport } from "~/models/grant/application.server";
import { requireStaff } from "~/services/actor.server";
import { todayInNorway } from "~/utils/clock.server";
import { formState, hasErrorOn } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";
import { completeIntent, moreIntent, recommendIntent } from "./assess.server";
import { paymentIntent, reportDecisionIntent } from "./follow-up.server";
import { AssessForms, FIELD_IDS, FollowUpForms } from "./forms";
import type { ApplicationIntent } from "./reply.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => pageMeta(matches, (t) => ({ title: t.grants.adminPages.application.title(d?.application.title ?? "") }));

/** The application under its round's address, if the person administers the scheme: else 404 or 403. */
async function scoped(request: Request, params: { slug?: string; round?: string; id?: string }) {
  const actor = await requireStaff(request);
  const round = orRespond(() => roundForAdministrator(actor, params.slug ?? "", params.round ?? ""));
  const applicationId = /^\d{1,15}$/.test(params.id ?? "") ? Number(params.id) : null;
  if (applicationId === null) throw new Response(null, { status: 404 });
  const application = orRespond(() => getApplicationForAdministrator(actor, round.id, applicationId));
  return { actor, round, application, roundBase: `/koordinator/tilskudd/${round.schemeSlug}/${round.slug}` };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { round, application, roundBase } = await scoped(request, params);
  const overdue =
    application.applicantKind === "private_person"
      ? application.createdByUserId !== null && hasOverdueReport({ userId: application.createdByUserId })
      : application.organisationId !== null && hasOverdueReport({ organisationId: application.organisationId });
  return {
    round: { name: round.name, base: roundBase },
    application: { ...application, submittedAt: application.submittedAt?.getTime() ?? null, letterSentAt: application.letterSentAt?.getTime() ?? null, reportSubmittedAt: application.reportSubmittedAt?.getTime() ?? null },
    overdue,
    today: todayInNorway(),
    ok: new URL(request.url).searchParams.get("ok"),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, application, roundBase } = await scoped(request, params);
  const formData = await readFormData(request);
  const args = { actor, applicationId: application.id, back: `${roundBase}/${application.id}`, formData };
  switch (formData.get("intent")) {
    case "complete":
      return completeIntent(args);
    case "more":
      return moreIntent(args);
    case "recommend":
      return recommendIntent(args);
    case "payment":
      return paymentIntent(args);
    case "approve":
    case "askMore":
      return reportDecisionIntent(args);
    default:
      throw new Response("Ukjent handling", { status: 400, statusText: "Bad Request" });
  }
}

export default function GrantApplicationForAdministrator() {
  const { round, application, overdue, today, ok } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const p = t.grants.adminPages.application;
  const formKey = useLocation().key;
  const stateFor = (...intents: ApplicationIntent[]) => formState(actionData && intents.includes(actionData.intent) ? actionData.result : undefined);
  const sent = formState(actionData?.result);
  const okText = ok && ok in p.done ? p.done[ok as keyof typeof p.done] : null;
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{application.title || t.grants.adminPages.round.untitled}</h1>
      <ErrorSummary
        form={sent}
        fields={actionData ? FIELD_IDS[actionData.intent] : {}}
        translate={(key) => grantErrorText(t, key)}
        problems={[
          actionData?.problem ? grantErrorText(t, actionData.problem) : null,
          actionData && !actionData.problem && hasErrorOn(actionData.result, ["intent"]) ? t.grants.adminPages.formNotProcessed : null,
        ]}
      />
      {okText && !actionData ? <FormMessage tone="success">{okText}</FormMessage> : null}
      {overdue ? <p className="mt-4 font-semibold text-red-800">{p.overdueFlag}</p> : null}
      <p className="mt-4">
        <Link to={round.base} className="inline-flex min-h-11 items-center">
          {p.back(round.name)}
        </Link>
      </p>
      <ApplicationDetails application={application} />
      <AssessForms formKey={formKey} application={application} stateFor={stateFor} />
      <FollowUpForms formKey={formKey} application={application} today={today} stateFor={stateFor} />
    </>
  );
}
