/** intent=declare: a member's conflict-of-interest declaration on one application (forvaltningsloven § 6). */
import { declare } from "~/models/grant/assessment.server";
import { parseForm } from "~/utils/forms.server";
import { rejectForm } from "~/utils/refusal.server";
import { declarationSchema } from "~/validation/grants";
import { attempt, hiddenId, reply, saved, type IntentArgs } from "./reply.server";

export function declareIntent({ actor, roundId, formData }: IntentArgs) {
  const applicationId = hiddenId(formData, "applicationId");
  const parsed = parseForm(formData, declarationSchema);
  if (!parsed.ok) return reply("declare", applicationId, parsed.result);
  const done = attempt(() => declare(actor, applicationId, parsed.value));
  if (!done.ok) return reply("declare", applicationId, rejectForm(parsed, done), done.field ? null : done.reason);
  return saved(roundId, "declare", `soknad-${applicationId}`);
}
