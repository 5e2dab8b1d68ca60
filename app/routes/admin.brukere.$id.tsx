import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { listParams, UserList, UserPanel } from "~/components/admin/UserPages";
import { loadUserList, userAction } from "~/components/admin/user-pages.server";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { listProgrammeChoices } from "~/models/programme.server";
import { getUserForAdmin } from "~/models/user.server";
import { requireAdmin } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { pageMeta } from "~/utils/meta";
import { adminErrorText } from "~/validation/admin";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: data && data.page > 1 ? t.admin.users.pageTitle(data.page) : t.admin.users.title }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireAdmin(request);
  const id = params.id ?? "";
  const user = /^[1-9]\d{0,11}$/.test(id) ? getUserForAdmin(Number(id)) : undefined;
  if (!user) throw new Response("Fant ikke brukeren", { status: 404 });
  return {
    ...loadUserList(new URL(request.url)),
    selected: { ...user, isSelf: user.id === actor.id },
    programmes: listProgrammeChoices().map(({ id, name }) => ({ id, name })),
  };
}

export const action = userAction;

export default function AdminUser() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const u = t.admin.users;
  const stateOf = (form: string) => formState(actionData?.form === form ? actionData.result : undefined);
  const sel = loaded.selected;
  return (
    <>
      <h1 className="text-3xl font-bold">{u.heading}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData?.form === "role" ? { role: "role" } : actionData?.form === "assign" ? { programmeId: "programmeId" } : {}}
        translate={(key) => adminErrorText(t, key)}
      />
      <p className="mt-2 max-w-prose">{u.intro}</p>
      {loaded.notice ? <FormMessage tone="success">{t.admin.notices[loaded.notice]}</FormMessage> : null}
      <UserPanel
        key={sel.id}
        sel={sel}
        programmes={loaded.programmes}
        closeHref={`/admin/brukere${listParams(loaded.search)}`}
        roleForm={stateOf("role")}
        assignForm={stateOf("assign")}
      />
      <UserList list={loaded} selectedId={sel.id} />
    </>
  );
}
