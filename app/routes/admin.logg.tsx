import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { AuditLogFilter, AuditLogTable } from "~/components/admin/AuditLog";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { Pagination } from "~/components/ui/Pagination";
import { useT } from "~/i18n";
import { AUDIT_PAGE_SIZE, listAuditEvents, listAuditFilterOptions, type AuditRow } from "~/models/audit-log.server";
import { requireAdmin } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { parseForm } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { pageHref, parsePage } from "~/utils/pagination";
import { adminErrorText, AUDIT_FILTER_PARAMS, auditFilterSchema } from "~/validation/admin";
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

export default function AdminLog() {
  const loaded = useLoaderData<typeof loader>();
  const t = useT();
  const l = t.admin.log;
  const form = formState(loaded.result);
  const value = (name: string) => (loaded.result ? form.value(name) : loaded.values[name]) ?? "";
  const url = new URL(`http://x/admin/logg${loaded.search}`);

  return (
    <>
      <h1 className="text-3xl font-bold">{l.heading}</h1>
      <ErrorSummary
        form={form}
        fields={{ handling: "handling", aktor: "aktor", type: "type", id: "id", fra: "fra", til: "til" }}
        translate={(key) => adminErrorText(t, key)}
      />
      <p className="mt-2 max-w-prose">{l.intro}</p>

      <AuditLogFilter form={form} refused={!!loaded.result} filtered={loaded.filtered} value={value} options={loaded.options} />

      {loaded.result ? null : (
        <>
          <p className="mt-6 text-lg font-semibold" role="status">
            {loaded.filtered ? l.found(loaded.total) : l.count(loaded.total)}
          </p>
          {loaded.items.length === 0 ? (
            <p className="mt-2">{l.empty}</p>
          ) : (
            <AuditLogTable items={loaded.items} />
          )}
          <Pagination page={loaded.page} lastPage={loaded.lastPage} href={(p) => pageHref(url, p)} />
        </>
      )}
    </>
  );
}
