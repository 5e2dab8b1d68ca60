/** The round page's two tables: the submitted applications (check, recommendation, decision) and the follow-up of the grants. */
import { Link } from "@remix-run/react";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { useT } from "~/i18n";
import type { GrantApplicationStatus, GrantOutcome, GrantReportStatus } from "~/validation/enums";
import { applicantName, calendarDay, kroner } from "~/components/grants/format";

type ApplicationRow = {
  id: number;
  title: string;
  status: GrantApplicationStatus;
  applicantKind: string;
  organisationName: string | null;
  areaName: string | null;
  amountAppliedOre: number | null;
  isComplete: boolean | null;
  recommendation: GrantOutcome | null;
  recommendedAmountOre: number | null;
  outcome: GrantOutcome | null;
  amountGrantedOre: number | null;
  overdueReport: boolean;
};

export function RoundApplications({ base, applications }: { base: string; applications: ApplicationRow[] }) {
  const t = useT();
  const r = t.grants.adminPages.round;
  if (applications.length === 0) return <p className="mt-2">{r.empty}</p>;
  return (
    <DataTable caption={r.caption} captionHidden className="mt-4" scrollHint>
      <thead>
        <tr>
          <Th>{r.title_}</Th>
          <Th>{r.applicant}</Th>
          <Th>{r.area}</Th>
          <Th numeric>{r.applied}</Th>
          <Th>{r.status}</Th>
          <Th>{r.check}</Th>
          <Th>{r.recommendation}</Th>
          <Th>{r.decision}</Th>
        </tr>
      </thead>
      <tbody>
        {applications.map((a) => (
          <tr key={a.id}>
            <Th scope="row">
              <Link to={`${base}/${a.id}`} className="inline-block py-2">
                {a.title || r.untitled}
              </Link>
            </Th>
            <Td>
              {applicantName(a, t)}
              {a.overdueReport ? <strong className="block text-red-800">{r.overdueFlag}</strong> : null}
            </Td>
            <Td>{a.areaName ?? t.grants.none}</Td>
            <Td numeric>{kroner(a.amountAppliedOre, t)}</Td>
            <Td>{t.grants.applicationStatuses[a.status]}</Td>
            <Td>{a.isComplete === null ? r.notChecked : a.isComplete ? r.complete : r.incomplete}</Td>
            <Td>
              {a.recommendation
                ? `${t.grants.outcomes[a.recommendation]}${a.recommendation === "partly_granted" ? ` (${kroner(a.recommendedAmountOre, t)})` : ""}`
                : t.grants.none}
            </Td>
            <Td>{a.outcome ? `${t.grants.outcomes[a.outcome]}${a.outcome !== "rejected" ? ` (${kroner(a.amountGrantedOre, t)})` : ""}` : t.grants.none}</Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

type FollowUpRow = {
  applicationId: number;
  title: string;
  applicantKind: string;
  organisationName: string | null;
  amountGrantedOre: number;
  paidOre: number;
  reportStatus: GrantReportStatus | null;
  reportDueOn: string | null;
  overdue: boolean;
};

export function RoundFollowUp({ base, rows }: { base: string; rows: FollowUpRow[] }) {
  const t = useT();
  const r = t.grants.adminPages.round;
  if (rows.length === 0) return <p className="mt-2">{r.followUpEmpty}</p>;
  return (
    <DataTable caption={r.followUpCaption} captionHidden className="mt-4" scrollHint>
      <thead>
        <tr>
          <Th>{r.title_}</Th>
          <Th>{r.applicant}</Th>
          <Th numeric>{r.granted}</Th>
          <Th numeric>{r.paid}</Th>
          <Th>{r.report}</Th>
          <Th>{r.reportDue}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((f) => (
          <tr key={f.applicationId}>
            <Th scope="row">
              <Link to={`${base}/${f.applicationId}`} className="inline-block py-2">
                {f.title || r.untitled}
              </Link>
            </Th>
            <Td>{applicantName(f, t)}</Td>
            <Td numeric>{kroner(f.amountGrantedOre, t)}</Td>
            <Td numeric>{kroner(f.paidOre, t)}</Td>
            <Td>
              {f.reportStatus ? t.grants.reportStatuses[f.reportStatus] : t.grants.none}
              {f.overdue ? <strong className="block text-red-800">{r.overdue}</strong> : null}
            </Td>
            <Td>{calendarDay(f.reportDueOn, t)}</Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
