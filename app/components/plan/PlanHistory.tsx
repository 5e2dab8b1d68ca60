/**
 * A plan's history and its years: the revisions of an adopted plan (the coordinators see who made
 * each and can read it as it stood; the public sees dates and reasons only), and a programme's plans
 * by year.
 */
import { Link } from "@remix-run/react";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { useT } from "~/i18n";
import type { PlanStatus } from "~/validation/enums";
import { planInstant } from "./format";

type Revision = { revision: number; reason: string; changedAt: number; changedBy?: string | null };

/** With `versionHref`, each revision links to its version and names who made it (coordinators only). */
export function RevisionTable({ revisions, versionHref }: { revisions: Revision[]; versionHref?: (revision: number) => string }) {
  const t = useT();
  const p = t.places.planPage;
  const c = versionHref ? t.planning.plan : null;
  return (
    <DataTable caption={c ? c.revisionsCaption : p.revisionsCaption} captionHidden className="mt-4" scrollHint>
      <thead>
        <tr>
          <Th numeric>{p.version}</Th>
          <Th>{p.date}</Th>
          {c ? <Th>{c.who}</Th> : null}
          <Th>{p.reason}</Th>
          {versionHref ? <Th>{p.version}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {revisions.map((r) => (
          <tr key={r.revision}>
            <Td numeric>{r.revision}</Td>
            <Td>{planInstant(r.changedAt, t)}</Td>
            {c ? <Td>{r.changedBy ?? c.unknownPerson}</Td> : null}
            <Td>{r.revision === 0 ? p.adoptedVersion : r.reason}</Td>
            {versionHref ? (
              <Td>
                <Link to={versionHref(r.revision)} className="inline-block py-2">
                  {t.planning.plan.readVersion(r.revision)}
                </Link>
              </Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** The programme's plans by year, each a link to its page. */
export function PlanYears({ years, current, href }: { years: { year: number; status: PlanStatus }[]; current: number; href: (year: number) => string }) {
  const t = useT();
  const p = t.planning.plan;
  if (years.length === 0) return <p className="mt-2">{p.noPlans}</p>;
  return (
    <ul className="mt-2 flex flex-wrap gap-x-6">
      {years.map((y) => (
        <li key={y.year}>
          <Link to={href(y.year)} aria-current={y.year === current ? "page" : undefined} className="inline-flex min-h-11 items-center">
            {p.yearLink(y.year)} ({t.places.words.planStatuses[y.status]})
          </Link>
        </li>
      ))}
    </ul>
  );
}
