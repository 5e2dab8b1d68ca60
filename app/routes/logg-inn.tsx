import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SubmitButton, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { createUserSession, getSessionUser } from "~/services/auth.server";
import { attemptLogin } from "~/services/login.server";
import { providerButtons } from "~/services/oidc-config.server";
import { isSsoFailure } from "~/services/sso-failure";
import { workspacePath } from "~/services/permissions";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { safeRedirect } from "~/utils/safe-redirect";
import { loginSchema } from "~/validation/auth";

export { passThroughHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.auth.loginTitle }));

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  // Empty when no (safe) return path was given: the person then lands on their role's workspace.
  const til = safeRedirect(url.searchParams.get("til"), "");
  const session = await getSessionUser(request);
  if (session) throw redirect(til || workspacePath(session.user.role));
  const ssoError = url.searchParams.get("sso-feil");
  return {
    til,
    loggedOut: url.searchParams.has("utlogget"),
    passwordReset: url.searchParams.has("tilbakestilt"),
    providers: providerButtons(),
    ssoError: isSsoFailure(ssoError) ? ssoError : null,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const parsed = parseForm(formData, loginSchema);
  if (!parsed.ok) return data({ result: parsed.result, problem: null, retryAfterMinutes: 0 }, { status: 400 });

  const login = await attemptLogin(parsed.value.email, parsed.value.password, context.clientIp);
  if (!login.ok) {
    const blocked = login.reason === "blocked";
    const status = blocked ? 429 : login.reason === "ssoRequired" ? 403 : 400;
    const retryAfterSeconds = blocked ? login.retryAfterSeconds : 0;
    return data(
      {
        result: parsed.reject({}),
        problem: login.reason,
        retryAfterMinutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)),
      },
      { status, headers: blocked ? { "Retry-After": String(retryAfterSeconds) } : undefined },
    );
  }
  const cookie = await createUserSession(login.user.id, request);
  const destination = safeRedirect(parsed.value.til, "") || workspacePath(login.user.role);
  return redirect(destination, { headers: { "Set-Cookie": cookie } });
}

export default function Login() {
  const { til, loggedOut, passwordReset, providers, ssoError } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const form = formState(actionData?.result);
  const t = useT();
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">{t.auth.loginHeading}</h1>
      <ErrorSummary
        form={form}
        fields={{ email: "email", password: "password" }}
        problems={[
          actionData?.problem === "invalid" ? t.auth.wrongCredentials : null,
          actionData?.problem === "blocked" ? t.auth.tooManyAttempts(actionData.retryAfterMinutes) : null,
          actionData?.problem === "ssoRequired" ? t.auth.ssoRequired : null,
          ssoError && !actionData ? t.auth.ssoFailed[ssoError] : null,
        ]}
      />
      <p className="mt-2">{t.auth.loginIntro}</p>
      {actionData?.problem === "invalid" ? <p className="mt-2">{t.signup.unconfirmedHint}</p> : null}
      {loggedOut && !actionData ? <FormMessage tone="success">{t.auth.loggedOut}</FormMessage> : null}
      {passwordReset && !actionData ? <FormMessage tone="success">{t.auth.resetDone}</FormMessage> : null}
      {providers.map((provider) => (
        // A plain form (also without JavaScript): the answer is a redirect to the provider, another site.
        <form key={provider.name} method="post" action={`/logg-inn/sso/${provider.name}`} className="mt-4">
          <input type="hidden" name="til" value={til} />
          <SubmitButton>{t.auth.ssoButton(provider.displayName)}</SubmitButton>
        </form>
      ))}
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
