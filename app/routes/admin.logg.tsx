import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SelectField, SubmitButton, TextField } from "~/components/ui/Field";
import { Pagination } from "~/components/ui/Pagination";
import { formatDate, useT } from "~/i18n";
import { AUDIT_PAGE_SIZE, listAuditEvents, listAuditFilterOptions, type AuditRow } from "~/models/audit-log.server";
import { requireAdmin } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { parseForm } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { pageHref, parsePage } from "~/utils/pagination";
import { adminErrors, adminErrorText, AUDIT_FILTER_PARAMS, auditFilterSchema } from "~/validation/admin";
import { lastPageOrRedirect } from "~/utils/listing.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: data && data.page > 1 ? t.admin.log.pageTitle(data.page) : t.admin.log.title, refused: !!data?.result }));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  // The GET form sends its empty fields too; drop them so an address holds only the filters in use.
  const kept = [...url.searchParams].filter(([, value]) => value.trim() !== "");
  if (kept.length !== [...url.searchParams].length) {
    const query = new URLSearchParams(kept).toString();
    throw redirect(`${url.pathname}${query ? `?${query}` : ""}`);
  }
  const page = parsePage(url);
  if (page === null) throw redirect(pageHref(url, 1));

  const formData = new FormData();
  const values: Record<string, string> = {};
  for (const name of AUDIT_FILTER_PARAMS) {
    const value = url.searchParams.get(name);
    if (value !== null) {
      formData.append(name, value);
      values[name] = value;
    }
  }
  const options = listAuditFilterOptions();
  const parsed = parseForm(formData, auditFilterSchema);
  if (!parsed.ok) {
    return data(
      {
        result: parsed.result,
        values,
        options,
        filtered: true,
        total: 0,
        items: [] as AuditRow[],
        page: 1,
        lastPage: 1,
        search: url.search,
      },
      { status: 400 }
    );
  }
  const v = parsed.value;
  const filters = {
    action: v.handling || null,
    actorEmail: v.aktor || null,
    entityType: v.type || null,
    entityId: v.id,
    from: v.fra,
    to: v.til,
  };
  const { total, items } = listAuditEvents(filters, page);
  const lastPage = lastPageOrRedirect(url, page, total, AUDIT_PAGE_SIZE);
  return data({
    result: null,
    values,
    options,
    filtered: Object.values(filters).some((f) => f !== null),
    total,
    items,
    page,
    lastPage,
    search: url.search,
  });
}

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

export default function AdminLog() {
  const loaded = useLoaderData<typeof loader>();
  const t = useT();
  const l = t.admin.log;
  const form = formState(loaded.result);
  const value = (name: string) => (loaded.result ? form.value(name) : loaded.values[name]) ?? "";
  const url = new URL(`http://x/admin/logg${loaded.search}`);
  const withOption = (list: string[], current: string) => (current && !list.includes(current) ? [current, ...list] : list);

  return (
    <>
      <h1 className="text-3xl font-bold">{l.heading}</h1>
      <ErrorSummary
        form={form}
        fields={{ handling: "handling", aktor: "aktor", type: "type", id: "id", fra: "fra", til: "til" }}
        translate={(key) => adminErrorText(t, key)}
      />
      <p className="mt-2 max-w-prose">{l.intro}</p>

      <Form method="get" noValidate aria-labelledby="loggfilter" className="mt-6 rounded-lg border border-brand-100 p-4">
        <h2 id="loggfilter" className="text-xl font-semibold">
          {l.filtersLegend}
        </h2>
        {loaded.result ? <FormMessage tone="info">{l.fixFilters}</FormMessage> : null}
        <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
          <SelectField
            id="handling"
            name="handling"
            label={l.action}
            placeholder={l.allActions}
            defaultValue={value("handling")}
            errors={adminErrors(t, form.errors("handling"))}
            options={withOption(loaded.options.actions, value("handling")).map((a) => ({ value: a, label: l.actions[a] ?? a }))}
          />
          <TextField
            id="aktor"
            name="aktor"
            label={l.actor}
            hint={l.actorHint}
            defaultValue={value("aktor")}
            errors={adminErrors(t, form.errors("aktor"))}
          />
          <SelectField
            id="type"
            name="type"
            label={l.entityType}
            placeholder={l.allEntityTypes}
            defaultValue={value("type")}
            errors={adminErrors(t, form.errors("type"))}
            options={withOption(loaded.options.entityTypes, value("type")).map((type) => ({ value: type, label: l.entityTypes[type] ?? type }))}
          />
          <TextField
            id="id"
            name="id"
            label={l.entityId}
            inputMode="numeric"
            defaultValue={value("id")}
            errors={adminErrors(t, form.errors("id"))}
          />
          <TextField
            id="fra"
            name="fra"
            type="date"
            label={l.from}
            defaultValue={value("fra")}
            errors={adminErrors(t, form.errors("fra"))}
          />
          <TextField id="til" name="til" type="date" label={l.to} defaultValue={value("til")} errors={adminErrors(t, form.errors("til"))} />
        </div>
        <div className="flex flex-wrap items-center gap-x-6">
          <SubmitButton>{l.filter}</SubmitButton>
          {loaded.filtered ? (
            <Link to="/admin/logg" className="mt-6 inline-flex min-h-11 items-center">
              {l.clear}
            </Link>
          ) : null}
        </div>
      </Form>

      {loaded.result ? null : (
        <>
          <p className="mt-6 text-lg font-semibold" role="status">
            {loaded.filtered ? l.found(loaded.total) : l.count(loaded.total)}
          </p>
          {loaded.items.length === 0 ? (
            <p className="mt-2">{l.empty}</p>
          ) : (
            <div className="mt-2 overflow-x-auto" role="region" aria-label={t.admin.common.tableScrollLabel(l.caption)} tabIndex={0}>
              <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
                <caption className="caption-top py-2 text-left text-gray-700">{l.caption}</caption>
                <thead>
                  <tr className="border-b-2 border-brand-600">
                    <th scope="col" className="px-2 py-2">
                      {l.time}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {l.actorColumn}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {l.actionColumn}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {l.entityColumn}
                    </th>
                    <th scope="col" className="px-2 py-2">
                      {l.detailsColumn}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {loaded.items.map((event) => (
                    <tr key={event.id} className="border-b border-brand-100 align-top">
                      <th scope="row" className="px-2 py-2 font-normal whitespace-nowrap">
                        <time dateTime={new Date(event.createdAt).toISOString()}>
                          {formatDate(event.createdAt, t, { dateStyle: "short", timeStyle: "medium", timeZone: "Europe/Oslo" })}
                        </time>
                      </th>
                      <td className="px-2 py-2">
                        {event.actor.kind === "user" ? (
                          <>
                            <span className="block">{event.actor.name}</span>
                            <span className="block break-all text-gray-700">{event.actor.email}</span>
                          </>
                        ) : (
                          <span className="italic">{event.actor.kind === "anonymous" ? l.anonymous : l.system}</span>
                        )}
                      </td>
                      <td className="px-2 py-2">
                        {/* In words; an action without a text yet shows its code. */}
                        {l.actions[event.action] ?? <code className="break-all">{event.action}</code>}
                      </td>
                      <td className="px-2 py-2 whitespace-nowrap">
                        {event.entityId !== null ? (
                          <Link
                            to={`/admin/logg?${new URLSearchParams({ type: event.entityType, id: String(event.entityId) })}`}
                            aria-label={l.entityFilterLabel(l.entity(l.entityTypes[event.entityType] ?? event.entityType, event.entityLabel, event.entityId))}
                            className="inline-flex min-h-11 items-center"
                          >
                            {l.entity(l.entityTypes[event.entityType] ?? event.entityType, event.entityLabel, event.entityId)}
                          </Link>
                        ) : (
                          l.entity(l.entityTypes[event.entityType] ?? event.entityType, null, null)
                        )}
                      </td>
                      <td className="px-2 py-2">
                        {event.details && Object.keys(event.details).length ? (
                          <ul>
                            {Object.entries(event.details).map(([key, detail]) => {
                              // An id names something: its name now, leading to what happened to it.
                              const ref = event.detailRefs[key];
                              return (
                                <li key={key} className="break-words">
                                  {l.detailKeys[key] ?? key}:{" "}
                                  {ref ? (
                                    <Link to={`/admin/logg?${new URLSearchParams({ type: ref.kind, id: String(ref.id) })}`} className="inline-flex min-h-6 items-center">
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
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pagination page={loaded.page} lastPage={loaded.lastPage} href={(p) => pageHref(url, p)} />
        </>
      )}
    </>
  );
}
