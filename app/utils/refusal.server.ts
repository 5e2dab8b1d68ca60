/**
 * One way to refuse (ADR 013). A model that cannot do what it was asked — the thing is unknown, the
 * person may not touch it, the state forbids it, the input does not fit — throws a RefusalError with
 * a reason (a key the page translates) and a kind that says how HTTP answers it. Thrown inside a
 * transaction, it rolls the transaction back. Models never build HTTP responses; routes turn a
 * refusal into one with the helpers below.
 *
 * A few models (the administrators' setup forms) return their refusals as values instead, because
 * every one of them is shown next to a form field: that value is `Refusal`, the same reason and field.
 */

import type { FormResult } from "./forms.server";

/** How a refusal answers over HTTP: 404, 403, or 400 shown on the page (conflict: the state forbids it; invalid: the input does). */
export type RefusalKind = "notFound" | "forbidden" | "conflict" | "invalid";

export class RefusalError<R extends string = string> extends Error {
  constructor(
    readonly reason: R,
    readonly kind: RefusalKind,
    /** The form field the refusal concerns, when there is one. */
    readonly field?: string,
  ) {
    super(reason);
    this.name = "RefusalError";
  }
}

/** A refusal returned as a value: the same reason and field as a RefusalError. */
export type Refusal<R extends string = string> = { ok: false; reason: R; field?: string };

export function refusal<R extends string>(reason: R, field?: string): Refusal<R> {
  return { ok: false, reason, ...(field ? { field } : {}) };
}

const STATUS: Record<RefusalKind, 400 | 403 | 404> = { notFound: 404, forbidden: 403, conflict: 400, invalid: 400 };

export function refusalStatus(error: RefusalError): 400 | 403 | 404 {
  return STATUS[error.kind];
}

/** The HTTP answer that ends the request: 403 or 404 for a refusal of those kinds; anything else is rethrown. */
export function respondToRefusal(error: unknown): never {
  if (error instanceof RefusalError && (error.kind === "forbidden" || error.kind === "notFound")) {
    throw new Response(error.kind === "forbidden" ? "Ingen tilgang" : null, { status: STATUS[error.kind] });
  }
  throw error;
}

/**
 * For loaders and actions: runs `fn` and turns a forbidden or unknown thing into the 403 or 404
 * answer, so an unknown id is never a 500. Other refusals are left to the caller.
 */
export function orRespond<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    return respondToRefusal(error);
  }
}

/**
 * For actions that show a refusal on the page: runs `fn`; a forbidden refusal ends the request (403),
 * any other comes back with the status to answer with (404 for an unknown thing, 400 otherwise) and
 * its reason for the page to translate. Errors that are no refusal are rethrown.
 */
export function orRefusal<T, R extends string = string>(fn: () => T): { ok: true; value: T } | { ok: false; reason: R; field?: string; status: 400 | 404 } {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (!(error instanceof RefusalError) || error.kind === "forbidden") return respondToRefusal(error);
    return { ok: false, reason: error.reason as R, ...(error.field ? { field: error.field } : {}), status: STATUS[error.kind] as 400 | 404 };
  }
}

type Rejectable = { reject: (errors: { form?: string[]; fields?: Record<string, string[]> }) => FormResult };

/** A refusal as a form's result: its message next to its field, or for the whole form. */
export function rejectForm(parsed: Rejectable, refused: Pick<Refusal, "reason" | "field">): FormResult {
  return refused.field ? parsed.reject({ fields: { [refused.field]: [refused.reason] } }) : parsed.reject({ form: [refused.reason] });
}
