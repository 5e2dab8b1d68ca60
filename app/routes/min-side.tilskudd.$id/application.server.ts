/** Saving, submitting and "add more lines" on an application's page (the draft's form). */
import { data, redirect } from "@remix-run/node";
import { applicationIntent, extraRowsFrom, moreRows } from "~/components/grants/apply-form.server";
import { saveDraft, submitApplication } from "~/models/grant/application.server";
import type { Actor } from "~/services/permissions";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { applicationDraftSchema } from "~/validation/grants";

/**
 * Every button saves what was typed first (a draft survives a refused submission); "Send inn" then
 * asks the model, whose refusal (incomplete, over the maximum, after the deadline …) comes back next
 * to the field it names, with everything typed kept (it was saved).
 */
export function applicationAction(actor: Actor, id: number, formData: FormData, url: URL) {
  const parsed = parseForm(formData, applicationDraftSchema);
  if (!parsed.ok) return data({ form: "application" as const, result: parsed.result }, { status: 400 });
  const saved = orRefusal(() => saveDraft(actor, id, parsed.value));
  if (!saved.ok) return data({ form: "application" as const, result: rejectForm(parsed, saved) }, { status: saved.status });
  const intent = applicationIntent(formData);
  if (intent === "addLines") return redirect(`/min-side/tilskudd/${id}?linjer=${moreRows(extraRowsFrom(url))}`);
  if (intent === "save") return redirect(`/min-side/tilskudd/${id}?ok=saved`);
  const submitted = orRefusal(() => submitApplication(actor, id));
  if (submitted.ok) return redirect(`/min-side/tilskudd/${id}?ok=submitted`);
  // The draft is saved, so this is no refused request that changed nothing: the page comes back
  // (as after the new-application page's "Send inn") with the reason next to its field.
  const params = new URLSearchParams({ feil: submitted.reason, ...(submitted.field ? { felt: submitted.field } : {}) });
  return redirect(`/min-side/tilskudd/${id}?${params}`);
}
