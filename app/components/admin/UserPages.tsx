/**
 * The administrators' people pages (/admin/brukere and /admin/brukere/:id): the list of people with
 * its search, and the open person's role and programmes. The person's page shows the list too, with
 * the same search, so the administrator goes from one person to the next without losing their place.
 */
import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { SelectField, SubmitButton, TextField } from "~/components/ui/Field";
import { FilterForm } from "~/components/ui/FilterForm";
import { Pagination } from "~/components/ui/Pagination";
import { formatDate, useT } from "~/i18n";
import { formState } from "~/utils/forms";
import { adminErrors } from "~/validation/admin";
import { USER_ROLES, type UserRole } from "~/validation/enums";

type State = ReturnType<typeof formState>;

/** The list's own parameters (search, role, page), without the notice: the links keep the person's place. */
export function listParams(search: string, changes: Record<string, string | null> = {}): string {
  const params = new URLSearchParams(search);
  params.delete("lagret");
  params.delete("bruker");
  for (const [key, value] of Object.entries(changes)) {
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

type ListData = {
  q: string;
  role: UserRole | null;
  page: number;
  lastPage: number;
  total: number;
  items: { id: number; name: string; email: string; role: UserRole; createdAt: number; programmes: string[] }[];
  search: string;
};

export function UserList({ list, selectedId }: { list: ListData; selectedId: number | null }) {
  const t = useT();
  const u = t.admin.users;
  const filtered = list.q !== "" || list.role !== null;
  const listHref = (changes: Record<string, string | null>) => `/admin/brukere${listParams(list.search, changes)}`;
  const personHref = (id: number) => `/admin/brukere/${id}${listParams(list.search)}`;
  return (
    <>
      <FilterForm search label={u.searchLegend} submitLabel={u.filter} layout="none" className="mt-8 grid gap-x-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <TextField id="q" name="q" type="search" label={u.search} hint={u.searchHint} defaultValue={list.q} />
        <SelectField
          id="rolle"
          name="rolle"
          label={u.role}
          placeholder={u.allRoles}
          defaultValue={list.role ?? ""}
          options={USER_ROLES.map((r) => ({ value: r, label: t.admin.roles[r] }))}
        />
      </FilterForm>
      {filtered ? (
        <p className="mt-2">
          <Link to="/admin/brukere" className="inline-flex min-h-11 items-center">
            {u.clearFilters}
          </Link>
        </p>
      ) : null}

      <p className="mt-6 text-lg font-semibold" role="status">
        {filtered ? u.found(list.total) : u.count(list.total)}
      </p>
      {list.items.length === 0 ? (
        <p className="mt-2">{u.empty}</p>
      ) : (
        <DataTable caption={u.caption} scrollHint className="mt-2">
          <thead>
            <tr>
              <Th>{u.name}</Th>
              <Th>{u.email}</Th>
              <Th>{u.role}</Th>
              <Th>{u.programmes}</Th>
              <Th>{u.created}</Th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((user) => (
              <tr key={user.id}>
                <Th scope="row" className="font-normal">
                  <Link
                    to={personHref(user.id)}
                    aria-current={selectedId === user.id ? "true" : undefined}
                    className="inline-flex min-h-11 items-center font-semibold"
                  >
                    {user.name}
                  </Link>
                </Th>
                <Td className="whitespace-nowrap">{user.email}</Td>
                <Td>{t.admin.roles[user.role]}</Td>
                <Td>{user.programmes.length ? user.programmes.join(", ") : t.admin.common.none}</Td>
                <Td className="whitespace-nowrap">{formatDate(user.createdAt, t, { dateStyle: "medium", timeZone: "Europe/Oslo" })}</Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Pagination page={list.page} lastPage={list.lastPage} href={(p) => listHref({ side: p > 1 ? String(p) : null })} />
    </>
  );
}

type Person = { id: number; name: string; email: string; role: UserRole; isSelf: boolean; programmes: { id: number; name: string }[] };

/** The open person: their role, and the programmes they coordinate. */
export function UserPanel({
  sel,
  programmes,
  closeHref,
  roleForm,
  assignForm,
}: {
  sel: Person;
  programmes: { id: number; name: string }[];
  closeHref: string;
  roleForm: State;
  assignForm: State;
}) {
  const t = useT();
  const u = t.admin.users;
  const available = programmes.filter((p) => !sel.programmes.some((a) => a.id === p.id));
  return (
    <section aria-labelledby="valgt-bruker" className="mt-6 rounded-lg border border-brand-600 p-4 sm:p-6">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id="valgt-bruker" className="text-2xl font-bold break-words">
          {u.selectedHeading(sel.name)}
        </h2>
        <Link to={closeHref} className="inline-flex min-h-11 items-center">
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
                <Button variant="secondary" aria-label={u.unassignLabel(p.name)}>
                  {u.unassign}
                </Button>
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
  );
}
