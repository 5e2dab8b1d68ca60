import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SelectField, SubmitButton, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { deleteArea, getAreaForAdmin, listAreaTree, saveArea, type AreaTreeRow as AdminArea, type AreaUsage } from "~/models/area.server";
import { requireAdmin } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { type FormResult, parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { rejectForm } from "~/utils/refusal.server";
import { adminErrors, adminErrorText, areaSchema, deleteAreaSchema } from "~/validation/admin";
import { AREA_KINDS } from "~/validation/enums";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: data?.selected ? t.admin.areas.editHeading(data.selected.name) : t.admin.areas.title }));

const NOTICES = ["areaCreated", "areaSaved", "areaDeleted"] as const;
type Notice = (typeof NOTICES)[number];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const url = new URL(request.url);
  const slug = url.searchParams.get("omrade");
  let selected = null;
  if (slug !== null) {
    selected = getAreaForAdmin(slug) ?? null;
    if (!selected) throw new Response("Fant ikke området", { status: 404 });
  }
  const noticeParam = url.searchParams.get("lagret");
  return {
    tree: listAreaTree(),
    selected,
    notice: (NOTICES as readonly string[]).includes(noticeParam ?? "") ? (noticeParam as Notice) : null,
  };
}

type Failure = { form: string; result: FormResult; usage?: AreaUsage };
const fail = (form: string, result: FormResult, usage?: AreaUsage) =>
  data<Failure>({ form, result, ...(usage ? { usage } : {}) }, { status: 400 });


function done(notice: Notice, slug?: string) {
  const params = new URLSearchParams();
  if (slug) params.set("omrade", slug);
  params.set("lagret", notice);
  return redirect(`/admin/omrader?${params}`);
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireAdmin(request);
  const formData = await readFormData(request);
  const intent = formData.get("intent");

  if (intent === "saveArea") {
    const parsed = parseForm(formData, areaSchema);
    if (!parsed.ok) return fail("area", parsed.result);
    const { intent: _intent, areaId, ...input } = parsed.value;
    const outcome = saveArea(actor.id, areaId ?? null, input);
    if (!outcome.ok) return fail("area", rejectForm(parsed, outcome));
    return done(outcome.created ? "areaCreated" : "areaSaved", outcome.slug);
  }

  if (intent === "deleteArea") {
    const parsed = parseForm(formData, deleteAreaSchema);
    if (!parsed.ok) return fail("delete", parsed.result);
    const outcome = deleteArea(actor.id, parsed.value.areaId);
    if (!outcome.ok) {
      if (outcome.reason === "areaInUse" && "usage" in outcome) return fail("delete", parsed.reject({}), outcome.usage);
      return fail("delete", rejectForm(parsed, outcome));
    }
    return done("areaDeleted");
  }

  throw new Response("Ukjent handling", { status: 400 });
}

const dangerButton =
  "mt-4 inline-flex min-h-11 items-center rounded border border-red-700 bg-white px-4 py-2 font-semibold text-red-800 hover:bg-red-50";

type State = ReturnType<typeof formState>;

/** What the person typed when their submission failed; otherwise the stored value. */
const keep = (state: State, name: string, stored: string) => (state.hasErrors ? state.value(name) ?? "" : stored);


/** The ids of an area and everything below it, from the tree order (descendants follow their area). */
function subtreeIds(tree: readonly AdminArea[], id: number): Set<number> {
  const start = tree.findIndex((a) => a.id === id);
  const out = new Set<number>();
  if (start < 0) return out;
  out.add(id);
  for (let i = start + 1; i < tree.length && tree[i]!.depth > tree[start]!.depth; i++) out.add(tree[i]!.id);
  return out;
}

/** The area form's fields by name → the id of its input, in its order (the error summary links to them). */
const AREA_FIELD_IDS = {
  name: "area-name",
  slug: "area-slug",
  kind: "area-kind",
  parentId: "area-parent",
  population: "area-population",
  liftStartYear: "area-lift-start",
  liftEndYear: "area-lift-end",
};

export default function AdminAreas() {
  const loaded = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const a = t.admin.areas;
  const stateOf = (form: string) => formState(actionData?.form === form ? actionData.result : undefined);
  const sel = loaded.selected;
  const areaForm = stateOf("area");
  const errors = (name: string) => adminErrors(t, areaForm.errors(name));
  // A courtesy: the server refuses cycles anyway.
  const excluded = sel ? subtreeIds(loaded.tree, sel.id) : new Set<number>();
  const parentOptions = loaded.tree
    .filter((area) => !excluded.has(area.id))
    .map((area) => ({ value: String(area.id), label: `${"– ".repeat(area.depth)}${area.name}` }));
  const usage = sel?.usage;
  const inUse = usage ? Object.values(usage).some((n) => n > 0) : false;
  const refusedUsage = actionData?.form === "delete" ? actionData.usage : undefined;

  return (
    <>
      <h1 className="text-3xl font-bold">{a.heading}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData?.form === "area" ? AREA_FIELD_IDS : {}}
        translate={(key) => adminErrorText(t, key)}
        // The delete form shows only with the area open; a refusal without it has no form to sit in.
        problems={[actionData?.form === "delete" && !sel ? t.admin.validation.invalidRequest : null]}
      />
      <p className="mt-2 max-w-prose">{a.intro}</p>
      {loaded.notice ? <FormMessage tone="success">{t.admin.notices[loaded.notice]}</FormMessage> : null}

      <div className="mt-6 grid gap-10 lg:grid-cols-2">
        <section key={sel?.id ?? "new"} aria-labelledby="omradeskjema">
          <h2 id="omradeskjema" className="text-2xl font-bold break-words">
            {sel ? a.editHeading(sel.name) : a.newHeading}
          </h2>
          {sel ? (
            <p className="mt-1">
              <Link to="/admin/omrader" className="inline-flex min-h-11 items-center">
                {a.newArea}
              </Link>
            </p>
          ) : null}
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="saveArea" />
            {sel ? <input type="hidden" name="areaId" value={sel.id} /> : null}
            <TextField
              id="area-name"
              name="name"
              label={a.name}
              defaultValue={keep(areaForm, "name", sel?.name ?? "")}
              errors={errors("name")}
              required
            />
            <TextField
              id="area-slug"
              name="slug"
              label={a.slug}
              hint={t.admin.common.slugHint}
              defaultValue={keep(areaForm, "slug", sel?.slug ?? "")}
              errors={errors("slug")}
            />
            <SelectField
              id="area-kind"
              name="kind"
              label={a.kind}
              placeholder={a.chooseKind}
              defaultValue={keep(areaForm, "kind", sel?.kind ?? "")}
              errors={errors("kind")}
              options={AREA_KINDS.map((kind) => ({ value: kind, label: t.areaKinds[kind] }))}
            />
            <SelectField
              id="area-parent"
              name="parentId"
              label={a.parent}
              hint={a.parentHint}
              placeholder={a.noParent}
              defaultValue={keep(areaForm, "parentId", sel?.parentId ? String(sel.parentId) : "")}
              errors={errors("parentId")}
              options={parentOptions}
            />
            <TextField
              id="area-population"
              name="population"
              label={a.populationLabel}
              hint={a.populationHint}
              inputMode="numeric"
              defaultValue={keep(areaForm, "population", sel?.population != null ? String(sel.population) : "")}
              errors={errors("population")}
            />
            <fieldset className="mt-6 rounded border border-gray-300 p-4">
              <legend className="px-1 font-semibold">{a.liftLegend}</legend>
              <p className="text-sm text-gray-700">{a.liftHint}</p>
              <TextField
                id="area-lift-start"
                name="liftStartYear"
                label={a.liftStart}
                hint={t.admin.common.optionalYearHint}
                inputMode="numeric"
                defaultValue={keep(areaForm, "liftStartYear", sel?.liftStartYear ? String(sel.liftStartYear) : "")}
                errors={errors("liftStartYear")}
              />
              <TextField
                id="area-lift-end"
                name="liftEndYear"
                label={a.liftEnd}
                hint={t.admin.common.optionalYearHint}
                inputMode="numeric"
                defaultValue={keep(areaForm, "liftEndYear", sel?.liftEndYear ? String(sel.liftEndYear) : "")}
                errors={errors("liftEndYear")}
              />
            </fieldset>
            <SubmitButton>{sel ? a.save : a.create}</SubmitButton>
          </Form>

          {sel && usage ? (
            <section aria-labelledby="slett-omrade" className="mt-10 border-t border-brand-100 pt-6">
              <h3 id="slett-omrade" className="text-xl font-semibold">
                {a.deleteHeading}
              </h3>
              {refusedUsage ? (
                <FormMessage>
                  {a.areaInUse(refusedUsage.children, refusedUsage.organisations, refusedUsage.initiatives, refusedUsage.programmes)}
                </FormMessage>
              ) : (
                <p className="mt-1">{a.usage(usage.children, usage.organisations, usage.initiatives, usage.programmes)}</p>
              )}
              {inUse ? null : (
                <Form method="post">
                  <input type="hidden" name="intent" value="deleteArea" />
                  <input type="hidden" name="areaId" value={sel.id} />
                  <button type="submit" className={dangerButton}>
                    {a.delete}
                  </button>
                </Form>
              )}
            </section>
          ) : null}
        </section>

        <section aria-labelledby="omradetreet">
          <h2 id="omradetreet" className="text-2xl font-bold">
            {a.treeHeading}
          </h2>
          {loaded.tree.length === 0 ? (
            <p className="mt-2">{a.empty}</p>
          ) : (
            <Tree tree={loaded.tree} parentId={null} selectedId={sel?.id ?? null} />
          )}
        </section>
      </div>
    </>
  );
}

function Tree({ tree, parentId, selectedId }: { tree: readonly AdminArea[]; parentId: number | null; selectedId: number | null }) {
  const t = useT();
  const a = t.admin.areas;
  const children = tree.filter((area) => area.parentId === parentId);
  if (!children.length) return null;
  return (
    <ul className={parentId === null ? "mt-2" : "ml-3 border-l-2 border-brand-100 pl-3 sm:ml-5"}>
      {children.map((area) => {
        const facts = [
          t.areaKinds[area.kind],
          ...(area.population !== null ? [a.population(area.population)] : []),
          ...(area.liftStartYear !== null ? [a.lift(area.liftStartYear, area.liftEndYear)] : []),
        ];
        return (
          <li key={area.id}>
            <div className="flex flex-wrap items-baseline gap-x-2">
              <Link
                to={`/admin/omrader?omrade=${encodeURIComponent(area.slug)}`}
                aria-current={area.id === selectedId ? "true" : undefined}
                className="inline-flex min-h-11 items-center font-semibold aria-[current=true]:rounded aria-[current=true]:bg-brand-50 aria-[current=true]:px-2"
              >
                {area.name}
              </Link>
              <span className="text-sm text-gray-700">{facts.join(" · ")}</span>
            </div>
            <Tree tree={tree} parentId={area.id} selectedId={selectedId} />
          </li>
        );
      })}
    </ul>
  );
}
