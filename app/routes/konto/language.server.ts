/** intent=language: the language of the person's e-mails and notifications, and of the pages. */
import { redirect } from "@remix-run/node";
import { changeLanguage } from "~/models/account/profile.server";
import { languageCookie } from "~/services/language.server";
import { parseForm } from "~/utils/forms.server";
import { changeLanguageSchema } from "~/validation/account";
import { reply, type IntentArgs } from "./reply.server";

export function changeLanguageIntent({ user, formData }: IntentArgs) {
  const parsed = parseForm(formData, changeLanguageSchema);
  if (!parsed.ok) return reply("language", parsed.result);
  changeLanguage(user.id, parsed.value.language);
  // The pages follow the choice at once (the language cookie), as the header's switch does.
  return redirect("/konto?lagret=sprak", { headers: { "Set-Cookie": languageCookie(parsed.value.language) } });
}
