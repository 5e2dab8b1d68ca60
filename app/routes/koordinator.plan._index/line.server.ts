/** intent=addLine, updateLine, removeLine: the plan's budget lines (amounts typed the Norwegian way). */
import { addLine, removeLine, updateLine } from "~/models/plan/budget.server";
import { planIdFor } from "~/models/plan/plan.server";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { addLineSchema, removeLineSchema, updateLineSchema } from "~/validation/plan";
import { backTo, reply, rowIdOf, type IntentArgs } from "./reply.server";

export function addLineIntent({ actor, programme, year, formData }: IntentArgs) {
  const parsed = parseForm(formData, addLineSchema);
  if (!parsed.ok) return reply("addLine", parsed.result);
  const outcome = orRefusal(() => addLine(actor, planIdFor(actor, programme.id, year), parsed.value));
  if (!outcome.ok) return reply("addLine", rejectForm(parsed, outcome), null, null, outcome.status);
  return backTo(programme, year, "lineAdded", "budsjett");
}

export function updateLineIntent({ actor, programme, year, formData }: IntentArgs) {
  const rowId = rowIdOf(formData, "lineId");
  const parsed = parseForm(formData, updateLineSchema);
  if (!parsed.ok) return reply("updateLine", parsed.result, rowId);
  const outcome = orRefusal(() => updateLine(actor, planIdFor(actor, programme.id, year), parsed.value));
  if (!outcome.ok) return reply("updateLine", rejectForm(parsed, outcome), rowId, null, outcome.status);
  return backTo(programme, year, "lineChanged", "budsjett");
}

export function removeLineIntent({ actor, programme, year, formData }: IntentArgs) {
  const rowId = rowIdOf(formData, "lineId");
  const parsed = parseForm(formData, removeLineSchema);
  if (!parsed.ok) return reply("removeLine", parsed.result, rowId);
  const outcome = orRefusal(() => removeLine(actor, planIdFor(actor, programme.id, year), parsed.value));
  if (!outcome.ok) return reply("removeLine", rejectForm(parsed, outcome), rowId, null, outcome.status);
  return backTo(programme, year, "lineRemoved", "budsjett");
}
