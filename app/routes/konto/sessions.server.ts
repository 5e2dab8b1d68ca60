/** intent=end-session and intent=end-other-sessions: signing out other browsers (or this one). */
import { redirect } from "@remix-run/node";
import { endAllOtherSessions, endSessionByHandle } from "~/models/account/sessions.server";
import { endSession } from "~/services/auth.server";
import { parseForm } from "~/utils/forms.server";
import { endOtherSessionsSchema, endSessionSchema } from "~/validation/account";
import { reply, type IntentArgs } from "./reply.server";

export async function endSessionIntent({ request, user, session, formData }: IntentArgs) {
  const parsed = parseForm(formData, endSessionSchema);
  if (!parsed.ok) return reply("end-session", parsed.result, { kind: "sessionGone" });
  const outcome = endSessionByHandle(user.id, parsed.value.session, session.id);
  if (outcome === "notFound") return reply("end-session", parsed.reject({}), { kind: "sessionGone" });
  if (outcome === "current") {
    // Ending the session in use is logging out.
    return redirect("/logg-inn?utlogget", { headers: { "Set-Cookie": await endSession(request) } });
  }
  return redirect("/konto?lagret=okt");
}

export function endOtherSessionsIntent({ user, session, formData }: IntentArgs) {
  const parsed = parseForm(formData, endOtherSessionsSchema);
  if (!parsed.ok) return reply("end-other-sessions", parsed.result);
  endAllOtherSessions(user.id, session.id);
  return redirect("/konto?lagret=okter");
}
