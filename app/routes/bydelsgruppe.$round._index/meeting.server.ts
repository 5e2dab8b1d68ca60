/** intent=meeting: the administrator or the group's chair records the meeting (date, place, members present). */
import { openMeeting } from "~/models/grant/decision.server";
import { parseForm } from "~/utils/forms.server";
import { rejectForm } from "~/utils/refusal.server";
import { meetingSchema } from "~/validation/grants";
import { attempt, reply, saved, type IntentArgs } from "./reply.server";

export function meetingIntent({ actor, roundId, formData }: IntentArgs) {
  const parsed = parseForm(formData, meetingSchema);
  if (!parsed.ok) return reply("meeting", null, parsed.result);
  const done = attempt(() => openMeeting(actor, roundId, parsed.value));
  if (!done.ok) return reply("meeting", null, rejectForm(parsed, done), done.field ? null : done.reason);
  return saved(roundId, "meeting", "mote");
}
