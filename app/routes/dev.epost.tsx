import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatDate, useT } from "~/i18n";
import { listOutbox } from "~/services/mail.server";
import { getEnv } from "~/utils/env.server";

export const meta: MetaFunction = () => [{ title: "Utboks (utvikling) – Laget" }];

/**
 * Development only: the e-mails Laget would have sent, so links (password reset, invitations) can be
 * followed without an SMTP server. Any other environment answers 404.
 */
export function loader(_: LoaderFunctionArgs) {
  if (getEnv().NODE_ENV !== "development") throw new Response(null, { status: 404 });
  return { mails: listOutbox(50).map((m) => ({ id: m.id, to: m.to, subject: m.subject, bodyText: m.bodyText, createdAt: m.createdAt, sentAt: m.sentAt })) };
}

export default function DevOutbox() {
  const { mails } = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <h1 className="text-3xl font-bold">{t.devOutbox.heading}</h1>
      <p className="mt-2">{t.devOutbox.intro}</p>
      {mails.length === 0 ? <p className="mt-4">{t.devOutbox.empty}</p> : null}
      <ol className="mt-4 grid gap-4">
        {mails.map((m) => (
          <li key={m.id} className="rounded border border-brand-100 p-4">
            <h2 className="text-lg font-semibold">{m.subject}</h2>
            <p className="text-sm text-gray-700">
              {t.devOutbox.to}: {m.to} · {formatDate(new Date(m.createdAt), t, { dateStyle: "short", timeStyle: "short" })}
            </p>
            <pre className="mt-2 whitespace-pre-wrap break-words font-sans">{m.bodyText}</pre>
          </li>
        ))}
      </ol>
    </>
  );
}
