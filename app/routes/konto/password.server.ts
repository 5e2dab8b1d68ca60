/** intent=password: a new password, after the current one. */
import { redirect } from "@remix-run/node";
import { changePassword } from "~/models/account/password.server";
import { passwordProblem } from "~/services/password-policy.server";
import { parseForm } from "~/utils/forms.server";
import { changePasswordSchema } from "~/validation/account";
import { refused, reply, type IntentArgs } from "./reply.server";

export async function changePasswordIntent({ user, session, formData }: IntentArgs) {
  const newPassword = formData.get("newPassword");
  const problem = typeof newPassword === "string" && newPassword !== "" ? passwordProblem(newPassword, user.email) : null;
  const parsed = parseForm(formData, changePasswordSchema, { newPassword: problem ? [problem] : undefined });
  if (!parsed.ok) return reply("password", parsed.result);
  const outcome = await changePassword({
    userId: user.id,
    currentPassword: parsed.value.currentPassword,
    newPassword: parsed.value.newPassword,
    currentSessionId: session.id,
  });
  if (!outcome.ok) return refused("password", parsed.reject, outcome);
  return redirect("/konto?lagret=passord");
}
