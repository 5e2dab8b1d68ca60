/** /koordinator/moter/ny: one new meeting or stop (not a series) in one of the person's programmes. */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { MEETING_FIELD_IDS, MeetingFields } from "~/components/meetings/MeetingFields";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { useT } from "~/i18n";
import { createMeeting } from "~/models/meeting/meeting.server";
import { listCoordinatedProgrammes } from "~/models/programme.server";
import { forbidden, requireStaff } from "~/services/actor.server";
import { canCoordinateProgramme } from "~/services/permissions";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { meetingSchema, meetingsErrorText } from "~/validation/meetings";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.meetingsWork.coordinator.form.newTitle }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const programmes = listCoordinatedProgrammes(actor).map((p) => ({ id: p.id, slug: p.slug, name: p.name, areas: p.areas }));
  const chosen = new URL(request.url).searchParams.get("satsing");
  const programme = programmes.find((p) => p.slug === chosen) ?? (programmes.length === 1 ? programmes[0] : undefined);
  return { programmes, programmeId: programme ? String(programme.id) : "" };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const formData = await readFormData(request);
  // The programme first: one the person does not coordinate is a 403, whatever else the form holds.
  const programmeId = Number(formData.get("programmeId"));
  if (Number.isSafeInteger(programmeId) && programmeId > 0 && !canCoordinateProgramme(actor, programmeId)) throw forbidden();
  const parsed = parseForm(formData, meetingSchema);
  if (!parsed.ok) return data({ result: parsed.result }, { status: 400 });
  const outcome = orRefusal(() => createMeeting(actor, parsed.value));
  if (!outcome.ok) return data({ result: rejectForm(parsed, outcome) }, { status: outcome.status });
  return redirect(`/koordinator/moter/${outcome.value.slug}?ok=created`);
}

export default function NewMeeting() {
  const { programmes, programmeId } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const f = t.meetingsWork.coordinator.form;
  const form = formState(actionData?.result);
  return (
    <>
      <h1 className="text-3xl font-bold">{f.newHeading}</h1>
      <ErrorSummary form={form} fields={MEETING_FIELD_IDS} translate={(key) => meetingsErrorText(t, key)} />
      <MeetingFields form={form} programmes={programmes} mode="meeting" defaults={{ programmeId, isPublic: "on" }} submitLabel={f.create} />
    </>
  );
}
