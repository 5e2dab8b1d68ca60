/**
 * The årsmelding and the final report in words: turns the report's data (app/models/report/types.ts)
 * into headings, paragraphs, tables and charts in the reader's language. The page renders this
 * (./ReportView.tsx) and so does the Word document (app/services/report-docx.server.ts): one
 * function, so they hold the same sections, tables and numbers.
 */
import { calendarDay, kroner } from "~/components/grants/format";
import { kroner as publicKroner } from "~/components/grants/public-format";
import { formatDate, formatNumber, type Messages } from "~/i18n";
import type { AnnualReportData, FinalReportData, GoalView, IndicatorView, Money, PlanView, ReportData, SourceMoney } from "~/models/report/types";
import { INITIATIVE_OUTCOMES, REPORT_SECTIONS, SECTORS, type ReportSection, type Sector } from "~/validation/enums";

export type Column = { label: string; numeric?: boolean };
/** A table: the first cell of each row is its row header; `strong` rows are a group's total. */
export type ReportTable = { caption: string; columns: Column[]; rows: { cells: string[]; strong?: boolean; indent?: boolean }[]; foot?: string[] };
export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "subheading"; text: string }
  | { kind: "table"; table: ReportTable }
  /** An indicator's chart; always with its numbers as a table (the chart is never the only way to read them). */
  | { kind: "chart"; indicator: IndicatorView; table: ReportTable };
export type PresentedSection = { key: ReportSection; heading: string; narrative: string; blocks: Block[] };
export type PresentedReport = { title: string; heading: string; lines: string[]; generated: string; sections: PresentedSection[] };

/** The report in the reader's language. */
export function presentReport(report: ReportData, t: Messages): PresentedReport {
  return report.kind === "annual" ? presentAnnual(report, t) : presentFinal(report, t);
}

const day = (ms: number, t: Messages) => formatDate(ms, t, { dateStyle: "long", timeZone: "Europe/Oslo" });
const money = (m: Money, t: Messages) => [kroner(m.plannedOre, t), kroner(m.grantedOre, t), kroner(m.spentOre, t)];
const sourceLabel = (s: SourceMoney, t: Messages) => (s.source === "other" ? `${t.places.words.budgetSources.other}: ${s.sourceName}` : t.places.words.budgetSources[s.source]);
const moneyColumns = (t: Messages): Column[] => [
  { label: t.places.words.planned, numeric: true },
  { label: t.places.words.granted, numeric: true },
  { label: t.places.words.spent, numeric: true },
];

function period(report: ReportData, t: Messages): string {
  const r = t.planning.report;
  const p = report.programme;
  return r.period(p.periodStart, p.periodEnd) + (p.closed ? ` ${r.closedMark}` : "");
}

function sections(report: ReportData, t: Messages, blocks: Record<ReportSection, Block[]>, headings: Record<ReportSection, string>): PresentedSection[] {
  return REPORT_SECTIONS.map((key) => ({ key, heading: headings[key], narrative: report.narratives[key] ?? "", blocks: blocks[key] }));
}

// ---------------------------------------------------------------------------------------------
// The årsmelding
// ---------------------------------------------------------------------------------------------

function presentAnnual(report: AnnualReportData, t: Messages): PresentedReport {
  const r = t.planning.report;
  const a = r.annual;
  const { counts, grants, year } = report;
  const g = t.grants.publicPages;
  const sectorLabel = (key: Sector | "private_person" | "") => (key === "private_person" ? t.grants.privatePerson : key === "" ? g.totals.unknownSector : t.sectors[key]);
  const grantTotals = (caption: string, keyHeading: string, rows: { label: string; count: number; amountOre: number }[]): Block => ({
    kind: "table",
    table: {
      caption,
      columns: [{ label: keyHeading }, { label: g.totals.colCount, numeric: true }, { label: g.totals.colAmount, numeric: true }],
      rows: rows.map((row) => ({ cells: [row.label, formatNumber(row.count, t), publicKroner(row.amountOre, t)] })),
      foot: [g.totals.total, formatNumber(grants.totals.all.count, t), publicKroner(grants.totals.all.amountOre, t)],
    },
  });
  const collaboration = [
    { caption: a.startedCaption, rows: counts.startedList },
    { caption: a.endedCaption, rows: counts.endedList },
  ]
    .filter((x) => x.rows.length > 0)
    .map(
      (x): Block => ({
        kind: "table",
        table: {
          caption: x.caption,
          columns: [{ label: a.colInitiative }, { label: a.colOrganisation }, { label: a.colDate }],
          rows: x.rows.map((row) => ({ cells: [row.initiative, row.organisation, day(row.at, t)] })),
        },
      }),
    );

  const blocks: Record<ReportSection, Block[]> = {
    introduction: [
      ...(report.inPeriod ? [] : [{ kind: "paragraph", text: r.outsidePeriod(year, period(report, t)) } as Block]),
      {
        kind: "list",
        items: [
          a.tiltakTotal(counts.tiltakCount),
          a.partnersTotal(counts.partnerCount),
          report.plan ? planStatusText(report.plan, t) : r.noPlan(year),
          ...(report.plan ? [a.moneySummary(kroner(report.plan.total.plannedOre, t), kroner(report.plan.total.spentOre, t))] : []),
        ],
      },
    ],
    initiatives: [
      ...(report.plan ? planBlocks(report.plan, t, a.planCaption(year), a.sourcesCaption(year), true) : [{ kind: "paragraph", text: r.noPlan(year) } as Block]),
      { kind: "subheading", text: a.tiltakHeading },
      {
        kind: "table",
        table: {
          caption: a.tiltakCaption,
          columns: [{ label: a.subprogrammeAndArea }, { label: a.count, numeric: true }],
          rows: counts.bySubprogramme.flatMap((s) => [
            { cells: [a.subprogrammeTotal(s.name), formatNumber(s.count, t)], strong: true },
            ...s.areas.map((area) => ({ cells: [area.name, formatNumber(area.count, t)], indent: true })),
          ]),
          // No "Sum" row: in a column of areas it reads as one more area; the total is in the introduction.
        },
      },
    ],
    goals: goalBlocks(report.goals, t, false),
    participation: [
      { kind: "list", items: [a.partnersTotal(counts.partnerCount), a.started(counts.started), a.ended(counts.ended), a.updates(counts.publicUpdates)] },
      {
        kind: "table",
        table: {
          caption: a.partnersCaption,
          columns: [{ label: t.coordinator.reports.sector }, { label: a.count, numeric: true }],
          rows: SECTORS.map((s) => ({ cells: [t.sectors[s], formatNumber(counts.partnersBySector[s], t)] })),
          foot: [t.places.words.total, formatNumber(counts.partnerCount, t)],
        },
      },
      ...collaboration,
    ],
    grants: [
      {
        kind: "list",
        items: [
          g.annual.applications(grants.applications),
          grants.totals.all.count > 0 ? g.annual.granted(grants.totals.all.count, publicKroner(grants.totals.all.amountOre, t)) : g.annual.none,
          g.annual.reports(grants.reportsReceived),
        ],
      },
      ...(grants.totals.all.count > 0
        ? [
            grantTotals(g.totals.byAreaCaption, g.totals.colArea, grants.totals.byArea.map((row) => ({ label: row.key || g.totals.noArea, ...row }))),
            grantTotals(g.totals.bySectorCaption, g.totals.colSector, grants.totals.bySector.map((row) => ({ label: sectorLabel(row.key), ...row }))),
          ]
        : []),
    ],
    residents: [{ kind: "paragraph", text: r.residentsNone }],
    next_year: report.nextPlan
      ? [{ kind: "paragraph", text: planStatusText(report.nextPlan, t) }, ...planBlocks(report.nextPlan, t, a.nextPlanCaption(year + 1), a.nextSourcesCaption(year + 1), false)]
      : [{ kind: "paragraph", text: r.noPlan(year + 1) }],
  };
  return {
    title: a.title(report.programme.name, year),
    heading: a.heading(report.programme.name, year),
    lines: [period(report, t)],
    generated: r.generated(day(report.generatedAt, t)),
    sections: sections(report, t, blocks, {
      introduction: r.headings.introduction,
      initiatives: a.headings.initiatives(year),
      goals: r.headings.goals,
      participation: r.headings.participation,
      grants: r.headings.grants,
      residents: r.headings.residents,
      next_year: a.headings.nextYear(year + 1),
    }),
  };
}

function planStatusText(plan: PlanView, t: Messages): string {
  const r = t.planning.report;
  return plan.status === "adopted" && plan.adoptedBy && plan.adoptedOn ? r.planAdopted(plan.year, plan.adoptedBy, calendarDay(plan.adoptedOn, t)) : r.planDraft(plan.year);
}

/** A plan's tiltak with their money (`spent`: last year's status, with what was granted and spent), and its sums per source. */
function planBlocks(plan: PlanView, t: Messages, caption: string, sourcesCaption: string, spent: boolean): Block[] {
  const r = t.planning.report;
  const draft = plan.status === "draft" ? ` (${r.draftMark})` : "";
  const amounts = (m: Money) => (spent ? money(m, t) : [kroner(m.plannedOre, t)]);
  const amountColumns = spent ? moneyColumns(t) : moneyColumns(t).slice(0, 1);
  const other = plan.otherLines.plannedOre + plan.otherLines.grantedOre + plan.otherLines.spentOre > 0;
  return [
    {
      kind: "table",
      table: {
        caption: caption + draft,
        columns: [{ label: r.colNumber }, { label: r.colInitiative }, { label: r.colSubprogramme }, ...(spent ? [{ label: r.colStatus }] : []), ...amountColumns],
        rows: [
          ...plan.items.map((item) => ({
            cells: [item.number, item.title, item.subprogramme, ...(spent ? [t.initiativeStatuses[item.status]] : []), ...amounts(item.money)],
          })),
          ...(other ? [{ cells: ["", r.otherLines, "", ...(spent ? [""] : []), ...amounts(plan.otherLines)] }] : []),
        ],
        foot: [t.places.words.total, "", "", ...(spent ? [""] : []), ...amounts(plan.total)],
      },
    },
    {
      kind: "table",
      table: {
        caption: sourcesCaption + draft,
        columns: [{ label: r.colSource }, ...amountColumns],
        rows: plan.bySource.map((s) => ({ cells: [sourceLabel(s, t), ...amounts(s)] })),
        foot: [t.places.words.total, ...amounts(plan.total)],
      },
    },
  ];
}

const value = (v: { value: number }, unit: string, t: Messages) => `${formatNumber(v.value, t)}${unit ? ` ${unit}` : ""}`;

/** The goals with their indicators: one table of all (baseline, last value, target), then each indicator's chart with its yearly values. */
function goalBlocks(goals: GoalView[], t: Messages, withChange: boolean): Block[] {
  const r = t.planning.report;
  const indicators = goals.flatMap((goal) => goal.indicators.map((i) => ({ goal, i })));
  if (goals.length === 0) return [{ kind: "paragraph", text: r.noGoals }];
  const overview: Block = {
    kind: "list",
    items: goals.map((goal) => `${goal.number} ${goal.title}`),
  };
  if (indicators.length === 0) return [overview, { kind: "paragraph", text: r.noIndicators }];
  return [
    overview,
    {
      kind: "table",
      table: {
        caption: r.indicatorsCaption,
        columns: [
          { label: r.colGoal },
          { label: r.colIndicator },
          { label: r.colBaseline, numeric: true },
          { label: r.colLast, numeric: true },
          ...(withChange ? [{ label: r.colChange, numeric: true }] : []),
          { label: r.colTarget, numeric: true },
        ],
        rows: indicators.map(({ goal, i }) => ({
          cells: [
            goal.number,
            i.name,
            `${value(i.baseline, i.unit, t)} (${i.baseline.year})`,
            i.last ? `${value(i.last, i.unit, t)} (${i.last.year})` : t.grants.none,
            ...(withChange ? [i.last ? signed(i.last.value - i.baseline.value, t) : t.grants.none] : []),
            i.target ? `${value(i.target, i.unit, t)} (${i.target.year})` : t.grants.none,
          ],
        })),
      },
    },
    ...indicators.map(
      ({ goal, i }): Block => ({
        kind: "chart",
        indicator: i,
        table: {
          caption: r.valuesCaption(`${goal.number} ${i.name}`, i.unit),
          columns: [{ label: r.colYear }, { label: r.colValue, numeric: true }],
          rows: [
            { cells: [r.baselineYear(i.baseline.year), formatNumber(i.baseline.value, t)] },
            ...i.values.filter((v) => v.year !== i.baseline.year).map((v) => ({ cells: [String(v.year), formatNumber(v.value, t)] })),
            ...(i.target ? [{ cells: [r.targetYear(i.target.year), formatNumber(i.target.value, t)] }] : []),
          ],
        },
      }),
    ),
  ];
}

const signed = (n: number, t: Messages) => (n > 0 ? `+${formatNumber(Math.round(n * 100) / 100, t)}` : formatNumber(Math.round(n * 100) / 100, t));

// ---------------------------------------------------------------------------------------------
// The final report
// ---------------------------------------------------------------------------------------------

function presentFinal(report: FinalReportData, t: Messages): PresentedReport {
  const r = t.planning.report;
  const f = r.final;
  const outcomeLabel = (o: FinalReportData["outcomes"][number]["outcome"]) => (o ? t.places.words.outcomes[o] : f.noOutcome);
  const recorded = report.outcomes.filter((o) => o.outcome !== null).length;
  const totals = report.moneyByYear.reduce(
    (sum, y) => ({ plannedOre: sum.plannedOre + y.total.plannedOre, grantedOre: sum.grantedOre + y.total.grantedOre, spentOre: sum.spentOre + y.total.spentOre }),
    { plannedOre: 0, grantedOre: 0, spentOre: 0 },
  );
  const blocks: Record<ReportSection, Block[]> = {
    introduction: [
      {
        kind: "list",
        items: [period(report, t), f.tiltakTotal(report.outcomes.length), f.outcomesRecorded(recorded, report.outcomes.length), ...(report.programme.closed ? [] : [f.notClosed])],
      },
    ],
    initiatives:
      report.outcomes.length === 0
        ? [{ kind: "paragraph", text: f.noTiltak }]
        : [
            {
              kind: "table",
              table: {
                caption: f.outcomesCaption,
                columns: [{ label: r.colInitiative }, { label: r.colSubprogramme }, { label: f.colOutcome }, { label: f.colBy }, { label: f.colFrom }, { label: f.colReason }],
                rows: report.outcomes.map((o) => ({
                  cells: [o.title, o.subprogramme, outcomeLabel(o.outcome), o.by || t.grants.none, o.from ? calendarDay(o.from, t) : t.grants.none, o.reason || t.grants.none],
                })),
              },
            },
          ],
    goals: goalBlocks(report.goals, t, true),
    participation: [
      {
        kind: "table",
        table: {
          caption: f.partnersCaption,
          columns: [{ label: r.colYear }, ...SECTORS.map((s) => ({ label: t.sectors[s], numeric: true })), { label: t.places.words.total, numeric: true }],
          rows: report.partnersByYear.map((y) => ({ cells: [String(y.year), ...SECTORS.map((s) => formatNumber(y.bySector[s], t)), formatNumber(y.total, t)] })),
        },
      },
    ],
    grants:
      report.moneyByYear.length === 0
        ? [{ kind: "paragraph", text: f.noMoney }]
        : [
            {
              kind: "table",
              table: {
                caption: f.moneyCaption,
                columns: [{ label: r.colYear }, { label: r.colSource }, ...moneyColumns(t)],
                rows: report.moneyByYear.flatMap((y) => [
                  ...y.bySource.map((s) => ({ cells: [y.status === "draft" ? `${y.year} (${r.draftMark})` : String(y.year), sourceLabel(s, t), ...money(s, t)] })),
                  { cells: [f.yearTotal(y.year), "", ...money(y.total, t)], strong: true },
                ]),
                foot: [t.places.words.total, "", ...money(totals, t)],
              },
            },
          ],
    residents: [{ kind: "paragraph", text: r.residentsNone }],
    next_year: [
      {
        kind: "table",
        table: {
          caption: f.outcomeCountsCaption,
          columns: [{ label: f.colOutcome }, { label: r.colCount, numeric: true }],
          rows: [...INITIATIVE_OUTCOMES, null].map((o) => ({
            cells: [outcomeLabel(o), formatNumber(report.outcomes.filter((x) => x.outcome === o).length, t)],
          })),
          foot: [t.places.words.total, formatNumber(report.outcomes.length, t)],
        },
      },
    ],
  };
  return {
    title: f.title(report.programme.name),
    heading: f.heading(report.programme.name),
    lines: [period(report, t)],
    generated: r.generated(day(report.generatedAt, t)),
    sections: sections(report, t, blocks, {
      introduction: r.headings.introduction,
      initiatives: f.headings.initiatives,
      goals: f.headings.goals,
      participation: f.headings.participation,
      grants: f.headings.money,
      residents: r.headings.residents,
      next_year: f.headings.after,
    }),
  };
}
