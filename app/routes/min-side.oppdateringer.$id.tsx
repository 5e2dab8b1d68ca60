import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { partnerErrorText, PartnerNav } from "~/components/partner/PartnerNav";
import { Button } from "~/components/ui/Button";
import { UPDATE_FIELD_IDS, UpdateFormFields } from "~/components/partner/UpdateFormFields";
import { withOrg } from "~/components/partner/links";
import { requirePartnerOrganisation } from "~/components/partner/partner-org.server";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SubmitButton } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { deleteUpdate, editUpdate, getUpdateForEdit } from "~/models/update-authoring.server";
import { orRespond } from "~/utils/refusal.server";
import { ensure } from "~/services/actor.server";
import { canEditOrganisation } from "~/services/permissions";
import { formState } from "~/utils/forms";
import { type FormResult, parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { editUpdateSchema } from "~/validation/update";
import { PartnerErrorBoundary } from "~/components/partner/PartnerErrorBoundary";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.partner.updates.editTitle }));

/**
 * The update, if the person may edit it (its author, or an owner of its organisation). Another
 * organisation's update answers 404, as if it did not exist: the scoped query cannot find it.
 */
async function editableUpdate(request: Request, id: string | undefined) {
  const { actor, organisations, memberOrganisations } = await requirePartnerOrganisation(request);
  const updateId = Number(id);
  const update = Number.isSafeInteger(updateId) && updateId > 0 ? getUpdateForEdit(actor.id, updateId) : null;
  if (!update) throw new Response(null, { status: 404 });
  ensure(canEditOrganisation(actor, update.organisationId));
  const current = memberOrganisations.find((o) => o.id === update.organisationId)?.slug ?? "";
  return { actor, update, organisations, current };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { update, organisations, current } = await editableUpdate(request, params.id);
  const done = new URL(request.url).searchParams.get("ok");
  return {
    organisations,
    current,
    saved: done === "saved",
    update: {
      id: update.id,
      title: update.title,
      body: update.body,
      eventDate: update.eventDate ?? "",
      visibility: update.visibility,
      hiddenReason: update.hiddenAt ? (update.hiddenReason ?? "") : null,
      initiativeSlug: update.initiativeSlug,
      initiativeTitle: update.initiativeTitle,
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, update, organisations, current } = await editableUpdate(request, params.id);
  const parsed = parseForm(await readFormData(request), editUpdateSchema);
  if (!parsed.ok) return data({ result: parsed.result }, { status: 400 });
  const v = parsed.value;
  // An update that is gone (deleted meanwhile, or no longer the person's) is a 404.
  if (v.intent === "delete") {
    orRespond(() => deleteUpdate({ actorUserId: actor.id, updateId: update.id }));
    return redirect(withOrg("/min-side/oppdateringer", current, organisations, "ok=deleted"));
  }
  orRespond(() => editUpdate({ actorUserId: actor.id, updateId: update.id, title: v.title, body: v.body, eventDate: v.eventDate, visibility: v.visibility }));
  return redirect(`/min-side/oppdateringer/${update.id}?ok=saved`);
}

export default function EditUpdate() {
  const { organisations, current, saved, update } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const u = t.partner.updates;
  const form = formState(actionData?.result);
  return (
    <div className="max-w-2xl">
      <PartnerNav current={current} organisations={organisations} />
      <h1 className="text-3xl font-bold">{u.editHeading}</h1>
      <ErrorSummary form={form} fields={UPDATE_FIELD_IDS} translate={(key) => partnerErrorText(t, key)} />
      <p className="mt-2">
        {u.onInitiative}:{" "}
        <Link to={`/tiltak/${update.initiativeSlug}`} className="inline-block py-1">
          {update.initiativeTitle}
        </Link>
      </p>
      {saved && !actionData ? <FormMessage tone="success">{u.saved}</FormMessage> : null}
      {update.hiddenReason !== null ? <FormMessage tone="info">{u.hidden(update.hiddenReason)}</FormMessage> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="save" />
        <UpdateFormFields form={form} initial={update} />
        <SubmitButton>{u.save}</SubmitButton>
      </Form>
      <Form method="post" className="mt-10 rounded border border-red-200 p-4">
        <input type="hidden" name="intent" value="delete" />
        <p>{u.deleteHint}</p>
        <Button variant="secondary" data-color="danger" className="mt-3">
          {u.delete}
        </Button>
      </Form>
      <p className="mt-6">
        <Link to={withOrg("/min-side/oppdateringer", current, organisations)} className="inline-block py-2">
          {u.back}
        </Link>
      </p>
    </div>
  );
}

/** A 404 or 400 here keeps Min side's navigation. */
export function ErrorBoundary() {
  return <PartnerErrorBoundary />;
}
