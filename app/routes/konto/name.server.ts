/** intent=name: a new name for the account. */
import { redirect } from "@remix-run/node";
import { changeName } from "~/models/account/profile.server";
import { parseForm } from "~/utils/forms.server";
import { changeNameSchema } from "~/validation/account";
import { reply, type IntentArgs } from "./reply.server";

export function changeNameIntent({ user, formData }: IntentArgs) {
  const parsed = parseForm(formData, changeNameSchema);
  if (!parsed.ok) return reply("name", parsed.result);
  changeName(user.id, parsed.value.name);
  return redirect("/konto?lagret=navn");
}
