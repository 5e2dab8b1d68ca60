import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SubmitButton, TextAreaField, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { findOrganisationBySlug, MembershipRuleError, requestMembership } from "~/models/membership.server";
import { createUserSession, getSessionUser } from "~/services/auth.server";
import { deliverPendingMail } from "~/services/mail.server";
import { hashPassword } from "~/services/password.server";
import { passwordProblem } from "~/services/password-policy.server";
import { takeAttempt } from "~/services/rate-limit.server";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { joinRequestSchema, joinWithAccountSchema } from "~/validation/membership";

export { passThroughHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  pageMeta(matches, (t) => ({ title: t.membership.joinTitle(loaderData?.organisation.name ?? "") }));

function organisationOr404(slug: string | undefined) {
  const org = slug ? findOrganisationBySlug(slug) : undefined;
  // Rejected and archived organisations take no new members.
  if (!org || org.status === "rejected" || org.status === "archived") throw new Response(null, { status: 404 });
  return org;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const org = organisationOr404(params.slug);
  const session = await getSessionUser(request);
  return { organisation: { name: org.name }, loggedIn: !!session, sent: new URL(request.url).searchParams.has("sendt") };
}

type Problem = "alreadyMember" | "alreadyRequested" | "emailTaken" | "tooMany" | null;

export async function action({ request, params, context }: ActionFunctionArgs) {
  const org = organisationOr404(params.slug);
  const session = await getSessionUser(request);
  const formData = await readFormData(request);

  if (!session) {
    const bucket = [`register:ip:${context.clientIp}`];
    const verdict = takeAttempt(bucket);
    if (verdict.blocked) {
      return data({ result: null, problem: "tooMany" as Problem }, { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds) } });
    }
  }

  const password = formData.get("password");
  const problem = !session && typeof password === "string" && password ? passwordProblem(password, String(formData.get("email") ?? "")) : null;
  const parsed = session
    ? parseForm(formData, joinRequestSchema)
    : parseForm(formData, joinWithAccountSchema, { password: problem ? [problem] : undefined });
  if (!parsed.ok) return data({ result: parsed.result, problem: null as Problem }, { status: 400 });

  try {
    const value = parsed.value as { message: string; name?: string; email?: string; password?: string };
    const userId = session
      ? requestMembership({ organisationId: org.id, userId: session.user.id, message: value.message })
      : requestMembership({
          organisationId: org.id,
          message: value.message,
          account: { name: value.name!, email: value.email!, passwordHash: await hashPassword(value.password!) },
        });
    void deliverPendingMail();
    if (session) return redirect(`/bli-med/${params.slug}?sendt`);
    const cookie = await createUserSession(userId, request);
    return redirect(`/bli-med/${params.slug}?sendt`, { headers: { "Set-Cookie": cookie } });
  } catch (error) {
    if (error instanceof MembershipRuleError && ["alreadyMember", "alreadyRequested", "emailTaken"].includes(error.reason)) {
      return data({ result: parsed.reject({}), problem: error.reason as Problem }, { status: 400 });
    }
    throw error;
  }
}

export default function JoinOrganisation() {
  const { organisation, loggedIn, sent } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const form = formState(actionData?.result);
  const t = useT();
  const m = t.membership;
  const problem = actionData?.problem;
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">{m.joinHeading(organisation.name)}</h1>
      {sent ? (
        <FormMessage tone="success">{m.joinSent}</FormMessage>
      ) : (
        <>
          <ErrorSummary
            form={form}
            fields={{ name: "name", email: "email", password: "password", message: "message" }}
            problems={[
              problem === "alreadyMember" ? m.joinAlreadyMember : null,
              problem === "alreadyRequested" ? m.joinAlreadyRequested : null,
              problem === "emailTaken" ? t.registration.emailTaken : null,
              problem === "tooMany" ? t.registration.tooMany(15) : null,
            ]}
          />
          <p className="mt-2">{m.joinIntro}</p>
          <Form method="post" noValidate>
            {loggedIn ? null : (
              <fieldset className="mt-6 rounded border border-gray-300 p-4">
                <legend className="px-1 text-xl font-semibold">{m.joinAccountLegend}</legend>
                <TextField id="name" name="name" label={t.registration.name} autoComplete="name" defaultValue={form.value("name")} errors={form.errors("name")} required />
                <TextField id="email" name="email" type="email" label={t.registration.email} autoComplete="email" defaultValue={form.value("email")} errors={form.errors("email")} required />
                <TextField id="password" name="password" type="password" label={t.registration.password} hint={t.auth.passwordHint} autoComplete="new-password" errors={form.errors("password")} required />
              </fieldset>
            )}
            <TextAreaField id="message" name="message" label={m.joinMessage} hint={m.joinMessageHint} defaultValue={form.value("message")} errors={form.errors("message")} rows={4} />
            <SubmitButton>{m.joinSubmit}</SubmitButton>
          </Form>
        </>
      )}
    </div>
  );
}
