/**
 * The report pages' one action, saving a section's narrative (/koordinator/arsrapport and
 * /koordinator/sluttrapport): the form read and checked, the model's refusal shown on the form, and
 * after a save a redirect back to the section (POST, then redirect: works without JavaScript).
 */
import { data, redirect } from "@remix-run/node";
import { saveNarrative } from "~/models/report/narrative.server";
import type { Actor } from "~/services/permissions";
import { parseForm, readFormData } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import type { ReportKind } from "~/validation/enums";
import { narrativeSchema } from "~/validation/report";

export async function narrativeAction(request: Request, actor: Actor, target: { slug: string; kind: ReportKind; year: number | null; back: string }) {
  const formData = await readFormData(request);
  const parsed = parseForm(formData, narrativeSchema);
  // Which section's form came back (only a known one: a tampered value shows no form's errors).
  const sent = formData.get("section");
  const section = typeof sent === "string" ? sent : null;
  if (!parsed.ok) return data({ section, result: parsed.result }, { status: 400 });
  const outcome = orRefusal(() => saveNarrative(actor, { slug: target.slug, kind: target.kind, year: target.year, section: parsed.value.section, body: parsed.value.body }));
  if (!outcome.ok) return data({ section, result: rejectForm(parsed, { reason: outcome.reason, field: "body" }) }, { status: outcome.status });
  const url = new URL(target.back, "http://x");
  url.searchParams.set("lagret", parsed.value.section);
  return redirect(`${url.pathname}${url.search}#del-${parsed.value.section}`);
}
