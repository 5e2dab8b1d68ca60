import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { listParams, UserList } from "~/components/admin/UserPages";
import { loadUserList, userAction } from "~/components/admin/user-pages.server";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { requireAdmin } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { pageMeta } from "~/utils/meta";
import { adminErrorText } from "~/validation/admin";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: data && data.page > 1 ? t.admin.users.pageTitle(data.page) : t.admin.users.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  // A person's page was once this page with ?bruker=id: old links and bookmarks still arrive.
  const person = url.searchParams.get("bruker");
  if (person !== null) {
    const notice = url.searchParams.get("lagret");
    throw redirect(`/admin/brukere/${encodeURIComponent(person)}${listParams(url.search, notice ? { lagret: notice } : {})}`);
  }
  return loadUserList(url);
}

/** The forms live on a person's page; posted here, they answer the same way. */
export const action = userAction;

export default function AdminUsers() {
  const list = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const u = t.admin.users;
  return (
    <>
      <h1 className="text-3xl font-bold">{u.heading}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={{}}
        translate={(key) => adminErrorText(t, key)}
        // The person's forms show only with the person open; a refusal for someone not open has no form to sit in.
        problems={[actionData ? t.admin.validation.invalidRequest : null]}
      />
      <p className="mt-2 max-w-prose">{u.intro}</p>
      {list.notice ? <FormMessage tone="success">{t.admin.notices[list.notice]}</FormMessage> : null}
      <UserList list={list} selectedId={null} />
    </>
  );
}
