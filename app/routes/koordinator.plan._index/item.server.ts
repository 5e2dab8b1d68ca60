/** intent=addItem, updateItem, removeItem: a tiltak in the plan under a goal. */
import { addItem, planIdFor, removeItem, updateItem } from "~/models/plan/plan.server";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { addItemSchema, removeItemSchema, updateItemSchema } from "~/validation/plan";
import { backTo, reply, rowIdOf, type IntentArgs } from "./reply.server";

export function addItemIntent({ actor, programme, year, formData }: IntentArgs) {
  const parsed = parseForm(formData, addItemSchema);
  if (!parsed.ok) return reply("addItem", parsed.result);
  const outcome = orRefusal(() => addItem(actor, planIdFor(actor, programme.id, year), parsed.value));
  if (!outcome.ok) return reply("addItem", rejectForm(parsed, outcome), null, null, outcome.status);
  return backTo(programme, year, "itemAdded", "tiltak");
}

export function updateItemIntent({ actor, programme, year, formData }: IntentArgs) {
  const rowId = rowIdOf(formData, "itemId");
  const parsed = parseForm(formData, updateItemSchema);
  if (!parsed.ok) return reply("updateItem", parsed.result, rowId);
  const outcome = orRefusal(() => updateItem(actor, planIdFor(actor, programme.id, year), parsed.value));
  if (!outcome.ok) return reply("updateItem", rejectForm(parsed, outcome), rowId, null, outcome.status);
  return backTo(programme, year, "itemChanged", "tiltak");
}

export function removeItemIntent({ actor, programme, year, formData }: IntentArgs) {
  const rowId = rowIdOf(formData, "itemId");
  const parsed = parseForm(formData, removeItemSchema);
  if (!parsed.ok) return reply("removeItem", parsed.result, rowId);
  const outcome = orRefusal(() => removeItem(actor, planIdFor(actor, programme.id, year), parsed.value));
  if (!outcome.ok) return reply("removeItem", rejectForm(parsed, outcome), rowId, null, outcome.status);
  return backTo(programme, year, "itemRemoved", "tiltak");
}
