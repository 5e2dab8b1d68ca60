import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { errorText, FormMessage, SubmitButton, TextField } from "~/components/ui/Field";
import { formatDate, getMessages, useT, type Messages } from "~/i18n";
import {
  changeName,
  changePassword,
  deleteAccount,
  deletionBlocker,
  endAllOtherSessions,
  endSessionByHandle,
  listAccountSessions,
  requestEmailChange,
  type DeleteRefusal,
  type EmailChangeRefusal,
} from "~/models/account.server";
import { endSession, requireSessionUser } from "~/services/auth.server";
import { deliverPendingMail } from "~/services/mail.server";
import { passwordProblem } from "~/services/password-policy.server";
import { messagesFor } from "~/services/language.server";
import { formState } from "~/utils/forms";
import { type FormResult, parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import {
  changeEmailSchema,
  changeNameSchema,
  changePasswordSchema,
  deleteAccountSchema,
  endOtherSessionsSchema,
  endSessionSchema,
  type AccountIntent,
} from "~/validation/account";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.account.title }));

/** Personal data: not kept by the browser's or a proxy's cache (nor shown again with Back after logging out). */
export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store" });

type SavedFlag = keyof Messages["account"]["saved"];
const isSavedFlag = (flag: string | null): flag is SavedFlag => flag !== null && Object.hasOwn(getMessages().account.saved, flag);

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, session } = await requireSessionUser(request);
  const t = messagesFor(request);
  // Formatted here, in the reader's language and Norway's time zone, so the server's and the browser's rendering agree.
  const when = (d: Date) => formatDate(d, t, { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Oslo" });
  const flag = new URL(request.url).searchParams.get("lagret");
  const blocker = deletionBlocker(user.id);
  return {
    name: user.name,
    email: user.email,
    saved: isSavedFlag(flag) ? flag : null,
    sessions: listAccountSessions(user.id, user.role, session.id).map((s) => ({
      handle: s.handle,
      current: s.current,
      browser: s.browser,
      os: s.os,
      createdAt: when(s.createdAt),
      lastSeenAt: when(s.lastSeenAt),
    })),
    deleteBlocker: blocker?.reason === "lastOwner" ? { kind: "lastOwner" as const, organisations: blocker.organisations } : blocker?.reason === "lastAdmin" ? { kind: "lastAdmin" as const } : null,
  };
}

type Problem =
  | { kind: "tooMany"; minutes: number }
  | { kind: "lastOwner"; organisations: { name: string; slug: string }[] }
  | { kind: "lastAdmin" }
  | { kind: "sessionGone" };

function reply(intent: AccountIntent, result: FormResult, problem: Problem | null = null, init: { status?: number; headers?: HeadersInit } = {}) {
  return data({ intent, result, problem }, { status: init.status ?? 400, headers: init.headers });
}

/** A refused change: the reason next to the field it concerns, nothing changed. */
function refused(intent: AccountIntent, reject: (e: { fields?: Record<string, string[]> }) => FormResult, refusal: EmailChangeRefusal | DeleteRefusal) {
  switch (refusal.reason) {
    case "wrongPassword":
      return reply(intent, reject({ fields: { currentPassword: ["wrongPassword"] } }));
    case "blocked":
      return reply(intent, reject({ fields: { currentPassword: ["tooManyAttempts"] } }), { kind: "tooMany", minutes: Math.max(1, Math.ceil(refusal.retryAfterSeconds / 60)) }, {
        status: 429,
        headers: { "Retry-After": String(refusal.retryAfterSeconds) },
      });
    case "sameEmail":
    case "emailTaken":
      return reply(intent, reject({ fields: { newEmail: [refusal.reason] } }));
    case "lastOwner":
      return reply(intent, reject({}), { kind: "lastOwner", organisations: refusal.organisations });
    case "lastAdmin":
      return reply(intent, reject({}), { kind: "lastAdmin" });
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, session } = await requireSessionUser(request);
  const formData = await readFormData(request);
  const intent = formData.get("intent");

  switch (intent) {
    case "name": {
      const parsed = parseForm(formData, changeNameSchema);
      if (!parsed.ok) return reply(intent, parsed.result);
      changeName(user.id, parsed.value.name);
      return redirect("/konto?lagret=navn");
    }

    case "email": {
      const parsed = parseForm(formData, changeEmailSchema);
      if (!parsed.ok) return reply(intent, parsed.result);
      const outcome = await requestEmailChange({ userId: user.id, currentPassword: parsed.value.currentPassword, newEmail: parsed.value.newEmail });
      if (!outcome.ok) return refused(intent, parsed.reject, outcome);
      void deliverPendingMail();
      return redirect("/konto?lagret=epost");
    }

    case "password": {
      const newPassword = formData.get("newPassword");
      const problem = typeof newPassword === "string" && newPassword !== "" ? passwordProblem(newPassword, user.email) : null;
      const parsed = parseForm(formData, changePasswordSchema, { newPassword: problem ? [problem] : undefined });
      if (!parsed.ok) return reply(intent, parsed.result);
      const outcome = await changePassword({
        userId: user.id,
        currentPassword: parsed.value.currentPassword,
        newPassword: parsed.value.newPassword,
        currentSessionId: session.id,
      });
      if (!outcome.ok) return refused(intent, parsed.reject, outcome);
      return redirect("/konto?lagret=passord");
    }

    case "end-session": {
      const parsed = parseForm(formData, endSessionSchema);
      if (!parsed.ok) return reply(intent, parsed.result, { kind: "sessionGone" });
      const outcome = endSessionByHandle(user.id, parsed.value.session, session.id);
      if (outcome === "notFound") return reply(intent, parsed.reject({}), { kind: "sessionGone" });
      if (outcome === "current") {
        // Ending the session in use is logging out.
        return redirect("/logg-inn?utlogget", { headers: { "Set-Cookie": await endSession(request) } });
      }
      return redirect("/konto?lagret=okt");
    }

    case "end-other-sessions": {
      const parsed = parseForm(formData, endOtherSessionsSchema);
      if (!parsed.ok) return reply(intent, parsed.result);
      endAllOtherSessions(user.id, session.id);
      return redirect("/konto?lagret=okter");
    }

    case "delete": {
      const parsed = parseForm(formData, deleteAccountSchema);
      if (!parsed.ok) return reply(intent, parsed.result);
      const outcome = await deleteAccount({ userId: user.id, currentPassword: parsed.value.currentPassword });
      if (!outcome.ok) return refused(intent, parsed.reject, outcome);
      // The session row is gone with the account; this clears the cookie.
      return redirect("/?konto-slettet", { headers: { "Set-Cookie": await endSession(request) } });
    }

    default:
      throw new Response("Ukjent handling", { status: 400, statusText: "Bad Request" });
  }
}

const sectionClass = "mt-10 border-t border-brand-100 pt-6";
const h2Class = "text-2xl font-bold";

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={sectionClass}>
      <h2 id={`${id}-heading`} className={h2Class}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

export default function AccountPage() {
  const { name, email, saved, sessions, deleteBlocker } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const a = t.account;
  // A new key after every submission: the fields start again from what the server sends back (the
  // saved values, or what was typed minus passwords), as they do without JavaScript.
  const formKey = useLocation().key;

  /** The form state for one of the page's forms: only the form that was sent shows its errors and input. */
  const stateFor = (intent: AccountIntent) => formState(actionData?.intent === intent ? actionData.result : undefined);
  const problem = actionData?.problem ?? null;
  /** Field errors in Norwegian: this page's own keys here, the shared ones in the field component. */
  const ownError = (key: string): string => {
    if (key === "tooManyAttempts") return a.errors.tooManyAttempts(problem?.kind === "tooMany" ? problem.minutes : 15);
    const own = (a.errors as Record<string, unknown>)[key];
    return typeof own === "string" ? own : key;
  };
  const errorsOf = (form: ReturnType<typeof formState>, field: string) => form.errors(field)?.map(ownError);

  const nameForm = stateFor("name");
  const emailForm = stateFor("email");
  const passwordForm = stateFor("password");
  const deleteForm = stateFor("delete");
  const sent = formState(actionData?.result);
  const others = sessions.filter((s) => !s.current);

  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{a.heading}</h1>
      <ErrorSummary
        form={sent}
        fields={actionData ? FIELD_IDS[actionData.intent] : {}}
        translate={(key) => errorText(t, ownError(key))}
        // A refusal without a field error (the last owner, a session gone): its reason is in the section.
        fieldProblems={actionData && problem && !sent.hasErrors ? [{ id: SECTION_OF[actionData.intent], text: a.errors.notDone }] : []}
      />
      <p className="mt-2">{a.intro}</p>
      {saved && !actionData ? <FormMessage tone="success">{a.saved[saved]}</FormMessage> : null}

      <Section id="navn" heading={a.nameSection.heading}>
        <Form key={`${formKey}-name`} method="post" noValidate>
          <input type="hidden" name="intent" value="name" />
          <TextField
            id="name"
            name="name"
            label={a.nameSection.label}
            hint={a.nameSection.hint}
            autoComplete="name"
            defaultValue={nameForm.value("name", name)}
            errors={errorsOf(nameForm, "name")}
            required
          />
          <SubmitButton>{a.nameSection.submit}</SubmitButton>
        </Form>
      </Section>

      <Section id="epost" heading={a.emailSection.heading}>
        <p className="mt-2">{a.emailSection.current(email)}</p>
        <p className="mt-2">{a.emailSection.explanation}</p>
        <Form key={`${formKey}-email`} method="post" noValidate>
          <input type="hidden" name="intent" value="email" />
          <TextField
            id="newEmail"
            name="newEmail"
            type="email"
            label={a.emailSection.newEmail}
            autoComplete="email"
            defaultValue={emailForm.value("newEmail")}
            errors={errorsOf(emailForm, "newEmail")}
            required
          />
          <TextField
            id="email-currentPassword"
            name="currentPassword"
            type="password"
            label={a.emailSection.currentPassword}
            hint={a.emailSection.currentPasswordHint}
            autoComplete="current-password"
            errors={errorsOf(emailForm, "currentPassword")}
            required
          />
          <SubmitButton>{a.emailSection.submit}</SubmitButton>
        </Form>
      </Section>

      <Section id="passord" heading={a.passwordSection.heading}>
        <p className="mt-2">{a.passwordSection.explanation}</p>
        <Form key={`${formKey}-password`} method="post" noValidate>
          <input type="hidden" name="intent" value="password" />
          {/* Lets password managers tie the new password to the account. */}
          <input type="hidden" name="username" autoComplete="username" value={email} />
          <TextField
            id="password-currentPassword"
            name="currentPassword"
            type="password"
            label={a.passwordSection.currentPassword}
            autoComplete="current-password"
            errors={errorsOf(passwordForm, "currentPassword")}
            required
          />
          <TextField
            id="newPassword"
            name="newPassword"
            type="password"
            label={a.passwordSection.newPassword}
            hint={a.passwordSection.newPasswordHint}
            autoComplete="new-password"
            errors={errorsOf(passwordForm, "newPassword")}
            required
          />
          <SubmitButton>{a.passwordSection.submit}</SubmitButton>
        </Form>
      </Section>

      <Section id="okter" heading={a.sessionsSection.heading}>
        <p className="mt-2">{a.sessionsSection.intro}</p>
        {problem?.kind === "sessionGone" ? <FormMessage>{a.errors.sessionGone}</FormMessage> : null}
        <ul className="mt-4 grid gap-4">
          {sessions.map((s) => {
            const device = a.sessionsSection.device(s.browser, s.os);
            return (
              <li key={s.handle} className="rounded border border-brand-100 p-4">
                <h3 className="text-lg font-semibold">
                  {device}
                  {s.current ? <span className="ml-2 rounded bg-brand-100 px-2 py-0.5 text-sm font-medium text-brand-800">{a.sessionsSection.thisDevice}</span> : null}
                </h3>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3">
                  <dt className="font-medium">{a.sessionsSection.started}</dt>
                  <dd>{s.createdAt}</dd>
                  <dt className="font-medium">{a.sessionsSection.lastSeen}</dt>
                  <dd>{s.lastSeenAt}</dd>
                </dl>
                {s.current ? null : (
                  <Form method="post" noValidate>
                    <input type="hidden" name="intent" value="end-session" />
                    <input type="hidden" name="session" value={s.handle} />
                    <button
                      type="submit"
                      aria-label={a.sessionsSection.endOneLabel(device, s.createdAt)}
                      className="mt-3 inline-flex min-h-11 items-center rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
                    >
                      {a.sessionsSection.endOne}
                    </button>
                  </Form>
                )}
              </li>
            );
          })}
        </ul>
        {others.length > 0 ? (
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="end-other-sessions" />
            <SubmitButton>{a.sessionsSection.endOthers}</SubmitButton>
          </Form>
        ) : (
          <p className="mt-4">{a.sessionsSection.noOthers}</p>
        )}
      </Section>

      <Section id="data" heading={a.dataSection.heading}>
        <p className="mt-2">{a.dataSection.intro}</p>
        <p className="mt-4">
          {/* A plain link: the file comes as a download (Content-Disposition), not a page. */}
          <a
            href="/konto/data.json"
            download="laget-mine-data.json"
            className="inline-flex min-h-11 items-center rounded border-2 border-brand-700 px-5 py-2.5 font-semibold text-brand-800 no-underline hover:bg-brand-50"
          >
            {a.dataSection.download}
          </a>
        </p>
      </Section>

      <Section id="slett" heading={a.deleteSection.heading}>
        <p className="mt-2">{a.deleteSection.explanation}</p>
        <p className="mt-2">{a.deleteSection.ownerExplanation}</p>
        {actionData?.intent === "delete" && problem?.kind === "lastOwner" ? (
          <FormMessage>
            <LastOwner organisations={problem.organisations} t={t} />
          </FormMessage>
        ) : deleteBlocker?.kind === "lastOwner" ? (
          <FormMessage tone="info">
            <LastOwner organisations={deleteBlocker.organisations} t={t} />
          </FormMessage>
        ) : null}
        {actionData?.intent === "delete" && problem?.kind === "lastAdmin" ? (
          <FormMessage>{a.deleteSection.lastAdmin}</FormMessage>
        ) : deleteBlocker?.kind === "lastAdmin" ? (
          <FormMessage tone="info">{a.deleteSection.lastAdmin}</FormMessage>
        ) : null}
        <Form key={`${formKey}-delete`} method="post" noValidate>
          <input type="hidden" name="intent" value="delete" />
          <TextField
            id="delete-currentPassword"
            name="currentPassword"
            type="password"
            label={a.deleteSection.currentPassword}
            autoComplete="current-password"
            errors={errorsOf(deleteForm, "currentPassword")}
            required
          />
          <ConfirmCheckbox label={a.deleteSection.confirm} errors={errorsOf(deleteForm, "confirm")} checked={deleteForm.value("confirm") === "on"} />
          <button
            type="submit"
            className="mt-6 inline-flex min-h-11 items-center rounded bg-red-800 px-5 py-2.5 font-semibold text-white hover:bg-red-900"
          >
            {a.deleteSection.submit}
          </button>
        </Form>
      </Section>
    </div>
  );
}

/** Per form, field name → the id of its input (the error summary links to them). */
const FIELD_IDS: Record<AccountIntent, Record<string, string>> = {
  name: { name: "name" },
  email: { newEmail: "newEmail", currentPassword: "email-currentPassword" },
  password: { currentPassword: "password-currentPassword", newPassword: "newPassword" },
  "end-session": {},
  "end-other-sessions": {},
  delete: { currentPassword: "delete-currentPassword", confirm: "delete-confirm" },
};

const SECTION_OF: Record<AccountIntent, string> = {
  name: "navn",
  email: "epost",
  password: "passord",
  "end-session": "okter",
  "end-other-sessions": "okter",
  delete: "slett",
};

function LastOwner({ organisations, t }: { organisations: { name: string; slug: string }[]; t: Messages }) {
  return (
    <>
      <p>{t.account.deleteSection.lastOwner(organisations.map((o) => o.name))}</p>
      <ul className="mt-2 list-disc pl-6">
        {organisations.map((o) => (
          <li key={o.slug}>
            <Link to={`/min-side/medlemmer/${o.slug}`} className="inline-block py-2">
              {t.account.deleteSection.membersLink(o.name)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function ConfirmCheckbox({ label, errors, checked }: { label: string; errors?: string[]; checked: boolean }) {
  const errorId = errors?.length ? "delete-confirm-error" : undefined;
  return (
    <div className="mt-5">
      {errorId ? (
        <p id={errorId} className="mt-1 font-medium text-red-800">
          {errors!.join(" ")}
        </p>
      ) : null}
      <label className="flex min-h-11 items-center gap-3 py-1">
        <input
          id="delete-confirm"
          type="checkbox"
          name="confirm"
          defaultChecked={checked}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          className="h-5 w-5 shrink-0"
        />
        <span>{label}</span>
      </label>
    </div>
  );
}
