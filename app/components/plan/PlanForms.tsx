/**
 * The coordinator's forms on /koordinator/plan (issue 21): the introduction, a tiltak in the plan (add,
 * change, take out), a budget line (add, change, remove), adoption, a new draft and carrying forward.
 * Plain POST forms with an `intent`, working without JavaScript. After adoption every change form asks
 * why (the reason field); the page gives each form what the person typed when it was refused.
 */
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { Button } from "~/components/ui/Button";
import { SelectField, SubmitButton, TextAreaField, TextField } from "~/components/ui/Field";
import { useT, type Messages } from "~/i18n";
import { amountInput as amountInputOf } from "~/components/grants/format";
import type { PlanItemView, PlanLine } from "~/models/plan/content.server";
import type { formState } from "~/utils/forms";
import { BUDGET_SOURCES } from "~/validation/enums";
import { planErrorText } from "./errors";

export type FormState = ReturnType<typeof formState>;

/** The ids of a form's fields, by field name, for the error summary's links. */
export function fieldIds(intent: string, rowId: number | null): Record<string, string> {
  const p = rowId === null ? intent : `${intent}-${rowId}`;
  const ids = (names: string[]) => Object.fromEntries(names.map((n) => [n, `${p}-${n}`]));
  switch (intent) {
    case "create":
    case "carry":
      return ids(["year"]);
    case "introduction":
      return ids(["introduction", "reason"]);
    case "addItem":
      return ids(["initiativeId", "goalId", "note", "reason"]);
    case "updateItem":
      return ids(["goalId", "position", "note", "reason"]);
    case "removeItem":
    case "removeLine":
      return ids(["reason"]);
    case "addLine":
      return ids(["target", "itemId", "schemeId", "subprogrammeId", "source", "sourceName", "description", "planned", "granted", "spent", "reason"]);
    case "updateLine":
      return ids(["subprogrammeId", "source", "sourceName", "description", "planned", "granted", "spent", "reason"]);
    case "adopt":
      return ids(["adoptedBy", "adoptedOn"]);
    default:
      return {};
  }
}

/** Translated errors of one field. */
const errs = (t: Messages, form: FormState | undefined, name: string) => form?.errors(name)?.map((e) => planErrorText(t, e));

function Hidden({ intent, row }: { intent: string; row?: { name: string; id: number } }) {
  return (
    <>
      <input type="hidden" name="intent" value={intent} />
      {row ? <input type="hidden" name={row.name} value={row.id} /> : null}
    </>
  );
}

/** Why an adopted plan changes: asked on every change form once the plan is adopted. */
function ReasonField({ prefix, adopted, form }: { prefix: string; adopted: boolean; form?: FormState }) {
  const t = useT();
  const p = t.planning.plan;
  if (!adopted) return null;
  return <TextAreaField id={`${prefix}-reason`} name="reason" label={p.reasonLabel} hint={p.reasonHint} rows={2} errors={errs(t, form, "reason")} defaultValue={form?.value("reason")} />;
}

export function IntroductionForm({ introduction, adopted, form }: { introduction: string; adopted: boolean; form?: FormState }) {
  const t = useT();
  const p = t.planning.plan;
  return (
    <Form method="post" noValidate className="max-w-2xl">
      <Hidden intent="introduction" />
      <TextAreaField id="introduction-introduction" name="introduction" label={p.introductionLabel} hint={p.introductionHint} errors={errs(t, form, "introduction")} defaultValue={form?.value("introduction", introduction) ?? introduction} />
      <ReasonField prefix="introduction" adopted={adopted} form={form} />
      <SubmitButton>{p.saveIntroduction}</SubmitButton>
    </Form>
  );
}

/** A goal to choose, numbered as in the plan ("1", "1.2"), in the goals' order. */
export type GoalChoice = { id: number; number: string; title: string };

/** On the add form an empty choice means the sub-goal the tiltak is linked to; "none" is no goal. */
function goalOptions(goals: GoalChoice[], t: Messages, withLinked = false) {
  const p = t.planning.plan;
  return [
    ...(withLinked ? [{ value: "", label: p.linkedGoal }] : []),
    { value: "none", label: p.noGoal },
    ...goals.map((g) => ({ value: String(g.id), label: `${g.number} ${g.title}` })),
  ];
}

export function AddItemForm({ initiatives, goals, adopted, form }: { initiatives: { id: number; title: string }[]; goals: GoalChoice[]; adopted: boolean; form?: FormState }) {
  const t = useT();
  const p = t.planning.plan;
  if (initiatives.length === 0) return <p className="mt-2">{p.allAdded}</p>;
  return (
    <Form method="post" noValidate className="max-w-2xl">
      <Hidden intent="addItem" />
      <SelectField id="addItem-initiativeId" name="initiativeId" label={p.initiativeLabel} errors={errs(t, form, "initiativeId")} defaultValue={form?.value("initiativeId")} options={initiatives.map((i) => ({ value: String(i.id), label: i.title }))} />
      <SelectField id="addItem-goalId" name="goalId" label={p.goalLabel} errors={errs(t, form, "goalId")} defaultValue={form?.value("goalId")} options={goalOptions(goals, t, true)} />
      <TextAreaField id="addItem-note" name="note" label={p.noteLabel} rows={3} errors={errs(t, form, "note")} defaultValue={form?.value("note")} />
      <ReasonField prefix="addItem" adopted={adopted} form={form} />
      <SubmitButton>{p.addItem}</SubmitButton>
    </Form>
  );
}

/** One tiltak in the plan: its goal, place and note, and taking it out. */
export function ItemForms({ item, goals, adopted, form, removeForm }: { item: PlanItemView; goals: GoalChoice[]; adopted: boolean; form?: FormState; removeForm?: FormState }) {
  const t = useT();
  const p = t.planning.plan;
  const id = `updateItem-${item.id}`;
  const title = `${item.number} ${item.title ?? ""}`;
  return (
    <Disclosure summary={p.changeItem(title)} open={!!form || !!removeForm}>
      <Form method="post" noValidate>
        <Hidden intent="updateItem" row={{ name: "itemId", id: item.id }} />
        <SelectField id={`${id}-goalId`} name="goalId" label={p.goalLabel} errors={errs(t, form, "goalId")} defaultValue={form?.value("goalId") ?? (item.goalId === null ? "none" : String(item.goalId))} options={goalOptions(goals, t)} />
        <TextField id={`${id}-position`} name="position" label={p.positionLabel} inputMode="numeric" errors={errs(t, form, "position")} defaultValue={form?.value("position") ?? String(item.position)} />
        <TextAreaField id={`${id}-note`} name="note" label={p.noteLabel} rows={3} errors={errs(t, form, "note")} defaultValue={form?.value("note") ?? item.note} />
        <ReasonField prefix={id} adopted={adopted} form={form} />
        <SubmitButton>{p.saveItem}</SubmitButton>
      </Form>
      <Form method="post" noValidate className="mt-6 border-t border-brand-100 pt-4">
        <Hidden intent="removeItem" row={{ name: "itemId", id: item.id }} />
        <ReasonField prefix={`removeItem-${item.id}`} adopted={adopted} form={removeForm} />
        <Button variant="secondary" className="mt-4">
          {p.removeItem(title)}
        </Button>
      </Form>
    </Disclosure>
  );
}

function Disclosure({ summary, open, children }: { summary: string; open: boolean; children: ReactNode }) {
  return (
    <details open={open} className="mt-2 rounded border border-brand-100 p-3">
      <summary className="min-h-11 cursor-pointer py-2 font-semibold">{summary}</summary>
      {children}
    </details>
  );
}

type Sub = { id: number; name: string };

/** The fields a line has whatever it is for. */
function LineFields({ prefix, subprogrammes, line, form, withSubprogramme }: { prefix: string; subprogrammes: Sub[]; line?: PlanLine; form?: FormState; withSubprogramme: boolean }) {
  const t = useT();
  const p = t.planning.plan;
  const value = (name: string, fallback: string) => form?.value(name) ?? fallback;
  return (
    <>
      {withSubprogramme ? (
        <SelectField
          id={`${prefix}-subprogrammeId`}
          name="subprogrammeId"
          label={p.subprogrammeLabel}
          hint={p.subprogrammeHint}
          errors={errs(t, form, "subprogrammeId")}
          defaultValue={value("subprogrammeId", line?.subprogrammeId ? String(line.subprogrammeId) : "")}
          options={[{ value: "", label: p.noSubprogramme }, ...subprogrammes.map((s) => ({ value: String(s.id), label: s.name }))]}
        />
      ) : null}
      <SelectField id={`${prefix}-source`} name="source" label={p.sourceLabel} errors={errs(t, form, "source")} defaultValue={value("source", line?.source ?? "state")} options={BUDGET_SOURCES.map((s) => ({ value: s, label: t.places.words.budgetSources[s] }))} />
      <TextField id={`${prefix}-sourceName`} name="sourceName" label={p.sourceNameLabel} hint={p.sourceNameHint} errors={errs(t, form, "sourceName")} defaultValue={value("sourceName", line?.sourceName ?? "")} />
      <TextField id={`${prefix}-description`} name="description" label={p.descriptionLabel} errors={errs(t, form, "description")} defaultValue={value("description", line?.description ?? "")} />
      <TextField id={`${prefix}-planned`} name="planned" label={p.plannedLabel} hint={p.amountHint} inputMode="text" errors={errs(t, form, "planned")} defaultValue={value("planned", amountInputOf(line?.plannedOre))} />
      <TextField id={`${prefix}-granted`} name="granted" label={p.grantedLabel} hint={p.optionalAmountHint} errors={errs(t, form, "granted")} defaultValue={value("granted", amountInputOf(line?.grantedOre))} />
      <TextField id={`${prefix}-spent`} name="spent" label={p.spentLabel} hint={p.optionalAmountHint} errors={errs(t, form, "spent")} defaultValue={value("spent", amountInputOf(line?.spentOre))} />
    </>
  );
}

export function AddLineForm({
  items,
  schemes,
  subprogrammes,
  adopted,
  form,
}: {
  items: PlanItemView[];
  schemes: { id: number; name: string }[];
  subprogrammes: Sub[];
  adopted: boolean;
  form?: FormState;
}) {
  const t = useT();
  const p = t.planning.plan;
  return (
    <Form method="post" noValidate className="max-w-2xl">
      <Hidden intent="addLine" />
      <SelectField id="addLine-target" name="target" label={p.targetLabel} errors={errs(t, form, "target")} defaultValue={form?.value("target") ?? "item"} options={(["item", "scheme", "programme"] as const).map((v) => ({ value: v, label: p.targets[v] }))} />
      <SelectField id="addLine-itemId" name="itemId" label={p.itemLabel} errors={errs(t, form, "itemId")} defaultValue={form?.value("itemId")} options={[{ value: "", label: "–" }, ...items.map((i) => ({ value: String(i.id), label: `${i.number} ${i.title ?? ""}` }))]} />
      {schemes.length > 0 ? (
        <SelectField id="addLine-schemeId" name="schemeId" label={p.schemeLabel} errors={errs(t, form, "schemeId")} defaultValue={form?.value("schemeId")} options={[{ value: "", label: "–" }, ...schemes.map((s) => ({ value: String(s.id), label: s.name }))]} />
      ) : (
        <p className="mt-5">{p.noSchemes}</p>
      )}
      <LineFields prefix="addLine" subprogrammes={subprogrammes} form={form} withSubprogramme />
      <ReasonField prefix="addLine" adopted={adopted} form={form} />
      <SubmitButton>{p.addLine}</SubmitButton>
    </Form>
  );
}

export function LineForms({ line, n, what, subprogrammes, adopted, form, removeForm }: { line: PlanLine; n: number; what: string; subprogrammes: Sub[]; adopted: boolean; form?: FormState; removeForm?: FormState }) {
  const t = useT();
  const p = t.planning.plan;
  const prefix = `updateLine-${line.id}`;
  return (
    <Disclosure summary={p.lineHeading(n, what)} open={!!form || !!removeForm}>
      <Form method="post" noValidate>
        <Hidden intent="updateLine" row={{ name: "lineId", id: line.id }} />
        <LineFields prefix={prefix} subprogrammes={subprogrammes} line={line} form={form} withSubprogramme={line.target !== "item"} />
        <ReasonField prefix={prefix} adopted={adopted} form={form} />
        <SubmitButton>{p.saveLine}</SubmitButton>
      </Form>
      <Form method="post" noValidate className="mt-6 border-t border-brand-100 pt-4">
        <Hidden intent="removeLine" row={{ name: "lineId", id: line.id }} />
        <ReasonField prefix={`removeLine-${line.id}`} adopted={adopted} form={removeForm} />
        <Button variant="secondary" className="mt-4">
          {p.removeLine}
        </Button>
      </Form>
    </Disclosure>
  );
}

export function AdoptForm({ form }: { form?: FormState }) {
  const t = useT();
  const p = t.planning.plan;
  return (
    <Form method="post" noValidate className="max-w-2xl">
      <Hidden intent="adopt" />
      <p className="mt-2">{p.adoptHint}</p>
      <TextField id="adopt-adoptedBy" name="adoptedBy" label={p.adoptedByLabel} hint={p.adoptedByHint} errors={errs(t, form, "adoptedBy")} defaultValue={form?.value("adoptedBy")} />
      <TextField id="adopt-adoptedOn" name="adoptedOn" type="date" label={p.adoptedOnLabel} hint={p.adoptedOnHint} errors={errs(t, form, "adoptedOn")} defaultValue={form?.value("adoptedOn")} />
      <SubmitButton>{p.adopt}</SubmitButton>
    </Form>
  );
}

/** A new draft for a year (the page's, or another typed), or the next year's carried forward. */
export function YearForm({ intent, year, label, submit, hint, form }: { intent: "create" | "carry"; year: number; label: string; submit: string; hint?: string; form?: FormState }) {
  const t = useT();
  return (
    <Form method="post" noValidate className="max-w-md">
      <Hidden intent={intent} />
      {hint ? <p className="mt-2">{hint}</p> : null}
      <TextField id={`${intent}-year`} name="year" label={label} inputMode="numeric" errors={errs(t, form, "year")} defaultValue={form?.value("year") ?? String(year)} />
      <SubmitButton>{submit}</SubmitButton>
    </Form>
  );
}
