/** How the account page's intents answer a refused form: the errors, and a reason shown in the form's section. */
import { data } from "@remix-run/node";
import type { DeleteRefusal } from "~/models/account/deletion.server";
import type { EmailChangeRefusal } from "~/models/account/email.server";
import type { SessionInfo, SessionUser } from "~/services/auth.server";
import type { FormResult } from "~/utils/forms.server";
import type { AccountIntent } from "~/validation/account";

/** What each intent's handler gets: the signed-in person, their session and the posted form. */
export type IntentArgs = { request: Request; user: SessionUser; session: SessionInfo; formData: FormData };

export type Problem =
  | { kind: "tooMany"; minutes: number }
  | { kind: "lastOwner"; organisations: { name: string; slug: string }[] }
  | { kind: "lastAdmin" }
  | { kind: "grantRecords" }
  | { kind: "sessionGone" };

export function reply(intent: AccountIntent, result: FormResult, problem: Problem | null = null, init: { status?: number; headers?: HeadersInit } = {}) {
  return data({ intent, result, problem }, { status: init.status ?? 400, headers: init.headers });
}

/** A refused change: the reason next to the field it concerns, nothing changed. */
export function refused(intent: AccountIntent, reject: (e: { fields?: Record<string, string[]> }) => FormResult, refusal: EmailChangeRefusal | DeleteRefusal) {
  switch (refusal.reason) {
    case "wrongPassword":
      return reply(intent, reject({ fields: { currentPassword: ["wrongPassword"] } }));
    case "blocked":
      return reply(intent, reject({ fields: { currentPassword: ["tooManyAttempts"] } }), { kind: "tooMany", minutes: Math.max(1, Math.ceil(refusal.retryAfterSeconds / 60)) }, {
        status: 429,
        headers: { "Retry-After": String(refusal.retryAfterSeconds) },
      });
    case "sameEmail":
    case "emailTaken":
      return reply(intent, reject({ fields: { newEmail: [refusal.reason] } }));
    case "lastOwner":
      return reply(intent, reject({}), { kind: "lastOwner", organisations: refusal.organisations });
    case "lastAdmin":
    case "grantRecords":
      return reply(intent, reject({}), { kind: refusal.reason });
  }
}
