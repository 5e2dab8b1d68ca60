/** How the application page's intents answer: the form's result (errors, what was typed) and, for a refusal without a field, its reason. */
import { data } from "@remix-run/node";
import type { Actor } from "~/services/permissions";
import type { FormResult } from "~/utils/forms.server";

export const APPLICATION_INTENTS = ["complete", "more", "recommend", "payment", "approve", "askMore"] as const;
export type ApplicationIntent = (typeof APPLICATION_INTENTS)[number];

/** What each intent's handler gets: the person, the application (already checked to be theirs to administer), where to go back to, the form. */
export type IntentArgs = { actor: Actor; applicationId: number; back: string; formData: FormData };

export function reply(intent: ApplicationIntent, result: FormResult, problem: string | null = null, status = 400) {
  return data({ intent, result, problem }, { status });
}

type Parsed = { reject: (errors: { form?: string[]; fields?: Record<string, string[]> }) => FormResult };

/** A model's refusal: next to its field when it names one, otherwise for the whole form. */
export function refused(intent: ApplicationIntent, parsed: Parsed, outcome: { reason: string; field?: string; status: number }) {
  return outcome.field
    ? reply(intent, parsed.reject({ fields: { [outcome.field]: [outcome.reason] } }), null, outcome.status)
    : reply(intent, parsed.reject({}), outcome.reason, outcome.status);
}
