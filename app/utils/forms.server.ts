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

export function parseForm<Schema extends z.ZodType>(formData: FormData, schema: Schema) {
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") {
    return { ok: false as const, result: submission.reply({ hideFields: NEVER_ECHOED }) as FormResult };
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
