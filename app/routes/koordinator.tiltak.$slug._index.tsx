import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatIsoDate } from "~/components/initiatives/format";
import { needsClosing } from "~/components/initiatives/status";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Button, ButtonLink } from "~/components/ui/Button";
import { FormMessage, SelectField, TextAreaField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import { checkInitiativeChoices, findInitiativeForCoordinator, initiativeFormOptions, initiativeHistory, setInitiativeArchived, updateInitiative } from "~/models/initiative/management.server";
import { decideParticipation, endParticipation, inviteToInitiative, listInitiativeParticipations } from "~/models/participation.server";
import { type CoordinationProblem } from "~/models/programme.server";
import { initiativeIsClosed } from "~/models/closing/open.server";
import { orRefusal } from "~/utils/refusal.server";
import { ensure, requireStaff } from "~/services/actor.server";
import { deliverPendingMail } from "~/services/mail.server";
import { canCoordinateProgramme } from "~/services/permissions";
import { formState, hasErrorOn } from "~/utils/forms";
import { todayInNorway } from "~/utils/clock.server";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { coordinatorErrorText, initiativeActionSchema, initiativeSchema } from "~/validation/coordinator";
import { PARTICIPATION_ROLES } from "~/validation/enums";
import { fieldErrors } from "~/components/coordinator/field-errors";
import { INITIATIVE_FIELD_IDS, InitiativeForm } from "~/components/coordinator/InitiativeForm";
import { InitiativeHistory, InitiativeParticipations } from "~/components/coordinator/InitiativeParticipations";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => pageMeta(matches, (t) => ({ title: t.coordinator.detail.title(d?.tiltak.title ?? "") }));

/** The tiltak, if the person coordinates its programme: 404 for an unknown slug, 403 for another programme's. */
async function scopedInitiative(request: Request, slug: string | undefined) {
  const actor = await requireStaff(request);
  const tiltak = slug ? findInitiativeForCoordinator(slug) : null;
  if (!tiltak) throw new Response(null, { status: 404 });
  ensure(canCoordinateProgramme(actor, tiltak.programmeId));
  return { actor, tiltak };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, tiltak } = await scopedInitiative(request, params.slug);
  return {
    tiltak,
    periodOver: needsClosing(tiltak.status, tiltak.endDate, todayInNorway()),
    // A closed period's tiltak is shown as it was closed: no forms (issue 21).
    closed: initiativeIsClosed(tiltak.id),
    done: new URL(request.url).searchParams.get("ok"),
    options: initiativeFormOptions(actor, undefined, tiltak.leadOrganisationId),
    participations: listInitiativeParticipations(tiltak.id),
    history: initiativeHistory(tiltak.id),
  };
}

type Problem = CoordinationProblem | null;

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, tiltak } = await scopedInitiative(request, params.slug);
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  const key = String(formData.get("participationId") ?? "");
  if (intent === "save") {
    const first = parseForm(formData, initiativeSchema);
    const extra = first.ok ? checkInitiativeChoices(actor, first.value, tiltak.leadOrganisationId) : {};
    const parsed = Object.keys(extra).length ? parseForm(formData, initiativeSchema, extra) : first;
    if (!parsed.ok) return data({ result: parsed.result, intent, key, problem: null as Problem }, { status: 400 });
    const saved = orRefusal<void, CoordinationProblem>(() => updateInitiative(actor, tiltak.id, parsed.value));
    if (!saved.ok) return data({ result: parsed.reject({}), intent, key, problem: saved.reason as Problem }, { status: saved.status });
    return redirect(`/koordinator/tiltak/${tiltak.slug}?ok=save`);
  }
  const parsed = parseForm(formData, initiativeActionSchema);
  if (!parsed.ok) return data({ result: parsed.result, intent, key, problem: null as Problem }, { status: 400 });
  const v = parsed.value;
  const outcome = orRefusal<string, CoordinationProblem>(() => {
    switch (v.intent) {
      case "archive":
      case "restore":
        setInitiativeArchived(actor, tiltak.id, v.intent === "archive");
        return v.intent;
      case "approve":
      case "decline":
        decideParticipation(actor, { initiativeId: tiltak.id, participationId: v.participationId, approve: v.intent === "approve", message: v.message });
        return v.intent;
      case "end":
        endParticipation(actor, { initiativeId: tiltak.id, participationId: v.participationId });
        return v.intent;
      case "invite":
        // A second press finds the invitation open and sends nothing; the page says so.
        return inviteToInitiative(actor, { initiativeId: tiltak.id, organisationId: v.organisationId, role: v.role, message: v.message }) === "alreadyInvited" ? "invite-unchanged" : v.intent;
    }
  });
  if (!outcome.ok) return data({ result: parsed.reject({}), intent, key, problem: outcome.reason as Problem }, { status: outcome.status });
  void deliverPendingMail();
  return redirect(`/koordinator/tiltak/${tiltak.slug}?ok=${outcome.value}`);
}

export default function CoordinatorInitiative() {
  const { tiltak, periodOver, closed, done, options, participations, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const c = t.coordinator;
  const d = c.detail;
  const saveForm = formState(actionData?.intent === "save" ? actionData.result : undefined);
  const inviteForm = formState(actionData?.intent === "invite" ? actionData.result : undefined);
  const sentForm = formState(actionData?.result);
  const doneText = done === "created" ? d.created : done ? d.done[done] : undefined;
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{d.heading(tiltak.title)}</h1>
      <ErrorSummary
        form={sentForm}
        fields={
          actionData?.intent === "save"
            ? INITIATIVE_FIELD_IDS
            : actionData?.intent === "invite"
              ? { organisationId: "invite-organisation", role: "invite-role", message: "invite-message" }
              : actionData?.key
                ? { message: `message-${actionData.key}` }
                : {}
        }
        translate={(key) => coordinatorErrorText(t, key)}
        problems={[
          actionData?.problem ? c.problems[actionData.problem] : null,
          // The participants' rows carry hidden ids: an error there comes from a stale or altered form.
          actionData && !actionData.problem && hasErrorOn(actionData.result, ["intent", "participationId"]) ? t.validation.formNotProcessed : null,
        ]}
      />
      <p className="mt-1 text-gray-700">{d.facts(tiltak.programmeName, tiltak.subprogrammeName, tiltak.areaName)}</p>
      {doneText && !actionData ? <FormMessage tone="success">{doneText}</FormMessage> : null}
      {tiltak.archivedAt ? <FormMessage tone="info">{d.archivedNotice}</FormMessage> : null}
      {closed ? <FormMessage tone="info">{c.problems.periodClosed}</FormMessage> : null}
      {periodOver && tiltak.endDate && !closed ? <FormMessage tone="info">{d.periodOverNotice(formatIsoDate(tiltak.endDate, t))}</FormMessage> : null}
      <ul className="mt-4 flex flex-wrap gap-4">
        <li>
          <ButtonLink to={`/koordinator/tiltak/${tiltak.slug}/forslag`}>{d.suggestions}</ButtonLink>
        </li>
        {tiltak.isPublic && !tiltak.archivedAt ? (
          <li>
            <Link to={`/tiltak/${tiltak.slug}`} className="inline-flex min-h-11 items-center">
              {d.publicPage}
            </Link>
          </li>
        ) : null}
      </ul>

      <InitiativeParticipations
        participations={participations}
        formFor={(id) => formState(actionData && actionData.key === String(id) ? actionData.result : undefined)}
        readOnly={closed}
      />

      {closed ? null : (
      <>
      <Section heading={d.inviteHeading} className="mt-10 max-w-2xl">
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="invite" />
          <SelectField
            id="invite-organisation"
            name="organisationId"
            label={d.inviteOrganisation}
            placeholder={c.form.choose}
            defaultValue={inviteForm.value("organisationId")}
            errors={fieldErrors(t, inviteForm.errors("organisationId"))}
            options={options.organisations.map((o) => ({ value: String(o.id), label: o.name }))}
          />
          <SelectField id="invite-role" name="role" label={d.inviteRole} defaultValue={inviteForm.value("role") ?? "partner"} options={PARTICIPATION_ROLES.map((r) => ({ value: r, label: t.participationRoles[r] }))} errors={fieldErrors(t, inviteForm.errors("role"))} />
          <TextAreaField id="invite-message" name="message" label={d.inviteMessage} rows={3} defaultValue={inviteForm.value("message")} errors={fieldErrors(t, inviteForm.errors("message"))} />
          <Button className="mt-4">{d.invite}</Button>
        </Form>
      </Section>

      <Section heading={c.form.editHeading}>
        <InitiativeForm
          options={options}
          form={saveForm}
          submitLabel={c.form.save}
          defaults={{
            title: tiltak.title,
            summary: tiltak.summary,
            description: tiltak.description,
            programmeId: String(tiltak.programmeId),
            subprogrammeId: String(tiltak.subprogrammeId),
            areaId: String(tiltak.areaId),
            status: tiltak.status,
            startDate: tiltak.startDate ?? "",
            endDate: tiltak.endDate ?? "",
            leadOrganisationId: tiltak.leadOrganisationId ? String(tiltak.leadOrganisationId) : "",
            isPublic: tiltak.isPublic,
            soughtSectors: tiltak.soughtSectors,
            soughtOffers: tiltak.soughtOffers,
          }}
        />
        <Form method="post" className="mt-6">
          <input type="hidden" name="intent" value={tiltak.archivedAt ? "restore" : "archive"} />
          <Button variant="secondary">{tiltak.archivedAt ? d.restore : d.archive}</Button>
        </Form>
      </Section>
      </>
      )}

      <InitiativeHistory history={history} />
    </>
  );
}
