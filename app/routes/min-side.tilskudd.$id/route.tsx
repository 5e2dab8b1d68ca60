import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { ApplicationFields, APPLICATION_FIELD_IDS, typedValues } from "~/components/grants/apply-form";
import { calendarDay, grantErrorText, osloDateTime } from "~/components/grants/format";
import { AppealSection, ApplicationDetails, AttachmentList, DecisionSection, InitiativeLink, ReportSection, UploadForm, WithdrawSection } from "~/components/grants/apply-sections";
import { PartnerErrorBoundary } from "~/components/partner/PartnerErrorBoundary";
import { PartnerNav } from "~/components/partner/PartnerNav";
import { Button } from "~/components/ui/Button";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { loadWorkspaceCatalogue, useT } from "~/i18n";
import { requireActor } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { applicationAction } from "./application.server";
import { removeAction, uploadAction } from "./attachments.server";
import { appealAction, publishAction, reportAction, withdrawAction } from "./follow-up.server";
import { applicationId, loadPage } from "./page.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: data?.application.title ? t.grants.applyPages.application.title(data.application.title) : t.grants.applyPages.application.untitled }));

/** The applicant's own application (an active owner or editor of its organisation, or the private person who wrote it); anyone else 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  return loadPage(actor, applicationId(params.id), new URL(request.url));
}

export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const text = loadWorkspaceCatalogue();
  try {
    return await serverLoader<typeof loader>();
  } finally {
    await text;
  }
}

/**
 * One form per intent; each handler's model call checks that the person is the applicant (else 404)
 * and that the state allows it. The upload is the one multipart form.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const id = applicationId(params.id);
  if ((request.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) return uploadAction(actor, id, request);
  const formData = await readFormData(request);
  switch (formData.get("intent")) {
    case "removeAttachment":
      return removeAction(actor, id, formData);
    case "withdraw":
      return withdrawAction(actor, id);
    case "appeal":
      return appealAction(actor, id, formData);
    case "report":
      return reportAction(actor, id, formData);
    case "publish":
      return publishAction(actor, id);
    case "save":
    case "submit":
    case "addLines":
    case null:
      return applicationAction(actor, id, formData, new URL(request.url));
    default:
      return data({ form: "other" as const, problem: "notFound" }, { status: 400 });
  }
}

export default function ApplicationPage() {
  const page = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const a = t.grants.applyPages.application;
  const f = t.grants.applyPages.form;
  const app = page.application;
  const resultOf = (form: string) => (actionData && actionData.form === form && "result" in actionData ? actionData.result : undefined);
  const problemOf = (...forms: string[]) => (actionData && forms.includes(actionData.form) && "problem" in actionData ? actionData.problem : null);
  // A refusal the new-application page passed on counts as this form's own.
  const passed = page.passedOn ? { status: "error" as const, error: { [page.passedOn.field ?? ""]: [page.passedOn.reason] } } : undefined;
  const appResult = resultOf("application") ?? (actionData ? undefined : passed);
  const summaryForm = formState(appResult ?? resultOf("appeal") ?? resultOf("report"));
  const problem = problemOf("upload", "reportUpload", "remove", "withdraw", "publish", "other");
  const flash = actionData ? null : page.flash;
  return (
    <div className="max-w-3xl">
      {app.applicantKind === "organisation" ? <PartnerNav current="" organisations={[]} /> : null}
      <h1 className="text-3xl font-bold">{app.title ? a.title(app.title) : a.untitled}</h1>
      <ErrorSummary
        form={summaryForm}
        fields={resultOf("appeal") ? { text: "appeal-text" } : resultOf("report") ? { text: "report-text", participantsReached: "report-participantsReached", spent: "report-spent", unspent: "report-unspent" } : APPLICATION_FIELD_IDS}
        fieldProblems={problem && problemOf("upload") ? [{ id: "att-file", text: grantErrorText(t, problem, t.grants.applyPages.form) }] : problem && problemOf("reportUpload") ? [{ id: "report-file", text: grantErrorText(t, problem, t.grants.applyPages.form) }] : []}
        problems={problem && !problemOf("upload", "reportUpload") ? [grantErrorText(t, problem, t.grants.applyPages.form)] : []}
        translate={(key) => grantErrorText(t, key, t.grants.applyPages.form)}
      />
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{a.applicant}</dt>
        <dd>{app.applicantKind === "private_person" ? t.grants.privatePerson : app.organisationName}</dd>
        <dt className="font-semibold">{t.grants.applyPages.list.schemeAndRound}</dt>
        <dd>{a.meta(app.schemeName, app.roundName)}</dd>
        <dt className="font-semibold">{a.status}</dt>
        <dd>{t.grants.applicationStatuses[app.status]}</dd>
        <dt className="font-semibold">{a.deadline}</dt>
        <dd>{app.deadlineAt === null ? t.grants.applyPages.list.continuous : osloDateTime(app.deadlineAt, t)}</dd>
        {app.submittedAt !== null ? (
          <>
            <dt className="font-semibold">{a.submittedAt}</dt>
            <dd>{osloDateTime(app.submittedAt, t)}</dd>
          </>
        ) : null}
      </dl>
      {flash ? <FormMessage tone="success">{a[flash]}</FormMessage> : null}
      {app.status === "needs_more" && app.moreRequested ? (
        <FormMessage tone="info">
          {a.moreRequested(calendarDay(app.moreRequestedUntil, t))} {app.moreRequested}
        </FormMessage>
      ) : null}
      <InitiativeLink initiative={app.initiative} />

      {page.editable ? (
        <Form method="post" noValidate>
          {!page.canSubmitNow ? <FormMessage tone="info">{a.deadlinePassedNote}</FormMessage> : null}
          <ApplicationFields values={typedValues(appResult, page.values)} result={appResult} context={page.context} extraRows={page.extraRows} />
          <div className="mt-8 flex flex-wrap gap-4">
            <Button name="intent" value="save" variant="secondary">
              {f.saveDraft}
            </Button>
            {page.canSubmitNow ? (
              <Button name="intent" value="submit">
                {f.submit}
              </Button>
            ) : null}
          </div>
        </Form>
      ) : (
        <>
          {app.status === "submitted" ? <p className="mt-4">{a.readOnly}</p> : null}
          <ApplicationDetails app={app} />
        </>
      )}

      <Section heading={a.attachmentsHeading} className="mt-10">
        <AttachmentList applicationId={app.id} attachments={page.attachments.filter((x) => x.reportId === null)} canRemove={() => page.editable} />
        {page.editable ? <UploadForm id="att-file" problem={problemOf("upload")} label={a.upload} /> : null}
      </Section>

      {page.decision ? <DecisionSection decision={page.decision} /> : app.status === "submitted" || app.status === "needs_more" ? <p className="mt-8">{a.noDecisionYet}</p> : null}
      {page.decision ? <AppealSection appeals={page.appeals} canAppeal={page.canAppeal} appealBody={app.appealBody} result={resultOf("appeal")} /> : null}
      {page.report ? (
        <ReportSection report={page.report} result={resultOf("report")}>
          <AttachmentList
            applicationId={app.id}
            attachments={page.attachments.filter((x) => x.reportId !== null)}
            canRemove={() => page.report!.status === "due" || page.report!.status === "needs_more"}
          />
          {page.report.status === "due" || page.report.status === "needs_more" ? <UploadForm id="report-file" toReport problem={problemOf("reportUpload")} label={a.uploadToReport} /> : null}
          {page.report.status === "approved" && app.initiative && app.applicantKind === "organisation" ? (
            <Section heading={a.publishHeading} level={3} className="mt-6">
              <Form method="post">
                <input type="hidden" name="intent" value="publish" />
                <p className="mt-2 max-w-prose">{a.publishHint}</p>
                <Button variant="secondary" className="mt-3">
                  {a.publish}
                </Button>
              </Form>
            </Section>
          ) : null}
        </ReportSection>
      ) : null}
      {page.canWithdraw ? <WithdrawSection /> : null}
      <p className="mt-8">
        <Link to="/min-side/tilskudd" className="inline-block py-2">
          {a.back}
        </Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <PartnerErrorBoundary />;
}
