/** intent=create and intent=carry: a year's draft, new or carried forward from the last adopted plan. */
import { carryForward } from "~/models/plan/carry.server";
import { createPlan } from "~/models/plan/plan.server";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { carrySchema, createPlanSchema } from "~/validation/plan";
import { backTo, reply, type IntentArgs } from "./reply.server";

export function createIntent({ actor, programme, formData }: IntentArgs) {
  const parsed = parseForm(formData, createPlanSchema);
  if (!parsed.ok) return reply("create", parsed.result);
  const year = parsed.value.year;
  const outcome = orRefusal(() => createPlan(actor, programme.id, year));
  if (!outcome.ok) return reply("create", rejectForm(parsed, outcome), null, null, outcome.status);
  return backTo(programme, year, "created");
}

export function carryIntent({ actor, programme, formData }: IntentArgs) {
  const parsed = parseForm(formData, carrySchema);
  if (!parsed.ok) return reply("carry", parsed.result);
  const year = parsed.value.year;
  const outcome = orRefusal(() => carryForward(actor, programme.id, year));
  if (!outcome.ok) return reply("carry", rejectForm(parsed, outcome), null, null, outcome.status);
  return backTo(programme, year, "carried");
}
