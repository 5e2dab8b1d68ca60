import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SelectField } from "~/components/ui/Field";
import { FilterForm } from "~/components/ui/FilterForm";
import { Pagination } from "~/components/ui/Pagination";
import { useT } from "~/i18n";
import { SUGGESTION_PAGE_SIZE, suggestPartners } from "~/models/coordination-insight.server";
import { findInitiativeForCoordinator } from "~/models/initiative/management.server";
import { inviteToInitiative } from "~/models/participation.server";
import { listProgrammeAreas, type CoordinationProblem } from "~/models/programme.server";
import { orRefusal } from "~/utils/refusal.server";
import { ensure, requireStaff } from "~/services/actor.server";
import { deliverPendingMail } from "~/services/mail.server";
import { canCoordinateProgramme } from "~/services/permissions";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { pageHref, parsePage } from "~/utils/pagination";
import { inviteSchema } from "~/validation/coordinator";
import { SECTORS, type Sector } from "~/validation/enums";
import { reasonText } from "~/components/coordinator/reason-text";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => pageMeta(matches, (t) => ({ title: t.coordinator.matching.title(d?.tiltak.title ?? "") }));

async function scopedInitiative(request: Request, slug: string | undefined) {
  const actor = await requireStaff(request);
  const tiltak = slug ? findInitiativeForCoordinator(slug) : null;
  if (!tiltak) throw new Response(null, { status: 404 });
  ensure(canCoordinateProgramme(actor, tiltak.programmeId));
  return { actor, tiltak };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { tiltak } = await scopedInitiative(request, params.slug);
  const url = new URL(request.url);
  const page = parsePage(url);
  if (page === null) throw redirect(pageHref(url, 1));
  const sectorParam = url.searchParams.get("sektor") || null;
  const sector = sectorParam && (SECTORS as readonly string[]).includes(sectorParam) ? (sectorParam as Sector) : null;
  const areas = listProgrammeAreas(tiltak.programmeId);
  const areaSlug = url.searchParams.get("omrade") || null;
  const area = areaSlug ? areas.find((a) => a.slug === areaSlug) ?? null : null;
  if ((sectorParam && !sector) || (areaSlug && !area)) throw new Response(null, { status: 400 });
  const result = suggestPartners(tiltak.id, { sector, areaId: area?.id ?? null }, page);
  return {
    tiltak: { slug: tiltak.slug, title: tiltak.title, programmeSlug: tiltak.programmeSlug },
    areas: areas.map(({ slug, name, depth }) => ({ slug, name, depth })),
    filters: { sector: sector ?? "", area: area?.slug ?? "" },
    page,
    lastPage: Math.max(1, Math.ceil(result.total / SUGGESTION_PAGE_SIZE)),
    total: result.total,
    items: result.items,
    invited: url.searchParams.get("ok") === "invite",
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, tiltak } = await scopedInitiative(request, params.slug);
  const parsed = parseForm(await readFormData(request), inviteSchema);
  if (!parsed.ok || !parsed.value.organisationId) return data({ problem: "notFound" as CoordinationProblem }, { status: 400 });
  const { organisationId, role, message } = parsed.value;
  const outcome = orRefusal<unknown, CoordinationProblem>(() => inviteToInitiative(actor, { initiativeId: tiltak.id, organisationId, role, message }));
  if (!outcome.ok) return data({ problem: outcome.reason }, { status: outcome.status });
  void deliverPendingMail();
  const back = new URL(request.url);
  back.searchParams.set("ok", "invite");
  return redirect(`${back.pathname}${back.search}`);
}

export default function Suggestions() {
  const { tiltak, areas, filters, page, lastPage, total, items, invited } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const m = t.coordinator.matching;
  const href = (p: number) => {
    const q = new URLSearchParams();
    if (filters.sector) q.set("sektor", filters.sector);
    if (filters.area) q.set("omrade", filters.area);
    if (p > 1) q.set("side", String(p));
    const s = q.toString();
    return `/koordinator/tiltak/${tiltak.slug}/forslag${s ? `?${s}` : ""}`;
  };
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{m.heading(tiltak.title)}</h1>
      <ErrorSummary problems={[actionData?.problem ? t.coordinator.problems[actionData.problem] : null]} />
      <p className="mt-2 max-w-3xl">{m.intro}</p>
      <p className="mt-2">
        <Link to={`/koordinator/tiltak/${tiltak.slug}`} className="inline-block py-2">
          {m.back}
        </Link>
      </p>
      {invited && !actionData ? <FormMessage tone="success">{m.invited}</FormMessage> : null}
      <FilterForm submitLabel={m.filter}>
        <SelectField id="sektor" name="sektor" label={m.sector} placeholder={m.allSectors} defaultValue={filters.sector} options={SECTORS.map((s) => ({ value: s, label: t.sectors[s] }))} />
        <SelectField id="omrade" name="omrade" label={m.area} placeholder={t.coordinator.allAreas} defaultValue={filters.area} options={areas.map((a) => ({ value: a.slug, label: `${"– ".repeat(a.depth)}${a.name}` }))} />
      </FilterForm>
      <p className="mt-4" role="status">
        {m.count(total)}
      </p>
      {items.length === 0 ? <p className="mt-4">{m.empty}</p> : null}
      <ol className="mt-4 grid gap-4" start={(page - 1) * 20 + 1}>
        {items.map((s) => (
          <li key={s.id} className="rounded border border-brand-100 p-4">
            <h2 className="text-xl font-bold">{s.name}</h2>
            <p className="text-sm text-gray-700">
              {t.sectors[s.sector]} · <strong>{m.score(s.score)}</strong>
            </p>
            <ul className="mt-2 list-disc pl-6">
              {s.reasons.map((r) => (
                <li key={r}>{reasonText(t, r, s.sector)}</li>
              ))}
            </ul>
            <div className="mt-3 flex flex-wrap items-center gap-4">
              <Form method="post">
                <input type="hidden" name="intent" value="invite" />
                <input type="hidden" name="organisationId" value={s.id} />
                <input type="hidden" name="role" value="partner" />
                <Button variant="secondary" aria-label={m.invite(s.name)}>
                  {m.inviteShort}
                </Button>
              </Form>
              <Link to={`/koordinator/partnere/${s.slug}?satsing=${tiltak.programmeSlug}`} className="inline-block py-2">
                {m.reverseLink}
              </Link>
            </div>
          </li>
        ))}
      </ol>
      <Pagination page={page} lastPage={lastPage} href={href} />
    </>
  );
}
