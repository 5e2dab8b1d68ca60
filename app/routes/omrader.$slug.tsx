import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ClientLoaderFunctionArgs } from "@remix-run/react";
import { Link, useLoaderData } from "@remix-run/react";
import { formatIsoDay } from "~/components/directory/dates";
import { PrintButton } from "~/components/directory/PrintButton";
import { QrCode } from "~/components/directory/QrCode";
import { qrCodeSvg } from "~/components/directory/qr-code.server";
import { RichText } from "~/components/RichText";
import { formatNumber, useT } from "~/i18n";
import { getAreaOverview } from "~/models/area.server";
import { getAreaMap } from "~/models/map.server";
import { AreaMapSection } from "~/components/map/AreaMap";
import { parseMeasure } from "~/validation/map";
import { getAreaLiftClosedYear } from "~/models/closing/public.server";
import { loadMeetingsCatalogue, loadPlacesCatalogue } from "~/i18n";
import { AreaMeetings } from "~/components/meetings/AreaMeetings";
import { listItem } from "~/components/meetings/MeetingList";
import { nextMeetingsInArea } from "~/models/meeting/public.server";
import { todayInNorway } from "~/utils/clock.server";
import { getEnv } from "~/utils/env.server";
import { pageMeta } from "~/utils/meta";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) =>
    data
      ? { title: t.directory.area.heading(data.area.name), description: t.directory.area.metaDescription(data.area.name) }
      : { title: t.errors.notFoundTitle },
  );

export async function loader({ params, request }: LoaderFunctionArgs) {
  const area = getAreaOverview(params.slug ?? "");
  if (!area) throw new Response(null, { status: 404 });
  // The configured public address, never the request's Host header: printed codes must lead home.
  const pageUrl = `${getEnv().publicUrl}/omrader/${area.slug}`;
  // The day the page was made (a cached copy lasts one day, server/response-cache.ts), for the printout.
  // A closed area lift stays as an archive, marked with its year (issue 21).
  const liftClosedYear = area.liftStartYear !== null ? getAreaLiftClosedYear(area.slug) : null;
  // The area and its children on a map, shaded by the figure chosen in `vis` (issue 25).
  const measure = parseMeasure(new URL(request.url).searchParams.get("vis")) ?? "partnere";
  const map = getAreaMap(area.slug, measure);
  // Its next public meetings (issue 22).
  const meetings = nextMeetingsInArea(area.slug).map(listItem);
  return { area, pageUrl, qrSvg: await qrCodeSvg(pageUrl), today: todayInNorway(), liftClosedYear, map, measure, meetings };
}

// The places text (the archive marking) before a client-side navigation renders.
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadPlacesCatalogue(), loadMeetingsCatalogue()]);
  return data;
}

export default function AreaPage() {
  const { area, pageUrl, qrSvg, today, liftClosedYear, map, measure, meetings } = useLoaderData<typeof loader>();
  const t = useT();
  const a = t.directory.area;
  const period = (start: string | null, end: string | null) =>
    a.periodValue(start ? formatIsoDay(start, t, "medium") : null, end ? formatIsoDay(end, t, "medium") : null);

  return (
    <div className="print:text-[10.5pt]">
      <p className="no-print">
        <Link to="/omrader" className="inline-flex min-h-11 items-center">
          <span aria-hidden="true">←&nbsp;</span>
          {a.backToAreas}
        </Link>
      </p>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-4">
        <h1 className="min-w-0 break-words text-3xl font-bold print:text-2xl">{a.heading(area.name)}</h1>
        <PrintButton label={a.print} />
      </div>
      {/* Only on paper: a printout on a notice board should say how old it is. */}
      <p className="hidden text-sm print:block">{a.printedOn(formatIsoDay(today, t, "long"))}</p>
      {liftClosedYear !== null ? <p className="mt-2 text-lg font-semibold">{t.places.archive.liftClosed(liftClosedYear)}</p> : null}
      <p className="mt-2 max-w-prose">{a.intro}</p>
      <p className="mt-2 text-lg font-semibold">{a.summary(area.initiativeCount, area.partnerCount)}</p>

      <div className="mt-6 grid gap-6 md:grid-cols-[minmax(0,1fr)_18rem] print:grid-cols-[minmax(0,1fr)_15rem]">
        <section aria-labelledby="facts-heading">
          <h2 id="facts-heading" className="text-2xl font-bold print:text-xl">
            {a.factsHeading}
          </h2>
          <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 [overflow-wrap:anywhere]">
            <dt className="font-semibold">{a.kind}</dt>
            <dd>{t.areaKinds[area.kind]}</dd>
            {area.population !== null ? (
              <>
                <dt className="font-semibold">{a.population}</dt>
                <dd>{a.populationValue(area.population)}</dd>
              </>
            ) : null}
            {area.parent ? (
              <>
                <dt className="font-semibold">{a.parent}</dt>
                <dd>
                  <Link to={`/omrader/${area.parent.slug}`} className="inline-flex min-h-11 items-center print:min-h-0">
                    {area.parent.name}
                  </Link>
                </dd>
              </>
            ) : null}
            {area.liftStartYear !== null ? (
              <>
                <dt className="font-semibold">{a.lift}</dt>
                <dd>{a.liftYears(area.liftStartYear, area.liftEndYear)}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{a.programmes}</dt>
            <dd>{area.programmes.length > 0 ? area.programmes.map((p) => p.name).join(", ") : a.noProgrammes}</dd>
            {area.children.length > 0 ? (
              <>
                <dt className="font-semibold">{a.children}</dt>
                <dd>
                  <ul className="flex flex-wrap gap-x-4">
                    {area.children.map((c) => (
                      <li key={c.slug}>
                        <Link to={`/omrader/${c.slug}`} className="inline-flex min-h-11 items-center print:min-h-0">
                          {c.name}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
          </dl>
        </section>
        <QrCode svg={qrSvg} url={pageUrl} label={a.qrLabel(pageUrl)} heading={a.qrHeading} text={a.qrText} />
      </div>

      <section aria-labelledby="tiltak-heading" className="mt-10 print:mt-6">
        <h2 id="tiltak-heading" className="text-2xl font-bold print:text-xl">
          {a.initiativesHeading} <span className="text-base font-normal text-gray-800">({formatNumber(area.initiativeCount, t)})</span>
        </h2>
        {area.tiltakGroups.length === 0 ? (
          <p className="mt-2">{a.noInitiatives}</p>
        ) : (
          area.tiltakGroups.map((group) => (
            <div key={group.subprogramme} className="mt-6 print:mt-4">
              <h3 className="text-xl font-semibold print:text-lg">{group.subprogramme}</h3>
              <ul className="mt-2 space-y-3">
                {group.initiatives.map((i) => (
                  <li key={i.slug} className="rounded border border-brand-100 p-3 print:break-inside-avoid print:border-gray-400 print:p-2">
                    <Link to={`/tiltak/${i.slug}`} className="inline-flex min-h-11 items-center text-lg font-semibold print:min-h-0 print:text-base">
                      {i.title}
                    </Link>
                    <dl className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm">
                      <div className="flex gap-1">
                        <dt className="font-semibold">{a.status}:</dt>
                        <dd>{t.initiativeStatuses[i.status]}</dd>
                      </div>
                      <div className="flex gap-1">
                        <dt className="font-semibold">{a.period}:</dt>
                        <dd>{period(i.startDate, i.endDate)}</dd>
                      </div>
                      <div className="flex gap-1">
                        <dt className="font-semibold">{a.where}:</dt>
                        <dd>{i.areaName}</dd>
                      </div>
                    </dl>
                    {i.summary ? <RichText text={i.summary} className="mt-1 max-w-prose break-words" /> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>

      <AreaMeetings areaSlug={area.slug} meetings={meetings} />

      <section aria-labelledby="partnere-heading" className="mt-10 print:mt-6">
        <h2 id="partnere-heading" className="text-2xl font-bold print:text-xl">
          {a.partnersHeading} <span className="text-base font-normal text-gray-800">({formatNumber(area.partnerCount, t)})</span>
        </h2>
        {area.partnerGroups.length === 0 ? (
          <p className="mt-2">{a.noPartners}</p>
        ) : (
          area.partnerGroups.map((group) => (
            <div key={group.sector} className="mt-6 print:mt-4 print:break-inside-avoid">
              <h3 className="text-xl font-semibold print:text-lg">{t.sectors[group.sector]}</h3>
              <ul className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2 print:grid-cols-2 print:gap-y-1">
                {group.partners.map((p) => (
                  <li key={p.slug} className="print:break-inside-avoid">
                    <Link to={`/partnere/${p.slug}`} className="inline-flex min-h-11 items-center font-semibold print:min-h-0">
                      {p.name}
                    </Link>
                    {p.offers.length > 0 ? (
                      <p className="text-sm text-gray-800">
                        <span className="font-semibold">{a.offers}:</span> {p.offers.map((o) => t.offers[o]).join(", ")}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
      {map ? <AreaMapSection view={map} measure={measure} intro={t.places.map.areaMapIntro(area.name)} /> : null}
    </div>
  );
}
