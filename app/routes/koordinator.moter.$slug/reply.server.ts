/** How the meeting page's intents answer: the form's result (errors, what was typed) and, for a refusal without a field, its reason. */
import { data } from "@remix-run/node";
import type { Actor } from "~/services/permissions";
import type { FormResult } from "~/utils/forms.server";

export type MeetingIntent = "save" | "cancel" | "move" | "close" | "addOrganisation" | "removeOrganisation" | "linkInitiative" | "unlinkInitiative";

/** What each intent's handler gets: the person, the meeting (already checked) and the posted form. */
export type IntentArgs = { actor: Actor; meeting: { id: number; slug: string }; formData: FormData };

export function reply(intent: MeetingIntent, result: FormResult, problem: string | null = null, status = 400) {
  return data({ intent, result, problem }, { status });
}
