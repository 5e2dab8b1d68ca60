import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form } from "@remix-run/react";
import { SubmitButton } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { audit } from "~/services/audit.server";
import { endSession, getSessionUser } from "~/services/auth.server";
import { readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { safeRedirect } from "~/utils/safe-redirect";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.auth.logoutTitle }));

/** A GET never logs out (a link or prefetch must not end a session): it offers the button. */
export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await getSessionUser(request))) throw redirect("/");
  return null;
}

/** `til`: where the next login should lead (switching account to accept an invitation). */
export async function action({ request }: ActionFunctionArgs) {
  const til = safeRedirect((await readFormData(request)).get("til"), "");
  const current = await getSessionUser(request);
  const cookie = await endSession(request);
  if (current) audit({ actorUserId: current.user.id, action: "logout", entityType: "user", entityId: current.user.id });
  return redirect(til ? `/logg-inn?utlogget&til=${encodeURIComponent(til)}` : "/logg-inn?utlogget", { headers: { "Set-Cookie": cookie } });
}

export default function Logout() {
  const t = useT();
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">{t.auth.logoutTitle}</h1>
      <p className="mt-2">{t.auth.logoutIntro}</p>
      <Form method="post">
        <SubmitButton>{t.auth.logout}</SubmitButton>
      </Form>
    </div>
  );
}
