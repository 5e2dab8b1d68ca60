/**
 * The pieces of the administrators' area pages (/admin/omrader and /admin/omrader/:slug): the area
 * form, deleting an area, and the tree with every area as a link to its page.
 */
import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { FormMessage, SelectField, SubmitButton, TextField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import type { AreaTreeRow as AdminArea, AreaUsage } from "~/models/area.server";
import { formState } from "~/utils/forms";
import { adminErrors } from "~/validation/admin";
import { AREA_KINDS } from "~/validation/enums";

export type State = ReturnType<typeof formState>;

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
export const AREA_FIELD_IDS = {
  name: "area-name",
  slug: "area-slug",
  kind: "area-kind",
  parentId: "area-parent",
  population: "area-population",
  liftStartYear: "area-lift-start",
  liftEndYear: "area-lift-end",
};

/** Creates an area (`sel` null) or edits one; its own subtree is not offered as its parent. */
export function AreaForm({ sel, tree, areaForm }: { sel: Omit<AdminArea, "depth"> | null; tree: readonly AdminArea[]; areaForm: State }) {
  const t = useT();
  const a = t.admin.areas;
  const errors = (name: string) => adminErrors(t, areaForm.errors(name));
  // A courtesy: the server refuses cycles anyway.
  const excluded = sel ? subtreeIds(tree, sel.id) : new Set<number>();
  const parentOptions = tree
    .filter((area) => !excluded.has(area.id))
    .map((area) => ({ value: String(area.id), label: `${"– ".repeat(area.depth)}${area.name}` }));
  return (
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
  );
}

/** How much refers to the area, and the delete button when nothing does. */
export function DeleteArea({ sel, usage, refusedUsage }: { sel: { id: number }; usage: AreaUsage; refusedUsage: AreaUsage | undefined }) {
  const t = useT();
  const a = t.admin.areas;
  const inUse = Object.values(usage).some((n) => n > 0);
  return (
    <Section heading={a.deleteHeading} level={3} className="mt-10 border-t border-brand-100 pt-6" headingClassName="text-xl font-semibold">
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
          <Button variant="secondary" data-color="danger" className="mt-4">
            {a.delete}
          </Button>
        </Form>
      )}
    </Section>
  );
}

export function Tree({ tree, parentId, selectedId }: { tree: readonly AdminArea[]; parentId: number | null; selectedId: number | null }) {
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
                to={`/admin/omrader/${encodeURIComponent(area.slug)}`}
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
