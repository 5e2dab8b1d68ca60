/** Withdrawing, appealing and reporting on an application's page. */
import { data, redirect } from "@remix-run/node";
import { lodgeAppeal } from "~/models/grant/appeal.server";
import { withdrawApplication } from "~/models/grant/application.server";
import { submitReport } from "~/models/grant/report.server";
import type { Actor } from "~/services/permissions";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { appealSchema, reportSchema } from "~/validation/grants";

export function withdrawAction(actor: Actor, id: number) {
  const done = orRefusal(() => withdrawApplication(actor, id));
  if (!done.ok) return data({ form: "withdraw" as const, problem: done.reason }, { status: done.status });
  return redirect(`/min-side/tilskudd/${id}?ok=withdrawn`);
}

/** Within three weeks of the letter, one open appeal at a time: the model's refusals say which. */
export function appealAction(actor: Actor, id: number, formData: FormData) {
  const parsed = parseForm(formData, appealSchema);
  if (!parsed.ok) return data({ form: "appeal" as const, result: parsed.result }, { status: 400 });
  const done = orRefusal(() => lodgeAppeal(actor, id, parsed.value.text));
  if (!done.ok) return data({ form: "appeal" as const, result: rejectForm(parsed, done) }, { status: done.status });
  return redirect(`/min-side/tilskudd/${id}?ok=appealed`);
}

export function reportAction(actor: Actor, id: number, formData: FormData) {
  const parsed = parseForm(formData, reportSchema);
  if (!parsed.ok) return data({ form: "report" as const, result: parsed.result }, { status: 400 });
  const v = parsed.value;
  const done = orRefusal(() => submitReport(actor, id, { text: v.text, participantsReached: v.participantsReached, spentOre: v.spent, unspentOre: v.unspent }));
  if (!done.ok) return data({ form: "report" as const, result: rejectForm(parsed, done) }, { status: done.status });
  return redirect(`/min-side/tilskudd/${id}?ok=reported`);
}
