/** The fields that changed, as { field: { from, to } } for the audit log. */
export function changes<T extends Record<string, unknown>>(before: T, after: T, keys: (keyof T & string)[]) {
  const out: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of keys) if (before[key] !== after[key]) out[key] = { from: before[key], to: after[key] };
  return out;
}
