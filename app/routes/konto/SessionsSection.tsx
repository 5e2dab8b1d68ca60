import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { FormMessage, SubmitButton } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { Section } from "./Section";

/** A session as the page shows it: named by its opaque handle, its times already formatted by the loader. */
export type SessionRow = { handle: string; current: boolean; browser: string | null; os: string | null; createdAt: string; lastSeenAt: string };

export function SessionsSection({ sessions, sessionGone }: { sessions: SessionRow[]; sessionGone: boolean }) {
  const a = useT().account;
  const others = sessions.filter((s) => !s.current);
  return (
    <Section id="okter" heading={a.sessionsSection.heading}>
      <p className="mt-2">{a.sessionsSection.intro}</p>
      {sessionGone ? <FormMessage>{a.errors.sessionGone}</FormMessage> : null}
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
                  <Button variant="secondary" aria-label={a.sessionsSection.endOneLabel(device, s.createdAt)} className="mt-3">
                    {a.sessionsSection.endOne}
                  </Button>
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
  );
}
