import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { listItem, MeetingList } from "~/components/meetings/MeetingList";
import { SelectField } from "~/components/ui/Field";
import { FilterForm } from "~/components/ui/FilterForm";
import { Section } from "~/components/ui/Section";
import { loadMeetingsCatalogue, useT } from "~/i18n";
import { listAreaOptions } from "~/models/area.server";
import { listPublicMeetings, resolveMeetingFilters } from "~/models/meeting/public.server";
import { listProgrammeChoices } from "~/models/programme.server";
import { listingHref } from "~/components/initiatives/filter-urls";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";

/**
 * /moter?omrade=<slug>&satsing=<slug>: the public calendar of meetings and stops (issue 22), upcoming
 * and past, by area (with the areas below it) and programme; public meetings only, cancelled ones
 * with their notice. The same for every anonymous reader (the response cache, ADR 012); a meeting
 * changing moves the public data version on (migration 0012). The calendar is also a feed:
 * /moter.ics and /moter.atom with the same filters.
 */
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.meetings.publicList.title, description: t.meetings.publicList.description }));

export function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const filters = orRespond(() => resolveMeetingFilters(url));
  const { upcoming, past } = listPublicMeetings(filters);
  const values = { omrade: filters.area?.slug ?? null, satsing: filters.programme?.slug ?? null };
  return {
    upcoming: upcoming.map(listItem),
    past: past.map(listItem),
    areas: listAreaOptions(filters.area?.slug ?? null).options,
    programmes: listProgrammeChoices().map((p) => ({ slug: p.slug, name: p.name })),
    values,
    icsHref: listingHref("/moter.ics", values),
    atomHref: listingHref("/moter.atom", values),
  };
}

/** A client-side navigation here from a public page brings the meetings' text first (app/i18n/index.ts). */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadMeetingsCatalogue()]);
  return data;
}

export default function Meetings() {
  const { upcoming, past, areas, programmes, values, icsHref, atomHref } = useLoaderData<typeof loader>();
  const t = useT();
  const l = t.meetings.publicList;
  return (
    <>
      <h1 className="text-3xl font-bold">{l.heading}</h1>
      <p className="mt-2 max-w-prose">{l.intro}</p>
      <h2 id="moter-filter" className="mt-6 text-xl font-bold">
        {l.filterHeading}
      </h2>
      <FilterForm labelledBy="moter-filter" layout="panel" submitLabel={l.filter} className="mt-2">
        <div className="flex flex-wrap gap-x-6">
          <SelectField
            id="omrade"
            name="omrade"
            label={l.areaLabel}
            defaultValue={values.omrade ?? ""}
            placeholder={l.allAreas}
            options={areas.map((a) => ({ value: a.slug, label: `${"– ".repeat(a.depth)}${a.name}` }))}
          />
          <SelectField id="satsing" name="satsing" label={l.programmeLabel} defaultValue={values.satsing ?? ""} placeholder={l.allProgrammes} options={programmes.map((p) => ({ value: p.slug, label: p.name }))} />
        </div>
      </FilterForm>

      <Section heading={l.upcoming}>{upcoming.length === 0 ? <p className="mt-2">{l.upcomingEmpty}</p> : <MeetingList items={upcoming} />}</Section>

      <Section heading={l.subscribe}>
        <p className="mt-2 max-w-prose">{l.subscribeHint}</p>
        <ul className="mt-2">
          <li>
            <a href={icsHref} className="inline-flex min-h-11 items-center">
              {l.ical}
            </a>
          </li>
          <li>
            <a href={atomHref} className="inline-flex min-h-11 items-center">
              {l.atom}
            </a>
          </li>
        </ul>
      </Section>

      <Section heading={l.past}>{past.length === 0 ? <p className="mt-2">{l.pastEmpty}</p> : <MeetingList items={past} />}</Section>
    </>
  );
}
