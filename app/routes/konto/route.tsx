/**
 * /konto: a person's own account. One page, one action that switches on `intent`; each intent's
 * handler is in this folder (`<intent>.server.ts`), and so is each section of the page.
 */
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { errorText, FormMessage } from "~/components/ui/Field";
import { formatDate, getMessages, useT, type Messages } from "~/i18n";
import { deletionBlocker } from "~/models/account/deletion.server";
import { listAccountSessions } from "~/models/account/sessions.server";
import { accountHasPassword } from "~/models/sso/first-password.server";
import { requireSessionUser } from "~/services/auth.server";
import { messagesFor } from "~/services/language.server";
import { formState } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import type { AccountIntent } from "~/validation/account";
import { DataSection } from "./DataSection";
import { deleteAccountIntent } from "./delete.server";
import { DeleteSection, type DeleteBlocker } from "./DeleteSection";
import { changeEmailIntent } from "./email.server";
import { EmailSection } from "./EmailSection";
import { changeLanguageIntent } from "./language.server";
import { LanguageSection } from "./LanguageSection";
import { changeNameIntent } from "./name.server";
import { NameSection } from "./NameSection";
import { changePasswordIntent } from "./password.server";
import { PasswordSection } from "./PasswordSection";
import { endOtherSessionsIntent, endSessionIntent } from "./sessions.server";
import { SessionsSection } from "./SessionsSection";

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
    language: user.language,
    saved: isSavedFlag(flag) ? flag : null,
    sessions: listAccountSessions(user.id, user.role, session.id).map((s) => ({
      handle: s.handle,
      current: s.current,
      browser: s.browser,
      os: s.os,
      createdAt: when(s.createdAt),
      lastSeenAt: when(s.lastSeenAt),
    })),
    deleteBlocker: toDeleteBlocker(blocker),
    hasPassword: accountHasPassword(user.id),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { user, session } = await requireSessionUser(request);
  const formData = await readFormData(request);
  const args = { request, user, session, formData };

  switch (formData.get("intent")) {
    case "name":
      return changeNameIntent(args);
    case "language":
      return changeLanguageIntent(args);
    case "email":
      return changeEmailIntent(args);
    case "password":
      return changePasswordIntent(args);
    case "end-session":
      return endSessionIntent(args);
    case "end-other-sessions":
      return endOtherSessionsIntent(args);
    case "delete":
      return deleteAccountIntent(args);
    default:
      throw new Response("Ukjent handling", { status: 400, statusText: "Bad Request" });
  }
}

export default function AccountPage() {
  const { name, email, language, saved, sessions, deleteBlocker, hasPassword } = useLoaderData<typeof loader>();
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
  const errorsOf = (form: ReturnType<typeof formState>) => (field: string) => form.errors(field)?.map(ownError);

  const nameForm = stateFor("name");
  const languageForm = stateFor("language");
  const emailForm = stateFor("email");
  const passwordForm = stateFor("password");
  const deleteForm = stateFor("delete");
  const sent = formState(actionData?.result);

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

      <NameSection formKey={formKey} name={name} form={nameForm} errors={errorsOf(nameForm)} />
      <LanguageSection formKey={formKey} language={language} form={languageForm} errors={errorsOf(languageForm)} />
      <EmailSection formKey={formKey} email={email} form={emailForm} errors={errorsOf(emailForm)} />
      <PasswordSection formKey={formKey} email={email} errors={errorsOf(passwordForm)} hasPassword={hasPassword} />
      <SessionsSection sessions={sessions} sessionGone={problem?.kind === "sessionGone"} />
      <DataSection />
      <DeleteSection
        formKey={formKey}
        form={deleteForm}
        errors={errorsOf(deleteForm)}
        refusal={actionData?.intent === "delete" ? problem : null}
        blocker={deleteBlocker}
      />
    </div>
  );
}

/** Per form, field name → the id of its input (the error summary links to them). */
const FIELD_IDS: Record<AccountIntent, Record<string, string>> = {
  name: { name: "name" },
  language: { language: "language" },
  email: { newEmail: "newEmail", currentPassword: "email-currentPassword" },
  password: { currentPassword: "password-currentPassword", newPassword: "newPassword" },
  "end-session": {},
  "end-other-sessions": {},
  delete: { currentPassword: "delete-currentPassword", confirm: "delete-confirm" },
};

/** Per form, the section its refusals are shown in. */
const SECTION_OF: Record<AccountIntent, string> = {
  name: "navn",
  language: "sprak",
  email: "epost",
  password: "passord",
  "end-session": "okter",
  "end-other-sessions": "okter",
  delete: "slett",
};

function toDeleteBlocker(blocker: ReturnType<typeof deletionBlocker>): DeleteBlocker {
  if (blocker?.reason === "lastOwner") return { kind: "lastOwner", organisations: blocker.organisations };
  if (blocker?.reason === "lastAdmin" || blocker?.reason === "grantRecords") return { kind: blocker.reason };
  return null;
}
