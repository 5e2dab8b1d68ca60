import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, TextAreaField } from "~/components/ui/Field";
import { formatDate, useT } from "~/i18n";
import { assertCanDecideOrganisation, decideOrganisation, listPendingOrganisations } from "~/models/approval.server";
import { orRespond } from "~/utils/refusal.server";
import { requireStaff } from "~/services/actor.server";
import { deliverPendingMail } from "~/services/mail.server";
import { formState, hasErrorOn } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { coordinatorErrorText, decideOrganisationSchema } from "~/validation/coordinator";
import { formatOrgNumber } from "~/validation/org-number";
import { fieldErrors } from "~/components/coordinator/field-errors";
import { RegisterFacts } from "~/components/partner/RegisterFacts";
import { keptLookups, registerFacts } from "~/services/enhetsregisteret.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.coordinator.approvals.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const pending = listPendingOrganisations(actor);
  // What Enhetsregisteret said when the organisation registered (kept a day, refreshed nightly): one query, no network here.
  const register = keptLookups(pending.flatMap((org) => (org.orgNumber ? [org.orgNumber] : [])));
  return {
    done: new URL(request.url).searchParams.get("ok"),
    pending: pending.map(({ description: _d, ...rest }) => ({ ...rest, register: rest.orgNumber ? registerFacts(register.get(rest.orgNumber)) : null })),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const formData = await readFormData(request);
  const organisationId = Number(formData.get("organisationId")) || null;
  // The scope first: another programme's coordinator gets 403 whatever the form holds.
  if (organisationId !== null && Number.isSafeInteger(organisationId) && organisationId > 0) orRespond(() => assertCanDecideOrganisation(actor, organisationId));
  const parsed = parseForm(formData, decideOrganisationSchema);
  if (!parsed.ok) return data({ result: parsed.result, organisationId }, { status: 400 });
  const value = parsed.value;
  orRespond(() =>
    decideOrganisation(actor, { organisationId: value.organisationId, approve: value.intent === "approve", reason: value.intent === "reject" ? value.reason : "" }),
  );
  void deliverPendingMail();
  return redirect(`/koordinator/godkjenning?ok=${value.intent}`);
}

export default function Approvals() {
  const { pending, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const a = t.coordinator.approvals;
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{a.heading}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData ? { reason: `reason-${actionData.organisationId}` } : {}}
        translate={(key) => coordinatorErrorText(t, key)}
        problems={[
          // A refusal the rows cannot show: an organisation no longer pending, or an altered hidden field.
          actionData && (!pending.some((org) => org.id === actionData.organisationId) || hasErrorOn(actionData.result, ["intent", "organisationId"]))
            ? t.validation.formNotProcessed
            : null,
        ]}
      />
      <p className="mt-2 max-w-3xl">{a.intro}</p>
      {done === "approve" && !actionData ? <FormMessage tone="success">{a.approved}</FormMessage> : null}
      {done === "reject" && !actionData ? <FormMessage tone="success">{a.rejected}</FormMessage> : null}
      {pending.length === 0 ? <p className="mt-6">{a.empty}</p> : null}
      <ul className="mt-6 grid gap-6">
        {pending.map((org) => {
          const form = formState(actionData?.organisationId === org.id ? actionData.result : undefined);
          return (
            <li key={org.id} id={`organisasjon-${org.slug}`} className="rounded border border-brand-100 p-4">
              <h2 className="text-xl font-bold">{org.name}</h2>
              <p className="text-sm text-gray-700">
                {a.registeredAt(formatDate(new Date(org.createdAt), t))}
                {org.registeredBy ? ` · ${a.registeredBy(org.registeredBy.name, org.registeredBy.email)}` : ""}
              </p>
              <dl className="mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{a.sector}</dt>
                <dd>{t.sectors[org.sector]}</dd>
                <dt className="font-semibold">{a.orgNumber}</dt>
                <dd>{org.orgNumber === null ? a.noOrgNumber : `${formatOrgNumber(org.orgNumber)} – ${org.orgNumberValid ? a.orgNumberValid : a.orgNumberInvalid}`}</dd>
                <dt className="font-semibold">{a.areas}</dt>
                <dd>{org.areas.length ? org.areas.join(", ") : a.none}</dd>
                <dt className="font-semibold">{a.themes}</dt>
                <dd>{org.themes.length ? org.themes.join(", ") : a.none}</dd>
              </dl>
              {org.register ? (
                <RegisterFacts facts={org.register} entered={{ name: org.name, sector: org.sector, nameDiffers: t.coordinator.registerFlags.nameDiffers, notChecked: t.coordinator.registerFlags.notChecked }} />
              ) : null}
              <h3 className="mt-3 font-semibold">{a.duplicatesHeading}</h3>
              {org.duplicates.length === 0 ? (
                <p>{a.noDuplicates}</p>
              ) : (
                <ul className="list-disc pl-6">
                  {org.duplicates.map((d) => {
                    const status = t.organisationStatuses[d.status as keyof typeof t.organisationStatuses] ?? d.status;
                    const alike = a.similarity(Math.round(d.similarity * 100));
                    // An approved organisation has its public page; a pending one is further up or down this queue.
                    const href = d.status === "approved" ? `/partnere/${d.slug}` : d.status === "pending" ? `#organisasjon-${d.slug}` : null;
                    return (
                      <li key={d.slug}>
                        {href ? (
                          <>
                            <Link to={href} className="inline-flex min-h-6 items-center">
                              {d.name}
                            </Link>{" "}
                            ({status}, {alike})
                          </>
                        ) : (
                          a.duplicateLabel(d.name, status, alike)
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
              <div className="mt-4 flex flex-wrap items-start gap-6">
                <Form method="post">
                  <input type="hidden" name="intent" value="approve" />
                  <input type="hidden" name="organisationId" value={org.id} />
                  <Button className="mt-5">{a.approve(org.name)}</Button>
                </Form>
                <Form method="post" noValidate className="min-w-0 flex-1">
                  <input type="hidden" name="intent" value="reject" />
                  <input type="hidden" name="organisationId" value={org.id} />
                  <TextAreaField id={`reason-${org.id}`} name="reason" label={a.reason} rows={2} defaultValue={form.value("reason")} errors={fieldErrors(t, form.errors("reason"))} />
                  <Button variant="secondary" className="mt-3">
                    {a.reject}
                  </Button>
                </Form>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
