/**
 * CSV downloads for coordinators (/koordinator/rapporter/organisasjoner|tiltak|deltakelser), with the
 * report page's filters (?satsing, ?omrade, ?sektor). UTF-8 with BOM and formula-injection
 * protection through app/services/csv.ts.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { messagesFor } from "~/services/language.server";
import { reportInitiatives, reportOrganisations, reportParticipations } from "~/models/coordination-insight.server";
import { listProgrammeAreas, pickProgramme } from "~/models/programme.server";
import { orRespond } from "~/utils/refusal.server";
import { requireStaff } from "~/services/actor.server";
import { CSV_CONTENT_TYPE, toCsv, type CsvValue } from "~/services/csv";
import { getEnv } from "~/utils/env.server";
import { SECTORS, type Sector } from "~/validation/enums";

const KINDS = ["organisasjoner", "tiltak", "deltakelser"] as const;
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const url = new URL(request.url);
  const { programme } = orRespond(() => pickProgramme(actor, url.searchParams.get("satsing")));
  const kind = KINDS.find((k) => k === params.kind);
  if (!kind) throw new Response(null, { status: 404 });
  const areaSlug = url.searchParams.get("omrade") || null;
  const area = areaSlug ? listProgrammeAreas(programme.id).find((a) => a.slug === areaSlug) : null;
  const sectorParam = url.searchParams.get("sektor") || null;
  if ((areaSlug && !area) || (sectorParam && !(SECTORS as readonly string[]).includes(sectorParam))) throw new Response(null, { status: 400 });
  const filters = { programmeId: programme.id, areaId: area?.id ?? null, sector: (sectorParam as Sector | null) ?? null };
  const t = messagesFor(request);
  const r = t.coordinator.reports;
  const base = getEnv().publicUrl;
  let header: readonly string[];
  let rows: CsvValue[][];
  if (kind === "organisasjoner") {
    header = r.columns.organisations;
    rows = reportOrganisations(filters).map((o) => [
      o.name,
      t.sectors[o.sector],
      o.orgNumber,
      t.organisationStatuses[o.status],
      o.areas.join("; "),
      o.activeParticipations,
      day(o.approvedAt),
      day(o.lastConfirmedAt),
      o.status === "approved" ? `${base}/partnere/${o.slug}` : "",
    ]);
  } else if (kind === "tiltak") {
    header = r.columns.initiatives;
    rows = reportInitiatives(filters).map((i) => [
      i.title,
      i.subprogramme,
      i.area,
      t.initiativeStatuses[i.status],
      i.startDate,
      i.endDate,
      i.lead,
      i.isPublic ? r.yes : r.no,
      i.archivedAt ? r.yes : r.no,
      i.activeCount,
      `${base}/koordinator/tiltak/${i.slug}`,
    ]);
  } else {
    header = r.columns.participations;
    rows = reportParticipations(filters).map((p) => [
      p.initiative,
      p.subprogramme,
      p.area,
      p.organisation,
      t.sectors[p.sector],
      t.participationRoles[p.role],
      t.participationStatuses[p.status],
      day(p.createdAt),
      day(p.startedAt),
      day(p.endedAt),
    ]);
  }
  const filename = `${programme.slug}-${kind}-${new Date().toISOString().slice(0, 10)}.csv`;
  return new Response(toCsv(header, rows), {
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
