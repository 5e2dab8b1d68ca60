/**
 * The parts of /koordinator/avslutning: the table of tiltak with their outcomes, and closing the
 * period in two steps — a link to the confirmation (a GET, so it works without JavaScript), which says
 * what will happen, and there the POST form that does it.
 */
import { Form, Link } from "@remix-run/react";
import { Button, ButtonLink } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import type { ClosingInitiative, ClosingProblem } from "~/models/closing/period.server";
import { coordinatorOutcomeText } from "./outcome-text";

export function ClosingTable({ tiltak, target, closed, hrefFor }: { tiltak: ClosingInitiative[]; target: string; closed: boolean; hrefFor: (slug: string) => string }) {
  const t = useT();
  const c = t.planning.closing;
  return (
    <Section heading={c.tableHeading}>
      {tiltak.length === 0 ? (
        <p className="mt-2">{c.noInitiatives}</p>
      ) : (
        <DataTable caption={c.tableCaption(target)} scrollHint className="mt-3">
          <thead>
            <tr>
              <Th>{c.columns.initiative}</Th>
              <Th>{c.columns.area}</Th>
              <Th>{c.columns.status}</Th>
              <Th>{c.columns.outcome}</Th>
              <Th>{c.columns.open}</Th>
              {closed ? null : <Th>{c.columns.action}</Th>}
            </tr>
          </thead>
          <tbody>
            {tiltak.map((i) => (
              <tr key={i.id} id={`tiltak-${i.slug}`}>
                <Th scope="row">
                  <Link to={`/koordinator/tiltak/${i.slug}`}>{i.title}</Link>
                </Th>
                <Td>{i.areaName}</Td>
                <Td>{t.initiativeStatuses[i.status]}</Td>
                <Td>{i.outcome ? coordinatorOutcomeText(i.outcome, t) : <strong>{c.missingOutcome}</strong>}</Td>
                <Td>{c.openCount(i.openRequests, i.openInvitations)}</Td>
                {closed ? null : (
                  <Td>
                    {i.outcome?.outcome === "successor" ? null : (
                      <Link to={hrefFor(i.slug)} className="inline-flex min-h-11 items-center">
                        {i.outcome ? c.changeOutcome(i.title) : c.recordOutcome(i.title)}
                      </Link>
                    )}
                  </Td>
                )}
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </Section>
  );
}

export function CloseSection({
  blockers,
  confirming,
  tiltak,
  confirmHref,
  cancelHref,
}: {
  blockers: ClosingProblem[];
  confirming: boolean;
  tiltak: ClosingInitiative[];
  confirmHref: string;
  cancelHref: string;
}) {
  const t = useT();
  const c = t.planning.closing;
  const requests = tiltak.reduce((n, i) => n + i.openRequests, 0);
  const invitations = tiltak.reduce((n, i) => n + i.openInvitations, 0);
  return (
    <Section heading={confirming && !blockers.length ? c.close.confirmHeading : c.close.heading} id="avslutt" className="mt-10 max-w-2xl">
      {blockers.length ? (
        <>
          <p className="mt-2">{c.close.blocked}</p>
          <ul className="mt-2 list-disc pl-6">
            {blockers.map((b) => (
              <li key={b}>{c.problems[b]}</li>
            ))}
          </ul>
        </>
      ) : confirming ? (
        <>
          <p className="mt-2">{c.close.confirmIntro}</p>
          <ul className="mt-2 list-disc pl-6">
            <li>{c.close.confirmInitiatives(tiltak.length)}</li>
            <li>{c.close.confirmRequests(requests, invitations)}</li>
            <li>{c.close.confirmFrozen}</li>
          </ul>
          <Form method="post" className="mt-6 flex flex-wrap items-center gap-4">
            <input type="hidden" name="intent" value="close" />
            <input type="hidden" name="confirm" value="yes" />
            <Button>{c.close.confirm}</Button>
            <Link to={cancelHref} className="inline-flex min-h-11 items-center">
              {c.close.cancel}
            </Link>
          </Form>
        </>
      ) : (
        <p className="mt-4">
          <ButtonLink to={confirmHref}>{c.close.start}</ButtonLink>
        </p>
      )}
    </Section>
  );
}
