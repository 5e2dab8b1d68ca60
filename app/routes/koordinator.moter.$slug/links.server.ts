/** intent=addOrganisation, removeOrganisation, linkInitiative, unlinkInitiative: who takes part and which tiltak the meeting concerns. */
import { redirect } from "@remix-run/node";
import { addMeetingOrganisation, linkMeetingInitiative, removeMeetingOrganisation, unlinkMeetingInitiative } from "~/models/meeting/meeting.server";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { initiativeSchema, organisationSchema } from "~/validation/meetings";
import { reply, type IntentArgs, type MeetingIntent } from "./reply.server";

function linkIntent<S extends typeof organisationSchema | typeof initiativeSchema>(
  intent: MeetingIntent,
  schema: S,
  change: (args: IntentArgs, value: ReturnType<S["parse"]>) => void,
  ok: string,
) {
  return (args: IntentArgs) => {
    const parsed = parseForm(args.formData, schema);
    if (!parsed.ok) return reply(intent, parsed.result);
    const outcome = orRefusal(() => change(args, parsed.value as ReturnType<S["parse"]>));
    if (!outcome.ok) return reply(intent, rejectForm(parsed, outcome), outcome.field ? null : outcome.reason, outcome.status);
    return redirect(`/koordinator/moter/${args.meeting.slug}?ok=${ok}`);
  };
}

export const addOrganisationIntent = linkIntent("addOrganisation", organisationSchema, ({ actor, meeting }, v) => addMeetingOrganisation(actor, meeting.id, v.organisationId), "organisationAdded");
export const removeOrganisationIntent = linkIntent("removeOrganisation", organisationSchema, ({ actor, meeting }, v) => removeMeetingOrganisation(actor, meeting.id, v.organisationId), "organisationRemoved");
export const linkInitiativeIntent = linkIntent("linkInitiative", initiativeSchema, ({ actor, meeting }, v) => linkMeetingInitiative(actor, meeting.id, v.initiativeId), "initiativeLinked");
export const unlinkInitiativeIntent = linkIntent("unlinkInitiative", initiativeSchema, ({ actor, meeting }, v) => unlinkMeetingInitiative(actor, meeting.id, v.initiativeId), "initiativeUnlinked");
