/**
 * The forms of the administrators' programme pages (/admin/satsinger and /admin/satsinger/:slug):
 * the programme itself, each sub-programme, adding one, and the areas the programme covers.
 */
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { CheckboxGroup, FormMessage, SubmitButton, TextAreaField, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { formState } from "~/utils/forms";
import { adminErrors } from "~/validation/admin";

export type State = ReturnType<typeof formState>;

/** What the person typed when their submission failed; otherwise the stored value. */
const keep = (state: State, name: string, stored: string) => (state.hasErrors ? state.value(name) ?? "" : stored);

type ProgrammeValues = {
  id: number;
  slug: string;
  name: string;
  municipality: string;
  periodStart: number;
  periodEnd: number | null;
  description: string;
};

/** A form's fields by name → the id of its input, in its order (the error summary links to them). */
export function programmeFieldIds(form: string): Record<string, string> {
  if (form === "programme") {
    return {
      name: "programme-name",
      slug: "programme-slug",
      municipality: "programme-municipality",
      periodStart: "programme-period-start",
      periodEnd: "programme-period-end",
      description: "programme-description",
    };
  }
  if (form === "addSub") return { name: "new-sub-name", slug: "new-sub-slug", description: "new-sub-description" };
  if (form === "areas") return { areas: "programme-areas" };
  if (form.startsWith("sub-")) return { name: `${form}-name`, slug: `${form}-slug`, description: `${form}-description` };
  return {};
}

export function ProgrammeForm({ programme, state }: { programme: ProgrammeValues | null; state: State }) {
  const t = useT();
  const p = t.admin.programmes;
  const errors = (name: string) => adminErrors(t, state.errors(name));
  return (
    <Form method="post" noValidate className="max-w-2xl">
      <input type="hidden" name="intent" value="saveProgramme" />
      {programme ? <input type="hidden" name="programmeId" value={programme.id} /> : null}
      <TextField
        id="programme-name"
        name="name"
        label={p.name}
        defaultValue={keep(state, "name", programme?.name ?? "")}
        errors={errors("name")}
        required
      />
      <TextField
        id="programme-slug"
        name="slug"
        label={p.slug}
        hint={t.admin.common.slugHint}
        defaultValue={keep(state, "slug", programme?.slug ?? "")}
        errors={errors("slug")}
      />
      <TextField
        id="programme-municipality"
        name="municipality"
        label={p.municipality}
        defaultValue={keep(state, "municipality", programme?.municipality ?? "")}
        errors={errors("municipality")}
        required
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField
          id="programme-period-start"
          name="periodStart"
          label={p.periodStart}
          hint={t.admin.common.yearHint}
          inputMode="numeric"
          defaultValue={keep(state, "periodStart", programme ? String(programme.periodStart) : "")}
          errors={errors("periodStart")}
          required
        />
        <TextField
          id="programme-period-end"
          name="periodEnd"
          label={p.periodEnd}
          hint={t.admin.common.optionalYearHint}
          inputMode="numeric"
          defaultValue={keep(state, "periodEnd", programme?.periodEnd ? String(programme.periodEnd) : "")}
          errors={errors("periodEnd")}
        />
      </div>
      <TextAreaField
        id="programme-description"
        name="description"
        label={p.description}
        hint={p.descriptionHint}
        defaultValue={keep(state, "description", programme?.description ?? "")}
        errors={errors("description")}
      />
      <SubmitButton>{programme ? p.saveProgramme : p.create}</SubmitButton>
    </Form>
  );
}

type SubprogrammeValues = { id: number; slug: string; name: string; description: string; initiativeCount: number; organisationCount: number };

/** One sub-programme of the programme's page: its usage, its form, and the buttons that move or remove it. */
export function SubprogrammeItem({
  programmeId,
  sub,
  index,
  count,
  state,
  inUse,
}: {
  programmeId: number;
  sub: SubprogrammeValues;
  index: number;
  count: number;
  state: State;
  inUse?: { initiatives: number; organisations: number };
}) {
  const t = useT();
  const p = t.admin.programmes;
  const prefix = `sub-${sub.id}`;
  return (
    <li className="rounded-lg border border-brand-100 p-4">
      <h4 id={`${prefix}-heading`} className="text-lg font-semibold break-words">
        {`${index + 1}. ${sub.name}`}
      </h4>
      <p className="text-sm text-gray-700">{p.subprogrammeUsage(sub.initiativeCount, sub.organisationCount)}</p>
      {inUse ? <FormMessage>{p.subprogrammeInUse(inUse.initiatives, inUse.organisations)}</FormMessage> : null}
      <Form method="post" noValidate className="max-w-2xl">
        <input type="hidden" name="intent" value="saveSubprogramme" />
        <input type="hidden" name="programmeId" value={programmeId} />
        <input type="hidden" name="subprogrammeId" value={sub.id} />
        <fieldset>
          <legend className="sr-only">{p.editSubprogramme(sub.name)}</legend>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <TextField
              id={`${prefix}-name`}
              name="name"
              label={p.subprogrammeName}
              defaultValue={keep(state, "name", sub.name)}
              errors={adminErrors(t, state.errors("name"))}
              required
            />
            <TextField
              id={`${prefix}-slug`}
              name="slug"
              label={p.subprogrammeSlug}
              defaultValue={keep(state, "slug", sub.slug)}
              errors={adminErrors(t, state.errors("slug"))}
            />
          </div>
          <TextAreaField
            id={`${prefix}-description`}
            name="description"
            label={p.subprogrammeDescription}
            rows={3}
            defaultValue={keep(state, "description", sub.description)}
            errors={adminErrors(t, state.errors("description"))}
          />
        </fieldset>
        <Button aria-label={p.saveSubprogrammeLabel(sub.name)} className="mt-6">
          {p.saveSubprogramme}
        </Button>
      </Form>
      <div className="mt-4 flex flex-wrap gap-2">
        {index > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="moveSubprogramme" />
            <input type="hidden" name="programmeId" value={programmeId} />
            <input type="hidden" name="subprogrammeId" value={sub.id} />
            <input type="hidden" name="direction" value="up" />
            <Button variant="secondary" aria-label={p.moveLabel(p.moveUp, sub.name)}>
              {p.moveUp}
            </Button>
          </Form>
        ) : null}
        {index < count - 1 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="moveSubprogramme" />
            <input type="hidden" name="programmeId" value={programmeId} />
            <input type="hidden" name="subprogrammeId" value={sub.id} />
            <input type="hidden" name="direction" value="down" />
            <Button variant="secondary" aria-label={p.moveLabel(p.moveDown, sub.name)}>
              {p.moveDown}
            </Button>
          </Form>
        ) : null}
        <Form method="post">
          <input type="hidden" name="intent" value="removeSubprogramme" />
          <input type="hidden" name="programmeId" value={programmeId} />
          <input type="hidden" name="subprogrammeId" value={sub.id} />
          <Button variant="secondary" data-color="danger" aria-label={p.removeLabel(sub.name)}>
            {p.remove}
          </Button>
        </Form>
      </div>
    </li>
  );
}

export function AddSubprogramme({ programmeId, state }: { programmeId: number; state: State }) {
  const t = useT();
  const p = t.admin.programmes;
  return (
    <section aria-labelledby="nytt-delprogram" className="mt-6 rounded-lg border border-dashed border-brand-600 p-4">
      <h4 id="nytt-delprogram" className="text-lg font-semibold">
        {p.addSubprogrammeHeading}
      </h4>
      <Form method="post" noValidate className="max-w-2xl">
        <input type="hidden" name="intent" value="addSubprogramme" />
        <input type="hidden" name="programmeId" value={programmeId} />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <TextField
            id="new-sub-name"
            name="name"
            label={p.subprogrammeName}
            defaultValue={keep(state, "name", "")}
            errors={adminErrors(t, state.errors("name"))}
            required
          />
          <TextField
            id="new-sub-slug"
            name="slug"
            label={p.subprogrammeSlug}
            hint={t.admin.common.slugHint}
            defaultValue={keep(state, "slug", "")}
            errors={adminErrors(t, state.errors("slug"))}
          />
        </div>
        <TextAreaField
          id="new-sub-description"
          name="description"
          label={p.subprogrammeDescription}
          rows={3}
          defaultValue={keep(state, "description", "")}
          errors={adminErrors(t, state.errors("description"))}
        />
        <SubmitButton>{p.addSubprogramme}</SubmitButton>
      </Form>
    </section>
  );
}

export function AreasForm({
  programmeId,
  areaIds,
  options,
  state,
}: {
  programmeId: number;
  areaIds: number[];
  options: { id: number; name: string; kind: keyof ReturnType<typeof useT>["areaKinds"]; depth: number }[];
  state: State;
}) {
  const t = useT();
  const p = t.admin.programmes;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="saveProgrammeAreas" />
      <input type="hidden" name="programmeId" value={programmeId} />
      <CheckboxGroup
        id="programme-areas"
        name="areas"
        legend={p.areasLegend}
        hint={p.areasHint}
        errors={adminErrors(t, state.errors("areas"))}
        selected={state.hasErrors ? state.values("areas") : areaIds.map(String)}
        options={options.map((a) => ({
          value: String(a.id),
          label: `${"– ".repeat(a.depth)}${a.name} (${t.areaKinds[a.kind].toLowerCase()})`,
        }))}
      />
      <SubmitButton>{p.saveAreas}</SubmitButton>
    </Form>
  );
}

