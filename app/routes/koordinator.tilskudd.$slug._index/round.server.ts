/** intent=createRound: a new application round with its deadline in Oslo time. */
import { redirect } from "@remix-run/node";
import { createRound } from "~/models/grant/scheme.server";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { roundSchema } from "~/validation/grants";
import { reply, type IntentArgs } from "./reply.server";

export function createRoundIntent({ actor, scheme, formData }: IntentArgs) {
  const parsed = parseForm(formData, roundSchema);
  if (!parsed.ok) return reply("createRound", parsed.result);
  const outcome = orRefusal(() => createRound(actor, scheme.id, parsed.value));
  if (!outcome.ok) return reply("createRound", rejectForm(parsed, outcome), null, outcome.status);
  return redirect(`/koordinator/tilskudd/${scheme.slug}?ok=createRound#runder`);
}
