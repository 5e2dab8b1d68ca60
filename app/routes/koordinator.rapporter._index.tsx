import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ButtonLink } from "~/components/ui/Button";
import { SelectField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { listProgrammeAreas, pickProgramme } from "~/models/programme.server";
import { orRespond } from "~/utils/refusal.server";
import { requireStaff } from "~/services/actor.server";
import { pageMeta } from "~/utils/meta";
import { SECTORS } from "~/validation/enums";
import { ProgrammeFilter } from "~/components/coordinator/ProgrammeFilter";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.coordinator.reports.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const url = new URL(request.url);
  const { programme, programmes } = orRespond(() => pickProgramme(actor, url.searchParams.get("satsing")));
  const areas = listProgrammeAreas(programme.id).map(({ slug, name, depth }) => ({ slug, name, depth }));
  const area = url.searchParams.get("omrade") ?? "";
  const sector = url.searchParams.get("sektor") ?? "";
  return {
    programme: { slug: programme.slug, name: programme.name },
    programmes: programmes.map(({ slug, name }) => ({ slug, name })),
    areas,
    filters: { area: areas.some((a) => a.slug === area) ? area : "", sector: (SECTORS as readonly string[]).includes(sector) ? sector : "" },
  };
}

export default function Reports() {
  const { programme, programmes, areas, filters } = useLoaderData<typeof loader>();
  const t = useT();
  const r = t.coordinator.reports;
  const q = new URLSearchParams({ satsing: programme.slug });
  if (filters.area) q.set("omrade", filters.area);
  if (filters.sector) q.set("sektor", filters.sector);
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{r.heading(programme.name)}</h1>
      <p className="mt-2 max-w-3xl">{r.intro}</p>
      <div className="mt-4">
        <ProgrammeFilter programmes={programmes} current={programme.slug}>
          <SelectField id="omrade" name="omrade" label={t.coordinator.areaPicker} placeholder={t.coordinator.allAreas} defaultValue={filters.area} options={areas.map((a) => ({ value: a.slug, label: `${"– ".repeat(a.depth)}${a.name}` }))} />
          <SelectField id="sektor" name="sektor" label={r.sector} placeholder={r.allSectors} defaultValue={filters.sector} options={SECTORS.map((s) => ({ value: s, label: t.sectors[s] }))} />
        </ProgrammeFilter>
      </div>
      <ul className="mt-8 grid gap-3">
        <li>
          <ButtonLink to={`/koordinator/rapporter/organisasjoner?${q}`} reloadDocument download>
            {r.organisations}
          </ButtonLink>
        </li>
        <li>
          <ButtonLink to={`/koordinator/rapporter/tiltak?${q}`} reloadDocument download>
            {r.initiatives}
          </ButtonLink>
        </li>
        <li>
          <ButtonLink to={`/koordinator/rapporter/deltakelser?${q}`} reloadDocument download>
            {r.participations}
          </ButtonLink>
        </li>
        <li>
          <Link to={`/koordinator/arsrapport?satsing=${programme.slug}`} className="inline-flex min-h-11 items-center">
            {r.annualLink}
          </Link>
        </li>
      </ul>
    </>
  );
}
