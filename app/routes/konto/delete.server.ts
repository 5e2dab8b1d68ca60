/** intent=delete: deleting the account, after the current password and a ticked confirmation. */
import { redirect } from "@remix-run/node";
import { deleteAccount } from "~/models/account/deletion.server";
import { endSession } from "~/services/auth.server";
import { parseForm } from "~/utils/forms.server";
import { deleteAccountSchema } from "~/validation/account";
import { refused, reply, type IntentArgs } from "./reply.server";

export async function deleteAccountIntent({ request, user, formData }: IntentArgs) {
  const parsed = parseForm(formData, deleteAccountSchema);
  if (!parsed.ok) return reply("delete", parsed.result);
  const outcome = await deleteAccount({ userId: user.id, currentPassword: parsed.value.currentPassword });
  if (!outcome.ok) return refused("delete", parsed.reject, outcome);
  // The session row is gone with the account; this clears the cookie.
  return redirect("/?konto-slettet", { headers: { "Set-Cookie": await endSession(request) } });
}
