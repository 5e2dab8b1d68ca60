/** intent=introduction and intent=adopt: the plan's own text, and adopting it (revision 0). */
import { adoptPlan, planIdFor, updateIntroduction } from "~/models/plan/plan.server";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { adoptSchema, introductionSchema } from "~/validation/plan";
import { backTo, reply, type IntentArgs } from "./reply.server";

export function introductionIntent({ actor, programme, year, formData }: IntentArgs) {
  const parsed = parseForm(formData, introductionSchema);
  if (!parsed.ok) return reply("introduction", parsed.result);
  const outcome = orRefusal(() => updateIntroduction(actor, planIdFor(actor, programme.id, year), parsed.value));
  if (!outcome.ok) return reply("introduction", rejectForm(parsed, outcome), null, null, outcome.status);
  return backTo(programme, year, "introduction", "innledning");
}

export function adoptIntent({ actor, programme, year, formData }: IntentArgs) {
  const parsed = parseForm(formData, adoptSchema);
  if (!parsed.ok) return reply("adopt", parsed.result);
  const outcome = orRefusal(() => adoptPlan(actor, planIdFor(actor, programme.id, year), parsed.value));
  if (!outcome.ok) return reply("adopt", rejectForm(parsed, outcome), null, null, outcome.status);
  return backTo(programme, year, "adopted");
}
