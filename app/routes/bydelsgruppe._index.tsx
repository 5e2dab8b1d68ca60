/**
 * /bydelsgruppe: the schemes whose group the person sits in, and their rounds released to the group,
 * with how many open applications still wait for the person's declaration (forvaltningsloven § 6).
 * Anyone not in a group gets 403 with the reason; anonymous people are sent to log in.
 */
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { GroupErrorBoundary } from "~/components/grants/group-error";
import { calendarDay } from "~/components/grants/format";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { Section } from "~/components/ui/Section";
import { loadWorkspaceCatalogue, useT } from "~/i18n";
import { undeclaredByRound } from "~/models/grant/round.server";
import { listGroupSchemes } from "~/models/grant/scheme.server";
import { requireActor } from "~/services/actor.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.grants.groupPages.overview.title }));

export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store" });

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const schemes = listGroupSchemes(actor.id);
  if (schemes.length === 0) throw new Response("notMember", { status: 403 });
  // Only rounds still being decided can wait for a declaration.
  const open = schemes.flatMap((s) => s.rounds.filter((r) => !r.lettersSentAt).map((r) => r.id));
  const waiting = undeclaredByRound(actor.id, open);
  return {
    schemes: schemes.map((s) => ({
      id: s.id,
      name: s.name,
      programmeName: s.programmeName,
      role: s.role,
      rounds: s.rounds.map((r) => ({ id: r.id, name: r.name, decided: r.lettersSentAt !== null, plannedDecisionDate: r.plannedDecisionDate, waiting: waiting.get(r.id) ?? 0 })),
    })),
  };
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

export default function GroupOverview() {
  const { schemes } = useLoaderData<typeof loader>();
  const t = useT();
  const o = t.grants.groupPages.overview;
  return (
    <div className="max-w-4xl">
      <h1 className="text-3xl font-bold">{o.heading}</h1>
      <p className="mt-2 max-w-prose">{o.intro}</p>
      {schemes.map((s) => (
        <Section key={s.id} heading={s.name}>
          <p className="mt-1 text-gray-700">
            {o.programme(s.programmeName)} · {o.yourRole(t.grants.memberRoles[s.role].toLowerCase())}
          </p>
          {s.rounds.length === 0 ? (
            <p className="mt-4">{o.noRounds}</p>
          ) : (
            <DataTable caption={o.roundsCaption(s.name)} className="mt-4">
              <thead>
                <tr>
                  <Th>{o.round}</Th>
                  <Th>{o.status}</Th>
                  <Th>{o.waiting}</Th>
                  <Th>{o.plannedDecision}</Th>
                  <Th>{o.minutes}</Th>
                </tr>
              </thead>
              <tbody>
                {s.rounds.map((r) => (
                  <tr key={r.id}>
                    <Td>
                      <Link to={`/bydelsgruppe/${r.id}`}>{r.name}</Link>
                    </Td>
                    <Td>{r.decided ? o.statusDecided : o.statusOpen}</Td>
                    <Td>{r.decided ? t.grants.none : o.waitingCount(r.waiting)}</Td>
                    <Td>{calendarDay(r.plannedDecisionDate, t)}</Td>
                    <Td>
                      <Link to={`/bydelsgruppe/${r.id}/protokoll`} aria-label={o.readMinutes(r.name)}>
                        {o.minutes}
                      </Link>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </Section>
      ))}
    </div>
  );
}

export function ErrorBoundary() {
  return <GroupErrorBoundary />;
}
