import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SelectField, SubmitButton, TextField } from "~/components/ui/Field";
import { Pagination } from "~/components/ui/Pagination";
import { formatDate, useT } from "~/i18n";
import { listProgrammeChoices } from "~/models/programme.server";
import { assignCoordinator, changeUserRole, getUserForAdmin, listUsers, unassignCoordinator, USERS_PAGE_SIZE } from "~/models/user.server";
import { requireAdmin } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { type FormResult, parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { rejectForm } from "~/utils/refusal.server";
import { pageHref, parsePage } from "~/utils/pagination";
import { adminErrors, adminErrorText, assignmentSchema, changeRoleSchema } from "~/validation/admin";
import { USER_ROLES, type UserRole } from "~/validation/enums";
import { lastPageOrRedirect } from "~/utils/listing.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: data && data.page > 1 ? t.admin.users.pageTitle(data.page) : t.admin.users.title }));

const NOTICES = ["roleChanged", "roleUnchanged", "assigned", "unassigned"] as const;
type Notice = (typeof NOTICES)[number];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireAdmin(request);
  const url = new URL(request.url);
  const page = parsePage(url);
  if (page === null) throw redirect(pageHref(url, 1));
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const roleParam = url.searchParams.get("rolle") ?? "";
  const role = (USER_ROLES as readonly string[]).includes(roleParam) ? (roleParam as UserRole) : null;
  const { total, items } = listUsers({ q, role }, page);
  const lastPage = lastPageOrRedirect(url, page, total, USERS_PAGE_SIZE);

  const selectedParam = url.searchParams.get("bruker");
  let selected = null;
  if (selectedParam !== null) {
    const user = /^[1-9]\d{0,11}$/.test(selectedParam) ? getUserForAdmin(Number(selectedParam)) : undefined;
    if (!user) throw new Response("Fant ikke brukeren", { status: 404 });
    selected = { ...user, isSelf: user.id === actor.id };
  }
  const noticeParam = url.searchParams.get("lagret");
  const notice = (NOTICES as readonly string[]).includes(noticeParam ?? "") ? (noticeParam as Notice) : null;
  return {
    q,
    role,
    page,
    lastPage,
    total,
    items,
    selected,
    programmes: selected ? listProgrammeChoices().map(({ id, name }) => ({ id, name })) : [],
    notice,
    search: url.search,
  };
}

/** Which form a failed submission belongs to, so its errors show there and nowhere else. */
type Failure = { form: string; result: FormResult };
const fail = (form: string, result: FormResult) => data<Failure>({ form, result }, { status: 400 });


/** Back to the same listing, with the person open and a notice of what was saved. */
function done(request: Request, userId: number, notice: Notice) {
  const url = new URL(request.url);
  url.searchParams.set("bruker", String(userId));
  url.searchParams.set("lagret", notice);
  return redirect(`${url.pathname}?${url.searchParams}`);
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireAdmin(request);
  const formData = await readFormData(request);
  const intent = formData.get("intent");

  if (intent === "changeRole") {
    const parsed = parseForm(formData, changeRoleSchema);
    if (!parsed.ok) return fail("role", parsed.result);
    const outcome = changeUserRole(actor.id, parsed.value.userId, parsed.value.role);
    if (!outcome.ok) return fail("role", rejectForm(parsed, outcome));
    return done(request, parsed.value.userId, outcome.changed ? "roleChanged" : "roleUnchanged");
  }

  if (intent === "assign" || intent === "unassign") {
    const form = intent === "assign" ? "assign" : "assignments";
    const parsed = parseForm(formData, assignmentSchema);
    if (!parsed.ok) return fail(form, parsed.result);
    const { userId, programmeId } = parsed.value;
    const outcome =
      intent === "assign" ? assignCoordinator(actor.id, userId, programmeId) : unassignCoordinator(actor.id, userId, programmeId);
    if (!outcome.ok) return fail(form, rejectForm(parsed, outcome));
    return done(request, userId, intent === "assign" ? "assigned" : "unassigned");
  }

  throw new Response("Ukjent handling", { status: 400 });
}

const secondaryButton =
  "inline-flex min-h-11 items-center rounded border border-brand-600 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";


export default function AdminUsers() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const u = t.admin.users;
  const stateOf = (form: string) => formState(actionData?.form === form ? actionData.result : undefined);
  const url = new URL(`http://x/admin/brukere${loaded.search}`);
  const hrefWith = (changes: Record<string, string | null>) => {
    const params = new URLSearchParams(url.search);
    params.delete("lagret");
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) params.delete(key);
      else params.set(key, value);
    }
    const query = params.toString();
    return `/admin/brukere${query ? `?${query}` : ""}`;
  };
  const filtered = loaded.q !== "" || loaded.role !== null;
  const sel = loaded.selected;
  const roleForm = stateOf("role");
  const assignForm = stateOf("assign");
  const available = sel ? loaded.programmes.filter((p) => !sel.programmes.some((a) => a.id === p.id)) : [];

  return (
    <>
      <h1 className="text-3xl font-bold">{u.heading}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData?.form === "role" ? { role: "role" } : actionData?.form === "assign" ? { programmeId: "programmeId" } : {}}
        translate={(key) => adminErrorText(t, key)}
        // The person's forms show only with the person open; a refusal for someone not open has no form to sit in.
        problems={[actionData && !sel ? t.admin.validation.invalidRequest : null]}
      />
      <p className="mt-2 max-w-prose">{u.intro}</p>
      {loaded.notice ? <FormMessage tone="success">{t.admin.notices[loaded.notice]}</FormMessage> : null}

      {sel ? (
        <section key={sel.id} aria-labelledby="valgt-bruker" className="mt-6 rounded-lg border border-brand-600 p-4 sm:p-6">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4">
            <h2 id="valgt-bruker" className="text-2xl font-bold break-words">
              {u.selectedHeading(sel.name)}
            </h2>
            <Link to={hrefWith({ bruker: null })} className="inline-flex min-h-11 items-center">
              {u.close}
            </Link>
          </div>
          <p className="break-words">{sel.email}</p>

          <Form method="post" noValidate className="max-w-md">
            <input type="hidden" name="intent" value="changeRole" />
            <input type="hidden" name="userId" value={sel.id} />
            <SelectField
              id="role"
              name="role"
              label={u.roleLabel}
              hint={sel.isSelf && sel.role === "admin" ? u.ownRoleHint : `${u.roleHint} ${u.removedOnRoleChange}`}
              defaultValue={roleForm.value("role", sel.role)}
              errors={adminErrors(t, roleForm.errors("role"))}
              options={USER_ROLES.map((r) => ({ value: r, label: t.admin.roles[r] }))}
            />
            <SubmitButton>{u.saveRole}</SubmitButton>
          </Form>

          <h3 className="mt-8 text-xl font-semibold">{u.assignmentsHeading}</h3>
          {sel.role === "admin" ? <p className="mt-1">{u.adminCoordinatesAll}</p> : null}
          {sel.programmes.length === 0 ? (
            <p className="mt-2">{u.noAssignments}</p>
          ) : (
            <ul className="mt-2 divide-y divide-brand-100 border-y border-brand-100">
              {sel.programmes.map((p) => (
                <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>{p.name}</span>
                  <Form method="post">
                    <input type="hidden" name="intent" value="unassign" />
                    <input type="hidden" name="userId" value={sel.id} />
                    <input type="hidden" name="programmeId" value={p.id} />
                    <button type="submit" aria-label={u.unassignLabel(p.name)} className={secondaryButton}>
                      {u.unassign}
                    </button>
                  </Form>
                </li>
              ))}
            </ul>
          )}
          {sel.role !== "coordinator" ? (
            <p className="mt-4">{u.assignHint}</p>
          ) : available.length === 0 ? (
            <p className="mt-4">{u.allAssigned}</p>
          ) : (
            <Form method="post" noValidate className="max-w-md">
              <input type="hidden" name="intent" value="assign" />
              <input type="hidden" name="userId" value={sel.id} />
              <SelectField
                id="programmeId"
                name="programmeId"
                label={u.programmeLabel}
                placeholder={u.chooseProgramme}
                defaultValue={assignForm.value("programmeId")}
                errors={adminErrors(t, assignForm.errors("programmeId"))}
                options={available.map((p) => ({ value: String(p.id), label: p.name }))}
              />
              <SubmitButton>{u.assign}</SubmitButton>
            </Form>
          )}
        </section>
      ) : null}

      <Form method="get" role="search" aria-label={u.searchLegend} className="mt-8 grid gap-x-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <TextField id="q" name="q" type="search" label={u.search} hint={u.searchHint} defaultValue={loaded.q} />
        <SelectField
          id="rolle"
          name="rolle"
          label={u.role}
          placeholder={u.allRoles}
          defaultValue={loaded.role ?? ""}
          options={USER_ROLES.map((r) => ({ value: r, label: t.admin.roles[r] }))}
        />
        <div>
          <SubmitButton>{u.filter}</SubmitButton>
        </div>
      </Form>
      {filtered ? (
        <p className="mt-2">
          <Link to="/admin/brukere" className="inline-flex min-h-11 items-center">
            {u.clearFilters}
          </Link>
        </p>
      ) : null}

      <p className="mt-6 text-lg font-semibold" role="status">
        {filtered ? u.found(loaded.total) : u.count(loaded.total)}
      </p>
      {loaded.items.length === 0 ? (
        <p className="mt-2">{u.empty}</p>
      ) : (
        <div className="mt-2 overflow-x-auto" role="region" aria-label={t.admin.common.tableScrollLabel(u.caption)} tabIndex={0}>
          <table className="w-full min-w-[40rem] border-collapse text-left">
            <caption className="caption-top py-2 text-left text-sm text-gray-700">{u.caption}</caption>
            <thead>
              <tr className="border-b-2 border-brand-600">
                <th scope="col" className="px-2 py-2">
                  {u.name}
                </th>
                <th scope="col" className="px-2 py-2">
                  {u.email}
                </th>
                <th scope="col" className="px-2 py-2">
                  {u.role}
                </th>
                <th scope="col" className="px-2 py-2">
                  {u.programmes}
                </th>
                <th scope="col" className="px-2 py-2">
                  {u.created}
                </th>
              </tr>
            </thead>
            <tbody>
              {loaded.items.map((user) => (
                <tr key={user.id} className="border-b border-brand-100 align-top">
                  <th scope="row" className="px-2 py-1 font-normal">
                    <Link
                      to={hrefWith({ bruker: String(user.id) })}
                      aria-current={sel?.id === user.id ? "true" : undefined}
                      className="inline-flex min-h-11 items-center font-semibold"
                    >
                      {user.name}
                    </Link>
                  </th>
                  <td className="px-2 py-3 whitespace-nowrap">{user.email}</td>
                  <td className="px-2 py-3">{t.admin.roles[user.role]}</td>
                  <td className="px-2 py-3">{user.programmes.length ? user.programmes.join(", ") : t.admin.common.none}</td>
                  <td className="px-2 py-3 whitespace-nowrap">
                    {formatDate(user.createdAt, t, { dateStyle: "medium", timeZone: "Europe/Oslo" })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={loaded.page} lastPage={loaded.lastPage} href={(p) => hrefWith({ side: p > 1 ? String(p) : null, bruker: null })} />
    </>
  );
}
