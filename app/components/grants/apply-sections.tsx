/**
 * The parts of an application's page (/min-side/tilskudd/:id) after the form: the application as
 * sent, its attachments, the decision with its letter, appeals, the report and withdrawal. Each form
 * is a plain POST with its own intent; the action answers with redirect or with its errors.
 */
import type { SubmissionResult } from "@conform-to/react";
import { BudgetTable } from "~/components/grants/BudgetTable";
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { Button } from "~/components/ui/Button";
import { FormMessage, TextAreaField, TextField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { formatNumber, useT } from "~/i18n";
import type { GrantAppealOutcome, GrantOutcome, GrantReportStatus } from "~/validation/enums";
import { amountInput, calendarDay, grantErrorText, kroner, osloDateTime } from "~/components/grants/format";

const fieldErrors = (result: SubmissionResult<string[]> | undefined, name: string, t: ReturnType<typeof useT>) => result?.error?.[name]?.map((k) => grantErrorText(t, k, t.grants.applyPages.form));

export type ApplicationView = {
  description: string;
  targetGroup: string;
  expectedParticipants: number | null;
  startDate: string | null;
  endDate: string | null;
  areaName: string | null;
  amountAppliedOre: number | null;
  ownShareOre: number | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  budgetLines: { description: string; amountOre: number }[];
};

/** The application as sent (read-only), with its budget as a table. */
export function ApplicationDetails({ app }: { app: ApplicationView }) {
  const t = useT();
  const a = t.grants.applyPages.application;
  const f = t.grants.applyPages.form;
  const rows: [string, string][] = [
    [f.description, app.description || t.grants.none],
    [f.targetGroup, app.targetGroup || t.grants.none],
    [f.expectedParticipants, app.expectedParticipants === null ? t.grants.none : formatNumber(app.expectedParticipants, t)],
    [f.startDate, app.startDate && app.endDate && app.endDate !== app.startDate ? a.period(calendarDay(app.startDate, t), calendarDay(app.endDate, t)) : calendarDay(app.startDate, t)],
    [f.area, app.areaName ?? t.grants.none],
    [f.ownShare, kroner(app.ownShareOre, t)],
    [f.amountApplied, kroner(app.amountAppliedOre, t)],
    [f.contactHeading, [app.contactName, app.contactEmail, app.contactPhone].filter(Boolean).join(", ") || t.grants.none],
  ];
  return (
    <Section heading={a.detailsHeading} className="mt-8">
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="whitespace-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
      <BudgetTable lines={app.budgetLines} words={{ caption: a.budgetCaption, what: f.what, amount: f.amount, total: a.total }} />
    </Section>
  );
}

export type AttachmentView = { id: number; fileName: string; sizeBytes: number; reportId: number | null };

/** The files, each a download link; the upload form and remove buttons while they may be changed. */
export function AttachmentList({ applicationId, attachments, canRemove }: { applicationId: number; attachments: AttachmentView[]; canRemove: (a: AttachmentView) => boolean }) {
  const t = useT();
  const a = t.grants.applyPages.application;
  if (attachments.length === 0) return <p className="mt-2">{a.noAttachments}</p>;
  return (
    <ul className="mt-3 grid gap-2">
      {attachments.map((file) => (
        <li key={file.id} className="flex flex-wrap items-center gap-x-4">
          <a href={`/min-side/tilskudd/${applicationId}/vedlegg/${file.id}`} className="inline-block py-2" aria-label={a.download(file.fileName)} download>
            {file.fileName}
          </a>
          <span className="text-sm text-gray-700">{a.size(formatNumber(Math.max(1, Math.round(file.sizeBytes / 1024)), t))}</span>
          {canRemove(file) ? (
            <Form method="post">
              <input type="hidden" name="intent" value="removeAttachment" />
              <input type="hidden" name="attachmentId" value={file.id} />
              <Button variant="tertiary" aria-label={a.remove(file.fileName)}>
                {a.removeShort}
              </Button>
            </Form>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** A file input and its button; `toReport` attaches to the report instead of the application. */
export function UploadForm({ id, toReport = false, problem, label }: { id: string; toReport?: boolean; problem: string | null; label: string }) {
  const t = useT();
  const a = t.grants.applyPages.application;
  const errorId = problem ? `${id}-error` : undefined;
  return (
    <Form method="post" encType="multipart/form-data" className="mt-4">
      <input type="hidden" name="intent" value="upload" />
      {toReport ? <input type="hidden" name="toReport" value="1" /> : null}
      <div className="ds-field">
        <label htmlFor={id} className="ds-label">
          {a.file}
        </label>
        <p id={`${id}-hint`} data-field="description">
          {toReport ? a.reportAttachmentsHint : a.attachmentsHint}
        </p>
        {problem ? (
          <p id={errorId} data-field="validation" className="ds-validation-message">
            {grantErrorText(t, problem, t.grants.applyPages.form)}
          </p>
        ) : null}
        <input
          id={id}
          name="file"
          type="file"
          accept="application/pdf,image/png,image/jpeg"
          aria-invalid={problem ? true : undefined}
          aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(" ")}
          className="ds-input"
        />
      </div>
      <Button variant="secondary" className="mt-3">
        {label}
      </Button>
    </Form>
  );
}

export type DecisionView = {
  outcome: GrantOutcome;
  amountGrantedOre: number;
  reason: string;
  conditions: string;
  decidedOn: string;
  letterBody: string | null;
};

/** The decision, its reason and conditions, and the letter exactly as it was sent. */
export function DecisionSection({ decision }: { decision: DecisionView }) {
  const t = useT();
  const a = t.grants.applyPages.application;
  const rows: [string, string][] = [
    [a.outcome, t.grants.outcomes[decision.outcome]],
    [a.amountGranted, kroner(decision.amountGrantedOre, t)],
    [a.decidedOn, calendarDay(decision.decidedOn, t)],
    ...(decision.reason ? ([[a.reason, decision.reason]] as [string, string][]) : []),
    ...(decision.conditions ? ([[a.conditions, decision.conditions]] as [string, string][]) : []),
  ];
  return (
    <Section heading={a.decisionHeading} className="mt-10">
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="whitespace-pre-line">{value}</dd>
          </div>
        ))}
      </dl>
      {decision.letterBody ? (
        <Section heading={a.letterHeading} level={3} className="mt-6">
          <pre className="mt-2 whitespace-pre-wrap rounded border border-brand-100 p-4 font-sans">{decision.letterBody}</pre>
        </Section>
      ) : null}
    </Section>
  );
}

export type AppealView = { id: number; text: string; lodgedAt: number; outcome: GrantAppealOutcome | null; outcomeNote: string };

export function AppealSection({ appeals, canAppeal, appealBody, result }: { appeals: AppealView[]; canAppeal: boolean; appealBody: string; result?: SubmissionResult<string[]> }) {
  const t = useT();
  const a = t.grants.applyPages.application;
  if (appeals.length === 0 && !canAppeal) return null;
  return (
    <Section heading={a.appealHeading} className="mt-10">
      <ul className="mt-3 grid gap-4">
        {appeals.map((appeal) => (
          <li key={appeal.id} className="border-b border-brand-100 pb-3">
            <p className="font-semibold">{a.appealLodged(osloDateTime(appeal.lodgedAt, t))}</p>
            <p className="mt-1 whitespace-pre-line">{appeal.text}</p>
            <p className="mt-1">
              {appeal.outcome ? t.grants.appealOutcomes[appeal.outcome] : a.appealPending}
              {appeal.outcomeNote ? `: ${appeal.outcomeNote}` : ""}
            </p>
          </li>
        ))}
      </ul>
      {canAppeal ? (
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="appeal" />
          <p className="mt-3 max-w-prose">{a.appealHint(appealBody)}</p>
          <TextAreaField id="appeal-text" name="text" label={a.appealText} defaultValue={(result?.initialValue?.text as string | undefined) ?? ""} errors={fieldErrors(result, "text", t)} />
          <Button className="mt-4">{a.lodgeAppeal}</Button>
        </Form>
      ) : null}
    </Section>
  );
}

export type ReportView = {
  status: GrantReportStatus;
  dueOn: string;
  overdue: boolean;
  text: string;
  participantsReached: number | null;
  spentOre: number | null;
  unspentOre: number | null;
  feedback: string;
};

/** The report: the form while it is owed (with the administrator's feedback when more was asked for), else as sent. */
export function ReportSection({ report, result, children }: { report: ReportView; result?: SubmissionResult<string[]>; children?: ReactNode }) {
  const t = useT();
  const a = t.grants.applyPages.application;
  const owed = report.status === "due" || report.status === "needs_more";
  const typed = (name: string, fallback: string) => ((result?.initialValue as Record<string, unknown> | undefined)?.[name] as string | undefined) ?? fallback;
  return (
    <Section heading={a.reportHeading} className="mt-10">
      <p className="mt-2">
        {a.reportStatus}: <strong>{t.grants.reportStatuses[report.status]}</strong>. {a.reportDueOn(calendarDay(report.dueOn, t))}
      </p>
      {report.overdue ? <FormMessage tone="error">{a.reportOverdue}</FormMessage> : null}
      {report.status === "needs_more" && report.feedback ? (
        <div className="mt-3">
          <p className="font-semibold">{a.reportFeedback}</p>
          <p className="whitespace-pre-line">{report.feedback}</p>
        </div>
      ) : null}
      {owed ? (
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="report" />
          <TextAreaField id="report-text" name="text" label={a.reportText} defaultValue={typed("text", report.text)} errors={fieldErrors(result, "text", t)} />
          <TextField
            id="report-participantsReached"
            name="participantsReached"
            label={a.participantsReached}
            inputMode="numeric"
            defaultValue={typed("participantsReached", report.participantsReached === null ? "" : String(report.participantsReached))}
            errors={fieldErrors(result, "participantsReached", t)}
          />
          <TextField id="report-spent" name="spent" label={a.spent} defaultValue={typed("spent", amountInput(report.spentOre))} errors={fieldErrors(result, "spent", t)} />
          <TextField
            id="report-unspent"
            name="unspent"
            label={a.unspent}
            hint={a.unspentHint}
            defaultValue={typed("unspent", report.unspentOre ? amountInput(report.unspentOre) : "")}
            errors={fieldErrors(result, "unspent", t)}
          />
          <Button className="mt-4">{a.submitReport}</Button>
        </Form>
      ) : (
        <Section heading={a.reportAsSent} level={3} className="mt-4">
          <p className="mt-2 whitespace-pre-line">{report.text}</p>
          <p className="mt-2">
            {a.participantsReached}: {report.participantsReached ?? t.grants.none}. {a.spent}: {kroner(report.spentOre, t)}. {a.unspent}: {kroner(report.unspentOre, t)}.
          </p>
        </Section>
      )}
      {children}
    </Section>
  );
}

export function WithdrawSection() {
  const t = useT();
  const a = t.grants.applyPages.application;
  return (
    <Section heading={a.withdrawHeading} className="mt-10">
      <Form method="post" className="mt-3 rounded border border-red-200 p-4">
        <input type="hidden" name="intent" value="withdraw" />
        <p>{a.withdrawHint}</p>
        <Button variant="secondary" data-color="danger" className="mt-3">
          {a.withdraw}
        </Button>
      </Form>
    </Section>
  );
}

export function InitiativeLink({ initiative }: { initiative: { slug: string; title: string } | null }) {
  const t = useT();
  const a = t.grants.applyPages.application;
  if (!initiative) return <p className="mt-2">{a.notLinked}</p>;
  return (
    <p className="mt-2">
      {a.linkedInitiative}:{" "}
      <Link to={`/tiltak/${initiative.slug}`} className="inline-block py-1">
        {initiative.title}
      </Link>
    </p>
  );
}
