import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SubmitButton, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { acceptInvitation, describeInvitation, isInvitedAccount, MembershipRuleError } from "~/models/membership.server";
import { createUserSession, getSessionUser } from "~/services/auth.server";
import { languageFromRequest } from "~/services/language.server";
import { hashPassword } from "~/services/password.server";
import { passwordProblem } from "~/services/password-policy.server";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { acceptInvitationSchema } from "~/validation/membership";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.membership.invitationTitle }));

/** Looking at the invitation does not use it; only accepting does (POST). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const invitation = describeInvitation(params.token ?? "");
  const session = await getSessionUser(request);
  return {
    invitation: invitation ? { organisation: invitation.organisation, email: invitation.email, role: invitation.role, hasAccount: invitation.hasAccount } : null,
    loggedIn: !!session,
    /** Signed in with another e-mail than the invited one: told to sign in as the invited address. */
    signedInAs: session && invitation && !isInvitedAccount(invitation.email, session.user.email) ? session.user.email : null,
    path: new URL(request.url).pathname,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const invitation = describeInvitation(token);
  if (!invitation) return data({ result: null, invalid: true }, { status: 400 });
  const session = await getSessionUser(request);
  const formData = await readFormData(request);

  if (session) {
    if (!isInvitedAccount(invitation.email, session.user.email)) return data({ result: null, invalid: false, otherAccount: true }, { status: 403 });
    try {
      const userId = acceptInvitation(token, { userId: session.user.id });
      if (userId === null) return data({ result: null, invalid: true }, { status: 400 });
    } catch (error) {
      if (error instanceof MembershipRuleError && error.reason === "otherAccount") return data({ result: null, invalid: false, otherAccount: true }, { status: 403 });
      throw error;
    }
    return redirect("/min-side");
  }
  // Someone with an account must log in first, so an invitation never creates a second account.
  if (invitation.hasAccount) return redirect(`/logg-inn?til=${encodeURIComponent(new URL(request.url).pathname)}`);

  const password = formData.get("password");
  const problem = typeof password === "string" && password ? passwordProblem(password, invitation.email) : null;
  const parsed = parseForm(formData, acceptInvitationSchema, { password: problem ? [problem] : undefined });
  if (!parsed.ok) return data({ result: parsed.result, invalid: false }, { status: 400 });
  try {
    // The account speaks the language the person accepted in (their e-mails and notifications).
    const userId = acceptInvitation(token, { name: parsed.value.name, passwordHash: await hashPassword(parsed.value.password), language: languageFromRequest(request) });
    if (userId === null) return data({ result: null, invalid: true }, { status: 400 });
    const cookie = await createUserSession(userId, request);
    return redirect("/min-side", { headers: { "Set-Cookie": cookie } });
  } catch (error) {
    if (error instanceof MembershipRuleError) return data({ result: null, invalid: true }, { status: 400 });
    throw error;
  }
}

export default function Invitation() {
  const { invitation, loggedIn, signedInAs, path } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const form = formState(actionData?.result);
  const t = useT();
  const m = t.membership;
  if (!invitation || actionData?.invalid) {
    return (
      <div className="max-w-xl">
        <h1 className="text-3xl font-bold">{m.invitationTitle}</h1>
        <FormMessage>{m.invitationInvalid}</FormMessage>
      </div>
    );
  }
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">{m.invitationHeading(invitation.organisation)}</h1>
      <ErrorSummary form={form} fields={{ name: "name", password: "password" }} />
      <p className="mt-2">{m.invitationIntro(invitation.organisation, m.membershipRoles[invitation.role])}</p>
      {signedInAs ? (
        <FormMessage tone="info">
          {m.invitationOtherAccount(invitation.email, signedInAs)}{" "}
          <Form method="post" action="/logg-ut" className="mt-2">
            <input type="hidden" name="til" value={path} />
            <Button variant="secondary">{m.invitationSwitchAccount}</Button>
          </Form>
        </FormMessage>
      ) : loggedIn ? (
        <Form method="post">
          <SubmitButton>{m.invitationAccept}</SubmitButton>
        </Form>
      ) : invitation.hasAccount ? (
        <p className="mt-4">
          {m.invitationLoginFirst} <Link to={`/logg-inn?til=${encodeURIComponent(path)}`}>{t.auth.loginButton}</Link>
        </p>
      ) : (
        <>
          <p className="mt-4">{m.invitationCreateAccount}</p>
          <p className="mt-1 font-medium">{m.invitationEmail(invitation.email)}</p>
          <Form method="post" noValidate>
            <TextField id="name" name="name" label={t.registration.name} autoComplete="name" defaultValue={form.value("name")} errors={form.errors("name")} required />
            <TextField id="password" name="password" type="password" label={t.registration.password} hint={actionData ? `${t.registration.passwordAgain} ${t.auth.passwordHint}` : t.auth.passwordHint} autoComplete="new-password" errors={form.errors("password")} required />
            <SubmitButton>{m.invitationAccept}</SubmitButton>
          </Form>
        </>
      )}
    </div>
  );
}
