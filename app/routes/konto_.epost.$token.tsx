/**
 * /konto/epost/:token — confirming a new e-mail address from the link sent to it. A GET only shows
 * the confirm button (mail scanners and link previews open links); the POST makes the change.
 *
 * Logging in is not required: the link proves the person controls the new address, and the change
 * was asked for with the account's password. The file name's `konto_` keeps this page out of the
 * /konto page's layout (and its login requirement), while the address stays under /konto.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormMessage, SubmitButton } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { confirmEmailChange, findEmailChange } from "~/models/account/email.server";
import { getSessionUser } from "~/services/auth.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, (t) => ({ title: t.account.confirmEmail.title })),
  { name: "robots", content: "noindex" },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const change = findEmailChange(params.token ?? "");
  if (change) return { state: "confirm" as const, newEmail: change.newEmail };
  // After a confirmation made where the person is not logged in (see the action).
  if (new URL(request.url).searchParams.has("bekreftet")) {
    return { state: "done" as const, newEmail: null, loggedIn: !!(await getSessionUser(request)) };
  }
  return { state: "invalid" as const, newEmail: null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const current = await getSessionUser(request);
  const outcome = confirmEmailChange(token, current?.session.id ?? null);
  if (!outcome.ok) return data({ problem: outcome.reason }, { status: 400 });
  if (current?.user.id === outcome.userId) return redirect("/konto?lagret=epost-bekreftet");
  return redirect(`/konto/epost/${encodeURIComponent(token)}?bekreftet`);
}

export default function ConfirmEmail() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const c = t.account.confirmEmail;
  const problem = actionData?.problem ?? (loaded.state === "invalid" ? "invalid" : null);

  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">{c.heading}</h1>
      {problem ? (
        <>
          <FormMessage>{problem === "emailTaken" ? c.taken : c.invalid}</FormMessage>
          <p className="mt-6">
            <Link to="/konto" className="inline-block py-2">
              {c.toAccount}
            </Link>
          </p>
        </>
      ) : loaded.state === "done" ? (
        <>
          <FormMessage tone="success">{c.done}</FormMessage>
          <p className="mt-6">
            <Link to={"loggedIn" in loaded && loaded.loggedIn ? "/konto" : "/logg-inn"} className="inline-block py-2">
              {"loggedIn" in loaded && loaded.loggedIn ? c.toAccount : c.toLogin}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="mt-2">{c.intro(loaded.newEmail ?? "")}</p>
          <Form method="post">
            <SubmitButton>{c.submit}</SubmitButton>
          </Form>
        </>
      )}
    </div>
  );
}
