/**
 * A programme's adopted plans on its public page (issue 21): per year, who adopted it and when, and
 * its budget per sub-programme and per source — planned, granted and spent. Drafts never reach this
 * component (listAdoptedPlans reads adopted plans only). Nothing is shown when there is no plan.
 */
import { Link } from "@remix-run/react";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { Section } from "~/components/ui/Section";
import { formatDate, formatNumber, useT, type Messages } from "~/i18n";
import type { AdoptedPlanSummary } from "~/models/plan/public.server";

type Amounts = { plannedOre: number; grantedOre: number; spentOre: number };

/** Øre as kroner in the places section's words ("12 500 kr"). */
function kroner(ore: number, t: Messages): string {
  const amount = ore % 100 === 0 ? formatNumber(ore / 100, t) : new Intl.NumberFormat(t.meta.locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(ore / 100);
  return t.places.planPage.kroner(amount);
}

export function AdoptedPlans({ slug, plans }: { slug: string; plans: AdoptedPlanSummary[] }) {
  const t = useT();
  const p = t.places.programmesPage.plans;
  if (plans.length === 0) return null;
  return (
    <Section heading={p.heading}>
      <p className="mt-2 max-w-prose">{p.intro}</p>
      {plans.map((plan) => (
        <Section key={plan.year} heading={p.planHeading(plan.year)} level={3} className="mt-6">
          <p className="mt-1">
            {p.adopted(plan.adoptedBy, formatDate(new Date(`${plan.adoptedOn}T12:00:00Z`), t, { dateStyle: "long", timeZone: "Europe/Oslo" }))}
            {plan.revisions > 0 ? ` ${p.revised(plan.revisions)}` : ""}
          </p>
          <p>
            <Link to={`/satsinger/${slug}/plan/${plan.year}`} className="inline-flex min-h-11 items-center">
              {p.readPlan(plan.year)}
            </Link>
          </p>
          <div className="grid gap-x-8 lg:grid-cols-2">
            <AmountTable
              caption={p.bySubprogrammeCaption(plan.year)}
              head={p.colSubprogramme}
              rows={plan.bySubprogramme.map((r) => ({ label: r.name ?? p.common, ...r }))}
              total={plan.total}
            />
            <AmountTable
              caption={p.bySourceCaption(plan.year)}
              head={p.colSource}
              rows={plan.bySource.map((r) => ({ label: r.source === "other" ? p.otherSource(r.sourceName) : t.places.words.budgetSources[r.source], ...r }))}
              total={plan.total}
            />
          </div>
        </Section>
      ))}
    </Section>
  );
}

function AmountTable({ caption, head, rows, total }: { caption: string; head: string; rows: ({ label: string } & Amounts)[]; total: Amounts }) {
  const t = useT();
  const w = t.places.words;
  return (
    <DataTable caption={caption} className="mt-4 min-w-0" scrollHint>
      <thead>
        <tr>
          <Th>{head}</Th>
          <Th numeric>{w.planned}</Th>
          <Th numeric>{w.granted}</Th>
          <Th numeric>{w.spent}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <Th scope="row" className="font-normal">
              {r.label}
            </Th>
            <Td numeric>{kroner(r.plannedOre, t)}</Td>
            <Td numeric>{kroner(r.grantedOre, t)}</Td>
            <Td numeric>{kroner(r.spentOre, t)}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <Th scope="row">{w.total}</Th>
          <Td numeric className="font-bold">{kroner(total.plannedOre, t)}</Td>
          <Td numeric className="font-bold">{kroner(total.grantedOre, t)}</Td>
          <Td numeric className="font-bold">{kroner(total.spentOre, t)}</Td>
        </tr>
      </tfoot>
    </DataTable>
  );
}
