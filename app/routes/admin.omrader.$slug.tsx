import { type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { areaAction, AREA_NOTICES, type AreaNotice } from "~/components/admin/area-action.server";
import { AREA_FIELD_IDS, AreaForm, DeleteArea, Tree } from "~/components/admin/AreaForms";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { BoundaryImport, boundaryFieldProblems } from "~/components/map/BoundaryImport";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import { getAreaForAdmin, listAreaTree } from "~/models/area.server";
import { boundaryScope } from "~/models/area-boundary.server";
import { requireAdmin } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { pageMeta } from "~/utils/meta";
import { adminErrorText } from "~/validation/admin";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: data ? t.admin.areas.editHeading(data.selected.name) : t.admin.areas.title }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const selected = getAreaForAdmin(params.slug ?? "");
  if (!selected) throw new Response("Fant ikke området", { status: 404 });
  const url = new URL(request.url);
  const noticeParam = url.searchParams.get("lagret");
  const savedBoundaries = Number(url.searchParams.get("grenser"));
  return {
    tree: listAreaTree(),
    selected,
    // The boundary import (issue 25): this area and the areas below it, with and without an outline.
    boundaryScope: boundaryScope(selected.id),
    savedBoundaries: Number.isInteger(savedBoundaries) && savedBoundaries > 0 ? savedBoundaries : null,
    notice: (AREA_NOTICES as readonly string[]).includes(noticeParam ?? "") ? (noticeParam as AreaNotice) : null,
  };
}

/** Saves or deletes the area. */
export const action = areaAction;

export default function AdminArea() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const a = t.admin.areas;
  const sel = loaded.selected;
  return (
    <>
      <h1 className="text-3xl font-bold">{a.heading}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData?.form === "area" ? AREA_FIELD_IDS : {}}
        fieldProblems={boundaryFieldProblems(t, actionData && "boundary" in actionData ? actionData.boundary : undefined)}
        translate={(key) => adminErrorText(t, key)}
      />
      <p className="mt-2 max-w-prose">{a.intro}</p>
      {loaded.notice ? <FormMessage tone="success">{t.admin.notices[loaded.notice]}</FormMessage> : null}

      <div className="mt-6 grid gap-10 lg:grid-cols-2">
        <Section key={sel.id} heading={a.editHeading(sel.name)} className="" headingClassName="text-2xl font-bold break-words">
          <p className="mt-1">
            <Link to="/admin/omrader" className="inline-flex min-h-11 items-center">
              {a.newArea}
            </Link>
          </p>
          <AreaForm sel={sel} tree={loaded.tree} areaForm={formState(actionData?.form === "area" ? actionData.result : undefined)} />
          <DeleteArea sel={sel} usage={sel.usage} refusedUsage={actionData?.form === "delete" ? actionData.usage : undefined} />
        </Section>

        <Section heading={a.treeHeading} className="">
          {loaded.tree.length === 0 ? <p className="mt-2">{a.empty}</p> : <Tree tree={loaded.tree} parentId={null} selectedId={sel.id} />}
        </Section>
      </div>
      <BoundaryImport scope={loaded.boundaryScope} state={actionData && "boundary" in actionData ? actionData.boundary : undefined} saved={loaded.savedBoundaries} />
    </>
  );
}
