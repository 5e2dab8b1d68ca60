import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { ApplicationFields, APPLICATION_FIELD_IDS, EMPTY_APPLICATION, typedValues } from "~/components/grants/apply-form";
import { applicationIntent, moreRows } from "~/components/grants/apply-form.server";
import { grantErrorText, osloDateTime } from "~/components/grants/format";
import { PartnerErrorBoundary } from "~/components/partner/PartnerErrorBoundary";
import { Button } from "~/components/ui/Button";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { loadWorkspaceCatalogue, useT } from "~/i18n";
import { createDraft, hasOverdueReport, organisationsWithOverdueReports, submitApplication, type ApplicantChoice } from "~/models/grant/application.server";
import { linkableInitiatives } from "~/models/grant/application.server";
import { openRoundOfScheme, schemeAreaChoices } from "~/models/grant/scheme.server";
import { listMyOrganisations } from "~/models/membership.server";
import { requireActor } from "~/services/actor.server";
import { applicantAllowed } from "~/services/grant-permissions";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { applicationDraftSchema } from "~/validation/grants";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: data && !data.notOpen ? t.grants.applyPages.form.newHeading(data.scheme.name) : t.grants.applyPages.form.notOpenHeading }));

/**
 * The scheme named by `?ordning=` with its open round, and who the person may apply as: their
 * approved organisations of a sector the scheme takes, and themselves when it takes private persons.
 * Null when the scheme is unknown, archived or has no open round.
 */
async function context(request: Request) {
  const actor = await requireActor(request);
  const round = openRoundOfScheme(new URL(request.url).searchParams.get("ordning") ?? "");
  if (!round) return { actor, round: null } as const;
  const organisations = listMyOrganisations(actor.id).filter((o) => o.status === "approved" && applicantAllowed(round, { kind: "organisation", sector: o.sector }));
  const choices = [
    ...organisations.map((o) => ({ value: `org:${o.id}`, label: o.name })),
    ...(applicantAllowed(round, { kind: "private_person" }) ? [{ value: "private", label: "" }] : []),
  ];
  return { actor, round, organisations, choices } as const;
}

function applicantOf(value: FormDataEntryValue | null, choices: { value: string }[]): ApplicantChoice | null {
  if (typeof value !== "string" || !choices.some((c) => c.value === value)) return null;
  return value === "private" ? { kind: "private_person" } : { kind: "organisation", organisationId: Number(value.slice(4)) };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const c = await context(request);
  if (!c.round) return data({ notOpen: true as const }, { status: 404 });
  const ids = c.organisations.map((o) => o.id);
  const overdueOrgs = organisationsWithOverdueReports(ids);
  return {
    notOpen: false as const,
    scheme: { name: c.round.name, roundName: c.round.roundName, deadlineAt: c.round.deadlineAt?.getTime() ?? null },
    choices: c.choices,
    context: {
      areas: schemeAreaChoices(c.round.schemeId),
      initiatives: linkableInitiatives(ids).map((i) => ({ id: i.id, title: i.title })),
      maxAmountOre: c.round.maxAmountOre,
      ownSharePercent: c.round.ownSharePercent,
    },
    overdue: c.organisations.some((o) => overdueOrgs.has(o.id)),
    overduePrivate: c.choices.some((x) => x.value === "private") && hasOverdueReport({ userId: c.actor.id }),
  };
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
 * Creates the draft (every button saves what was typed first). "Send inn" then submits it: a
 * refusal lands on the application's own page with the model's reason next to its field, as the
 * draft now exists there. "Legg til flere linjer" comes back with more empty budget rows.
 */
export async function action({ request }: ActionFunctionArgs) {
  const c = await context(request);
  if (!c.round) throw new Response(null, { status: 404 });
  const formData = await readFormData(request);
  const applicant = applicantOf(formData.get("applicant"), c.choices);
  const parsed = parseForm(formData, applicationDraftSchema, { applicant: applicant ? undefined : ["chooseApplicant"] });
  if (!parsed.ok) return data({ result: parsed.result }, { status: 400 });
  const round = c.round;
  const created = orRefusal(() => createDraft(c.actor, round.roundId, applicant!, parsed.value));
  if (!created.ok) {
    const field = created.field ?? (created.reason === "applicantNotAllowed" || created.reason === "organisationNotApproved" ? "applicant" : undefined);
    return data({ result: rejectForm(parsed, { reason: created.reason, field }) }, { status: created.status });
  }
  const id = created.value;
  const intent = applicationIntent(formData);
  if (intent === "addLines") return redirect(`/min-side/tilskudd/${id}?linjer=${moreRows(3)}`);
  if (intent === "save") return redirect(`/min-side/tilskudd/${id}?ok=saved`);
  const submitted = orRefusal(() => submitApplication(c.actor, id));
  if (submitted.ok) return redirect(`/min-side/tilskudd/${id}?ok=submitted`);
  const params = new URLSearchParams({ feil: submitted.reason, ...(submitted.field ? { felt: submitted.field } : {}) });
  return redirect(`/min-side/tilskudd/${id}?${params}`);
}

export default function NewApplication() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const f = t.grants.applyPages.form;
  if (loaded.notOpen) {
    return (
      <>
        <h1 className="text-3xl font-bold">{f.notOpenHeading}</h1>
        <p className="mt-2">{f.notOpen}</p>
        <p className="mt-4">
          <Link to="/min-side/tilskudd" className="inline-block py-2">
            {f.backToList}
          </Link>
        </p>
      </>
    );
  }
  const result = actionData?.result;
  const form = formState(result);
  const values = typedValues(result, EMPTY_APPLICATION);
  // The first organisation is the likely applicant; applying as a private person is a deliberate choice.
  const chosen = form.value("applicant", loaded.choices[0]?.value ?? "");
  const applicantErrors = result?.error?.applicant?.map((k) => grantErrorText(t, k, t.grants.applyPages.form));
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{f.newHeading(loaded.scheme.name)}</h1>
      <ErrorSummary form={form} fields={APPLICATION_FIELD_IDS} translate={(key) => grantErrorText(t, key, t.grants.applyPages.form)} />
      <p className="mt-2">
        {loaded.scheme.deadlineAt !== null ? f.round(loaded.scheme.roundName, osloDateTime(loaded.scheme.deadlineAt, t)) : f.roundContinuous(loaded.scheme.roundName)}
      </p>
      <p className="mt-2 max-w-prose">{f.intro}</p>
      {loaded.overdue ? <FormMessage tone="info">{f.overdue}</FormMessage> : null}
      {loaded.overduePrivate ? <FormMessage tone="info">{f.overduePrivate}</FormMessage> : null}
      {loaded.choices.length === 0 ? (
        <p className="mt-4">{f.cannotApply}</p>
      ) : (
        <Form method="post" noValidate>
          <fieldset className="ds-fieldset mt-6" aria-describedby={applicantErrors ? "app-applicant-error" : undefined}>
            <legend className="ds-label">{f.applicantLegend}</legend>
            {applicantErrors ? (
              <p id="app-applicant-error" data-field="validation" className="ds-validation-message">
                {applicantErrors.join(" ")}
              </p>
            ) : null}
            {loaded.choices.map((c, i) => (
              <label key={c.value} className="flex min-h-11 items-center gap-3 py-1">
                <input className="ds-input" type="radio" name="applicant" value={c.value} id={i === 0 ? "app-applicant" : undefined} defaultChecked={chosen === c.value} />
                <span>{c.value === "private" ? f.asPrivatePerson : c.label}</span>
              </label>
            ))}
            {loaded.choices.some((c) => c.value === "private") ? <p className="text-sm text-gray-700">{f.privateHint}</p> : null}
          </fieldset>
          <ApplicationFields values={values} result={result} context={loaded.context} />
          <div className="mt-8 flex flex-wrap gap-4">
            <Button name="intent" value="save" variant="secondary">
              {f.saveDraft}
            </Button>
            <Button name="intent" value="submit">
              {f.submit}
            </Button>
          </div>
        </Form>
      )}
      <p className="mt-6">
        <Link to="/min-side/tilskudd" className="inline-block py-2">
          {f.backToList}
        </Link>
      </p>
    </div>
  );
}

export function ErrorBoundary() {
  return <PartnerErrorBoundary />;
}
