/** Withdrawing, appealing and reporting on an application's page. */
import { data, redirect } from "@remix-run/node";
import { lodgeAppeal } from "~/models/grant/appeal.server";
import { getApplicationForApplicant, withdrawApplication } from "~/models/grant/application.server";
import { createUpdate, UpdateRuleError } from "~/models/update-authoring.server";
import { submitReport } from "~/models/grant/report.server";
import type { Actor } from "~/services/permissions";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, orRespond, rejectForm } from "~/utils/refusal.server";
import { UPDATE_BODY_MAX } from "~/validation/update";
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

/**
 * An approved report becomes an update of the organisation on the tiltak the application is linked
 * to (issue 20: "its report can be published as an update"), public, dated with the activity. The
 * update model checks that the organisation takes part in the tiltak; the text can be edited after.
 */
export function publishAction(actor: Actor, id: number) {
  const app = orRespond(() => getApplicationForApplicant(actor, id));
  if (app.report?.status !== "approved" || app.organisationId === null || app.initiativeId === null || !app.title) {
    return data({ form: "publish" as const, problem: "cannotPublish" }, { status: 400 });
  }
  const organisationId = app.organisationId;
  const initiativeId = app.initiativeId;
  try {
    createUpdate({
      actorUserId: actor.id,
      organisationId,
      initiativeId,
      title: app.title,
      body: app.report.text.slice(0, UPDATE_BODY_MAX),
      eventDate: app.startDate ?? "",
      visibility: "public",
    });
  } catch (error) {
    if (error instanceof UpdateRuleError) return data({ form: "publish" as const, problem: "cannotPublish" }, { status: 400 });
    throw error;
  }
  return redirect(`/min-side/tilskudd/${id}?ok=published`);
}
