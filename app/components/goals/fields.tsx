/**
 * The fields of the goal pages' forms (/koordinator/mal…): a goal's and an indicator's. Each form
 * shows again what the person typed after a refusal (formState), with the error next to its field
 * in the page's words (goalsErrorText).
 */
import { SelectField, TextAreaField, TextField } from "~/components/ui/Field";
import { useT, type Messages } from "~/i18n";
import type { formState } from "~/utils/forms";
import { goalsErrorText } from "~/validation/goals";

type Form = ReturnType<typeof formState>;

/** Translated errors for a field of the goal forms. */
export function goalErrors(t: Messages, errors: string[] | undefined): string[] | undefined {
  return errors?.map((e) => goalsErrorText(t, e));
}

/** Per field name, its input's id (the error summary links there); `prefix` keeps ids unique on a page with several forms. */
export const goalFieldIds = (prefix: string) => ({
  title: `${prefix}-title`,
  description: `${prefix}-description`,
  parentId: `${prefix}-parent`,
  subprogrammeId: `${prefix}-subprogramme`,
  areaId: `${prefix}-area`,
});

export function GoalFields({
  prefix,
  form,
  defaults,
  subprogrammes,
  areas,
  parents,
}: {
  prefix: string;
  form: Form;
  defaults: { title: string; description: string; parentId?: string; subprogrammeId: string; areaId: string };
  subprogrammes: { id: number; name: string }[];
  areas: { id: number; name: string; depth: number }[];
  /** The main goals a new goal may go under; omitted when the goal's place is fixed (editing). */
  parents?: { id: number; number: string; title: string }[];
}) {
  const t = useT();
  const g = t.planning.goals;
  const ids = goalFieldIds(prefix);
  const err = (name: string) => goalErrors(t, form.errors(name));
  return (
    <>
      <TextField id={ids.title} name="title" label={g.titleLabel} defaultValue={form.value("title", defaults.title)} errors={err("title")} required />
      <TextAreaField id={ids.description} name="description" label={g.descriptionLabel} rows={3} defaultValue={form.value("description", defaults.description)} errors={err("description")} />
      {parents ? (
        <SelectField
          id={ids.parentId}
          name="parentId"
          label={g.parentLabel}
          placeholder={g.parentMain}
          defaultValue={form.value("parentId", defaults.parentId ?? "")}
          errors={err("parentId")}
          // Short options: a select is as wide as its longest one, and a main goal's title can be a sentence.
          options={parents.map((p) => ({ value: String(p.id), label: g.parentUnder(p.number, p.title.length > 48 ? `${p.title.slice(0, 46)}…` : p.title) }))}
        />
      ) : null}
      <SelectField
        id={ids.subprogrammeId}
        name="subprogrammeId"
        label={g.subprogrammeLabel}
        placeholder={g.wholeProgramme}
        defaultValue={form.value("subprogrammeId", defaults.subprogrammeId)}
        errors={err("subprogrammeId")}
        options={subprogrammes.map((s) => ({ value: String(s.id), label: s.name }))}
      />
      <SelectField
        id={ids.areaId}
        name="areaId"
        label={g.areaLabel}
        placeholder={g.allAreas}
        defaultValue={form.value("areaId", defaults.areaId)}
        errors={err("areaId")}
        options={areas.map((a) => ({ value: String(a.id), label: `${"– ".repeat(a.depth)}${a.name}` }))}
      />
    </>
  );
}

export const indicatorFieldIds = (prefix: string) => ({
  name: `${prefix}-name`,
  unit: `${prefix}-unit`,
  source: `${prefix}-source`,
  baselineYear: `${prefix}-baselineYear`,
  baselineValue: `${prefix}-baselineValue`,
  targetYear: `${prefix}-targetYear`,
  targetValue: `${prefix}-targetValue`,
});

export type IndicatorDefaults = Record<keyof ReturnType<typeof indicatorFieldIds>, string>;

export function IndicatorFields({ prefix, form, defaults }: { prefix: string; form: Form; defaults: IndicatorDefaults }) {
  const t = useT();
  const g = t.planning.goals.goal;
  const ids = indicatorFieldIds(prefix);
  const field = (name: keyof IndicatorDefaults) => ({ id: ids[name], name, defaultValue: form.value(name, defaults[name]), errors: goalErrors(t, form.errors(name)) });
  return (
    <>
      <TextField {...field("name")} label={g.nameLabel} hint={g.nameHint} required />
      <TextField {...field("unit")} label={g.unitLabel} hint={g.unitHint} />
      <TextField {...field("source")} label={g.sourceLabel} hint={g.sourceHint} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField {...field("baselineYear")} label={g.baselineYearLabel} inputMode="numeric" required />
        <TextField {...field("baselineValue")} label={g.baselineValueLabel} hint={g.decimalHint} inputMode="text" required />
        <TextField {...field("targetYear")} label={g.targetYearLabel} inputMode="numeric" />
        <TextField {...field("targetValue")} label={g.targetValueLabel} hint={g.decimalHint} inputMode="text" />
      </div>
    </>
  );
}
