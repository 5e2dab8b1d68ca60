/** intent=password: a new password, after the current one. */
import { redirect } from "@remix-run/node";
import { changePassword } from "~/models/account/password.server";
import { accountHasPassword, setFirstPassword } from "~/models/sso/first-password.server";
import { hashPassword } from "~/services/password.server";
import { passwordProblem } from "~/services/password-policy.server";
import { parseForm } from "~/utils/forms.server";
import { changePasswordSchema, firstPasswordSchema } from "~/validation/account";
import { refused, reply, type IntentArgs } from "./reply.server";

export async function changePasswordIntent({ user, session, formData }: IntentArgs) {
  const newPassword = formData.get("newPassword");
  const problem = typeof newPassword === "string" && newPassword !== "" ? passwordProblem(newPassword, user.email) : null;
  if (!accountHasPassword(user.id)) {
    // An account made by single sign-on: a fresh sign-in stands in for the current password.
    const first = parseForm(formData, firstPasswordSchema, { newPassword: problem ? [problem] : undefined });
    if (!first.ok) return reply("password", first.result);
    const outcome = setFirstPassword({ userId: user.id, passwordHash: await hashPassword(first.value.newPassword), sessionId: session.id, sessionCreatedAt: session.createdAt });
    if (!outcome.ok) return reply("password", first.reject({ fields: { newPassword: ["signInAgain"] } }));
    return redirect("/konto?lagret=passord");
  }
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
