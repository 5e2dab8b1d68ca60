/** intent=close: closes the programme's period or the area lift (app/models/closing/period.server.ts closePeriod). */
import { data, redirect } from "@remix-run/node";
import { closePeriod, type ClosingProblem } from "~/models/closing/period.server";
import { deliverPendingMail } from "~/services/mail.server";
import type { Actor } from "~/services/permissions";
import { parseForm } from "~/utils/forms.server";
import { orRefusal } from "~/utils/refusal.server";
import { closeSchema } from "~/validation/closing";

export function close(actor: Actor, formData: FormData, base: string, programmeId: number, liftSlug: string | null) {
  const parsed = parseForm(formData, closeSchema);
  if (!parsed.ok) return data({ intent: "close" as const, result: parsed.result, problem: "notConfirmed" as ClosingProblem | null }, { status: 400 });
  const closed = orRefusal<{ initiatives: number; requestsDeclined: number; invitationsEnded: number }, ClosingProblem>(() => closePeriod(actor, programmeId, liftSlug));
  if (!closed.ok) return data({ intent: "close" as const, result: parsed.reject({}), problem: closed.reason }, { status: closed.status });
  // The notices' e-mails go after the answer.
  void deliverPendingMail();
  const { initiatives, requestsDeclined, invitationsEnded } = closed.value;
  return redirect(`${base}&ok=closed&n=${initiatives}-${requestsDeclined}-${invitationsEnded}`);
}
