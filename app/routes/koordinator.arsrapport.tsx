import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { TextField } from "~/components/ui/Field";
import { formatDate, useT } from "~/i18n";
import { getAnnualReport } from "~/models/coordination-insight.server";
import { pickProgramme } from "~/models/programme.server";
import { orRespond } from "~/utils/refusal.server";
import { requireStaff } from "~/services/actor.server";
import { now } from "~/utils/clock.server";
import { pageMeta } from "~/utils/meta";
import { SECTORS } from "~/validation/enums";
import { tableClass } from "~/components/coordinator/classes";
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
  };
}

export default function AnnualReport() {
  const { programme, programmes, report } = useLoaderData<typeof loader>();
  const t = useT();
  const a = t.coordinator.annual;
  // Sections may break across pages: a section kept whole moved its long table to the next page and
  // left the page before nearly empty. Headings stay with what follows, and rows are not split.
  const section = "mt-8 print:mt-4 [&_h2]:break-after-avoid [&_caption]:break-after-avoid [&_tr]:break-inside-avoid";
  return (
    <article className="[overflow-wrap:anywhere] print:text-[11pt]">
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere] print:text-2xl">{a.heading(programme.name, report.year)}</h1>
      <div className="mt-4 print:hidden">
        <ProgrammeFilter programmes={programmes} current={programme.slug}>
          <TextField id="ar" name="ar" type="number" inputMode="numeric" label={a.year} defaultValue={String(report.year)} />
        </ProgrammeFilter>
        <p className="mt-2 text-sm">{a.print}</p>
      </div>

      <section className={section} aria-labelledby="tiltak-heading">
        <h2 id="tiltak-heading" className="text-2xl font-bold">
          {a.tiltakHeading}
        </h2>
        <p>{a.tiltakTotal(report.tiltakCount)}</p>
        <table className={tableClass}>
          <caption className="sr-only">{a.tiltakCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{a.subprogrammeAndArea}</th>
              <th scope="col">{a.count}</th>
            </tr>
          </thead>
          {/* One group per sub-programme: its total, then its areas. No "Sum" in a column of areas. */}
          {report.bySubprogramme.map((s) => (
            <tbody key={s.name} className="print:break-inside-avoid">
              <tr>
                <th scope="rowgroup" className="font-bold">
                  {a.subprogrammeTotal(s.name)}
                </th>
                <td className="font-bold">{s.count}</td>
              </tr>
              {s.areas.map((area) => (
                <tr key={area.name}>
                  <th scope="row" className="!pl-8 font-normal">
                    {area.name}
                  </th>
                  <td>{area.count}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </section>

      <section className={section} aria-labelledby="partners-heading">
        <h2 id="partners-heading" className="text-2xl font-bold">
          {a.partnersHeading}
        </h2>
        <p>{a.partnersTotal(report.partnerCount)}</p>
        <table className={tableClass}>
          <caption className="sr-only">{a.partnersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.coordinator.reports.sector}</th>
              <th scope="col">{a.count}</th>
            </tr>
          </thead>
          <tbody>
            {SECTORS.map((s) => (
              <tr key={s}>
                <th scope="row">{t.sectors[s]}</th>
                <td>{report.partnersBySector[s]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className={section} aria-labelledby="collab-heading">
        <h2 id="collab-heading" className="text-2xl font-bold">
          {a.collaborationHeading}
        </h2>
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
            <table key={x.caption} className={`${tableClass} mt-6`}>
              <caption className="text-left font-semibold">{x.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{a.colInitiative}</th>
                  <th scope="col">{a.colOrganisation}</th>
                  <th scope="col">{a.colDate}</th>
                </tr>
              </thead>
              <tbody>
                {x.rows.map((row, i) => (
                  <tr key={i}>
                    <th scope="row">{row.initiative}</th>
                    <td>{row.organisation}</td>
                    <td>{formatDate(new Date(row.at), t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
      </section>
    </article>
  );
}
