/** intent=outcome: records a tiltak's outcome (app/models/closing/period.server.ts recordOutcome). */
import { data, redirect } from "@remix-run/node";
import { recordOutcome, type ClosingProblem } from "~/models/closing/period.server";
import type { Actor } from "~/services/permissions";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { outcomeSchema } from "~/validation/closing";

export function saveOutcome(actor: Actor, formData: FormData, base: string, tiltakSlug: string | null) {
  const parsed = parseForm(formData, outcomeSchema);
  if (!parsed.ok) return data({ intent: "outcome" as const, result: parsed.result, problem: null as ClosingProblem | null }, { status: 400 });
  const { initiativeId, input } = parsed.value;
  const saved = orRefusal<void, ClosingProblem>(() => recordOutcome(actor, initiativeId, input));
  if (!saved.ok) {
    // A refusal about a field is shown there; one about the whole tiltak (closed, unknown) above the form.
    const result = saved.field ? rejectForm(parsed, saved) : parsed.reject({});
    return data({ intent: "outcome" as const, result, problem: saved.field ? null : saved.reason }, { status: saved.status });
  }
  return redirect(`${base}&ok=outcome${tiltakSlug ? `#tiltak-${tiltakSlug}` : ""}`);
}
