/**
 * intent=appeal: the group's reconsideration of an appeal, recorded by the administrator or the
 * chair: upheld with a new decision (amount and reason as for any decision, § 24), or forwarded to
 * the scheme's appeals body.
 */
import { z } from "zod";
import { decideAppeal } from "~/models/grant/appeal.server";
import { parseForm } from "~/utils/forms.server";
import { rejectForm } from "~/utils/refusal.server";
import { optionalText } from "~/validation/common";
import { GRANT_OUTCOMES } from "~/validation/enums";
import { appealOutcomeSchema, optionalAmountField } from "~/validation/grants";
import { attempt, hiddenId, reply, saved, type IntentArgs } from "./reply.server";

/** The appeal's outcome (the shared schema) and, when upheld, the new decision in fields of its own names. */
const appealFormSchema = appealOutcomeSchema
  .extend({
    newOutcome: z.enum(GRANT_OUTCOMES, { error: "chooseOutcome" }).optional(),
    amount: optionalAmountField,
    reason: optionalText(5000, { multiline: true }),
    conditions: optionalText(2000, { multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.outcome !== "upheld") return;
    if (!v.newOutcome) ctx.addIssue({ code: "custom", message: "chooseOutcome", path: ["newOutcome"] });
    if (v.newOutcome === "partly_granted" && !(v.amount !== null && v.amount > 0)) ctx.addIssue({ code: "custom", message: "enterPartialAmount", path: ["amount"] });
    if (v.newOutcome && v.newOutcome !== "granted" && v.reason === "") ctx.addIssue({ code: "custom", message: "enterDecisionReason", path: ["reason"] });
  });

export function appealIntent({ actor, roundId, formData }: IntentArgs) {
  const appealId = hiddenId(formData, "appealId");
  const parsed = parseForm(formData, appealFormSchema);
  if (!parsed.ok) return reply("appeal", appealId, parsed.result);
  const v = parsed.value;
  const done = attempt(() =>
    decideAppeal(
      actor,
      appealId,
      v.outcome === "upheld"
        ? { outcome: "upheld", note: v.note, decision: { outcome: v.newOutcome!, amountOre: v.amount, reason: v.reason, conditions: v.conditions } }
        : { outcome: "forwarded", note: v.note },
    ),
  );
  if (!done.ok) return reply("appeal", appealId, rejectForm(parsed, done), done.field ? null : done.reason);
  return saved(roundId, "appeal", "klager");
}
