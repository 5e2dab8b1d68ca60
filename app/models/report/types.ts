/**
 * The årsmelding and the final report as data (issue 21): what the models in this folder build, once,
 * and what both the page (/koordinator/arsrapport, /koordinator/sluttrapport) and the Word document
 * (app/services/report-docx.server.ts) render through app/components/report/document.ts — so the
 * page and the .docx cannot drift apart. Plain values only (it travels to the browser as loader data);
 * money in øre.
 */
import type { AnnualReport } from "~/models/coordination-insight.server";
import type { grantsYearReport } from "~/models/grant/public.server";
import type { BudgetSource, InitiativeOutcome, InitiativeStatus, PlanStatus, ReportSection, Sector } from "~/validation/enums";

/** Planned, granted and spent, in øre; a line without a granted or spent amount counts 0 in the sums. */
export type Money = { plannedOre: number; grantedOre: number; spentOre: number };

export type SourceMoney = { source: BudgetSource; sourceName: string } & Money;

/** A year's plan as the report shows it: its tiltak with their money, and the sums per source. */
export type PlanView = {
  year: number;
  status: PlanStatus;
  adoptedBy: string | null;
  adoptedOn: string | null;
  items: { number: string; title: string; slug: string; status: InitiativeStatus; subprogramme: string; note: string; money: Money }[];
  /** Lines that belong to no tiltak (the programme's administration, a grant scheme). */
  otherLines: Money;
  bySource: SourceMoney[];
  total: Money;
};

export type IndicatorView = {
  id: number;
  name: string;
  unit: string;
  source: string;
  baseline: { year: number; value: number };
  target: { year: number; value: number } | null;
  /** The yearly values up to the report's year, oldest first. */
  values: { year: number; value: number }[];
  last: { year: number; value: number } | null;
};

/** A goal numbered as the programme numbers it: main goals 1, 2 …; their sub-goals 1.1, 1.2 … */
export type GoalView = { number: string; title: string; level: 1 | 2; indicators: IndicatorView[] };

export type ReportProgramme = { slug: string; name: string; periodStart: number; periodEnd: number | null; closed: boolean };

/** The årsmelding of a programme's year. */
export type AnnualReportData = {
  kind: "annual";
  programme: ReportProgramme;
  year: number;
  /** Whether the year lies in the programme's period: narrative is written only for those years. */
  inPeriod: boolean;
  generatedAt: number;
  narratives: Partial<Record<ReportSection, string>>;
  counts: AnnualReport;
  grants: ReturnType<typeof grantsYearReport>;
  /** The year's plan (last year's status per funded tiltak), and next year's (the action programme). */
  plan: PlanView | null;
  nextPlan: PlanView | null;
  goals: GoalView[];
};

export type OutcomeRow = {
  title: string;
  slug: string;
  subprogramme: string;
  status: InitiativeStatus;
  outcome: InitiativeOutcome | null;
  /** Who carries it on: an organisation in Laget or an agency named in words. */
  by: string;
  from: string | null;
  reason: string;
};

/** The final report (sluttrapport) of a programme's whole period. */
export type FinalReportData = {
  kind: "final";
  programme: ReportProgramme;
  /** The period's last year: the narrative's year. */
  year: number;
  years: number[];
  /** The period has ended or ends this year, or the programme is closed. */
  available: boolean;
  generatedAt: number;
  narratives: Partial<Record<ReportSection, string>>;
  outcomes: OutcomeRow[];
  partnersByYear: { year: number; bySector: Record<Sector, number>; total: number }[];
  moneyByYear: { year: number; status: PlanStatus; bySource: SourceMoney[]; total: Money }[];
  goals: GoalView[];
};

export type ReportData = AnnualReportData | FinalReportData;
