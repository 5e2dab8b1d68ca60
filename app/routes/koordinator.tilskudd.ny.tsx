/** /koordinator/tilskudd/ny: a new grant scheme in one of the person's programmes. */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { grantErrorText } from "~/components/grants/format";
import { EMPTY_SCHEME, SCHEME_FIELD_IDS, SchemeForm } from "~/components/grants/admin-SchemeForm";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { useT } from "~/i18n";
import { schemeFormOptions } from "~/models/grant/scheme.server";
import { createScheme } from "~/models/grant/scheme.server";
import { forbidden, requireStaff } from "~/services/actor.server";
import { canCoordinateProgramme } from "~/services/permissions";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { schemeSchema } from "~/validation/grants";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.grants.adminPages.form.createTitle }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  return { programmes: schemeFormOptions(actor) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const formData = await readFormData(request);
  // The programme first: one the person does not coordinate is a 403, whatever else the form holds.
  const programmeId = Number(formData.get("programmeId"));
  if (Number.isSafeInteger(programmeId) && programmeId > 0 && !canCoordinateProgramme(actor, programmeId)) throw forbidden();
  const parsed = parseForm(formData, schemeSchema);
  if (!parsed.ok) return data({ result: parsed.result }, { status: 400 });
  const outcome = orRefusal(() => createScheme(actor, parsed.value));
  if (!outcome.ok) return data({ result: rejectForm(parsed, outcome) }, { status: outcome.status });
  return redirect(`/koordinator/tilskudd/${outcome.value.slug}?ok=created`);
}

export default function NewGrantScheme() {
  const { programmes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const f = t.grants.adminPages.form;
  const form = formState(actionData?.result);
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{f.createHeading}</h1>
      <ErrorSummary form={form} fields={SCHEME_FIELD_IDS} translate={(key) => grantErrorText(t, key)} />
      <p className="mt-2 max-w-2xl">{f.createIntro}</p>
      <SchemeForm
        programmes={programmes}
        defaults={{ ...EMPTY_SCHEME, programmeId: programmes.length === 1 ? String(programmes[0]!.id) : "" }}
        form={form}
        intent="create"
        submitLabel={f.create}
      />
    </>
  );
}
