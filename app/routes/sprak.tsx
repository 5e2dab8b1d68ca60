/**
 * The language switch (the form in the header posts here): remembers the choice in the `laget_sprak`
 * cookie and sends the reader back to the page they were on. Works without JavaScript.
 */
import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { LANGUAGES } from "~/i18n";
import { languageCookie, messagesFor } from "~/services/language.server";
import { safeRedirect } from "~/utils/safe-redirect";
import { readFormData } from "~/utils/forms.server";

const languageSchema = z.object({ lang: z.enum(LANGUAGES) });

/** No GET changes anything: a link or prefetch to /sprak just goes to the front page. */
export function loader() {
  return redirect("/");
}

export async function action({ request }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const parsed = languageSchema.safeParse({ lang: formData.get("lang") });
  if (!parsed.success) {
    const t = messagesFor(request);
    return new Response(t.language.invalid, {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Language": t.meta.lang, "Cache-Control": "no-store" },
    });
  }
  // A missing or foreign `tilbake` is no error: the reader lands on the front page instead.
  return redirect(safeRedirect(formData.get("tilbake"), "/"), {
    headers: { "Set-Cookie": languageCookie(parsed.data.lang) },
  });
}
