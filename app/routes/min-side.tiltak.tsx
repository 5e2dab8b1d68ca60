import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatPeriod } from "~/components/initiatives/format";
import { PartnerNav } from "~/components/partner/PartnerNav";
import { withOrg } from "~/components/partner/links";
import { requirePartnerOrganisation } from "~/components/partner/partner-org.server";
import { Button } from "~/components/ui/Button";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SelectField, TextAreaField } from "~/components/ui/Field";
import { FilterForm } from "~/components/ui/FilterForm";
import { useT } from "~/i18n";
import { leaveParticipation, listJoinableInitiatives, requestParticipation } from "~/models/participation.server";
import { deliverPendingMail } from "~/services/mail.server";
import { formState, hasErrorOn } from "~/utils/forms";
import { type FormResult, parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRefusal } from "~/utils/refusal.server";
import { participationActionSchema, REQUESTABLE_ROLES } from "~/validation/participation";
import { PartnerErrorBoundary } from "~/components/partner/PartnerErrorBoundary";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.partner.initiatives.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { organisation, organisations } = await requirePartnerOrganisation(request);
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 200);
  const done = url.searchParams.get("ok");
  return {
    organisations,
    organisation: { slug: organisation.slug, name: organisation.name, approved: organisation.status === "approved" },
    q,
    done: done === "requested" || done === "left" ? done : null,
    items: listJoinableInitiatives(organisation.id, q).map((i) => ({ ...i, isLead: !!i.isLead })),
  };
}

type ActionData = { result: FormResult; initiativeId: number | null; problem: string | null };

export async function action({ request }: ActionFunctionArgs) {
  const { actor, organisation, organisations } = await requirePartnerOrganisation(request);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, participationActionSchema);
  const initiativeId = Number(formData.get("initiativeId")) || null;
  if (!parsed.ok) {
    // Which tiltak and what to do travel in hidden fields, and the role is a fixed choice: an error
    // there comes from a stale or altered form and may have no row on the page to sit next to.
    const problem = hasErrorOn(parsed.result, ["intent", "initiativeId", "participationId", "role"]) ? "formNotProcessed" : null;
    return data({ result: parsed.result, initiativeId, problem } as ActionData, { status: 400 });
  }
  const value = parsed.value;
  if (value.intent !== "request" && value.intent !== "leave") {
    return data({ result: parsed.reject({}), initiativeId, problem: "notFound" } as ActionData, { status: 400 });
  }
  const outcome = orRefusal(() =>
    value.intent === "request"
      ? requestParticipation({ actorUserId: actor.id, organisationId: organisation.id, initiativeId: value.initiativeId, role: value.role, message: value.message })
      : leaveParticipation({ actorUserId: actor.id, organisationId: organisation.id, participationId: value.participationId }),
  );
  // Shown on the page: 404 for a tiltak or participation that is gone, 400 when its state forbids it.
  if (!outcome.ok) return data({ result: parsed.reject({}), initiativeId, problem: outcome.reason } as ActionData, { status: outcome.status });
  void deliverPendingMail();
  const q = new URL(request.url).searchParams.get("q");
  return redirect(withOrg("/min-side/tiltak", organisation.slug, organisations, `${q ? `q=${encodeURIComponent(q)}&` : ""}ok=${value.intent === "request" ? "requested" : "left"}`));
}

export default function JoinInitiatives() {
  const { organisations, organisation, q, done, items } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const m = t.partner.initiatives;
  const formAction = withOrg("/min-side/tiltak", organisation.slug, organisations, q ? `q=${q}` : undefined);
  const problemText: Record<string, string> = {
    alreadyOpen: m.alreadyOpen,
    notApproved: m.notApproved,
    notFound: m.notFound,
    leadCannotLeave: m.leadCannotLeave,
    ended: m.ended,
    formNotProcessed: t.validation.formNotProcessed,
  };
  const requestForm = formState(actionData?.result);
  const roleOptions = REQUESTABLE_ROLES.map((r) => ({ value: r, label: t.participationRoles[r] }));
  return (
    <div className="max-w-3xl">
      <PartnerNav current={organisation.slug} organisations={organisations} />
      <h1 className="text-3xl font-bold">{m.heading}</h1>
      <ErrorSummary
        form={requestForm}
        fields={actionData?.initiativeId ? { role: `role-${actionData.initiativeId}`, message: `message-${actionData.initiativeId}` } : {}}
        problems={[actionData?.problem ? (problemText[actionData.problem] ?? m.notFound) : null]}
      />
      <p className="mt-2">{m.intro(organisation.name)}</p>
      {done === "requested" && !actionData ? <FormMessage tone="success">{m.requested}</FormMessage> : null}
      {done === "left" && !actionData ? <FormMessage tone="success">{m.left}</FormMessage> : null}
      {!organisation.approved ? <FormMessage tone="info">{m.notApproved}</FormMessage> : null}

      <FilterForm search submitLabel={m.searchButton} submitClassName="" className="mt-4">
        {organisations.length > 1 ? <input type="hidden" name="org" value={organisation.slug} /> : null}
        <div className="grow">
          <label htmlFor="q" className="block font-semibold">
            {m.search}
          </label>
          <input id="q" name="q" type="search" defaultValue={q} className="mt-1 block min-h-11 w-full rounded border border-gray-500 px-3 py-2" />
        </div>
      </FilterForm>

      <p className="mt-4" aria-live="polite">
        {m.count(items.length)}
      </p>
      {items.length === 0 ? <p className="mt-2">{m.noResults}</p> : null}
      <ul className="mt-4 grid gap-6">
        {items.map((item) => {
          const form = formState(actionData && actionData.initiativeId === item.id ? actionData.result : undefined);
          return (
            <li key={item.id} className="rounded border border-brand-100 p-4">
              <h2 className="text-xl font-semibold">
                <Link to={`/tiltak/${item.slug}`} className="inline-block py-1">
                  {item.title}
                </Link>
              </h2>
              <p className="text-sm text-gray-700">
                {item.programmeName} · {m.area}: {item.areaName} · {t.initiativeStatuses[item.status]} · {m.period}: {formatPeriod(item.startDate, item.endDate, t)}
              </p>
              {item.summary ? <p className="mt-2">{item.summary}</p> : null}
              {item.myStatus ? (
                <>
                  <p className="mt-2 font-semibold">
                    {m.yourStatus(`${t.participationStatuses[item.myStatus]}${item.myRole ? ` (${t.participationRoles[item.myRole].toLowerCase()})` : ""}`)}
                  </p>
                  {item.myStatus === "active" && item.myRole !== "lead" && item.myParticipationId ? (
                    <Form method="post" action={formAction}>
                      <input type="hidden" name="intent" value="leave" />
                      <input type="hidden" name="participationId" value={item.myParticipationId} />
                      <Button variant="secondary" className="mt-2" aria-label={m.leaveLabel(item.title)}>
                        {m.leave}
                      </Button>
                    </Form>
                  ) : null}
                </>
              ) : organisation.approved ? (
                <details className="mt-3" open={!!form.hasErrors}>
                  <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-brand-800">{m.askToJoin}</summary>
                  <Form method="post" action={formAction} noValidate>
                    <fieldset>
                      <legend className="sr-only">{m.askLegend(item.title)}</legend>
                      <input type="hidden" name="intent" value="request" />
                      <input type="hidden" name="initiativeId" value={item.id} />
                      <SelectField id={`role-${item.id}`} name="role" label={m.role} defaultValue={form.value("role") ?? "partner"} errors={form.errors("role")} options={roleOptions} />
                      <TextAreaField id={`message-${item.id}`} name="message" label={m.message} hint={m.messageHint} rows={3} defaultValue={form.value("message")} errors={form.errors("message")} />
                      <Button className="mt-4" aria-label={m.sendLabel(item.title)}>
                        {m.send}
                      </Button>
                    </fieldset>
                  </Form>
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A 404 or 400 here keeps Min side's navigation. */
export function ErrorBoundary() {
  return <PartnerErrorBoundary />;
}
