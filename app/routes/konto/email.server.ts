/** intent=email: asks for a new e-mail address (confirmed later by the link sent to it). */
import { redirect } from "@remix-run/node";
import { requestEmailChange } from "~/models/account/email.server";
import { deliverPendingMail } from "~/services/mail.server";
import { parseForm } from "~/utils/forms.server";
import { changeEmailSchema } from "~/validation/account";
import { refused, reply, type IntentArgs } from "./reply.server";

export async function changeEmailIntent({ user, formData }: IntentArgs) {
  const parsed = parseForm(formData, changeEmailSchema);
  if (!parsed.ok) return reply("email", parsed.result);
  const outcome = await requestEmailChange({ userId: user.id, currentPassword: parsed.value.currentPassword, newEmail: parsed.value.newEmail });
  if (!outcome.ok) return refused("email", parsed.reject, outcome);
  void deliverPendingMail();
  return redirect("/konto?lagret=epost");
}
