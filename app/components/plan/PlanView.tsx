/**
 * A year's plan as it reads (issue 21): its tiltak numbered by goal with lead, partners, period and
 * status; its budget lines; and the sums per sub-programme, per source and in total. The same on the
 * public page, the coordinator's page and a version as it stood (a revision's snapshot has the
 * same shape). Text from the places section, which all three load.
 */
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { Section } from "~/components/ui/Section";
import { useT, type Messages } from "~/i18n";
import type { Amounts, PlanContent, PlanItemView, PlanLine, PlanSums } from "~/models/plan/content.server";
import { planDay, planKroner } from "./format";

/** Where a tiltak's title links to (its public page, or the coordinator's), or null for no link. */
export type LinkFor = (item: PlanItemView) => string | null;

export function PlanItems({ content, linkFor, id, children }: { content: PlanContent; linkFor: LinkFor; id?: string; children?: ReactNode }) {
  const t = useT();
  const p = t.places.planPage;
  return (
    <Section heading={p.itemsHeading} id={id} className="mt-8">
      {content.groups.length === 0 ? <p className="mt-2">{p.noItems}</p> : null}
      {content.groups.map((group) => {
        const name = group.title === null ? p.noGoal : p.goalGroup(group.number, group.title);
        return (
          <div key={group.number} className="mt-6">
            <p className="text-lg font-bold">{name}</p>
            <DataTable caption={p.itemsCaption(name)} captionHidden className="mt-2" scrollHint>
              <thead>
                <tr>
                  <Th>{p.number}</Th>
                  <Th>{p.initiative}</Th>
                  <Th>{p.lead}</Th>
                  <Th>{p.partners}</Th>
                  <Th>{p.period}</Th>
                  <Th>{p.status}</Th>
                  <Th>{p.subprogramme}</Th>
                </tr>
              </thead>
              <tbody>
                {group.items.map((item) => (
                  <ItemRow key={item.id} item={item} linkFor={linkFor} t={t} />
                ))}
              </tbody>
            </DataTable>
          </div>
        );
      })}
      {children}
    </Section>
  );
}

function ItemRow({ item, linkFor, t }: { item: PlanItemView; linkFor: LinkFor; t: Messages }) {
  const p = t.places.planPage;
  const href = linkFor(item);
  const title = item.title ?? p.notPublic;
  return (
    <tr>
      <Td className="tabular-nums">{item.number}</Td>
      <Th scope="row" className="font-normal">
        {href ? <Link to={href}>{title}</Link> : title}
        {item.goalTitle && item.goalNumber?.includes(".") ? (
          <span className="block text-sm text-gray-700">
            {p.goal} {item.goalNumber}: {item.goalTitle}
          </span>
        ) : null}
        {item.note ? <span className="block text-sm text-gray-700">{item.note}</span> : null}
      </Th>
      <Td>{item.lead ?? p.noLead}</Td>
      <Td>{item.partners.length ? item.partners.join(", ") : p.noPartners}</Td>
      <Td>{p.periodRange(planDay(item.startDate, t), item.endDate ? planDay(item.endDate, t) : p.openEnded)}</Td>
      <Td>{t.initiativeStatuses[item.status]}</Td>
      <Td>{item.subprogrammeName}</Td>
    </tr>
  );
}

/** What a line is for: "1.2 Leksehjelp", a grant scheme, or the programme. */
export function lineTargetText(line: PlanLine, content: PlanContent, t: Messages): string {
  const p = t.places.planPage;
  if (line.target === "item") {
    const item = content.groups.flatMap((g) => g.items).find((i) => i.id === line.itemId);
    return item ? `${item.number} ${item.title ?? p.notPublic}` : p.notPublic;
  }
  if (line.target === "scheme") return line.schemeName ? p.schemeLine(line.schemeName) : p.deletedScheme;
  return p.programmeLine;
}

export function sourceText(line: Pick<PlanLine, "source" | "sourceName">, t: Messages): string {
  return line.source === "other" ? t.places.planPage.otherSource(line.sourceName) : t.places.words.budgetSources[line.source];
}

function AmountCells({ amounts, t, bold = false }: { amounts: Pick<Amounts, "plannedOre"> & { grantedOre: number | null; spentOre: number | null }; t: Messages; bold?: boolean }) {
  const cls = bold ? "font-bold" : undefined;
  return (
    <>
      <Td numeric className={cls}>{planKroner(amounts.plannedOre, t)}</Td>
      <Td numeric className={cls}>{planKroner(amounts.grantedOre, t)}</Td>
      <Td numeric className={cls}>{planKroner(amounts.spentOre, t)}</Td>
    </>
  );
}

function AmountHeads({ t }: { t: Messages }) {
  const w = t.places.words;
  return (
    <>
      <Th numeric>{w.planned}</Th>
      <Th numeric>{w.granted}</Th>
      <Th numeric>{w.spent}</Th>
    </>
  );
}

/** Every budget line, the tiltak's in their numbered order, then the schemes' and the programme's, with the total. */
export function BudgetLines({ content, sums }: { content: PlanContent; sums: PlanSums }) {
  const t = useT();
  const p = t.places.planPage;
  const lines = [...content.groups.flatMap((g) => g.items.flatMap((i) => i.lines)), ...content.otherLines];
  if (lines.length === 0) return <p className="mt-2">{p.noLines}</p>;
  return (
    <DataTable caption={p.linesCaption} className="mt-4" scrollHint>
      <thead>
        <tr>
          <Th>{p.lineFor}</Th>
          <Th>{p.source}</Th>
          <Th>{p.lineDescription}</Th>
          <AmountHeads t={t} />
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.id}>
            <Th scope="row" className="font-normal">{lineTargetText(line, content, t)}</Th>
            <Td>{sourceText(line, t)}</Td>
            <Td>{line.description}</Td>
            <AmountCells amounts={line} t={t} />
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <Th scope="row" colSpan={3}>{t.places.words.total}</Th>
          <AmountCells amounts={sums.total} t={t} bold />
        </tr>
      </tfoot>
    </DataTable>
  );
}

/** The sums per sub-programme and per source, each with the total. */
export function BudgetSums({ sums }: { sums: PlanSums }) {
  const t = useT();
  const p = t.places.planPage;
  const foot = (
    <tfoot>
      <tr>
        <Th scope="row">{t.places.words.total}</Th>
        <AmountCells amounts={sums.total} t={t} bold />
      </tr>
    </tfoot>
  );
  return (
    <div className="mt-4 grid gap-6 lg:grid-cols-2">
      <DataTable caption={p.bySubprogrammeCaption} className="min-w-0">
        <thead>
          <tr>
            <Th>{p.subprogramme}</Th>
            <AmountHeads t={t} />
          </tr>
        </thead>
        <tbody>
          {sums.bySubprogramme.map((s) => (
            <tr key={String(s.id)}>
              <Th scope="row" className="font-normal">{s.name ?? p.noSubprogramme}</Th>
              <AmountCells amounts={s} t={t} />
            </tr>
          ))}
        </tbody>
        {foot}
      </DataTable>
      <DataTable caption={p.bySourceCaption} className="min-w-0">
        <thead>
          <tr>
            <Th>{p.source}</Th>
            <AmountHeads t={t} />
          </tr>
        </thead>
        <tbody>
          {sums.bySource.map((s) => (
            <tr key={`${s.source}:${s.sourceName}`}>
              <Th scope="row" className="font-normal">{sourceText(s, t)}</Th>
              <AmountCells amounts={s} t={t} />
            </tr>
          ))}
        </tbody>
        {foot}
      </DataTable>
    </div>
  );
}

/** The plan's budget: its lines, then its sums. */
export function PlanBudget({ content, sums, id, children }: { content: PlanContent; sums: PlanSums; id?: string; children?: ReactNode }) {
  const t = useT();
  return (
    <Section heading={t.places.planPage.budgetHeading} id={id} className="mt-8">
      <BudgetLines content={content} sums={sums} />
      <BudgetSums sums={sums} />
      {children}
    </Section>
  );
}
