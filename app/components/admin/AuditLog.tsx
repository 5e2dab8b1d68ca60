/**
 * The pieces of the audit log page (/admin/logg): its filter form and its table of events.
 */
import { Link } from "@remix-run/react";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { FormMessage, SelectField, TextField } from "~/components/ui/Field";
import { FilterForm } from "~/components/ui/FilterForm";
import { formatDate, useT } from "~/i18n";
import type { AuditRow } from "~/models/audit-log.server";
import { formState } from "~/utils/forms";
import { adminErrors } from "~/validation/admin";

/** A detail value as plain text: changes as "from → to", lists joined, anything else as JSON. */
function detailText(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === "") return empty;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.length ? value.map((item) => detailText(item, empty)).join(", ") : empty;
  if (typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 2 && keys.includes("from") && keys.includes("to")) {
      const change = value as { from: unknown; to: unknown };
      return `${detailText(change.from, empty)} → ${detailText(change.to, empty)}`;
    }
  }
  return JSON.stringify(value);
}

/**
 * The log's filters, a GET form: refused filters (a date that does not exist) show their errors at
 * the fields. `value` gives a field's current value; `options` the actions and types the log holds.
 */
export function AuditLogFilter({
  form,
  refused,
  filtered,
  value,
  options,
}: {
  form: ReturnType<typeof formState>;
  refused: boolean;
  filtered: boolean;
  value: (name: string) => string;
  options: { actions: string[]; entityTypes: string[] };
}) {
  const t = useT();
  const l = t.admin.log;
  // A value in the address that the log no longer holds is still offered, so the form shows it.
  const withOption = (list: string[], current: string) => (current && !list.includes(current) ? [current, ...list] : list);
  return (
    <>
      <FilterForm labelledBy="loggfilter" submitLabel={l.filter} layout="none" className="mt-6 rounded-lg border border-brand-100 p-4">
        <h2 id="loggfilter" className="text-xl font-semibold">
          {l.filtersLegend}
        </h2>
        {refused ? <FormMessage tone="info">{l.fixFilters}</FormMessage> : null}
        <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
          <SelectField
            id="handling"
            name="handling"
            label={l.action}
            placeholder={l.allActions}
            defaultValue={value("handling")}
            errors={adminErrors(t, form.errors("handling"))}
            options={withOption(options.actions, value("handling")).map((a) => ({ value: a, label: l.actions[a] ?? a }))}
          />
          <TextField id="aktor" name="aktor" label={l.actor} hint={l.actorHint} defaultValue={value("aktor")} errors={adminErrors(t, form.errors("aktor"))} />
          <SelectField
            id="type"
            name="type"
            label={l.entityType}
            placeholder={l.allEntityTypes}
            defaultValue={value("type")}
            errors={adminErrors(t, form.errors("type"))}
            options={withOption(options.entityTypes, value("type")).map((type) => ({ value: type, label: l.entityTypes[type] ?? type }))}
          />
          <TextField id="id" name="id" label={l.entityId} inputMode="numeric" defaultValue={value("id")} errors={adminErrors(t, form.errors("id"))} />
          <TextField id="fra" name="fra" type="date" label={l.from} defaultValue={value("fra")} errors={adminErrors(t, form.errors("fra"))} />
          <TextField id="til" name="til" type="date" label={l.to} defaultValue={value("til")} errors={adminErrors(t, form.errors("til"))} />
        </div>
      </FilterForm>
      {filtered ? (
        <p className="mt-2">
          <Link to="/admin/logg" className="inline-flex min-h-11 items-center">
            {l.clear}
          </Link>
        </p>
      ) : null}
    </>
  );
}

type Row = Omit<AuditRow, "details"> & { details: Record<string, unknown> | null };

/** The events, newest first: when, who, what, which thing (a link to all its events) and the details. */
export function AuditLogTable({ items }: { items: Row[] }) {
  const t = useT();
  const l = t.admin.log;
  const filterHref = (type: string, id: number) => `/admin/logg?${new URLSearchParams({ type, id: String(id) })}`;
  return (
    <DataTable caption={l.caption} scrollHint className="mt-2">
      <thead>
        <tr>
          <Th>{l.time}</Th>
          <Th>{l.actorColumn}</Th>
          <Th>{l.actionColumn}</Th>
          <Th>{l.entityColumn}</Th>
          <Th>{l.detailsColumn}</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((event) => {
          const typeName = l.entityTypes[event.entityType] ?? event.entityType;
          return (
            <tr key={event.id} className="align-top">
              <Th scope="row" className="font-normal whitespace-nowrap">
                <time dateTime={new Date(event.createdAt).toISOString()}>
                  {formatDate(event.createdAt, t, { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Oslo" })}
                </time>
              </Th>
              <Td>
                {event.actor.kind === "user" ? (
                  <>
                    <span className="block">{event.actor.name}</span>
                    <span className="block break-all text-gray-700">{event.actor.email}</span>
                  </>
                ) : (
                  <span className="italic">{event.actor.kind === "anonymous" ? l.anonymous : l.system}</span>
                )}
              </Td>
              <Td>
                {/* In words; an action without a text yet shows its code. */}
                {l.actions[event.action] ?? <code className="break-all">{event.action}</code>}
              </Td>
              <Td className="whitespace-nowrap">
                {event.entityId !== null ? (
                  <Link
                    to={filterHref(event.entityType, event.entityId)}
                    aria-label={l.entityFilterLabel(l.entity(typeName, event.entityLabel, event.entityId))}
                    className="inline-flex min-h-11 items-center"
                  >
                    {l.entity(typeName, event.entityLabel, event.entityId)}
                  </Link>
                ) : (
                  l.entity(typeName, null, null)
                )}
              </Td>
              <Td>
                {event.details && Object.keys(event.details).length ? (
                  <ul>
                    {Object.entries(event.details).map(([key, detail]) => {
                      // An id names something: its name now, leading to what happened to it.
                      const ref = event.detailRefs[key];
                      return (
                        <li key={key} className="break-words">
                          {l.detailKeys[key] ?? key}:{" "}
                          {ref ? (
                            <Link to={filterHref(ref.kind, ref.id)} className="inline-flex min-h-6 items-center">
                              {ref.label ?? l.gone(ref.id)}
                            </Link>
                          ) : (
                            detailText(detail, t.admin.common.none)
                          )}
                        </li>
                      );
                    })}
                  </ul>
                ) : (
                  t.admin.common.none
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
