/**
 * /bydelsgruppe/:round/protokoll: the minutes of the round's meetings — date, place, who was present,
 * and per application the applicant (never a private person's name: the minutes are public under
 * offentleglova), who stepped aside as disqualified and why, the decision and its reason. For the
 * administrator and the group's members; prints on A4 without the site's navigation.
 */
import type { HeadersFunction, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { GroupErrorBoundary } from "~/components/grants/group-error";
import { applicantName, calendarDay, kroner } from "~/components/grants/format";
import { Section } from "~/components/ui/Section";
import { loadWorkspaceCatalogue, useT } from "~/i18n";
import { getRoundMinutes } from "~/models/grant/decision.server";
import { requireActor } from "~/services/actor.server";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";
import printStyles from "~/styles/group-minutes.css";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: printStyles }];

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageMeta(matches, (t) => ({ title: t.grants.groupPages.minutes.title(data?.round.name ?? "") }));

export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store" });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const id = params.round && /^\d{1,15}$/.test(params.round) ? Number(params.round) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response(null, { status: 404 });
  return orRespond(() => getRoundMinutes(actor, id));
}

/** A client-side navigation here from a page without the grants' text brings it first (app/i18n/index.ts), also for the error page. */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const text = loadWorkspaceCatalogue();
  try {
    return await serverLoader<typeof loader>();
  } finally {
    await text;
  }
}

export default function GroupMinutesPage() {
  const { round, meetings } = useLoaderData<typeof loader>();
  const t = useT();
  const g = t.grants.groupPages;
  const m = g.minutes;
  return (
    <article className="max-w-4xl">
      <p className="no-print">
        <Link to={`/bydelsgruppe/${round.id}`}>{g.backToRound(round.name)}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{m.heading(round.schemeName, round.name)}</h1>
      <p className="mt-2 max-w-prose">{m.intro}</p>
      <p className="no-print mt-2 max-w-prose text-gray-700">{m.printHint}</p>
      {meetings.length === 0 ? <p className="mt-6">{m.none}</p> : null}
      {meetings.map((meeting) => (
        <Section key={meeting.id} heading={m.meeting(calendarDay(meeting.heldOn, t))} className="minutes-meeting mt-10">
          {meeting.place ? <p className="mt-2">{m.place(meeting.place)}</p> : null}
          <h3 className="mt-4 text-xl font-bold">{m.present}</h3>
          <ul className="mt-1 list-disc pl-6">
            {meeting.present.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          {meeting.items.length === 0 ? <p className="mt-4">{m.noItems}</p> : null}
          <ol className="mt-4 space-y-4">
            {meeting.items.map((item, i) => (
              <li key={item.applicationId} className="minutes-item rounded border border-gray-300 p-4">
                <h3 className="text-xl font-bold">
                  {i + 1}. {item.title}
                </h3>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                  <dt className="font-semibold">{m.applicant}</dt>
                  <dd>{applicantName(item.applicant, t)}</dd>
                  <dt className="font-semibold">{g.round.area}</dt>
                  <dd>{item.areaName ?? t.grants.none}</dd>
                  <dt className="font-semibold">{m.applied}</dt>
                  <dd>{kroner(item.amountAppliedOre, t)}</dd>
                  <dt className="font-semibold">{m.steppedAside}</dt>
                  <dd>{item.steppedAside.length ? item.steppedAside.map((s) => m.aside(s.name, s.reason)).join(" ") : m.nobodyAside}</dd>
                  <dt className="font-semibold">{m.decision}</dt>
                  <dd>
                    {t.grants.outcomes[item.outcome]}
                    {item.outcome !== "rejected" ? ` – ${kroner(item.amountGrantedOre, t)}` : ""}
                    {item.superseded ? ` (${m.superseded})` : ""}
                  </dd>
                  <dt className="font-semibold">{m.reason}</dt>
                  <dd className="whitespace-pre-line">{item.reason || t.grants.none}</dd>
                </dl>
              </li>
            ))}
          </ol>
        </Section>
      ))}
      {meetings.length > 0 ? <p className="mt-6">{m.appealBody(round.appealBody)}</p> : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GroupErrorBoundary />;
}
