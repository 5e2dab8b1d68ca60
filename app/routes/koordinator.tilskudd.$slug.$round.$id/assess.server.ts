/** intent=complete, intent=more, intent=recommend: the administrator's check, request for more and recommendation (innstilling). */
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { recommend, recordCompleteness, requestMore } from "~/models/grant/assessment.server";
import { parseForm } from "~/utils/forms.server";
import { orRefusal } from "~/utils/refusal.server";
import { moreRequestSchema, recommendationSchema } from "~/validation/grants";
import { refused, reply, type IntentArgs } from "./reply.server";

const completenessSchema = z.object({ isComplete: z.enum(["yes", "no"], { error: "invalidChoice" }) });

export function completeIntent({ actor, applicationId, back, formData }: IntentArgs) {
  const parsed = parseForm(formData, completenessSchema);
  if (!parsed.ok) return reply("complete", parsed.result);
  const outcome = orRefusal(() => recordCompleteness(actor, applicationId, parsed.value.isComplete === "yes"));
  if (!outcome.ok) return refused("complete", parsed, outcome);
  return redirect(`${back}?ok=complete`);
}

export function moreIntent({ actor, applicationId, back, formData }: IntentArgs) {
  const parsed = parseForm(formData, moreRequestSchema);
  if (!parsed.ok) return reply("more", parsed.result);
  const outcome = orRefusal(() => requestMore(actor, applicationId, parsed.value));
  if (!outcome.ok) return refused("more", parsed, outcome);
  return redirect(`${back}?ok=more`);
}

export function recommendIntent({ actor, applicationId, back, formData }: IntentArgs) {
  const parsed = parseForm(formData, recommendationSchema);
  if (!parsed.ok) return reply("recommend", parsed.result);
  const v = parsed.value;
  const outcome = orRefusal(() => recommend(actor, applicationId, { recommendation: v.recommendation, amountOre: v.amount, text: v.text }));
  if (!outcome.ok) return refused("recommend", parsed, outcome);
  return redirect(`${back}?ok=recommend`);
}
