import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SubmitButton, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { emailForResetToken, resetPassword } from "~/models/password-reset.server";
import { hashPassword } from "~/services/password.server";
import { passwordProblem } from "~/services/password-policy.server";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { resetPasswordSchema } from "~/validation/auth";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.auth.resetTitle }));

export function loader({ params }: LoaderFunctionArgs) {
  // Showing the form does not use the link; only saving a new password does.
  return { valid: emailForResetToken(params.token ?? "") !== null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const email = emailForResetToken(token);
  const formData = await readFormData(request);
  if (email === null) return data({ result: null, invalid: true }, { status: 400 });
  const password = formData.get("password");
  const problem = typeof password === "string" && password ? passwordProblem(password, email) : null;
  const parsed = parseForm(formData, resetPasswordSchema, { password: problem ? [problem] : undefined });
  if (!parsed.ok) return data({ result: parsed.result, invalid: false }, { status: 400 });
  const done = resetPassword(token, await hashPassword(parsed.value.password));
  if (!done) return data({ result: null, invalid: true }, { status: 400 });
  return redirect("/logg-inn?tilbakestilt");
}

export default function ResetPassword() {
  const { valid } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const form = formState(actionData?.result);
  const t = useT();
  if (!valid || actionData?.invalid) {
    return (
      <div className="max-w-md">
        <h1 className="text-3xl font-bold">{t.auth.resetHeading}</h1>
        <FormMessage>{t.auth.resetInvalid}</FormMessage>
        <p className="mt-6">
          <Link to="/glemt-passord">{t.auth.requestNewLink}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-md">
      <h1 className="text-3xl font-bold">{t.auth.resetHeading}</h1>
      <ErrorSummary form={form} fields={{ password: "password" }} />
      <p className="mt-2">{t.auth.resetIntro}</p>
      <Form method="post" noValidate>
        <TextField id="password" name="password" type="password" label={t.auth.newPassword} hint={t.auth.passwordHint} autoComplete="new-password" errors={form.errors("password")} required />
        <SubmitButton>{t.auth.resetButton}</SubmitButton>
      </Form>
    </div>
  );
}
