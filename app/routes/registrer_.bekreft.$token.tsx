/**
 * /registrer/bekreft/:token — confirming a new account's e-mail address from the link mailed to it
 * (app/models/signup.server.ts). A GET only shows the button (mail scanners and link previews open
 * links); the POST confirms the address and signs the person in. The `_` keeps this page out of the
 * registration page's layout while the address stays under /registrer.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormMessage, SubmitButton } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { confirmSignup, isValidSignupToken } from "~/models/signup.server";
import { createUserSession } from "~/services/auth.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, (t) => ({ title: t.signup.confirmTitle })),
  { name: "robots", content: "noindex" },
];

export function loader({ params }: LoaderFunctionArgs) {
  return { valid: isValidSignupToken(params.token ?? "") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const userId = confirmSignup(params.token ?? "");
  if (userId === null) return data({ invalid: true }, { status: 400 });
  const cookie = await createUserSession(userId, request);
  return redirect("/min-side?bekreftet", { headers: { "Set-Cookie": cookie } });
}

export default function ConfirmSignup() {
  const { valid } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const s = t.signup;
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">{s.confirmHeading}</h1>
      {!valid || actionData?.invalid ? (
        <>
          <FormMessage>{s.confirmInvalid}</FormMessage>
          <p className="mt-6">
            <Link to="/logg-inn" className="inline-block py-2">
              {t.auth.loginButton}
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="mt-2">{s.confirmIntro}</p>
          <Form method="post">
            <SubmitButton>{s.confirmButton}</SubmitButton>
          </Form>
        </>
      )}
    </div>
  );
}
