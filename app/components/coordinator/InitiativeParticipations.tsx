/**
 * The coordinator's tiltak page (/koordinator/tiltak/:slug): the organisations taking part, with the
 * decision on a request and the end of a participation in their rows, and the tiltak's history.
 */
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { TextAreaField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { formatDate, useT, type Messages } from "~/i18n";
import type { HistoryEntry } from "~/models/initiative/management.server";
import type { listInitiativeParticipations } from "~/models/participation.server";
import type { formState } from "~/utils/forms";
import { fieldErrors } from "./field-errors";

type Participation = ReturnType<typeof listInitiativeParticipations>[number];

/** The participations; `formFor` gives a row's form state (its errors after a refused decision). */
export function InitiativeParticipations({
  participations,
  formFor,
  readOnly = false,
}: {
  participations: Participation[];
  formFor: (participationId: number) => ReturnType<typeof formState>;
  /** A closed period's tiltak (issue 21): the participations are shown, nothing can be decided or ended. */
  readOnly?: boolean;
}) {
  const t = useT();
  const d = t.coordinator.detail;
  return (
    <Section heading={d.participationsHeading}>
      {participations.length === 0 ? (
        <p className="mt-2">{d.noParticipations}</p>
      ) : (
        <DataTable caption={d.participationsCaption} captionHidden scrollHint className="mt-3">
          <thead>
            <tr>
              <Th>{d.colOrganisation}</Th>
              <Th>{d.colSector}</Th>
              <Th>{d.colRole}</Th>
              <Th>{d.colStatus}</Th>
              <Th>{d.colMessage}</Th>
              <Th>{d.colActions}</Th>
            </tr>
          </thead>
          <tbody>
            {participations.map((p) => {
              const form = formFor(p.id);
              return (
                <tr key={p.id}>
                  <Th scope="row">{p.organisationName}</Th>
                  <Td>{t.sectors[p.sector]}</Td>
                  <Td>{t.participationRoles[p.role]}</Td>
                  <Td>
                    {t.participationStatuses[p.status]}
                    {p.startedAt ? ` ${d.since(formatDate(new Date(p.startedAt), t))}` : ""}
                    {p.endedAt ? ` ${d.until(formatDate(new Date(p.endedAt), t))}` : ""}
                  </Td>
                  <Td className="whitespace-pre-line">{[p.message, p.decisionMessage].filter(Boolean).join("\n— ")}</Td>
                  <Td>
                    {readOnly ? null : p.status === "requested" ? (
                      <Form method="post" noValidate>
                        <input type="hidden" name="participationId" value={p.id} />
                        <TextAreaField
                          id={`message-${p.id}`}
                          name="message"
                          label={d.decisionMessage(p.organisationName)}
                          rows={2}
                          defaultValue={form.value("message")}
                          errors={fieldErrors(t, form.errors("message"))}
                        />
                        <div className="mt-2 flex flex-wrap gap-2">
                          <Button name="intent" value="approve">
                            {d.approve}
                          </Button>
                          <Button variant="secondary" name="intent" value="decline">
                            {d.decline}
                          </Button>
                        </div>
                      </Form>
                    ) : null}
                    {!readOnly && (p.status === "active" || p.status === "invited") ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="end" />
                        <input type="hidden" name="participationId" value={p.id} />
                        <Button variant="secondary" aria-label={p.status === "invited" ? d.withdrawLabel(p.organisationName) : d.end(p.organisationName)}>
                          {p.status === "invited" ? d.withdraw : d.endShort}
                        </Button>
                      </Form>
                    ) : null}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </Section>
  );
}

function historyText(t: Messages, entry: HistoryEntry): string {
  const h = t.coordinator.history;
  const details = Object.fromEntries(Object.entries(entry.details).map(([k, v]) => [k, String(v)]));
  if (entry.action === "initiative.status_changed") {
    const label = (s: string) => t.initiativeStatuses[s as keyof typeof t.initiativeStatuses] ?? s;
    return h["initiative.status_changed"]({ from: label(details.from ?? ""), to: label(details.to ?? "") });
  }
  const fn = (h as unknown as Record<string, ((d: Record<string, string>) => string) | undefined>)[entry.action];
  return fn && entry.action !== "other" ? fn(details) : h.other(entry.action);
}

/** What happened to the tiltak, newest first, in words. */
export function InitiativeHistory({ history }: { history: HistoryEntry[] }) {
  const t = useT();
  const d = t.coordinator.detail;
  return (
    <Section heading={d.historyHeading}>
      {history.length === 0 ? <p className="mt-2">{d.noHistory}</p> : null}
      <ol className="mt-2 list-disc pl-6">
        {history.map((entry) => (
          <li key={entry.id}>
            {d.historyItem(historyText(t, entry), entry.actor ?? d.unknownActor, formatDate(new Date(entry.at), t, { dateStyle: "medium", timeStyle: "short" }))}
          </li>
        ))}
      </ol>
    </Section>
  );
}
