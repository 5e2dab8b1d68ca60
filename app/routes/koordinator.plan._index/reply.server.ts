/** How the plan page's intents answer: the form's result (errors, what was typed), the row it concerns, and for a refusal without a field its reason. */
import { data, redirect } from "@remix-run/node";
import type { Actor } from "~/services/permissions";
import type { FormResult } from "~/utils/forms.server";

export type PlanIntent = "create" | "carry" | "introduction" | "addItem" | "updateItem" | "removeItem" | "addLine" | "updateLine" | "removeLine" | "adopt";

/** What each intent's handler gets: the person, the programme (already checked), the page's year, and the posted form. */
export type IntentArgs = { actor: Actor; programme: { id: number; slug: string }; year: number; formData: FormData };

export function reply(intent: PlanIntent, result: FormResult, rowId: number | null = null, problem: string | null = null, status = 400) {
  return data({ intent, rowId, result, problem }, { status });
}

/** The page again after a change, saying what was done, at the part that changed. */
export function backTo(programme: { slug: string }, year: number, ok: string, anchor = "") {
  return redirect(`/koordinator/plan?satsing=${encodeURIComponent(programme.slug)}&ar=${year}&ok=${ok}${anchor ? `#${anchor}` : ""}`);
}

/** The row id a row form names (for the answer to reach the right form), or null when it is missing or not a number. */
export function rowIdOf(formData: FormData, name: string): number | null {
  const value = formData.get(name);
  return typeof value === "string" && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : null;
}
