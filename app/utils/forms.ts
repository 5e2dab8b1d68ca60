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
