/** One application as its administrator reads it: the activity, the applicant, the budget, the files, the decision and the report. */
import { BudgetTable } from "~/components/grants/BudgetTable";
import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { Section } from "~/components/ui/Section";
import { formatNumber, useT } from "~/i18n";
import type { GrantApplicationStatus, GrantOutcome, GrantReportStatus } from "~/validation/enums";
import { applicantName, calendarDay, kroner, osloDateTime } from "~/components/grants/format";

export type AdminApplication = {
  id: number;
  status: GrantApplicationStatus;
  title: string;
  description: string;
  targetGroup: string;
  expectedParticipants: number | null;
  startDate: string | null;
  endDate: string | null;
  areaName: string | null;
  applicantKind: string;
  organisationName: string | null;
  amountAppliedOre: number | null;
  ownShareOre: number | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  moreRequested: string | null;
  moreRequestedUntil: string | null;
  submittedAt: number | null;
  outcome: GrantOutcome | null;
  amountGrantedOre: number | null;
  decisionReason: string | null;
  decidedOn: string | null;
  letterSentAt: number | null;
  reportStatus: GrantReportStatus | null;
  reportDueOn: string | null;
  reportText: string | null;
  participantsReached: number | null;
  spentOre: number | null;
  unspentOre: number | null;
  reportFeedback: string | null;
  budgetLines: { description: string; amountOre: number }[];
  attachments: { id: number; fileName: string; sizeBytes: number; reportId: number | null }[];
};

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="mt-3">
      <dt className="font-semibold">{term}</dt>
      <dd className="whitespace-pre-line [overflow-wrap:anywhere]">{children}</dd>
    </div>
  );
}

export function ApplicationDetails({ application: a }: { application: AdminApplication }) {
  const t = useT();
  const p = t.grants.adminPages.application;
  const none = t.grants.none;
  const period = a.startDate || a.endDate ? `${calendarDay(a.startDate, t)} – ${calendarDay(a.endDate, t)}` : none;
  return (
    <>
      <Section heading={p.detailsHeading}>
        <dl className="max-w-2xl">
          <Fact term={p.status}>{t.grants.applicationStatuses[a.status]}</Fact>
          <Fact term={p.applicant}>{applicantName(a, t)}</Fact>
          <Fact term={p.contact}>{[a.contactName, a.contactEmail, a.contactPhone].filter(Boolean).join(", ") || none}</Fact>
          <Fact term={p.area}>{a.areaName ?? none}</Fact>
          <Fact term={p.period}>{period}</Fact>
          <Fact term={p.targetGroup}>{a.targetGroup || none}</Fact>
          <Fact term={p.expectedParticipants}>{a.expectedParticipants === null ? none : formatNumber(a.expectedParticipants, t)}</Fact>
          <Fact term={p.description}>{a.description || none}</Fact>
          <Fact term={p.submittedAt}>{osloDateTime(a.submittedAt, t)}</Fact>
          {a.moreRequested ? <Fact term={p.moreRequested(calendarDay(a.moreRequestedUntil, t))}>{a.moreRequested}</Fact> : null}
        </dl>
      </Section>

      <Section heading={p.budgetHeading}>
        {a.budgetLines.length === 0 ? (
          <p className="mt-2">{p.noBudget}</p>
        ) : (
          <BudgetTable lines={a.budgetLines} words={{ caption: p.budgetCaption, what: p.budgetWhat, amount: p.budgetAmount, total: p.budgetTotal }} captionHidden className="mt-4 max-w-2xl" />
        )}
        <dl className="max-w-2xl">
          <Fact term={p.ownShare}>{kroner(a.ownShareOre, t)}</Fact>
          <Fact term={p.applied}>{kroner(a.amountAppliedOre, t)}</Fact>
        </dl>
      </Section>

      <Section heading={p.attachmentsHeading}>
        {a.attachments.length === 0 ? (
          <p className="mt-2">{p.attachmentsEmpty}</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {a.attachments.map((f) => (
              <li key={f.id}>
                {/* A file, not a page: the applicant pages' download route serves it to the administrators too. */}
                <Link to={`/min-side/tilskudd/${a.id}/vedlegg/${f.id}`} reloadDocument className="inline-block py-2 [overflow-wrap:anywhere]">
                  {f.fileName}
                </Link>{" "}
                ({p.attachmentSize(formatNumber(Math.max(1, Math.round(f.sizeBytes / 1024)), t))}){f.reportId !== null ? ` ${p.reportAttachment}` : ""}
              </li>
            ))}
          </ul>
        )}
      </Section>

      {a.outcome ? (
        <Section heading={p.decisionHeading}>
          <p className="mt-2 font-semibold">{p.decision(t.grants.outcomes[a.outcome], kroner(a.amountGrantedOre, t))}</p>
          {a.decisionReason ? <p className="mt-2 whitespace-pre-line [overflow-wrap:anywhere]">{a.decisionReason}</p> : null}
          {a.decidedOn ? <p className="mt-2">{p.decidedOn(calendarDay(a.decidedOn, t))}</p> : null}
          <p className="mt-2">{a.letterSentAt !== null ? p.letterSent(osloDateTime(a.letterSentAt, t)) : p.noLetter}</p>
        </Section>
      ) : null}

      {a.reportStatus ? (
        <Section heading={p.reportHeading}>
          <p className="mt-2">
            {t.grants.reportStatuses[a.reportStatus]}. {p.reportDue(calendarDay(a.reportDueOn, t))}
          </p>
          {a.reportText ? (
            <dl className="max-w-2xl">
              <Fact term={p.reportText}>{a.reportText}</Fact>
              <Fact term={p.participantsReached}>{a.participantsReached === null ? none : formatNumber(a.participantsReached, t)}</Fact>
              <Fact term={p.spent}>{kroner(a.spentOre, t)}</Fact>
              <Fact term={p.unspent}>{kroner(a.unspentOre, t)}</Fact>
              {a.reportFeedback ? <Fact term={p.previousFeedback}>{a.reportFeedback}</Fact> : null}
            </dl>
          ) : (
            <p className="mt-2">{p.reportNotYet}</p>
          )}
        </Section>
      ) : null}
    </>
  );
}
