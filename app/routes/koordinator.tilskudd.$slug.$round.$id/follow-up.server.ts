/** intent=payment, intent=approve, intent=askMore: after the decision, a payment recorded and the report approved or sent back. */
import { redirect } from "@remix-run/node";
import { decideReport, recordPayment } from "~/models/grant/report.server";
import { parseForm } from "~/utils/forms.server";
import { orRefusal } from "~/utils/refusal.server";
import { paymentSchema, reportDecisionSchema } from "~/validation/grants";
import { refused, reply, type IntentArgs } from "./reply.server";

export function paymentIntent({ actor, applicationId, back, formData }: IntentArgs) {
  const parsed = parseForm(formData, paymentSchema);
  if (!parsed.ok) return reply("payment", parsed.result);
  const outcome = orRefusal(() => recordPayment(actor, applicationId, { paidOn: parsed.value.paidOn, amountOre: parsed.value.amount }));
  if (!outcome.ok) return refused("payment", parsed, outcome);
  return redirect(`${back}?ok=payment`);
}

/** Both buttons of the report form: the schema tells them apart by `intent` (feedback is required only to ask for more). */
export function reportDecisionIntent({ actor, applicationId, back, formData }: IntentArgs) {
  const intent = formData.get("intent") === "approve" ? "approve" : "askMore";
  const parsed = parseForm(formData, reportDecisionSchema);
  if (!parsed.ok) return reply(intent, parsed.result);
  const v = parsed.value;
  const outcome = orRefusal(() => decideReport(actor, applicationId, v.intent === "approve" ? { approve: true } : { approve: false, feedback: v.feedback }));
  if (!outcome.ok) return refused(intent, parsed, outcome);
  return redirect(`${back}?ok=${v.intent === "approve" ? "approveReport" : "askMoreReport"}`);
}
