/**
 * The grants part of a programme's annual report (/koordinator/arsrapport): applications submitted in
 * the year, the sums granted per area and per kind of recipient (decisions in the year; only what is
 * published, so never a rejection), and the reports received.
 */
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import type { grantsYearReport } from "~/models/grant/public.server";
import { kroner } from "./public-format";
import { TotalsTable, useSectorLabel } from "./public-grants";

export function GrantsYearSection({ summary, className }: { summary: ReturnType<typeof grantsYearReport>; className?: string }) {
  const t = useT();
  const a = t.grants.publicPages.annual;
  const s = t.grants.publicPages.totals;
  const sectorLabel = useSectorLabel();
  const { totals } = summary;
  return (
    <Section heading={a.heading} className={className}>
      <ul className="list-disc pl-6">
        <li>{a.applications(summary.applications)}</li>
        <li>{totals.all.count > 0 ? a.granted(totals.all.count, kroner(totals.all.amountOre, t)) : a.none}</li>
        <li>{a.reports(summary.reportsReceived)}</li>
      </ul>
      {totals.all.count > 0 ? (
        <>
          <TotalsTable
            caption={s.byAreaCaption}
            keyHeading={s.colArea}
            all={totals.all}
            rows={totals.byArea.map((r) => ({ key: r.key, label: r.key || s.noArea, count: r.count, amountOre: r.amountOre }))}
          />
          <TotalsTable
            caption={s.bySectorCaption}
            keyHeading={s.colSector}
            all={totals.all}
            rows={totals.bySector.map((r) => ({ key: r.key, label: sectorLabel(r.key), count: r.count, amountOre: r.amountOre }))}
          />
        </>
      ) : null}
    </Section>
  );
}
