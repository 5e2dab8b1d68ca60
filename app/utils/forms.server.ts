/**
 * The one way an action reads a form: conform's zod parser (it turns FormData, with repeated keys and
 * empty fields, into the schema's input), and on failure a result the page renders as errors next to
 * the fields, with what the person typed kept. Passwords are never sent back.
 */
import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import type { z } from "zod";

export type FormResult = SubmissionResult<string[]>;

const NEVER_ECHOED = ["password", "newPassword", "currentPassword", "passwordConfirm"];

/**
 * `serverErrors` are field errors found by checks the shared schema cannot make (a common password,
 * a taken e-mail); they are reported together with the schema's own, so the person sees every
 * problem at once.
 */
export function parseForm<Schema extends z.ZodType>(
  formData: FormData,
  schema: Schema,
  serverErrors: Record<string, string[] | undefined> = {},
) {
  const submission = parseWithZod(formData, { schema });
  const extra = Object.fromEntries(Object.entries(serverErrors).filter(([, v]) => v && v.length > 0)) as Record<string, string[]>;
  if (submission.status !== "success") {
    const result = submission.reply({ hideFields: NEVER_ECHOED }) as FormResult;
    const error = { ...(result.error ?? {}) };
    for (const [field, errors] of Object.entries(extra)) error[field] ??= errors;
    return { ok: false as const, result: { ...result, error } };
  }
  if (Object.keys(extra).length > 0) {
    return { ok: false as const, result: submission.reply({ fieldErrors: extra, hideFields: NEVER_ECHOED }) as FormResult };
  }
  return {
    ok: true as const,
    value: submission.value as z.output<Schema>,
    /** A failure for a valid-looking form (a taken e-mail, a wrong password), shown like the others. */
    reject: (errors: { form?: string[]; fields?: Record<string, string[]> }) =>
      submission.reply({
        formErrors: errors.form,
        fieldErrors: errors.fields,
        hideFields: NEVER_ECHOED,
      }) as FormResult,
  };
}
