/** intent=save, intent=cancel and intent=move: the meeting's details, cancelling it and moving it (each with a notice). */
import { redirect } from "@remix-run/node";
import { cancelMeeting, closeMeeting, moveMeeting, updateMeeting } from "~/models/meeting/meeting.server";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { cancelSchema, closeSchema, meetingSchema, moveSchema } from "~/validation/meetings";
import { reply, type IntentArgs } from "./reply.server";

export function saveIntent({ actor, meeting, formData }: IntentArgs) {
  const parsed = parseForm(formData, meetingSchema);
  if (!parsed.ok) return reply("save", parsed.result);
  const outcome = orRefusal(() => updateMeeting(actor, meeting.id, parsed.value));
  if (!outcome.ok) return reply("save", rejectForm(parsed, outcome), null, outcome.status);
  return redirect(`/koordinator/moter/${meeting.slug}?ok=saved`);
}

export function cancelIntent({ actor, meeting, formData }: IntentArgs) {
  const parsed = parseForm(formData, cancelSchema);
  if (!parsed.ok) return reply("cancel", parsed.result);
  const outcome = orRefusal(() => cancelMeeting(actor, meeting.id, parsed.value.notice));
  if (!outcome.ok) return reply("cancel", rejectForm(parsed, outcome), null, outcome.status);
  return redirect(`/koordinator/moter/${meeting.slug}?ok=cancelled`);
}

export function closeIntent({ actor, meeting, formData }: IntentArgs) {
  const parsed = parseForm(formData, closeSchema);
  if (!parsed.ok) return reply("close", parsed.result);
  const outcome = orRefusal(() => closeMeeting(actor, meeting.id, parsed.value));
  if (!outcome.ok) return reply("close", rejectForm(parsed, outcome), null, outcome.status);
  return redirect(`/koordinator/moter/${meeting.slug}?ok=closed`);
}

export function moveIntent({ actor, meeting, formData }: IntentArgs) {
  const parsed = parseForm(formData, moveSchema);
  if (!parsed.ok) return reply("move", parsed.result);
  const outcome = orRefusal(() => moveMeeting(actor, meeting.id, parsed.value));
  if (!outcome.ok) return reply("move", rejectForm(parsed, outcome), null, outcome.status);
  return redirect(`/koordinator/moter/${meeting.slug}?ok=moved`);
}
