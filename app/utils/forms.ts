import type { SubmissionResult } from "@conform-to/react";

/**
 * Reads an action's form result for rendering: errors per field (translation keys) and the values
 * the person typed, so a failed submission shows their input again, with or without JavaScript.
 */
export function formState(result: SubmissionResult<string[]> | undefined | null) {
  const errors = result?.error ?? {};
  const initial = (result?.initialValue ?? {}) as Record<string, unknown>;
  return {
    hasErrors: Object.values(errors).some((e) => e && e.length > 0),
    formErrors: errors[""] ?? [],
    /** Errors for a field, including those of its items (`areas[0]`) for repeated fields. */
    errors: (name: string): string[] | undefined => {
      const own = errors[name] ?? [];
      const items = Object.entries(errors)
        .filter(([key]) => key.startsWith(`${name}[`))
        .flatMap(([, value]) => value ?? []);
      const all = [...new Set([...own, ...items])];
      return all.length ? all : undefined;
    },
    value: (name: string, fallback?: string): string | undefined => {
      const v = initial[name];
      return typeof v === "string" ? v : fallback;
    },
    /** Errors on fields other than `known` (and their items): hidden fields of a tampered or outdated form. */
    otherErrors: (known: readonly string[]): string[] =>
      Object.entries(errors)
        .filter(([key]) => key !== "" && !known.some((name) => key === name || key.startsWith(`${name}[`)))
        .flatMap(([, value]) => value ?? []),
    values: (name: string, fallback: string[] = []): string[] => {
      if (!result) return fallback;
      const v = initial[name];
      return Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : [];
    },
  };
}

/**
 * True when a refused form has errors on any of `fields`: the hidden ones (the intent, the id of the
 * row) that have no visible field to show the error next to, so the page shows a message for the
 * whole form instead.
 */
export function hasErrorOn(result: SubmissionResult<string[]> | undefined | null, fields: readonly string[]): boolean {
  return fields.some((field) => (result?.error?.[field]?.length ?? 0) > 0);
}

/**
 * True when an action's data is a refusal: actions redirect on success and answer with data only when
 * they refuse, with the conform result's errors in `result` or what went wrong in `problem` (and, on
 * a few pages, `logoProblem`, `blocked`, `invalid` or `retryAfterMinutes`). The root uses it to put
 * "Feil:" in front of the page's title, with or without JavaScript.
 */
export function isRefusal(actionData: unknown): boolean {
  if (!actionData || typeof actionData !== "object") return false;
  const d = actionData as Record<string, unknown> & { result?: SubmissionResult<string[]> | null };
  if (["problem", "logoProblem", "blocked", "invalid", "retryAfterMinutes"].some((key) => Boolean(d[key]))) return true;
  return Object.values(d.result?.error ?? {}).some((e) => (e?.length ?? 0) > 0);
}
