import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { formatIsoDate } from "~/components/initiatives/format";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { SelectField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { formatDate, useT } from "~/i18n";
import { getDashboard } from "~/models/coordination-insight.server";
import { listPendingInScope } from "~/models/approval.server";
import { pickProgramme } from "~/models/programme.server";
import { orRespond } from "~/utils/refusal.server";
import { requireStaff } from "~/services/actor.server";
import { pageMeta } from "~/utils/meta";
import { SECTORS } from "~/validation/enums";
import { ProgrammeFilter } from "~/components/coordinator/ProgrammeFilter";
import { RegisterFlagsSection } from "~/components/coordinator/RegisterFlagsSection";
import { flaggedOrganisations } from "~/models/register-unit.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.coordinator.dashboard.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const url = new URL(request.url);
  const { programme, programmes } = orRespond(() => pickProgramme(actor, url.searchParams.get("satsing")));
  const areaOptions = programme.areas;
  const areaSlug = url.searchParams.get("omrade");
  const area = areaSlug ? areaOptions.find((a) => a.slug === areaSlug) : null;
  if (areaSlug && !area) throw new Response(null, { status: 404 });
  const pending = listPendingInScope(actor);
  const dashboard = getDashboard(programme.id, area?.id ?? null, pending, programme.subprogrammes);
  return {
    programme: { slug: programme.slug, name: programme.name },
    programmes: programmes.map(({ slug, name }) => ({ slug, name })),
    areas: areaOptions.map(({ slug, name, depth }) => ({ slug, name, depth })),
    area: area?.slug ?? "",
    dashboard,
    registerFlags: flaggedOrganisations([programme.id]),
  };
}

export default function CoordinatorDashboard() {
  const { programme, programmes, areas, area, dashboard: d, registerFlags } = useLoaderData<typeof loader>();
  const t = useT();
  const c = t.coordinator;
  const x = c.dashboard;
  const q = `?satsing=${programme.slug}`;
  const dateOrNever = (ms: number | null) => (ms === null ? c.never : formatDate(new Date(ms), t));
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{x.heading(programme.name)}</h1>
      <p className="mt-2 max-w-3xl">{x.intro}</p>
      <div className="mt-4">
        <ProgrammeFilter programmes={programmes} current={programme.slug}>
          <SelectField
            id="omrade"
            name="omrade"
            label={c.areaPicker}
            placeholder={c.allAreas}
            defaultValue={area}
            options={areas.map((a) => ({ value: a.slug, label: `${"– ".repeat(a.depth)}${a.name}` }))}
          />
        </ProgrammeFilter>
      </div>

      <DataTable caption={x.matrixCaption} scrollHint className="mt-8">
        <thead>
          <tr>
            <Th>{x.subprogramme}</Th>
            {SECTORS.map((s) => (
              <Th key={s} numeric>
                {t.sectors[s]}
              </Th>
            ))}
            <Th numeric>{x.total}</Th>
          </tr>
        </thead>
        <tbody>
          {d.matrix.map((row) => (
            <tr key={row.id}>
              <Th scope="row">{row.name}</Th>
              {SECTORS.map((s) => (
                <Td key={s} numeric data-sector={s}>
                  {row.counts[s]}
                </Td>
              ))}
              <Td numeric>{row.total}</Td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <Th scope="row">{x.total}</Th>
            {SECTORS.map((s) => (
              <Td key={s} numeric>
                {d.sectorTotals[s]}
              </Td>
            ))}
            <Td numeric>{SECTORS.reduce((sum, s) => sum + d.sectorTotals[s], 0)}</Td>
          </tr>
        </tfoot>
      </DataTable>

      <Section heading={x.pendingHeading}>
        <p className="mt-2">
          {x.pendingOrganisations(d.pendingOrganisations.count)}
          {d.pendingOrganisations.oldestDays !== null ? ` (${x.oldest(d.pendingOrganisations.oldestDays)})` : ""}.{" "}
          <Link to="/koordinator/godkjenning" className="inline-block py-2">
            {x.goToApprovals}
          </Link>
        </p>
        <h3 className="mt-4 text-xl font-semibold">{x.joinRequestsHeading}</h3>
        {d.joinRequests.length === 0 ? <p>{x.noneInList}</p> : null}
        <ul className="list-disc pl-6">
          {d.joinRequests.map((r, i) => (
            <li key={i}>
              <Link to={`/koordinator/tiltak/${r.slug}`} className="inline-block py-2">
                {x.joinRequestItem(r.organisation, r.title, r.days)}
              </Link>
            </li>
          ))}
        </ul>
      </Section>

      <RegisterFlagsSection flagged={registerFlags} />

      {d.periodOver.length > 0 ? (
        <Section heading={x.periodOverHeading}>
          <p className="mt-2 max-w-3xl">{x.periodOverIntro}</p>
          <ul className="list-disc pl-6">
            {d.periodOver.map((p) => (
              <li key={p.slug}>
                <Link to={`/koordinator/tiltak/${p.slug}`} className="inline-block py-2">
                  {p.title}
                </Link>{" "}
                ({x.periodOverItem(formatIsoDate(p.endDate, t))}) –{" "}
                {/* Both are done in the tiltak's form: the status field, or the end date. */}
                <Link to={`/koordinator/tiltak/${p.slug}#status`} className="inline-block py-2" aria-label={x.closeLabel(p.title)}>
                  {x.close}
                </Link>{" "}
                ·{" "}
                <Link to={`/koordinator/tiltak/${p.slug}#endDate`} className="inline-block py-2" aria-label={x.extendLabel(p.title)}>
                  {x.extend}
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section heading={x.gapsHeading}>
        <GapList heading={x.noPartnersHeading} empty={x.noneInList} items={d.noPartners.map((g) => ({ slug: g.slug, text: g.title }))} />
        <GapList heading={x.oneSectorHeading} empty={x.noneInList} items={d.oneSector.map((g) => ({ slug: g.slug, text: `${g.title} (${x.onlySector(t.sectors[g.sector])})` }))} />
        <GapList
          heading={x.lackingHeading}
          empty={x.noneInList}
          items={d.lackingSought.map((g) => ({ slug: g.slug, text: `${g.title} (${x.missing(g.missing.map((s) => t.sectors[s]).join(", "))})` }))}
        />
        <h3 className="mt-6 text-xl font-semibold">{x.staleHeading}</h3>
        {d.stale.length === 0 ? <p>{x.noneInList}</p> : null}
        <ul className="list-disc pl-6">
          {d.stale.map((o) => (
            <li key={o.slug}>
              <Link to={`/koordinator/partnere/${o.slug}${q}`} className="inline-block py-2">
                {o.name}
              </Link>{" "}
              – {x.staleItem(dateOrNever(o.lastActiveAt), dateOrNever(o.lastConfirmedAt))}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

function GapList({ heading, empty, items }: { heading: string; empty: string; items: { slug: string; text: string }[] }) {
  return (
    <>
      <h3 className="mt-6 text-xl font-semibold">{heading}</h3>
      {items.length === 0 ? <p>{empty}</p> : null}
      <ul className="list-disc pl-6">
        {items.map((item) => (
          <li key={item.slug}>
            <Link to={`/koordinator/tiltak/${item.slug}`} className="inline-block py-2">
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
