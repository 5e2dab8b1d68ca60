/**
 * /koordinator/moter?satsing=<slug>: a programme's meetings and stops (issue 22), upcoming and past,
 * with the way to a new meeting or a new series. Only the person's programmes (pickProgramme).
 */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ProgrammeFilter } from "~/components/coordinator/ProgrammeFilter";
import { meetingWhen } from "~/components/meetings/format";
import { ButtonLink } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { FormMessage } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT, type Messages } from "~/i18n";
import { listProgrammeMeetings } from "~/models/meeting/meeting.server";
import { pickProgramme } from "~/models/programme.server";
import { requireStaff } from "~/services/actor.server";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.meetingsWork.coordinator.list.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const url = new URL(request.url);
  const { programme, programmes } = orRespond(() => pickProgramme(actor, url.searchParams.get("satsing")));
  const serialise = (rows: ReturnType<typeof listProgrammeMeetings>) =>
    rows.map((m) => ({ ...m, startsAt: m.startsAt.getTime(), endsAt: m.endsAt.getTime(), cancelled: m.cancelledAt !== null, closed: m.closedAt !== null, moved: m.movedNotice !== "" }));
  const ok = url.searchParams.get("ok");
  const count = Number(url.searchParams.get("antall"));
  return {
    programme: { slug: programme.slug, name: programme.name },
    programmes: programmes.map((p) => ({ slug: p.slug, name: p.name })),
    upcoming: serialise(listProgrammeMeetings(programme.id, "upcoming")),
    past: serialise(listProgrammeMeetings(programme.id, "past")),
    ok: ok === "series" && Number.isSafeInteger(count) && count > 0 ? { series: count } : null,
  };
}

type Row = Awaited<ReturnType<typeof loader>>["upcoming"][number];

function status(m: Row, t: Messages) {
  const w = t.meetings.words;
  return [m.cancelled ? w.cancelled : m.closed ? w.closed : null, m.moved && !m.cancelled ? w.moved : null, m.isPublic ? w.public : w.internal].filter(Boolean).join(", ");
}

function MeetingTable({ rows, caption }: { rows: Row[]; caption: string }) {
  const t = useT();
  const l = t.meetingsWork.coordinator.list;
  if (rows.length === 0) return <p className="mt-2">{l.empty}</p>;
  return (
    <DataTable caption={caption} captionHidden className="mt-4" scrollHint>
      <thead>
        <tr>
          <Th>{l.when}</Th>
          <Th>{l.meeting}</Th>
          <Th>{l.area}</Th>
          <Th>{l.status}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.id}>
            <Td>{meetingWhen(m.startsAt, m.endsAt, t)}</Td>
            <Td>
              <Link to={`/koordinator/moter/${m.slug}`}>{m.title}</Link>
              <span className="block text-sm">{t.meetings.kinds[m.kind]}{m.seriesId ? ` · ${l.series}` : ""}</span>
            </Td>
            <Td>{m.areaName}</Td>
            <Td>{status(m, t)}</Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export default function CoordinatorMeetings() {
  const { programme, programmes, upcoming, past, ok } = useLoaderData<typeof loader>();
  const t = useT();
  const l = t.meetingsWork.coordinator.list;
  return (
    <>
      <h1 className="text-3xl font-bold">{l.heading}</h1>
      {ok ? <FormMessage tone="success">{l.seriesCreated(ok.series)}</FormMessage> : null}
      <p className="mt-2 max-w-prose">{l.intro}</p>
      {programmes.length > 1 ? <ProgrammeFilter programmes={programmes} current={programme.slug} /> : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <ButtonLink variant="primary" to={`/koordinator/moter/ny?satsing=${programme.slug}`}>
          {l.newMeeting}
        </ButtonLink>
        <ButtonLink to={`/koordinator/moter/serie?satsing=${programme.slug}`}>{l.newSeries}</ButtonLink>
      </div>
      <Section heading={l.upcoming}>
        <MeetingTable rows={upcoming} caption={l.captionUpcoming(programme.name)} />
      </Section>
      <Section heading={l.past}>
        <MeetingTable rows={past} caption={l.captionPast(programme.name)} />
      </Section>
    </>
  );
}
