/**
 * The one way an action reads a form: conform's zod parser (it turns FormData, with repeated keys and
 * empty fields, into the schema's input), and on failure a result the page renders as errors next to
 * the fields, with what the person typed kept. Passwords are never sent back.
 */
import { parseWithZod } from "@conform-to/zod/v4";
import type { SubmissionResult } from "@conform-to/react";
import type { z } from "zod";
import { messagesFor } from "~/services/language.server";

export type FormResult = SubmissionResult<string[]>;

/**
 * The one way an action reads its request body. A body that is no form (JSON, text, XML, no
 * Content-Type, broken multipart) is a client's mistake: it gets the 400 page ("Ugyldig forespørsel")
 * and changes nothing, instead of the TypeError from `request.formData()` becoming a 500.
 */
export async function readFormData(request: Request): Promise<FormData> {
  try {
    return await request.formData();
  } catch {
    // The text is what a resource route (/sprak, /logg-ut) answers; a page shows its 400 page instead.
    throw new Response(messagesFor(request).errors.notAForm, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
}

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
