import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SubmitButton, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { requestPasswordReset } from "~/models/password-reset.server";
import { afterResponse } from "~/services/background.server";
import { deliverPendingMail } from "~/services/mail.server";
import { takeAttempt } from "~/services/rate-limit.server";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { forgotPasswordSchema } from "~/validation/auth";

export { passThroughHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.auth.forgotTitle }));

export function loader({ request }: LoaderFunctionArgs) {
  return { sent: new URL(request.url).searchParams.has("sendt") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await readFormData(request);
  const parsed = parseForm(formData, forgotPasswordSchema);
  if (!parsed.ok) return data({ result: parsed.result, retryAfterMinutes: 0 }, { status: 400 });

  const buckets = [`reset:ip:${context.clientIp}`, `reset:email:${parsed.value.email.toLowerCase()}`];
  const verdict = takeAttempt(buckets);
  if (verdict.blocked) {
    return data(
      { result: parsed.reject({}), retryAfterMinutes: Math.ceil(verdict.retryAfterSeconds / 60) },
      { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds) } },
    );
  }
  // The same answer, as fast, whether or not the address has an account: the work for a known
  // address (a token, a mail) is done after the answer has gone out.
  const email = parsed.value.email;
  afterResponse("password reset", () => {
    requestPasswordReset(email);
    void deliverPendingMail();
  });
  return redirect("/glemt-passord?sendt");
}

export default function ForgotPassword() {
  const { sent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const form = formState(actionData?.result);
  const t = useT();
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">{t.auth.forgotHeading}</h1>
      {sent ? (
        <>
          <FormMessage tone="success">{t.auth.forgotSent}</FormMessage>
          <p className="mt-6">
            <Link to="/logg-inn">{t.auth.loginButton}</Link>
          </p>
        </>
      ) : (
        <>
          <ErrorSummary
            form={form}
            fields={{ email: "email" }}
            problems={[actionData?.retryAfterMinutes ? t.auth.tooManyAttempts(actionData.retryAfterMinutes) : null]}
          />
          <p className="mt-2">{t.auth.forgotIntro}</p>
          <Form method="post" noValidate>
            <TextField id="email" name="email" type="email" label={t.auth.email} autoComplete="username" defaultValue={form.value("email")} errors={form.errors("email")} required />
            <SubmitButton>{t.auth.forgotButton}</SubmitButton>
          </Form>
        </>
      )}
    </div>
  );
}
