import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { useT } from "~/i18n";
import { checkInitiativeChoices, createInitiative, initiativeFormOptions } from "~/models/initiative/management.server";
import { pickProgramme } from "~/models/programme.server";
import { orRespond } from "~/utils/refusal.server";
import { forbidden, requireStaff } from "~/services/actor.server";
import { canCoordinateProgramme } from "~/services/permissions";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { coordinatorErrorText, initiativeSchema } from "~/validation/coordinator";
import { INITIATIVE_FIELD_IDS, InitiativeForm } from "~/components/coordinator/InitiativeForm";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.coordinator.form.newTitle }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const { programme, programmes } = orRespond(() => pickProgramme(actor, new URL(request.url).searchParams.get("satsing")));
  return { programmeId: programme.id, options: initiativeFormOptions(actor, programmes) };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const formData = await readFormData(request);
  // The programme first: one the person does not coordinate is a 403, whatever else the form holds.
  const programmeId = Number(formData.get("programmeId"));
  if (Number.isSafeInteger(programmeId) && programmeId > 0 && !canCoordinateProgramme(actor, programmeId)) throw forbidden();
  const first = parseForm(formData, initiativeSchema);
  const extra = first.ok ? checkInitiativeChoices(actor, first.value) : {};
  const parsed = Object.keys(extra).length ? parseForm(formData, initiativeSchema, extra) : first;
  if (!parsed.ok) return data({ result: parsed.result }, { status: 400 });
  const slug = createInitiative(actor, parsed.value);
  return redirect(`/koordinator/tiltak/${slug}?ok=created`);
}

export default function NewInitiative() {
  const { programmeId, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const f = t.coordinator.form;
  const form = formState(actionData?.result);
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{f.newHeading}</h1>
      <ErrorSummary form={form} fields={INITIATIVE_FIELD_IDS} translate={(key) => coordinatorErrorText(t, key)} />
      <InitiativeForm
        options={options}
        form={form}
        submitLabel={f.create}
        defaults={{
          title: "",
          summary: "",
          description: "",
          programmeId: String(programmeId),
          subprogrammeId: "",
          areaId: "",
          status: "planned",
          startDate: "",
          endDate: "",
          leadOrganisationId: "",
          isPublic: true,
          soughtSectors: [],
          soughtOffers: [],
        }}
      />
    </>
  );
}
