import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { SelectField, TextAreaField, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import type { formState } from "~/utils/forms";
import { MEETING_KINDS } from "~/validation/enums";

type FormState = ReturnType<typeof formState>;
export type ProgrammeChoice = { id: number; name: string; areas: { id: number; name: string; depth: number }[] };

/** The form fields' ids, in the order the page shows them (the error summary links to them). */
export const MEETING_FIELD_IDS = {
  programmeId: "meeting-programme",
  areaId: "meeting-area",
  kind: "meeting-kind",
  title: "meeting-title",
  date: "meeting-date",
  weekday: "meeting-weekday",
  everyWeeks: "meeting-every-weeks",
  fromDate: "meeting-from",
  untilDate: "meeting-until",
  startTime: "meeting-start",
  endTime: "meeting-end",
  placeName: "meeting-place",
  address: "meeting-address",
  digitalUrl: "meeting-url",
  description: "meeting-description",
  languages: "meeting-languages",
} as const;

export type MeetingDefaults = Record<string, string> & { isPublic?: string; stepFree?: string; interpreter?: string };

/**
 * One meeting's or a series' form (/koordinator/moter/ny, /serie, and a meeting's edit form): the
 * same fields but for when it happens. Plain POST, so it works without JavaScript; what was typed
 * comes back from the action on a refusal (`form.value`).
 */
export function MeetingFields({
  form,
  programmes,
  defaults,
  mode,
  intent,
  submitLabel,
}: {
  form: FormState;
  programmes: ProgrammeChoice[];
  defaults: MeetingDefaults;
  mode: "meeting" | "series";
  intent?: string;
  submitLabel: string;
}) {
  const t = useT();
  const f = t.meetingsWork.coordinator.form;
  const ids = MEETING_FIELD_IDS;
  const v = (name: string) => form.value(name, defaults[name] ?? "");
  const checked = (name: "isPublic" | "stepFree" | "interpreter") => (form.hasErrors ? form.value(name) === "on" : defaults[name] === "on");
  const areaOptions = programmes.flatMap((p) =>
    p.areas.map((a) => ({ value: String(a.id), label: `${programmes.length > 1 ? `${p.name}: ` : ""}${"– ".repeat(a.depth)}${a.name}` })),
  );
  return (
    <Form method="post" className="max-w-2xl" noValidate>
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <SelectField
        id={ids.programmeId}
        name="programmeId"
        label={f.programme}
        errors={form.errors("programmeId")}
        defaultValue={v("programmeId")}
        placeholder={programmes.length > 1 ? f.choose : undefined}
        options={programmes.map((p) => ({ value: String(p.id), label: p.name }))}
      />
      <SelectField id={ids.areaId} name="areaId" label={f.area} errors={form.errors("areaId")} defaultValue={v("areaId")} placeholder={f.choose} options={areaOptions} />
      <SelectField
        id={ids.kind}
        name="kind"
        label={f.kind}
        errors={form.errors("kind")}
        defaultValue={v("kind")}
        placeholder={f.choose}
        options={MEETING_KINDS.map((k) => ({ value: k, label: t.meetings.kinds[k] }))}
      />
      <TextField id={ids.title} name="title" label={f.title} errors={form.errors("title")} defaultValue={v("title")} />
      {mode === "meeting" ? (
        <TextField id={ids.date} name="date" label={f.date} hint={f.dateHint} type="date" errors={form.errors("date")} defaultValue={v("date")} />
      ) : (
        <>
          <SelectField
            id={ids.weekday}
            name="weekday"
            label={f.weekday}
            errors={form.errors("weekday")}
            defaultValue={v("weekday")}
            placeholder={f.choose}
            options={t.meetings.weekdays.map((day, i) => ({ value: String(i + 1), label: day }))}
          />
          <SelectField
            id={ids.everyWeeks}
            name="everyWeeks"
            label={f.everyWeeks}
            errors={form.errors("everyWeeks")}
            defaultValue={v("everyWeeks") || "1"}
            options={[1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({ value: String(n), label: f.everyWeeksOption(n) }))}
          />
          <TextField id={ids.fromDate} name="fromDate" label={f.fromDate} hint={f.dateHint} type="date" errors={form.errors("fromDate")} defaultValue={v("fromDate")} />
          <TextField id={ids.untilDate} name="untilDate" label={f.untilDate} hint={f.dateHint} type="date" errors={form.errors("untilDate")} defaultValue={v("untilDate")} />
        </>
      )}
      <div className="flex flex-wrap gap-x-6">
        <TextField id={ids.startTime} name="startTime" label={f.startTime} hint={f.timeHint} errors={form.errors("startTime")} defaultValue={v("startTime")} inputMode="numeric" />
        <TextField id={ids.endTime} name="endTime" label={f.endTime} hint={f.timeHint} errors={form.errors("endTime")} defaultValue={v("endTime")} inputMode="numeric" />
      </div>
      <TextField id={ids.placeName} name="placeName" label={f.placeName} hint={f.placeHint} errors={form.errors("placeName")} defaultValue={v("placeName")} />
      <TextField id={ids.address} name="address" label={f.address} errors={form.errors("address")} defaultValue={v("address")} autoComplete="off" />
      <TextField id={ids.digitalUrl} name="digitalUrl" label={f.digitalUrl} type="url" errors={form.errors("digitalUrl")} defaultValue={v("digitalUrl")} />
      <TextAreaField id={ids.description} name="description" label={f.description} errors={form.errors("description")} defaultValue={v("description")} rows={4} />
      <fieldset className="ds-fieldset mt-5">
        <legend className="ds-label">{f.practical}</legend>
        {(["isPublic", "stepFree", "interpreter"] as const).map((name) => (
          <label key={name} className="flex min-h-11 items-center gap-3 py-1">
            <input className="ds-input" type="checkbox" name={name} defaultChecked={checked(name)} />
            <span>{f[name]}</span>
          </label>
        ))}
      </fieldset>
      <TextField id={ids.languages} name="languages" label={f.languages} hint={f.languagesHint} errors={form.errors("languages")} defaultValue={v("languages")} />
      <Button className="mt-6">{submitLabel}</Button>
    </Form>
  );
}
