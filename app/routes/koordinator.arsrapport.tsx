import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { TextField } from "~/components/ui/Field";
import { formatDate, useT } from "~/i18n";
import { getAnnualReport } from "~/models/coordination-insight.server";
import { orRespond, pickProgramme } from "~/models/coordination.server";
import { requireStaff } from "~/services/actor.server";
import { now } from "~/utils/clock.server";
import { pageMeta } from "~/utils/meta";
import { SECTORS } from "~/validation/enums";
import { ProgrammeFilter, tableClass } from "./koordinator";

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
  const section = "mt-8 break-inside-avoid print:mt-4";
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
              <th scope="col">{t.coordinator.dashboard.subprogramme}</th>
              <th scope="col">{t.coordinator.areaPicker}</th>
              <th scope="col">{a.count}</th>
            </tr>
          </thead>
          <tbody>
            {report.bySubprogramme.flatMap((s) => [
              <tr key={s.name}>
                <th scope="row">{s.name}</th>
                <td>{t.coordinator.dashboard.total}</td>
                <td>{s.count}</td>
              </tr>,
              ...s.areas.map((area) => (
                <tr key={`${s.name}-${area.name}`}>
                  <td />
                  <td>{area.name}</td>
                  <td>{area.count}</td>
                </tr>
              )),
            ])}
          </tbody>
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
