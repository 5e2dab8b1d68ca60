import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { FormMessage, SubmitButton, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { createUserSession, getSessionUser } from "~/services/auth.server";
import { attemptLogin } from "~/services/login.server";
import { formState } from "~/utils/forms";
import { parseForm } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { safeRedirect } from "~/utils/safe-redirect";
import { loginSchema } from "~/validation/auth";

export { passThroughHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.auth.loginTitle }));

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const til = safeRedirect(url.searchParams.get("til"));
  if (await getSessionUser(request)) throw redirect(til);
  return { til, loggedOut: url.searchParams.has("utlogget"), passwordReset: url.searchParams.has("tilbakestilt") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const parsed = parseForm(formData, loginSchema);
  if (!parsed.ok) return data({ result: parsed.result, problem: null, retryAfterMinutes: 0 }, { status: 400 });

  const login = await attemptLogin(parsed.value.email, parsed.value.password, context.clientIp);
  if (!login.ok) {
    const blocked = login.reason === "blocked";
    const retryAfterSeconds = blocked ? login.retryAfterSeconds : 0;
    return data(
      {
        result: parsed.reject({}),
        problem: login.reason,
        retryAfterMinutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)),
      },
      { status: blocked ? 429 : 400, headers: blocked ? { "Retry-After": String(retryAfterSeconds) } : undefined },
    );
  }
  const cookie = await createUserSession(login.user.id, request);
  return redirect(safeRedirect(parsed.value.til), { headers: { "Set-Cookie": cookie } });
}

export default function Login() {
  const { til, loggedOut, passwordReset } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const form = formState(actionData?.result);
  const t = useT();
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">{t.auth.loginHeading}</h1>
      <p className="mt-2">{t.auth.loginIntro}</p>
      {loggedOut && !actionData ? <FormMessage tone="success">{t.auth.loggedOut}</FormMessage> : null}
      {passwordReset && !actionData ? <FormMessage tone="success">{t.auth.resetDone}</FormMessage> : null}
      {actionData?.problem === "invalid" ? <FormMessage>{t.auth.wrongCredentials}</FormMessage> : null}
      {actionData?.problem === "blocked" ? <FormMessage>{t.auth.tooManyAttempts(actionData.retryAfterMinutes)}</FormMessage> : null}
      <Form method="post" noValidate>
        <input type="hidden" name="til" value={til} />
        <TextField
          id="email"
          name="email"
          type="email"
          label={t.auth.email}
          autoComplete="username"
          defaultValue={form.value("email")}
          errors={form.errors("email")}
          required
        />
        <TextField
          id="password"
          name="password"
          type="password"
          label={t.auth.password}
          autoComplete="current-password"
          errors={form.errors("password")}
          required
        />
        <SubmitButton>{t.auth.loginButton}</SubmitButton>
      </Form>
      <p className="mt-6">
        <Link to="/glemt-passord">{t.auth.forgotPasswordLink}</Link>
      </p>
      <p className="mt-2">
        {t.auth.noAccount} <Link to="/registrer">{t.auth.registerLink}</Link>
      </p>
    </div>
  );
}
