import { Form } from "@remix-run/react";
import { CheckboxGroup, SelectField, SubmitButton, TextAreaField, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import type { formState } from "~/utils/forms";
import { SECTORS } from "~/validation/enums";
import { grantFieldErrors } from "~/components/grants/format";

export type SchemeFormProgramme = { id: number; name: string; areas: { id: number; name: string; depth: number }[] };

/** What the form starts with: a scheme's saved rules (editing), or nothing (a new scheme). */
export type SchemeDefaults = {
  programmeId: string;
  name: string;
  description: string;
  criteria: string;
  areaIds: string[];
  sectors: string[];
  allowsPrivatePersons: boolean;
  maxAmount: string;
  ownSharePercent: string;
  quorum: string;
  appealBody: string;
  reportDueDays: string;
  isContinuous: boolean;
  decisionWithinDays: string;
};

export const EMPTY_SCHEME: SchemeDefaults = {
  programmeId: "",
  name: "",
  description: "",
  criteria: "",
  areaIds: [],
  sectors: [],
  allowsPrivatePersons: false,
  maxAmount: "",
  ownSharePercent: "0",
  quorum: "",
  appealBody: "",
  reportDueDays: "60",
  isContinuous: false,
  decisionWithinDays: "",
};

/** Field name → input id, in the order the form shows them (for the error summary). */
export const SCHEME_FIELD_IDS = {
  programmeId: "scheme-programme",
  name: "scheme-name",
  description: "scheme-description",
  criteria: "scheme-criteria",
  areaIds: "scheme-areas",
  sectors: "scheme-sectors",
  allowsPrivatePersons: "scheme-private",
  maxAmount: "scheme-max",
  ownSharePercent: "scheme-ownshare",
  quorum: "scheme-quorum",
  appealBody: "scheme-appeal",
  reportDueDays: "scheme-report",
  isContinuous: "scheme-continuous",
  decisionWithinDays: "scheme-within",
} as const;

/**
 * The scheme's rules, for creating one (the programme chosen here; the areas of every programme the
 * person coordinates, grouped, since the page works without JavaScript) and for editing one (the
 * programme fixed, sent as a hidden field). After a refused submission it shows what was typed.
 */
export function SchemeForm({
  programmes,
  fixedProgramme,
  defaults,
  form,
  intent,
  submitLabel,
}: {
  programmes: SchemeFormProgramme[];
  fixedProgramme?: number;
  defaults: SchemeDefaults;
  form: ReturnType<typeof formState>;
  intent: string;
  submitLabel: string;
}) {
  const t = useT();
  const f = t.grants.adminPages.form;
  const sent = form.hasErrors;
  const value = (name: keyof SchemeDefaults) => (sent ? (form.value(name) ?? "") : String(defaults[name]));
  const checked = (name: "allowsPrivatePersons" | "isContinuous") => (sent ? form.value(name) !== undefined : defaults[name]);
  const err = (name: string) => grantFieldErrors(t, form.errors(name));
  const shown = fixedProgramme === undefined ? programmes : programmes.filter((p) => p.id === fixedProgramme);
  const I = SCHEME_FIELD_IDS;
  return (
    <Form method="post" noValidate className="max-w-2xl">
      <input type="hidden" name="intent" value={intent} />
      {fixedProgramme === undefined ? (
        <SelectField
          id={I.programmeId}
          name="programmeId"
          label={f.programme}
          placeholder={programmes.length === 1 ? undefined : f.choose}
          defaultValue={value("programmeId")}
          errors={err("programmeId")}
          options={programmes.map((p) => ({ value: String(p.id), label: p.name }))}
        />
      ) : (
        <input type="hidden" name="programmeId" value={fixedProgramme} />
      )}
      <TextField id={I.name} name="name" label={f.name} hint={fixedProgramme === undefined ? f.nameHint : undefined} defaultValue={value("name")} errors={err("name")} required />
      <TextAreaField id={I.description} name="description" label={f.description} rows={4} defaultValue={value("description")} errors={err("description")} />
      <TextAreaField id={I.criteria} name="criteria" label={f.criteria} hint={f.criteriaHint} rows={6} defaultValue={value("criteria")} errors={err("criteria")} />
      <CheckboxGroup
        id={I.areaIds}
        name="areaIds"
        legend={f.areas}
        errors={err("areaIds")}
        selected={sent ? form.values("areaIds") : defaults.areaIds}
        options={shown.flatMap((p) =>
          p.areas.map((a) => ({ value: String(a.id), label: a.name, group: shown.length > 1 ? p.name : undefined })),
        )}
      />
      <CheckboxGroup
        id={I.sectors}
        name="sectors"
        legend={f.sectors}
        hint={f.sectorsHint}
        errors={err("sectors")}
        selected={sent ? form.values("sectors") : defaults.sectors}
        options={SECTORS.map((s) => ({ value: s, label: t.sectors[s] }))}
      />
      <Checkbox id={I.allowsPrivatePersons} name="allowsPrivatePersons" label={f.allowsPrivatePersons} checked={checked("allowsPrivatePersons")} errors={err("allowsPrivatePersons")} />
      <TextField id={I.maxAmount} name="maxAmount" label={f.maxAmount} hint={f.amountHint} inputMode="numeric" defaultValue={value("maxAmount")} errors={err("maxAmount")} required />
      <TextField id={I.ownSharePercent} name="ownSharePercent" label={f.ownSharePercent} hint={f.ownShareHint} inputMode="numeric" defaultValue={value("ownSharePercent")} errors={err("ownSharePercent")} required />
      <TextField id={I.quorum} name="quorum" label={f.quorum} hint={f.quorumHint} inputMode="numeric" defaultValue={value("quorum")} errors={err("quorum")} />
      <TextField id={I.appealBody} name="appealBody" label={f.appealBody} hint={f.appealBodyHint} defaultValue={value("appealBody")} errors={err("appealBody")} required />
      <TextField id={I.reportDueDays} name="reportDueDays" label={f.reportDueDays} inputMode="numeric" defaultValue={value("reportDueDays")} errors={err("reportDueDays")} required />
      <Checkbox id={I.isContinuous} name="isContinuous" label={f.isContinuous} checked={checked("isContinuous")} errors={err("isContinuous")} />
      <TextField id={I.decisionWithinDays} name="decisionWithinDays" label={f.decisionWithinDays} inputMode="numeric" defaultValue={value("decisionWithinDays")} errors={err("decisionWithinDays")} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </Form>
  );
}

/** One yes/no box with its error above it, as the shared fields show theirs. */
export function Checkbox({ id, name, label, checked, errors, value = "on" }: { id: string; name: string; label: string; checked: boolean; errors?: string[]; value?: string }) {
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="mt-5">
      {errorId ? (
        <p id={errorId} className="ds-validation-message">
          {errors!.join(" ")}
        </p>
      ) : null}
      <label className="flex min-h-11 items-center gap-3 py-1">
        <input id={id} className="ds-input" type="checkbox" name={name} value={value} defaultChecked={checked} aria-invalid={errorId ? true : undefined} aria-describedby={errorId} />
        <span>{label}</span>
      </label>
    </div>
  );
}
