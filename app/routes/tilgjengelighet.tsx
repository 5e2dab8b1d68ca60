import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SubmitButton, TextAreaField, TextField } from "~/components/ui/Field";
import { getMessages, loadAboutCatalogue, useT } from "~/i18n";
import { deliverPendingMail, enqueueMail } from "~/services/mail.server";
import { takeAttempt } from "~/services/rate-limit.server";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { feedbackSchema } from "~/validation/feedback";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t.openData.accessibility.title, description: t.openData.accessibility.description }));

/** Where feedback goes; the page names the default address, which is the one people should write to. */
const DEFAULT_FEEDBACK_ADDRESS = "tilgjengelighet@laget.no";
/** Enough for a person with several things to report, not for a flood. */
const FEEDBACK_LIMIT = { limit: 10, windowMs: 60 * 60_000 } as const;
const UUTILSYNET_URL = "https://www.uutilsynet.no/";

export function loader({ request }: LoaderFunctionArgs) {
  return { thanks: new URL(request.url).searchParams.get("takk") === "1" };
}

/** A client-side navigation here brings the page's long text first (the "about" section, app/i18n/index.ts). */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadAboutCatalogue()]);
  return data;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const parsed = parseForm(await readFormData(request), feedbackSchema);
  if (!parsed.ok) return data({ result: parsed.result, blocked: false }, { status: 400 });

  const buckets = [`feedback:ip:${context.clientIp}`];
  const verdict = takeAttempt(buckets, FEEDBACK_LIMIT);
  if (verdict.blocked) {
    return data(
      { result: parsed.reject({}), blocked: true },
      { status: 429, headers: { "Retry-After": String(verdict.retryAfterSeconds) } },
    );
  }

  const t = getMessages().openData.accessibility;
  const { message, page, email } = parsed.value;
  enqueueMail({
    to: process.env.ACCESSIBILITY_FEEDBACK_TO || DEFAULT_FEEDBACK_ADDRESS,
    subject: t.mailSubject,
    text: t.mailText(message, page ?? "", email ?? ""),
  });
  void deliverPendingMail();
  // Redirect so a reload does not send the message again.
  return redirect("/tilgjengelighet?takk=1#tilbakemelding");
}

export default function AccessibilityStatement() {
  const { thanks } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const form = formState(actionData?.result);
  // A new key per navigation empties the fields after a message is sent (the inputs are uncontrolled).
  const { key: locationKey } = useLocation();
  const t = useT();
  const a = t.openData.accessibility;

  return (
    <article className="max-w-prose break-words">
      <h1 className="text-2xl font-bold hyphens-auto sm:text-3xl">{a.heading}</h1>
      <ErrorSummary
        form={form}
        fields={{ message: "message", page: "page", email: "email" }}
        problems={[actionData?.blocked ? a.tooMany : null]}
      />
      <p className="mt-2 text-gray-700">{a.updated}</p>
      <p className="mt-4 text-lg">{a.intro}</p>

      <h2 className="mt-10 text-2xl font-bold">{a.requirementsHeading}</h2>
      <p className="mt-3">{a.requirements}</p>

      <h2 className="mt-10 text-2xl font-bold">{a.statusHeading}</h2>
      <p className="mt-3">{a.status}</p>

      <h2 className="mt-10 text-2xl font-bold">{a.testingHeading}</h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        {a.testing.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2 className="mt-10 text-2xl font-bold">{a.limitationsHeading}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {a.limitations.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2 id="tilbakemelding" className="mt-10 scroll-mt-4 text-2xl font-bold">
        {a.feedbackHeading}
      </h2>
      <p className="mt-3">
        {a.feedbackIntro} <a href={`mailto:${a.feedbackAddress}`}>{a.feedbackAddress}</a>.
      </p>
      <p className="mt-2">{a.feedbackReply}</p>

      {thanks && !actionData ? <FormMessage tone="success">{a.thanks}</FormMessage> : null}

      <Form method="post" noValidate key={locationKey}>
        <TextAreaField
          id="message"
          name="message"
          label={a.messageLabel}
          hint={a.messageHint}
          defaultValue={form.value("message")}
          errors={form.errors("message")}
          required
          rows={8}
        />
        <TextField
          id="page"
          name="page"
          label={a.pageLabel}
          hint={a.pageHint}
          defaultValue={form.value("page")}
          errors={form.errors("page")}
        />
        <TextField
          id="email"
          name="email"
          type="email"
          label={a.emailLabel}
          hint={a.emailHint}
          autoComplete="email"
          defaultValue={form.value("email")}
          errors={form.errors("email")}
        />
        <SubmitButton>{a.submit}</SubmitButton>
      </Form>

      <h2 className="mt-10 text-2xl font-bold">{a.complaintHeading}</h2>
      <p className="mt-3">{a.complaint}</p>
      <p className="mt-2">
        <a href={UUTILSYNET_URL} className="inline-flex min-h-11 items-center">
          {a.complaintLink}
        </a>
      </p>
    </article>
  );
}
