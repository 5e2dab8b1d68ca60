import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { CheckboxGroup, FormMessage, SelectField, SubmitButton, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import {
  findOrganisationByNumber,
  listAreaOptions,
  listThemeOptions,
  registerOrganisation,
  unknownChoices,
} from "~/models/registration.server";
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
import { SECTORS } from "~/validation/enums";
import { organisationRegistrationSchema, registrationSchema } from "~/validation/registration";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { RegisterFacts, type RegisterFactsData } from "~/components/partner/RegisterFacts";
import { Button } from "~/components/ui/Button";
import { lookUpUnit, registrationRefusal } from "~/services/enhetsregisteret.server";
import { lookUpForRegistration } from "./lookup.server";

export { passThroughHeaders as headers } from "~/utils/headers";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => (data?.sent ? { title: t.signup.sentTitle } : { title: t.registration.title, description: t.registration.intro }));

export async function loader({ request }: LoaderFunctionArgs) {
  const session = await getSessionUser(request);
  return {
    /** After a sign-up: "check your e-mail" instead of the form. */
    sent: !session && new URL(request.url).searchParams.has("sendt"),
    loggedInAs: session?.user.name ?? null,
    areaOptions: listAreaOptions(),
    themeOptions: listThemeOptions(),
  };
}

type Problem = { kind: "orgNumberTaken"; name: string; slug: string } | { kind: "tooMany"; minutes: number };

export async function action({ request, context }: ActionFunctionArgs) {
  const session = await getSessionUser(request);
  const formData = await readFormData(request);

  const bucket = [`register:ip:${context.clientIp}`];
  const verdict = takeAttempt(bucket);
  if (verdict.blocked) {
    const parsed = parseForm(formData, organisationRegistrationSchema);
    const result = parsed.ok ? parsed.reject({}) : parsed.result;
    return data(
      { result, problem: { kind: "tooMany", minutes: Math.ceil(verdict.retryAfterSeconds / 60) } as Problem },
      { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds) } },
    );
  }

  const password = formData.get("password");
  const passwordCheck =
    !session && typeof password === "string" && password !== ""
      ? passwordProblem(password, String(formData.get("email") ?? ""))
      : null;
  if (formData.get("intent") === "lookup") {
    const echo = parseForm(formData, session ? organisationRegistrationSchema : registrationSchema);
    return data({ problem: null as Problem | null, ...(await lookUpForRegistration(echo.ok ? echo.reject({}) : echo.result)) });
  }

  const parsed = session
    ? parseForm(formData, organisationRegistrationSchema)
    : parseForm(formData, registrationSchema, { password: passwordCheck ? [passwordCheck] : undefined });
  if (!parsed.ok) return data({ result: parsed.result, problem: null as Problem | null }, { status: 400 });
  const value = parsed.value as typeof parsed.value & { name?: string; email?: string; password?: string };

  const fieldErrors: Record<string, string[]> = {};
  const unknown = unknownChoices(value.areas, value.themes);
  if (unknown.areas.length) fieldErrors.areas = ["invalidChoice"];
  if (unknown.themes.length) fieldErrors.themes = ["invalidChoice"];
  const orgNumber = value.orgNumber || null;
  const existing = orgNumber ? findOrganisationByNumber(orgNumber) : undefined;
  if (existing) fieldErrors.orgNumber = ["orgNumberTaken"];
  // Enhetsregisteret: an unknown, removed or deleted number is refused; a register that does not
  // answer lets the registration through, unchecked (the approval page says so).
  const refusedByRegister = orgNumber && !existing ? registrationRefusal(await lookUpUnit(orgNumber)) : null;
  if (refusedByRegister) fieldErrors.orgNumber = [refusedByRegister];
  if (Object.keys(fieldErrors).length) {
    const problem: Problem | null = existing ? { kind: "orgNumberTaken", name: existing.name, slug: existing.slug } : null;
    return data({ result: parsed.reject({ fields: fieldErrors }), problem }, { status: 400 });
  }

  const organisation = { name: value.orgName, sector: value.sector, orgNumber, areaIds: value.areas, themeIds: value.themes };
  if (!session) {
    // A new account: the same answer, at once, whether or not the address has an account; the
    // account, or the notice to the address's owner, is made after it (app/models/signup.server.ts).
    const signUpInput = { name: value.name!, email: value.email!, password: value.password!, lang: languageFromRequest(request), then: { kind: "register" as const, organisation } };
    afterResponse("registration", async () => void (await signUp(signUpInput)));
    return redirect("/registrer?sendt");
  }
  const outcome = orRefusal(() => registerOrganisation({ account: { userId: session.user.id }, organisation }));
  if (outcome.ok) {
    void deliverPendingMail();
    return redirect("/min-side?registrert");
  }
  // A taken organisation number is shown next to its field, with a link to the organisation that has it.
  if (outcome.reason !== "orgNumberTaken") throw new Response(null, { status: outcome.status });
  const taken = findOrganisationByNumber(orgNumber!);
  return data(
    { result: rejectForm(parsed, outcome), problem: taken ? ({ kind: "orgNumberTaken", name: taken.name, slug: taken.slug } as Problem) : null },
    { status: 400 },
  );
}

/** Field name → id of its input, in the order of the form (the error summary links to them). */
const FIELD_IDS = {
  name: "name",
  email: "email",
  password: "password",
  orgName: "orgName",
  sector: "sector",
  orgNumber: "orgNumber",
  areas: "areas",
  themes: "themes",
};

export default function Register() {
  const { sent, loggedInAs, areaOptions, themeOptions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const form = formState(actionData?.result);
  const problem = actionData?.problem ?? null;
  const register: RegisterFactsData | null = actionData && "register" in actionData ? actionData.register : null;
  const registerMessage = actionData && "registerMessage" in actionData ? actionData.registerMessage : null;
  const t = useT();
  const r = t.registration;
  if (sent) {
    return (
      <div className="max-w-2xl">
        <h1 className="text-3xl font-bold">{t.signup.sentHeading}</h1>
        <FormMessage tone="success">{t.signup.sentText}</FormMessage>
      </div>
    );
  }
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{r.heading}</h1>
      <ErrorSummary
        form={form}
        fields={FIELD_IDS}
        problems={[
          problem?.kind === "orgNumberTaken" ? (
            <>
              {r.orgNumberTaken(problem.name)} <Link to={`/bli-med/${problem.slug}`}>{r.askToJoin(problem.name)}</Link>
            </>
          ) : null,
          problem?.kind === "tooMany" ? r.tooMany(problem.minutes) : null,
        ]}
      />
      <p className="mt-2">{loggedInAs ? r.loggedInIntro(loggedInAs) : r.intro}</p>

      <Form method="post" noValidate>
        {loggedInAs ? null : (
          <fieldset className="mt-6 rounded border border-gray-300 p-4">
            <legend className="px-1 text-xl font-semibold">{r.accountLegend}</legend>
            <TextField id="name" name="name" label={r.name} hint={r.nameHint} autoComplete="name" defaultValue={form.value("name")} errors={form.errors("name")} required />
            <TextField id="email" name="email" type="email" label={r.email} hint={r.emailHint} autoComplete="email" defaultValue={form.value("email")} errors={form.errors("email")} required />
            <TextField
              id="password"
              name="password"
              type="password"
              label={r.password}
              // Every field but the password comes back after a refusal; say so where it is empty.
              hint={actionData ? `${r.passwordAgain} ${t.auth.passwordHint}` : t.auth.passwordHint}
              autoComplete="new-password"
              errors={form.errors("password")}
              required
            />
          </fieldset>
        )}
        <fieldset className="mt-6 rounded border border-gray-300 p-4">
          <legend className="px-1 text-xl font-semibold">{r.organisationLegend}</legend>
          <TextField id="orgName" name="orgName" label={r.orgName} autoComplete="organization" defaultValue={form.value("orgName")} errors={form.errors("orgName")} required />
          <SelectField
            // A select keeps its first default; a new one (the register's suggestion) needs a new element.
            key={form.value("sector") ?? ""}
            id="sector"
            name="sector"
            label={r.sector}
            placeholder={r.chooseSector}
            defaultValue={form.value("sector")}
            errors={form.errors("sector")}
            options={SECTORS.map((s) => ({ value: s, label: t.sectors[s] }))}
          />
          <TextField id="orgNumber" name="orgNumber" label={r.orgNumber} hint={r.orgNumberHint} inputMode="numeric" defaultValue={form.value("orgNumber")} errors={form.errors("orgNumber")} />
          {/* A plain submit: without JavaScript too, the page comes back with the register's facts and the name filled in. */}
          <Button type="submit" name="intent" value="lookup" variant="secondary" formNoValidate className="mt-2" aria-describedby="lookup-hint">
            {t.register.lookUp}
          </Button>
          <p id="lookup-hint" className="mt-1 text-sm text-gray-700">
            {t.register.lookUpHint}
          </p>
          {registerMessage ? (
            <FormMessage tone={registerMessage === "filledIn" ? "success" : "info"}>{t.register[registerMessage]}</FormMessage>
          ) : null}
          {register ? <RegisterFacts facts={register} headingLevel={2} /> : null}
          <CheckboxGroup
            id="areas"
            name="areas"
            legend={r.areas}
            hint={r.areasHint}
            errors={form.errors("areas")}
            selected={form.values("areas")}
            options={areaOptions.map((a) => ({ value: String(a.id), label: `${"– ".repeat(a.depth)}${a.name} (${t.areaKinds[a.kind].toLowerCase()})` }))}
          />
          <CheckboxGroup
            id="themes"
            name="themes"
            legend={r.themes}
            hint={r.themesHint}
            errors={form.errors("themes")}
            selected={form.values("themes")}
            options={themeOptions.map((th) => ({ value: String(th.id), label: th.name, group: th.programme }))}
          />
        </fieldset>
        {/* What happens to the data is read before it is sent, next to the button that sends it. */}
        <p className="mt-6">
          {r.privacyBefore}
          <Link to="/personvern" className="inline-flex min-h-6 items-center">
            {r.privacyLink}
          </Link>
        </p>
        <SubmitButton>{r.submit}</SubmitButton>
      </Form>
    </div>
  );
}
