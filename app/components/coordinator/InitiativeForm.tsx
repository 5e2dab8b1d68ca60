import { Form } from "@remix-run/react";
import { CheckboxGroup, SelectField, SubmitButton, TextAreaField, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { type InitiativeFormOptions } from "~/models/initiative/management.server";
import type { formState } from "~/utils/forms";
import { INITIATIVE_STATUSES, OFFERS, SECTORS } from "~/validation/enums";
import { fieldErrors } from "./field-errors";

/** The tiltak form's fields by name → the id of its input, in its order (the error summary links to them). */
export const INITIATIVE_FIELD_IDS = Object.fromEntries(
  [
    "title",
    "summary",
    "description",
    "programmeId",
    "subprogrammeId",
    "areaId",
    "status",
    "startDate",
    "endDate",
    "leadOrganisationId",
    "soughtSectors",
    "soughtOffers",
  ].map((name) => [name, name]),
);

export type InitiativeDefaults = {
  title: string;
  summary: string;
  description: string;
  programmeId: string;
  subprogrammeId: string;
  areaId: string;
  status: string;
  startDate: string;
  endDate: string;
  leadOrganisationId: string;
  isPublic: boolean;
  soughtSectors: string[];
  soughtOffers: string[];
};

/** The tiltak form (new and edit). Sub-programme and area lists name their programme; the server checks they fit. */
export function InitiativeForm({
  options,
  defaults,
  form,
  submitLabel,
}: {
  options: InitiativeFormOptions;
  defaults: InitiativeDefaults;
  form: ReturnType<typeof formState>;
  submitLabel: string;
}) {
  const t = useT();
  const f = t.coordinator.form;
  const value = (name: keyof InitiativeDefaults) => form.value(name, String(defaults[name] ?? ""));
  const errors = (name: string) => fieldErrors(t, form.errors(name));
  const single = options.programmes.length === 1;
  return (
    <Form method="post" noValidate className="max-w-2xl">
      <input type="hidden" name="intent" value="save" />
      <TextField id="title" name="title" label={f.title} defaultValue={value("title")} errors={errors("title")} required />
      <TextField id="summary" name="summary" label={f.summary} defaultValue={value("summary")} errors={errors("summary")} />
      <TextAreaField id="description" name="description" label={f.description} hint={f.descriptionHint} defaultValue={value("description")} errors={errors("description")} />
      <SelectField id="programmeId" name="programmeId" label={f.programme} defaultValue={value("programmeId")} errors={errors("programmeId")} options={options.programmes.map((p) => ({ value: String(p.id), label: p.name }))} />
      <SelectField
        id="subprogrammeId"
        name="subprogrammeId"
        label={f.subprogramme}
        placeholder={f.choose}
        defaultValue={value("subprogrammeId")}
        errors={errors("subprogrammeId")}
        options={options.programmes.flatMap((p) => p.subprogrammes.map((s) => ({ value: String(s.id), label: single ? s.name : f.areaOption(p.name, s.name) })))}
      />
      <SelectField
        id="areaId"
        name="areaId"
        label={f.area}
        placeholder={f.choose}
        defaultValue={value("areaId")}
        errors={errors("areaId")}
        options={options.programmes.flatMap((p) => p.areas.map((a) => ({ value: String(a.id), label: `${"– ".repeat(a.depth)}${single ? a.name : f.areaOption(p.name, a.name)}` })))}
      />
      <SelectField id="status" name="status" label={f.status} defaultValue={value("status")} errors={errors("status")} options={INITIATIVE_STATUSES.map((s) => ({ value: s, label: t.initiativeStatuses[s] }))} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField id="startDate" name="startDate" type="date" label={f.startDate} hint={f.dateHint} defaultValue={value("startDate")} errors={errors("startDate")} />
        <TextField id="endDate" name="endDate" type="date" label={f.endDate} hint={f.dateHint} defaultValue={value("endDate")} errors={errors("endDate")} />
      </div>
      <SelectField
        id="leadOrganisationId"
        name="leadOrganisationId"
        label={f.lead}
        placeholder={f.noLead}
        defaultValue={value("leadOrganisationId")}
        errors={errors("leadOrganisationId")}
        options={options.organisations.map((o) => ({ value: String(o.id), label: o.name }))}
      />
      <fieldset className="mt-5">
        <legend className="font-semibold">{f.visibility}</legend>
        <label className="flex min-h-11 items-center gap-3">
          <input type="checkbox" name="isPublic" defaultChecked={form.hasErrors ? form.value("isPublic") === "on" : defaults.isPublic} className="h-5 w-5" />
          <span>{f.isPublic}</span>
        </label>
      </fieldset>
      <CheckboxGroup
        id="soughtSectors"
        name="soughtSectors"
        legend={f.soughtSectors}
        errors={errors("soughtSectors")}
        options={SECTORS.map((s) => ({ value: s, label: t.sectors[s] }))}
        selected={form.values("soughtSectors", defaults.soughtSectors)}
      />
      <CheckboxGroup
        id="soughtOffers"
        name="soughtOffers"
        legend={f.soughtOffers}
        errors={errors("soughtOffers")}
        options={OFFERS.map((o) => ({ value: o, label: t.offers[o] }))}
        selected={form.values("soughtOffers", defaults.soughtOffers)}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}
