import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SubmitButton, TextAreaField, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { findOrganisationBySlug, requestMembership } from "~/models/membership.server";
import { signUp } from "~/models/signup.server";
import { getSessionUser } from "~/services/auth.server";
import { afterResponse } from "~/services/background.server";
import { languageFromRequest } from "~/services/language.server";
import { deliverPendingMail } from "~/services/mail.server";
import { passwordProblem } from "~/services/password-policy.server";
import { takeAttempt } from "~/services/rate-limit.server";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { joinRequestSchema, joinWithAccountSchema } from "~/validation/membership";
import { orRefusal } from "~/utils/refusal.server";

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
  const query = new URL(request.url).searchParams;
  // `bekreft`: a new account's request waits for the address to be confirmed (signup.server.ts).
  return { organisation: { name: org.name }, loggedIn: !!session, sent: query.has("sendt"), confirm: !session && query.has("bekreft") };
}

type Problem = "alreadyMember" | "alreadyRequested" | "tooMany" | null;

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

  const value = parsed.value as { message: string; name?: string; email?: string; password?: string };
  if (!session) {
    // A new account: the same answer, at once, whether or not the address has an account; the
    // account and request, or the notice to the address's owner, are made after it (signup.server.ts).
    const signUpInput = { name: value.name!, email: value.email!, password: value.password!, lang: languageFromRequest(request), then: { kind: "join" as const, organisationId: org.id, message: value.message } };
    afterResponse("join with a new account", async () => void (await signUp(signUpInput)));
    return redirect(`/bli-med/${params.slug}?bekreft`);
  }
  const outcome = orRefusal(() => requestMembership({ organisationId: org.id, userId: session.user.id, message: value.message }));
  if (outcome.ok) {
    void deliverPendingMail();
    return redirect(`/bli-med/${params.slug}?sendt`);
  }
  // Already a member, or already asked: said on the page. Any other refusal answers with its status.
  if (outcome.reason !== "alreadyMember" && outcome.reason !== "alreadyRequested") throw new Response(null, { status: outcome.status });
  return data({ result: parsed.reject({}), problem: outcome.reason as Problem }, { status: 400 });
}

export default function JoinOrganisation() {
  const { organisation, loggedIn, sent, confirm } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const form = formState(actionData?.result);
  const t = useT();
  const m = t.membership;
  const problem = actionData?.problem;
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold">{m.joinHeading(organisation.name)}</h1>
      {confirm ? (
        <>
          <h2 className="mt-6 text-xl font-semibold">{t.signup.sentHeading}</h2>
          <FormMessage tone="success">{t.signup.sentJoinText}</FormMessage>
        </>
      ) : sent ? (
        <FormMessage tone="success">{m.joinSent}</FormMessage>
      ) : (
        <>
          <ErrorSummary
            form={form}
            fields={{ name: "name", email: "email", password: "password", message: "message" }}
            problems={[
              problem === "alreadyMember" ? m.joinAlreadyMember : null,
              problem === "alreadyRequested" ? m.joinAlreadyRequested : null,
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
                <TextField id="password" name="password" type="password" label={t.registration.password} hint={actionData ? `${t.registration.passwordAgain} ${t.auth.passwordHint}` : t.auth.passwordHint} autoComplete="new-password" errors={form.errors("password")} required />
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
