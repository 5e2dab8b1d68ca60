import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { meetingWhen } from "~/components/meetings/format";
import { FormMessage } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { loadMeetingsCatalogue, useT } from "~/i18n";
import { getMeetingPage } from "~/models/meeting/public.server";
import { getActor } from "~/services/actor.server";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";

/**
 * /moter/:slug: one meeting or stop (issue 22) — when and where, a cancelled or moved meeting's
 * notice first, practical information, the organisations taking part and the tiltak it concerns,
 * and after a closed meeting the number of attendees and what came out of it (never a name). An
 * internal meeting opens only for its coordinators and the organisations taking part (404 otherwise).
 * Anonymous readers get it from the response cache (ADR 012).
 */
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => pageMeta(matches, () => ({ title: d?.meeting.title ?? "", description: d?.meeting.description.slice(0, 200) }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await getActor(request);
  const m = orRespond(() => getMeetingPage(params.slug ?? "", actor));
  return {
    meeting: {
      ...m,
      startsAt: m.startsAt.getTime(),
      endsAt: m.endsAt.getTime(),
      cancelled: m.cancelledAt !== null,
      closed: m.closedAt !== null,
      cancelledAt: undefined,
      closedAt: undefined,
      createdAt: undefined,
      updatedAt: undefined,
    },
  };
}

export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadMeetingsCatalogue()]);
  return data;
}

export default function Meeting() {
  const { meeting: m } = useLoaderData<typeof loader>();
  const t = useT();
  const p = t.meetings.page;
  const w = t.meetings.words;
  const practical = [m.stepFree ? w.stepFree : null, m.interpreter ? w.interpreter : null, m.languages ? w.languages(m.languages) : null].filter((x): x is string => x !== null);
  return (
    <>
      <p>
        <Link to="/moter">{p.back}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold [overflow-wrap:anywhere]">{m.title}</h1>
      {m.cancelled ? (
        <FormMessage tone="info">
          <strong className="block">{p.cancelledHeading}</strong>
          {m.cancelNotice}
        </FormMessage>
      ) : m.movedNotice ? (
        <FormMessage tone="info">
          <strong className="block">{p.movedHeading}</strong>
          {m.movedNotice}
        </FormMessage>
      ) : null}
      {!m.isPublic ? <p className="mt-2 font-medium">{p.internalNote}</p> : null}
      <dl className="mt-4 grid max-w-2xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{w.kind}</dt>
        <dd>{t.meetings.kinds[m.kind]}</dd>
        <dt className="font-semibold">{w.when}</dt>
        <dd className={m.cancelled ? "line-through" : undefined}>{meetingWhen(m.startsAt, m.endsAt, t)}</dd>
        {m.placeName || m.address ? (
          <>
            <dt className="font-semibold">{w.where}</dt>
            <dd>{[m.placeName, m.address].filter(Boolean).join(", ")}</dd>
          </>
        ) : null}
        {m.digitalUrl ? (
          <>
            <dt className="font-semibold">{w.digitalLink}</dt>
            <dd className="[overflow-wrap:anywhere]">
              <a href={m.digitalUrl} rel="noopener noreferrer">
                {m.digitalUrl}
              </a>
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{w.area}</dt>
        <dd>
          <Link to={`/omrader/${m.areaSlug}`}>{m.areaName}</Link>
        </dd>
        <dt className="font-semibold">{w.programme}</dt>
        <dd>
          <Link to={`/moter?satsing=${m.programmeSlug}`}>{m.programmeName}</Link>
        </dd>
      </dl>
      {m.description ? <p className="mt-4 max-w-prose whitespace-pre-line">{m.description}</p> : null}
      <Section heading={p.practical} className="mt-8">
        {practical.length === 0 ? (
          <p className="mt-2">{p.noPractical}</p>
        ) : (
          <ul className="mt-2 list-disc pl-6">
            {practical.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </Section>
      {m.organisations.length > 0 ? (
        <Section heading={w.takingPart} className="mt-8">
          <ul className="mt-2 list-disc pl-6">
            {m.organisations.map((o) => (
              <li key={o.slug}>
                <Link to={`/partnere/${o.slug}`}>{o.name}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {m.initiatives.length > 0 ? (
        <Section heading={w.initiatives} className="mt-8">
          <ul className="mt-2 list-disc pl-6">
            {m.initiatives.map((i) => (
              <li key={i.slug}>
                <Link to={`/tiltak/${i.slug}`}>{i.title}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {m.closed ? (
        <Section heading={p.outcome} className="mt-8">
          {m.attendeeCount !== null ? <p className="mt-2">{w.attendees(m.attendeeCount)}</p> : null}
          {m.summary ? <p className="mt-2 max-w-prose whitespace-pre-line">{m.summary}</p> : null}
        </Section>
      ) : null}
      <p className="mt-8">
        <a href={`/moter.ics?omrade=${m.areaSlug}`} className="inline-flex min-h-11 items-center">
          {p.addToCalendar}
        </a>
      </p>
    </>
  );
}
