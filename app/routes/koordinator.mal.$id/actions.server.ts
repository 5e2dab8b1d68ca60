/**
 * The goal page's forms (/koordinator/mal/:id), one handler per intent: the goal itself, its
 * indicators, their yearly values, and the tiltak linked to it. Each reads its form with the shared
 * schemas, calls the model, and answers a refusal with what was typed kept and the reason at its
 * field (or for the whole form); success redirects back with a flag the page turns into a message.
 */
import { data, redirect } from "@remix-run/node";
import { createIndicator, deleteIndicator, removeIndicatorValue, setIndicatorValue, updateIndicator } from "~/models/goal/indicator.server";
import { linkInitiative, unlinkInitiative, updateGoal } from "~/models/goal/goal.server";
import type { GoalProblem } from "~/models/goal/shared.server";
import type { Actor } from "~/services/permissions";
import type { FormResult } from "~/utils/forms.server";
import { parseForm } from "~/utils/forms.server";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { goalActionSchema, goalSchema, indicatorSchema, indicatorValueSchema } from "~/validation/goals";

export type Done =
  | "saved"
  | "indicatorCreated"
  | "indicatorSaved"
  | "indicatorDeleted"
  | "valueAdded"
  | "valueChanged"
  | "valueUnchanged"
  | "valueRemoved"
  | "linked"
  | "unlinked";
export const DONE: readonly Done[] = ["saved", "indicatorCreated", "indicatorSaved", "indicatorDeleted", "valueAdded", "valueChanged", "valueUnchanged", "valueRemoved", "linked", "unlinked"];

/** `key`: which of several forms of the same intent was sent (the indicator's id), so only that one shows the errors. */
const reply = (intent: string, key: string, result: FormResult, problem: GoalProblem | null, status = 400) => data({ intent, key, result, problem }, { status });

type Parsed = { reject: (e: { form?: string[]; fields?: Record<string, string[]> }) => FormResult };
/** Runs a model call; a refusal with a field shows there, one without as the form's problem. */
function attempt<T>(intent: string, key: string, parsed: Parsed, fn: () => T, done: (value: T) => Response) {
  const outcome = orRefusal<T, GoalProblem>(fn);
  if (outcome.ok) return done(outcome.value);
  return reply(intent, key, outcome.field ? rejectForm(parsed, outcome) : parsed.reject({}), outcome.field ? null : outcome.reason, outcome.status);
}

export function goalAction(actor: Actor, goalId: number, formData: FormData) {
  const intent = String(formData.get("intent") ?? "");
  const key = String(formData.get("indicatorId") ?? "");
  const back = (done: Done, anchor = "") => redirect(`/koordinator/mal/${goalId}?ok=${done}${anchor}`);
  switch (intent) {
    case "save": {
      const parsed = parseForm(formData, goalSchema);
      if (!parsed.ok) return reply(intent, key, parsed.result, null);
      const { parentId: _parentId, ...input } = parsed.value;
      return attempt(intent, key, parsed, () => updateGoal(actor, goalId, input), () => back("saved"));
    }
    case "addIndicator": {
      const parsed = parseForm(formData, indicatorSchema);
      if (!parsed.ok) return reply(intent, key, parsed.result, null);
      return attempt(intent, key, parsed, () => createIndicator(actor, goalId, parsed.value), (id) => back("indicatorCreated", `#indikator-${id}`));
    }
    case "saveIndicator": {
      const parsed = parseForm(formData, indicatorSchema);
      const id = Number(key);
      if (!parsed.ok || !Number.isSafeInteger(id) || id <= 0) return reply(intent, key, parsed.ok ? parsed.reject({ form: ["formNotProcessed"] }) : parsed.result, null);
      return attempt(intent, key, parsed, () => updateIndicator(actor, id, parsed.value), () => back("indicatorSaved", `#indikator-${id}`));
    }
    case "value": {
      const parsed = parseForm(formData, indicatorValueSchema);
      if (!parsed.ok) return reply(intent, key, parsed.result, null);
      const v = parsed.value;
      return attempt(intent, key, parsed, () => setIndicatorValue(actor, v.indicatorId, v.year, v.value), (outcome) =>
        back(outcome === "added" ? "valueAdded" : outcome === "changed" ? "valueChanged" : "valueUnchanged", `#indikator-${v.indicatorId}`),
      );
    }
    default: {
      const parsed = parseForm(formData, goalActionSchema);
      if (!parsed.ok) return reply(intent, key, parsed.result, null);
      const v = parsed.value;
      switch (v.intent) {
        case "deleteIndicator":
          return attempt(intent, key, parsed, () => deleteIndicator(actor, v.indicatorId), () => back("indicatorDeleted"));
        case "removeValue":
          return attempt(intent, key, parsed, () => removeIndicatorValue(actor, v.indicatorId, v.year), () => back("valueRemoved", `#indikator-${v.indicatorId}`));
        case "link":
          return attempt(intent, key, parsed, () => linkInitiative(actor, goalId, v.initiativeId), () => back("linked", "#tiltak"));
        case "unlink":
          return attempt(intent, key, parsed, () => unlinkInitiative(actor, goalId, v.initiativeId), () => back("unlinked", "#tiltak"));
        default:
          // Moving and deleting goals happen on the structure's page.
          return reply(intent, key, parsed.reject({ form: ["formNotProcessed"] }), null);
      }
    }
  }
}
