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
    errors: (name: string): string[] | undefined => errors[name] ?? undefined,
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
