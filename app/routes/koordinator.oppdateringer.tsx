import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, TextAreaField } from "~/components/ui/Field";
import { Pagination } from "~/components/ui/Pagination";
import { formatDate, useT } from "~/i18n";
import { assertCanModerateUpdate, listUpdatesForModeration, moderateUpdate, MODERATION_PAGE_SIZE } from "~/models/moderation.server";
import { pickProgramme } from "~/models/programme.server";
import { orRespond } from "~/utils/refusal.server";
import { requireStaff } from "~/services/actor.server";
import { deliverPendingMail } from "~/services/mail.server";
import { formState, hasErrorOn } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { pageHref, parsePage } from "~/utils/pagination";
import { coordinatorErrorText, moderationSchema } from "~/validation/coordinator";
import { fieldErrors } from "~/components/coordinator/field-errors";
import { ProgrammeFilter } from "~/components/coordinator/ProgrammeFilter";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.coordinator.updates.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const url = new URL(request.url);
  const { programme, programmes } = orRespond(() => pickProgramme(actor, url.searchParams.get("satsing")));
  const page = parsePage(url);
  if (page === null) throw redirect(pageHref(url, 1));
  const hiddenOnly = url.searchParams.get("skjulte") === "1";
  const { total, items } = listUpdatesForModeration(programme.id, { hiddenOnly, page });
  return {
    programme: { slug: programme.slug, name: programme.name },
    programmes: programmes.map(({ slug, name }) => ({ slug, name })),
    hiddenOnly,
    page,
    lastPage: Math.max(1, Math.ceil(total / MODERATION_PAGE_SIZE)),
    items,
    done: url.searchParams.get("ok"),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const formData = await readFormData(request);
  const updateId = Number(formData.get("updateId"));
  // The scope first: another programme's update is a 403 whatever else the form holds.
  if (Number.isSafeInteger(updateId) && updateId > 0) orRespond(() => assertCanModerateUpdate(actor, updateId));
  const parsed = parseForm(formData, moderationSchema);
  if (!parsed.ok) return data({ result: parsed.result, updateId }, { status: 400 });
  orRespond(() =>
    moderateUpdate(actor, { updateId: parsed.value.updateId, hide: parsed.value.intent === "hide", reason: parsed.value.intent === "hide" ? parsed.value.reason : "" }),
  );
  void deliverPendingMail();
  const back = new URL(request.url);
  back.searchParams.set("ok", parsed.value.intent);
  return redirect(`${back.pathname}${back.search}`);
}

export default function Moderation() {
  const { programme, programmes, hiddenOnly, page, lastPage, items, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const u = t.coordinator.updates;
  const href = (p: number) => `/koordinator/oppdateringer?satsing=${programme.slug}${hiddenOnly ? "&skjulte=1" : ""}${p > 1 ? `&side=${p}` : ""}`;
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{u.heading(programme.name)}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData ? { reason: `reason-${actionData.updateId}` } : {}}
        translate={(key) => coordinatorErrorText(t, key)}
        problems={[
          // A refusal the rows cannot show: an update not on this page, or an altered hidden field.
          actionData && (!items.some((item) => item.id === actionData.updateId) || hasErrorOn(actionData.result, ["intent", "updateId"]))
            ? t.validation.formNotProcessed
            : null,
        ]}
      />
      {done === "hide" && !actionData ? <FormMessage tone="success">{u.hidden}</FormMessage> : null}
      {done === "unhide" && !actionData ? <FormMessage tone="success">{u.unhidden}</FormMessage> : null}
      <div className="mt-4">
        <ProgrammeFilter programmes={programmes} current={programme.slug}>
          <label className="mt-5 flex min-h-11 items-center gap-3">
            <input type="checkbox" name="skjulte" value="1" defaultChecked={hiddenOnly} className="h-5 w-5" />
            <span>{u.hiddenOnly}</span>
          </label>
        </ProgrammeFilter>
      </div>
      {items.length === 0 ? <p className="mt-6">{u.empty}</p> : null}
      <ul className="mt-6 grid gap-4">
        {items.map((item) => {
          const form = formState(actionData?.updateId === item.id ? actionData.result : undefined);
          return (
            <li key={item.id} className="rounded border border-brand-100 p-4">
              <h2 className="text-xl font-bold">{item.title}</h2>
              <p className="text-sm text-gray-700">
                {u.meta(item.organisationName, item.initiativeTitle, formatDate(new Date(item.createdAt), t))} · {t.updateVisibilities[item.visibility]}
              </p>
              <p className="mt-2 line-clamp-4 whitespace-pre-line">{item.body}</p>
              {item.hiddenAt ? (
                <>
                  <p className="mt-2 font-semibold">{u.hiddenNotice(item.hiddenReason ?? "")}</p>
                  <Form method="post" className="mt-2">
                    <input type="hidden" name="intent" value="unhide" />
                    <input type="hidden" name="updateId" value={item.id} />
                    <Button variant="secondary">{u.unhide}</Button>
                  </Form>
                </>
              ) : (
                <Form method="post" noValidate className="mt-2">
                  <input type="hidden" name="intent" value="hide" />
                  <input type="hidden" name="updateId" value={item.id} />
                  <TextAreaField id={`reason-${item.id}`} name="reason" label={u.reason} rows={2} defaultValue={form.value("reason")} errors={fieldErrors(t, form.errors("reason"))} />
                  <Button variant="secondary" className="mt-2">
                    {u.hide}
                  </Button>
                </Form>
              )}
            </li>
          );
        })}
      </ul>
      <Pagination page={page} lastPage={lastPage} href={href} />
    </>
  );
}
