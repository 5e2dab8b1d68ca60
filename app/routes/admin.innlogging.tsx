/**
 * /admin/innlogging — the login services Laget is configured with (OIDC_<NAME>_…, read-only here:
 * operations set them), and the administrators' switch that requires staff to sign in with them.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { errorText, FormMessage, SubmitButton } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import { setSsoRequiredForStaff, ssoRequiredForStaffSetting } from "~/models/sso/settings.server";
import { requireAdmin } from "~/services/actor.server";
import { oidcProviders } from "~/services/oidc-config.server";
import { staffProviderConfigured } from "~/services/sso-policy.server";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { requireSsoSchema } from "~/validation/sso";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.admin.sso.title }));

const NOTICES = ["on", "off", "unchanged"] as const;
type Notice = (typeof NOTICES)[number];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const saved = new URL(request.url).searchParams.get("lagret");
  return {
    providers: oidcProviders().map((p) => ({ name: p.name, displayName: p.displayName, staff: p.staff, redirectUri: p.redirectUri })),
    required: ssoRequiredForStaffSetting(),
    notice: NOTICES.includes(saved as Notice) ? (saved as Notice) : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireAdmin(request);
  const parsed = parseForm(await readFormData(request), requireSsoSchema);
  if (!parsed.ok) return data({ result: parsed.result }, { status: 400 });
  const outcome = orRefusal(() => setSsoRequiredForStaff(actor, parsed.value.required, staffProviderConfigured()));
  if (!outcome.ok) return data({ result: rejectForm(parsed, outcome) }, { status: outcome.status });
  const notice: Notice = !outcome.value.changed ? "unchanged" : parsed.value.required ? "on" : "off";
  return redirect(`/admin/innlogging?lagret=${notice}`);
}

export default function AdminLogin() {
  const { providers, required, notice } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const form = formState(actionData?.result);
  const t = useT();
  const s = t.admin.sso;
  const notices = { on: s.savedOn, off: s.savedOff, unchanged: s.unchanged };
  const requiredErrors = form.errors("required") ?? [];
  const errorId = requiredErrors.length ? "required-error" : undefined;
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">{s.title}</h1>
      <ErrorSummary form={form} fields={{ required: "required" }} translate={(key) => (key === "noStaffProvider" ? s.noStaffProvider : errorText(t, key))} />
      {notice && !actionData ? <FormMessage tone="success">{notices[notice]}</FormMessage> : null}
      <p className="mt-2">{s.intro}</p>
      {providers.length ? (
        <DataTable caption={s.providersCaption} className="mt-6">
          <thead>
            <tr>
              <Th>{s.providerName}</Th>
              <Th>{s.providerKey}</Th>
              <Th>{s.providerKind}</Th>
              <Th>{s.redirectUri}</Th>
            </tr>
          </thead>
          <tbody>
            {providers.map((p) => (
              <tr key={p.name}>
                <Th scope="row">{p.displayName}</Th>
                <Td>
                  <code>{p.name}</code>
                </Td>
                <Td>{p.staff ? s.kinds.staff : s.kinds.residents}</Td>
                <Td className="break-all">
                  <code>{p.redirectUri}</code>
                </Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      ) : (
        <p className="mt-4">{s.none}</p>
      )}
      <Section heading={s.requireHeading}>
        <Form method="post" noValidate>
          {/* An unticked box sends nothing: this says "no" unless the box says "yes". */}
          <input type="hidden" name="required" value="false" />
          <label className="mt-4 flex min-h-11 items-center gap-3">
            <input
              className="ds-input"
              id="required"
              type="checkbox"
              name="required"
              value="true"
              // A refusal comes only from asking to turn it on: the box stays as the person left it.
              defaultChecked={actionData ? true : required}
              aria-describedby={["required-hint", errorId].filter(Boolean).join(" ")}
            />
            <span>{s.requireLabel}</span>
          </label>
          <p id="required-hint" className="mt-1 text-sm text-gray-700">
            {s.requireHint}
          </p>
          {errorId ? (
            <p id={errorId} className="ds-validation-message">
              {requiredErrors.map((key) => (key === "noStaffProvider" ? s.noStaffProvider : errorText(t, key))).join(" ")}
            </p>
          ) : null}
          <SubmitButton>{s.save}</SubmitButton>
        </Form>
      </Section>
    </div>
  );
}
