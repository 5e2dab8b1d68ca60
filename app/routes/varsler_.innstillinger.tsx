import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { CheckboxGroup, FormMessage, SubmitButton } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { emailDisabledKinds, saveEmailPreferences } from "~/models/notification-preferences.server";
import { requireActor } from "~/services/actor.server";
import { isStaff } from "~/services/permissions";
import { pageMeta } from "~/utils/meta";
import { NOTIFICATION_KINDS, type NotificationKind } from "~/validation/enums";
import { readFormData } from "~/utils/forms.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.partner.settings.title }));

/** Kinds only coordinators and admins receive; partners are not offered them. */
const STAFF_KINDS: readonly NotificationKind[] = ["organisation_registered", "participation_requested"];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const off = emailDisabledKinds(actor.id);
  const kinds = NOTIFICATION_KINDS.filter((k) => isStaff(actor) || !STAFF_KINDS.includes(k));
  return {
    kinds,
    enabled: NOTIFICATION_KINDS.filter((k) => !off.includes(k)),
    saved: new URL(request.url).searchParams.has("lagret"),
  };
}

const schema = z.array(z.enum(NOTIFICATION_KINDS));

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const formData = await readFormData(request);
  const parsed = schema.safeParse(formData.getAll("email"));
  if (!parsed.success) return data({ problem: "invalidChoice" as const }, { status: 400 });
  const offered = NOTIFICATION_KINDS.filter((k) => isStaff(actor) || !STAFF_KINDS.includes(k));
  // Kinds not offered on the form keep their current setting.
  const current = emailDisabledKinds(actor.id);
  const enabled = NOTIFICATION_KINDS.filter((k) => (offered.includes(k) ? parsed.data.includes(k) : !current.includes(k)));
  saveEmailPreferences(actor.id, enabled);
  return redirect("/varsler/innstillinger?lagret");
}

export default function NotificationSettings() {
  const { kinds, enabled, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const s = t.partner.settings;
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{s.heading}</h1>
      <ErrorSummary problems={[actionData?.problem ? t.validation[actionData.problem] : null]} />
      <p className="mt-2">{s.intro}</p>
      {saved && !actionData ? <FormMessage tone="success">{s.saved}</FormMessage> : null}
      <Form method="post">
        <CheckboxGroup id="email" name="email" legend={s.legend} options={kinds.map((k) => ({ value: k, label: s.kinds[k] }))} selected={enabled} />
        <SubmitButton>{s.save}</SubmitButton>
      </Form>
      <p className="mt-6">
        <Link to="/varsler" className="inline-block py-2">
          {t.notifications.heading}
        </Link>
      </p>
    </div>
  );
}
