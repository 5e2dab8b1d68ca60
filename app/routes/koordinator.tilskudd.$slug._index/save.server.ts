/** intent=save: the scheme's rules changed. */
import { redirect } from "@remix-run/node";
import { updateScheme } from "~/models/grant/scheme.server";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { schemeSchema } from "~/validation/grants";
import { reply, type IntentArgs } from "./reply.server";

export function saveIntent({ actor, scheme, formData }: IntentArgs) {
  const parsed = parseForm(formData, schemeSchema);
  if (!parsed.ok) return reply("save", parsed.result);
  const outcome = orRefusal(() => updateScheme(actor, scheme.id, parsed.value));
  if (!outcome.ok) return reply("save", rejectForm(parsed, outcome), null, outcome.status);
  return redirect(`/koordinator/tilskudd/${scheme.slug}?ok=save`);
}
