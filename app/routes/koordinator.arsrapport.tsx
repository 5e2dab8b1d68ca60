import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { TextField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { formatDate, useT } from "~/i18n";
import { getAnnualReport } from "~/models/coordination-insight.server";
import { grantsYearReport } from "~/models/grant/public.server";
import { GrantsYearSection } from "~/components/grants/public-year-summary";
import { pickProgramme } from "~/models/programme.server";
import { orRespond } from "~/utils/refusal.server";
import { requireStaff } from "~/services/actor.server";
import { now } from "~/utils/clock.server";
import { pageMeta } from "~/utils/meta";
import { SECTORS } from "~/validation/enums";
import { ProgrammeFilter } from "~/components/coordinator/ProgrammeFilter";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) =>
  pageMeta(matches, (t) => ({ title: d ? t.coordinator.annual.title(d.programme.name, d.report.year) : t.coordinator.nav.annualReport }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const url = new URL(request.url);
  const { programme, programmes } = orRespond(() => pickProgramme(actor, url.searchParams.get("satsing")));
  const yearParam = url.searchParams.get("ar");
  const year = yearParam ? Number(yearParam) : new Date(now()).getUTCFullYear();
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Response(null, { status: 400 });
  return {
    programme: { slug: programme.slug, name: programme.name },
    programmes: programmes.map(({ slug, name }) => ({ slug, name })),
    report: getAnnualReport(programme.id, year),
    grants: grantsYearReport(programme.id, year),
  };
}

export default function AnnualReport() {
  const { programme, programmes, report, grants } = useLoaderData<typeof loader>();
  const t = useT();
  const a = t.coordinator.annual;
  // Sections may break across pages: a section kept whole moved its long table to the next page and
  // left the page before nearly empty. Headings stay with what follows, and rows are not split. On
  // paper a table is no scrolling box (a scroll container would not break across pages).
  const section =
    "mt-8 print:mt-4 [&_h2]:break-after-avoid [&_caption]:break-after-avoid [&_tr]:break-inside-avoid";
  return (
    <article className="[overflow-wrap:anywhere] print:text-[11pt]">
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere] print:text-2xl">{a.heading(programme.name, report.year)}</h1>
      <div className="mt-4 print:hidden">
        <ProgrammeFilter programmes={programmes} current={programme.slug}>
          <TextField id="ar" name="ar" type="number" inputMode="numeric" label={a.year} defaultValue={String(report.year)} />
        </ProgrammeFilter>
        <p className="mt-2 text-sm">{a.print}</p>
      </div>

      <Section heading={a.tiltakHeading} className={section}>
        <p>{a.tiltakTotal(report.tiltakCount)}</p>
        <DataTable caption={a.tiltakCaption} captionHidden className="mt-3">
          <thead>
            <tr>
              <Th>{a.subprogrammeAndArea}</Th>
              <Th numeric>{a.count}</Th>
            </tr>
          </thead>
          {/* One group per sub-programme: its total, then its areas. No "Sum" in a column of areas. */}
          {report.bySubprogramme.map((s) => (
            <tbody key={s.name} className="print:break-inside-avoid">
              <tr>
                <Th scope="rowgroup" className="font-bold">
                  {a.subprogrammeTotal(s.name)}
                </Th>
                <Td numeric className="font-bold">
                  {s.count}
                </Td>
              </tr>
              {s.areas.map((area) => (
                <tr key={area.name}>
                  <Th scope="row" className="!pl-8 font-normal">
                    {area.name}
                  </Th>
                  <Td numeric>{area.count}</Td>
                </tr>
              ))}
            </tbody>
          ))}
        </DataTable>
      </Section>

      <Section heading={a.partnersHeading} className={section}>
        <p>{a.partnersTotal(report.partnerCount)}</p>
        <DataTable caption={a.partnersCaption} captionHidden className="mt-3">
          <thead>
            <tr>
              <Th>{t.coordinator.reports.sector}</Th>
              <Th numeric>{a.count}</Th>
            </tr>
          </thead>
          <tbody>
            {SECTORS.map((s) => (
              <tr key={s}>
                <Th scope="row">{t.sectors[s]}</Th>
                <Td numeric>{report.partnersBySector[s]}</Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </Section>

      <Section heading={a.collaborationHeading} className={section}>
        <ul className="list-disc pl-6">
          <li>{a.started(report.started)}</li>
          <li>{a.ended(report.ended)}</li>
          <li>{a.updates(report.publicUpdates)}</li>
        </ul>
        {[
          { caption: a.startedCaption, rows: report.startedList },
          { caption: a.endedCaption, rows: report.endedList },
        ]
          .filter((x) => x.rows.length > 0)
          .map((x) => (
            <DataTable key={x.caption} caption={x.caption} className="mt-6">
              <thead>
                <tr>
                  <Th>{a.colInitiative}</Th>
                  <Th>{a.colOrganisation}</Th>
                  <Th>{a.colDate}</Th>
                </tr>
              </thead>
              <tbody>
                {x.rows.map((row, i) => (
                  <tr key={i}>
                    <Th scope="row">{row.initiative}</Th>
                    <Td>{row.organisation}</Td>
                    <Td>{formatDate(new Date(row.at), t)}</Td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ))}
      </Section>

      <GrantsYearSection summary={grants} className={section} />
    </article>
  );
}
