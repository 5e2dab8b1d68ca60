/**
 * /min-side/moter: the meetings and stops the person's organisations take part in (issue 22) — internal
 * ones too, the only internal meetings a partner sees — and a form to ask to co-host an upcoming
 * public meeting on behalf of the chosen organisation (?org=); the coordinator confirms it.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { meetingDay } from "~/components/meetings/format";
import { PartnerErrorBoundary } from "~/components/partner/PartnerErrorBoundary";
import { PartnerNav } from "~/components/partner/PartnerNav";
import { requirePartnerOrganisation } from "~/components/partner/partner-org.server";
import { Button } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SelectField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { loadMeetingsCatalogue, useT } from "~/i18n";
import { askToCoHost, coHostChoices, listPartnerMeetings } from "~/models/meeting/partner.server";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { meetingsErrorText } from "~/validation/meetings";
import { z } from "zod";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.meetingsWork.partner.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, organisation, organisations } = await requirePartnerOrganisation(request);
  return {
    organisations,
    organisation: { slug: organisation.slug, name: organisation.name },
    meetings: listPartnerMeetings(actor).map((m) => ({ ...m, startsAt: m.startsAt.getTime(), cancelled: m.cancelledAt !== null, cancelledAt: undefined })),
    choices: coHostChoices(actor).map((c) => ({ ...c, startsAt: c.startsAt.getTime() })),
    asked: new URL(request.url).searchParams.get("ok") === "asked",
  };
}

export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [loaded] = await Promise.all([serverLoader<typeof loader>(), loadMeetingsCatalogue({ work: true })]);
  return loaded;
}

const askSchema = z.object({
  meetingId: z.coerce.number({ error: "choose" }).int({ error: "invalidChoice" }).positive({ error: "choose" }).max(Number.MAX_SAFE_INTEGER, { error: "invalidChoice" }),
});

export async function action({ request }: ActionFunctionArgs) {
  const { actor, organisation } = await requirePartnerOrganisation(request);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, askSchema);
  if (!parsed.ok) return data({ result: parsed.result }, { status: 400 });
  const outcome = orRefusal(() => askToCoHost(actor, parsed.value.meetingId, organisation.id));
  if (!outcome.ok) return data({ result: rejectForm(parsed, { reason: outcome.reason, field: "meetingId" }) }, { status: outcome.status });
  return redirect(`/min-side/moter?org=${encodeURIComponent(organisation.slug)}&ok=asked`);
}

export default function PartnerMeetings() {
  const { organisations, organisation, meetings, choices, asked } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const p = t.meetingsWork.partner;
  const w = t.meetings.words;
  const form = formState(actionData?.result);
  return (
    <>
      <PartnerNav current={organisation.slug} organisations={organisations} />
      <h1 className="text-3xl font-bold">{p.heading}</h1>
      <ErrorSummary form={form} fields={{ meetingId: "co-host-meeting" }} translate={(key) => meetingsErrorText(t, key)} />
      {asked ? <FormMessage tone="success">{p.asked}</FormMessage> : null}
      <p className="mt-2 max-w-prose">{p.intro}</p>
      {meetings.length === 0 ? (
        <p className="mt-4">{p.empty}</p>
      ) : (
        <DataTable caption={p.caption} captionHidden className="mt-4" scrollHint>
          <thead>
            <tr>
              <Th>{w.when}</Th>
              <Th>{t.meetingsWork.coordinator.list.meeting}</Th>
              <Th>{p.organisation}</Th>
              <Th>{p.status}</Th>
            </tr>
          </thead>
          <tbody>
            {meetings.map((m) => (
              <tr key={`${m.slug}-${m.organisationName}`}>
                <Td>{meetingDay(m.startsAt, t)}</Td>
                <Td>
                  <Link to={`/moter/${m.slug}`}>{m.title}</Link>
                  <span className="block text-sm">
                    {t.meetings.kinds[m.kind]} · {m.areaName} · {m.isPublic ? w.public : w.internal}
                  </span>
                </Td>
                <Td>{m.organisationName}</Td>
                <Td>{m.cancelled ? w.cancelled : m.status === "pending" ? p.pending : p.confirmed}</Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Section heading={p.askHeading}>
        <p className="mt-2 max-w-prose">{p.askIntro}</p>
        {choices.length === 0 ? (
          <p className="mt-2">{p.noChoices}</p>
        ) : (
          <Form method="post" className="max-w-2xl" noValidate>
            <SelectField
              id="co-host-meeting"
              name="meetingId"
              label={p.meeting}
              errors={form.errors("meetingId")}
              defaultValue={form.value("meetingId", "")}
              placeholder={t.meetingsWork.coordinator.form.choose}
              options={choices.map((c) => ({ value: String(c.id), label: `${meetingDay(c.startsAt, t)}: ${c.title} (${c.areaName})` }))}
            />
            <Button className="mt-4">{p.ask}</Button>
          </Form>
        )}
      </Section>
    </>
  );
}

export const ErrorBoundary = PartnerErrorBoundary;
