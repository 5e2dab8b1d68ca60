/** How the round page's intents answer: a redirect with what was saved, or the refused form with its errors and the model's reason. */
import { data, redirect } from "@remix-run/node";
import type { Actor } from "~/services/permissions";
import type { FormResult } from "~/utils/forms.server";
import { orRefusal } from "~/utils/refusal.server";

export type GroupIntent = "declare" | "meeting" | "decide" | "appeal";
export type IntentArgs = { actor: Actor; roundId: number; formData: FormData };

/** A refused form: which form (intent and the application or appeal it concerns), its errors, and a refusal's reason for the whole form. */
export function reply(intent: GroupIntent, target: number | null, result: FormResult, refusal: string | null = null, status = 400) {
  return data({ intent, target, result, refusal }, { status });
}

export function saved(roundId: number, what: GroupIntent, anchor?: string) {
  return redirect(`/bydelsgruppe/${roundId}?lagret=${what}${anchor ? `#${anchor}` : ""}`);
}

/** A hidden id of the form (the application, the meeting, the appeal): anything but a positive integer is a 404, never a 500. */
export function hiddenId(formData: FormData, name: string): number {
  const raw = formData.get(name);
  const value = typeof raw === "string" && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(value) || value <= 0) throw new Response(null, { status: 404 });
  return value;
}

/**
 * Runs a model's write: a forbidden refusal ends the request (403), an unknown thing is a 404, and
 * any other refusal comes back as its reason, next to a field when it names one.
 */
export function attempt(fn: () => void) {
  const outcome = orRefusal(fn);
  if (!outcome.ok && outcome.status === 404) throw new Response(null, { status: 404 });
  return outcome;
}
