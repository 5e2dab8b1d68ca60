import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatInstant } from "~/components/initiatives/format";
import { partnerErrorText, PartnerNav } from "~/components/partner/PartnerNav";
import { UPDATE_FIELD_IDS, UpdateFormFields } from "~/components/partner/UpdateFormFields";
import { withOrg } from "~/components/partner/links";
import { requirePartnerOrganisation } from "~/components/partner/partner-org.server";
import { RichText } from "~/components/RichText";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SelectField, SubmitButton } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { listPostableInitiatives } from "~/models/participation.server";
import { createUpdate, listOrganisationUpdates, UpdateRuleError } from "~/models/update-authoring.server";
import { formState } from "~/utils/forms";
import { type FormResult, parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { newUpdateSchema } from "~/validation/update";
import { PartnerErrorBoundary } from "~/components/partner/PartnerErrorBoundary";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.partner.updates.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, organisation, organisations } = await requirePartnerOrganisation(request);
  const done = new URL(request.url).searchParams.get("ok");
  return {
    organisations,
    organisation: { slug: organisation.slug, name: organisation.name },
    done: done === "created" || done === "deleted" ? done : null,
    initiatives: listPostableInitiatives(organisation.id),
    updates: listOrganisationUpdates(actor.id, organisation.id).map((u) => ({
      id: u.id,
      title: u.title,
      body: u.body,
      visibility: u.visibility,
      createdAt: u.createdAt.getTime(),
      hiddenReason: u.hiddenAt ? (u.hiddenReason ?? "") : null,
      initiativeSlug: u.initiativeSlug,
      initiativeTitle: u.initiativeTitle,
      canEdit: !!u.canEdit,
    })),
  };
}

type ActionData = { result: FormResult; problem: string | null };

export async function action({ request }: ActionFunctionArgs) {
  const { actor, organisation, organisations } = await requirePartnerOrganisation(request);
  const parsed = parseForm(await readFormData(request), newUpdateSchema);
  if (!parsed.ok) return data({ result: parsed.result, problem: null } as ActionData, { status: 400 });
  const v = parsed.value;
  try {
    createUpdate({ actorUserId: actor.id, organisationId: organisation.id, initiativeId: v.initiativeId, title: v.title, body: v.body, eventDate: v.eventDate, visibility: v.visibility });
  } catch (error) {
    if (error instanceof UpdateRuleError) {
      return data({ result: parsed.reject({ fields: { initiativeId: ["invalidChoice"] } }), problem: "notParticipant" } as ActionData, { status: 403 });
    }
    throw error;
  }
  return redirect(withOrg("/min-side/oppdateringer", organisation.slug, organisations, "ok=created"));
}

export default function MyUpdates() {
  const { organisations, organisation, done, initiatives, updates } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const u = t.partner.updates;
  const form = formState(actionData?.result);
  return (
    <div className="max-w-3xl">
      <PartnerNav current={organisation.slug} organisations={organisations} />
      <h1 className="text-3xl font-bold">{u.heading(organisation.name)}</h1>
      <ErrorSummary
        form={form}
        fields={{ initiativeId: "initiativeId", ...UPDATE_FIELD_IDS }}
        translate={(key) => partnerErrorText(t, key)}
        problems={[actionData?.problem === "notParticipant" ? u.notParticipant : null]}
      />
      {done === "created" && !actionData ? <FormMessage tone="success">{u.created}</FormMessage> : null}
      {done === "deleted" && !actionData ? <FormMessage tone="success">{u.deleted}</FormMessage> : null}

      <section aria-labelledby="new-update-heading" className="mt-6">
        <h2 id="new-update-heading" className="text-2xl font-bold">
          {u.newHeading}
        </h2>
        {initiatives.length === 0 ? (
          <p className="mt-2">{u.noActiveInitiatives}</p>
        ) : (
          <Form method="post" action={withOrg("/min-side/oppdateringer", organisation.slug, organisations)} noValidate>
            <SelectField
              id="initiativeId"
              name="initiativeId"
              label={u.initiative}
              placeholder={u.chooseInitiative}
              defaultValue={form.value("initiativeId", initiatives.length === 1 ? String(initiatives[0]!.id) : "")}
              errors={form.errors("initiativeId")}
              options={initiatives.map((i) => ({ value: String(i.id), label: i.title }))}
            />
            <UpdateFormFields form={form} />
            <SubmitButton>{u.publish}</SubmitButton>
          </Form>
        )}
      </section>

      <section aria-labelledby="my-updates-heading" className="mt-10">
        <h2 id="my-updates-heading" className="text-2xl font-bold">
          {u.mine}
        </h2>
        {updates.length === 0 ? <p className="mt-2">{u.none}</p> : null}
        <ul className="mt-4 grid gap-6">
          {updates.map((item) => (
            <li key={item.id} className="rounded border border-brand-100 p-4">
              <article aria-labelledby={`u-${item.id}`}>
                <h3 id={`u-${item.id}`} className="text-lg font-semibold">
                  {item.title}
                </h3>
                <p className="text-sm text-gray-700">
                  {u.published} {formatInstant(item.createdAt, t)} · {u.onInitiative}:{" "}
                  <Link to={`/tiltak/${item.initiativeSlug}`} className="inline-block py-1">
                    {item.initiativeTitle}
                  </Link>{" "}
                  · {u.visibilityLabel}: {t.updateVisibilities[item.visibility]}
                </p>
                {item.hiddenReason !== null ? <p className="mt-2 rounded border-l-4 border-red-700 bg-red-50 p-2 font-semibold text-red-900">{u.hidden(item.hiddenReason)}</p> : null}
                <RichText text={item.body} className="mt-2 max-w-prose" />
                {item.canEdit ? (
                  <p className="mt-2">
                    <Link to={`/min-side/oppdateringer/${item.id}`} className="inline-flex min-h-11 items-center font-semibold" aria-label={u.editLabel(item.title)}>
                      {u.edit}
                    </Link>
                  </p>
                ) : null}
              </article>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** A 404 or 400 here keeps Min side's navigation. */
export function ErrorBoundary() {
  return <PartnerErrorBoundary />;
}
