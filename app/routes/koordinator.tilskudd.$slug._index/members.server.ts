/** intent=addMember and intent=removeMember: the scheme's group (bydelsgruppe). */
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { addGroupMember, removeGroupMember } from "~/models/grant/scheme.server";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { memberSchema } from "~/validation/grants";
import { reply, type IntentArgs } from "./reply.server";

export function addMemberIntent({ actor, scheme, formData }: IntentArgs) {
  const parsed = parseForm(formData, memberSchema);
  if (!parsed.ok) return reply("addMember", parsed.result);
  const outcome = orRefusal(() => addGroupMember(actor, scheme.id, parsed.value));
  if (!outcome.ok) return reply("addMember", rejectForm(parsed, outcome), null, outcome.status);
  return redirect(`/koordinator/tilskudd/${scheme.slug}?ok=addMember`);
}

const removeSchema = z.object({ userId: z.coerce.number({ error: "invalidChoice" }).int({ error: "invalidChoice" }).positive({ error: "invalidChoice" }).max(Number.MAX_SAFE_INTEGER, { error: "invalidChoice" }) });

export function removeMemberIntent({ actor, scheme, formData }: IntentArgs) {
  const parsed = parseForm(formData, removeSchema);
  if (!parsed.ok) return reply("removeMember", parsed.result);
  const outcome = orRefusal(() => removeGroupMember(actor, scheme.id, parsed.value.userId));
  // Not a member (any more): a stale page; said for the whole form.
  if (!outcome.ok) return reply("removeMember", parsed.reject({}), outcome.reason, outcome.status);
  return redirect(`/koordinator/tilskudd/${scheme.slug}?ok=removeMember`);
}
