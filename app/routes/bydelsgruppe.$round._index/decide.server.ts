/**
 * intent=decide: the decision on one application in the meeting. The model refuses while a present
 * member has not declared or the quorum is not met; the refusal is shown next to the application.
 */
import { recordDecision } from "~/models/grant/decision.server";
import { parseForm } from "~/utils/forms.server";
import { rejectForm } from "~/utils/refusal.server";
import { decisionSchema } from "~/validation/grants";
import { attempt, hiddenId, reply, saved, type IntentArgs } from "./reply.server";

export function decideIntent({ actor, roundId, formData }: IntentArgs) {
  const applicationId = hiddenId(formData, "applicationId");
  const meetingId = hiddenId(formData, "meetingId");
  const parsed = parseForm(formData, decisionSchema);
  if (!parsed.ok) return reply("decide", applicationId, parsed.result);
  const v = parsed.value;
  const done = attempt(() => recordDecision(actor, { applicationId, meetingId, outcome: v.outcome, amountOre: v.amount, reason: v.reason, conditions: v.conditions }));
  if (!done.ok) return reply("decide", applicationId, rejectForm(parsed, done), done.field ? null : done.reason);
  return saved(roundId, "decide", `soknad-${applicationId}`);
}
