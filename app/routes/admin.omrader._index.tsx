import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { AREA_FIELD_IDS, AreaForm, Tree } from "~/components/admin/AreaForms";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import { listAreaTree } from "~/models/area.server";
import { requireAdmin } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { pageMeta } from "~/utils/meta";
import { adminErrorText } from "~/validation/admin";
import { areaAction, AREA_NOTICES, type AreaNotice } from "~/components/admin/area-action.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.admin.areas.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  const noticeParam = url.searchParams.get("lagret");
  // An area's page was once this page with ?omrade=slug: old links and bookmarks still arrive.
  const slug = url.searchParams.get("omrade");
  if (slug !== null) throw redirect(`/admin/omrader/${encodeURIComponent(slug)}${noticeParam ? `?lagret=${encodeURIComponent(noticeParam)}` : ""}`);
  return {
    tree: listAreaTree(),
    notice: (AREA_NOTICES as readonly string[]).includes(noticeParam ?? "") ? (noticeParam as AreaNotice) : null,
  };
}

/** Creates an area (a delete needs the area's own page, where its form is). */
export const action = areaAction;

export default function AdminAreas() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const a = t.admin.areas;
  return (
    <>
      <h1 className="text-3xl font-bold">{a.heading}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData?.form === "area" ? AREA_FIELD_IDS : {}}
        translate={(key) => adminErrorText(t, key)}
        // The delete form shows only with the area open; a refusal without it has no form to sit in.
        problems={[actionData?.form === "delete" ? t.admin.validation.invalidRequest : null]}
      />
      <p className="mt-2 max-w-prose">{a.intro}</p>
      {loaded.notice ? <FormMessage tone="success">{t.admin.notices[loaded.notice]}</FormMessage> : null}

      <div className="mt-6 grid gap-10 lg:grid-cols-2">
        <Section key="new" heading={a.newHeading} className="" headingClassName="text-2xl font-bold break-words">
          <AreaForm sel={null} tree={loaded.tree} areaForm={formState(actionData?.form === "area" ? actionData.result : undefined)} />
        </Section>

        <Section heading={a.treeHeading} className="">
          {loaded.tree.length === 0 ? <p className="mt-2">{a.empty}</p> : <Tree tree={loaded.tree} parentId={null} selectedId={null} />}
        </Section>
      </div>
    </>
  );
}
