import type { SubmissionResult } from "@conform-to/react";
import { SelectField, TextAreaField, TextField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT, type Messages } from "~/i18n";
import { BudgetLinesField, EMPTY_BUDGET_ROWS, type BudgetLineValue } from "./apply-budget-lines";
import { amountInput, grantErrorText, kroner } from "~/components/grants/format";

/** The application form's values as text: from the saved draft, or what the person typed on a refused submission. */
export type ApplicationValues = {
  title: string;
  description: string;
  targetGroup: string;
  expectedParticipants: string;
  startDate: string;
  endDate: string;
  areaId: string;
  initiativeId: string;
  amountApplied: string;
  ownShare: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  budgetLines: BudgetLineValue[];
};

const TEXT_KEYS = [
  "title",
  "description",
  "targetGroup",
  "expectedParticipants",
  "startDate",
  "endDate",
  "areaId",
  "initiativeId",
  "amountApplied",
  "ownShare",
  "contactName",
  "contactEmail",
  "contactPhone",
] as const satisfies readonly (keyof ApplicationValues)[];

export const EMPTY_APPLICATION: ApplicationValues = { ...(Object.fromEntries(TEXT_KEYS.map((k) => [k, ""])) as Omit<ApplicationValues, "budgetLines">), budgetLines: [] };

/** Field name → id of its input, in the order the form shows them (the error summary links there). */
export const APPLICATION_FIELD_IDS: Record<string, string> = {
  applicant: "app-applicant",
  title: "app-title",
  description: "app-description",
  targetGroup: "app-targetGroup",
  expectedParticipants: "app-expectedParticipants",
  startDate: "app-startDate",
  endDate: "app-endDate",
  areaId: "app-areaId",
  initiativeId: "app-initiativeId",
  budgetLines: "app-line-0-description",
  ownShare: "app-ownShare",
  amountApplied: "app-amountApplied",
  contactName: "app-contactName",
  contactEmail: "app-contactEmail",
  contactPhone: "app-contactPhone",
};

/**
 * What the person typed, read back from a refused submission's result (conform's initial value,
 * with the budget lines as a nested list), or `saved` when there is no result. Nothing typed is lost.
 */
export function typedValues(result: SubmissionResult<string[]> | undefined | null, saved: ApplicationValues): ApplicationValues {
  if (!result?.initialValue) return saved;
  const initial = result.initialValue as Record<string, unknown>;
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  const lines = Array.isArray(initial.budgetLines) ? initial.budgetLines : [];
  return {
    ...(Object.fromEntries(TEXT_KEYS.map((k) => [k, text(initial[k])])) as Omit<ApplicationValues, "budgetLines">),
    budgetLines: lines.map((l) => {
      const line = (l && typeof l === "object" ? l : {}) as Record<string, unknown>;
      return { description: text(line.description), amount: text(line.amount) };
    }),
  };
}

/** Errors of a refused submission per field name (translated); the budget lines' as `${i}.description`. */
export function applicationErrors(result: SubmissionResult<string[]> | undefined | null, t: Messages) {
  const raw = result?.error ?? {};
  const field = (name: string) => raw[name]?.map((key) => grantErrorText(t, key, t.grants.applyPages.form));
  const lineErrors: Record<string, string[] | undefined> = {};
  for (const [key, value] of Object.entries(raw)) {
    const match = /^budgetLines\[(\d+)\]\.(description|amount)$/.exec(key);
    if (match && value) lineErrors[`${match[1]}.${match[2]}`] = value.map((k) => grantErrorText(t, k, t.grants.applyPages.form));
  }
  return { field, lineErrors };
}

export type ApplicationFormContext = {
  areas: { id: number; name: string }[];
  initiatives: { id: number; title: string }[];
  maxAmountOre: number;
  ownSharePercent: number;
};

/**
 * The application's fields (activity, money, contact person), shared by the new-application page
 * and an application's own page. The buttons are the page's.
 */
export function ApplicationFields({
  values,
  result,
  context,
  extraRows = EMPTY_BUDGET_ROWS,
}: {
  values: ApplicationValues;
  result: SubmissionResult<string[]> | undefined | null;
  context: ApplicationFormContext;
  extraRows?: number;
}) {
  const t = useT();
  const f = t.grants.applyPages.form;
  const { field, lineErrors } = applicationErrors(result, t);
  const budgetErrors = field("budgetLines");
  return (
    <>
      <Section heading={f.activityHeading} className="mt-8">
        <TextField id="app-title" name="title" label={f.title} defaultValue={values.title} errors={field("title")} />
        <TextAreaField id="app-description" name="description" label={f.description} hint={f.descriptionHint} defaultValue={values.description} errors={field("description")} />
        <TextAreaField id="app-targetGroup" name="targetGroup" label={f.targetGroup} rows={2} defaultValue={values.targetGroup} errors={field("targetGroup")} />
        <TextField
          id="app-expectedParticipants"
          name="expectedParticipants"
          label={f.expectedParticipants}
          inputMode="numeric"
          defaultValue={values.expectedParticipants}
          errors={field("expectedParticipants")}
        />
        <TextField id="app-startDate" name="startDate" type="date" label={f.startDate} hint={f.dateHint} defaultValue={values.startDate} errors={field("startDate")} />
        <TextField id="app-endDate" name="endDate" type="date" label={f.endDate} hint={f.dateHint} defaultValue={values.endDate} errors={field("endDate")} />
        <SelectField
          id="app-areaId"
          name="areaId"
          label={f.area}
          placeholder={f.chooseArea}
          options={context.areas.map((a) => ({ value: String(a.id), label: a.name }))}
          defaultValue={values.areaId}
          errors={field("areaId")}
        />
        {context.initiatives.length > 0 ? (
          <SelectField
            id="app-initiativeId"
            name="initiativeId"
            label={f.initiative}
            hint={f.initiativeHint}
            placeholder={f.noInitiative}
            options={context.initiatives.map((i) => ({ value: String(i.id), label: i.title }))}
            defaultValue={values.initiativeId}
            errors={field("initiativeId")}
          />
        ) : null}
      </Section>
      <Section heading={f.moneyHeading} className="mt-8">
        <BudgetLinesField lines={values.budgetLines} extraRows={extraRows} errors={budgetErrors} lineErrors={lineErrors} />
        <TextField id="app-ownShare" name="ownShare" label={f.ownShare} hint={f.ownShareHint(context.ownSharePercent)} defaultValue={values.ownShare} errors={field("ownShare")} />
        <TextField
          id="app-amountApplied"
          name="amountApplied"
          label={f.amountApplied}
          hint={f.amountAppliedHint(kroner(context.maxAmountOre, t))}
          defaultValue={values.amountApplied}
          errors={field("amountApplied")}
        />
      </Section>
      <Section heading={f.contactHeading} className="mt-8">
        <TextField id="app-contactName" name="contactName" label={f.contactName} autoComplete="name" defaultValue={values.contactName} errors={field("contactName")} />
        <TextField id="app-contactEmail" name="contactEmail" type="email" label={f.contactEmail} autoComplete="email" defaultValue={values.contactEmail} errors={field("contactEmail")} />
        <TextField id="app-contactPhone" name="contactPhone" type="tel" label={f.contactPhone} autoComplete="tel" defaultValue={values.contactPhone} errors={field("contactPhone")} />
      </Section>
    </>
  );
}

/** The saved application as the form's starting values (amounts as kroner text). */
export function savedValues(app: {
  title: string;
  description: string;
  targetGroup: string;
  expectedParticipants: number | null;
  startDate: string | null;
  endDate: string | null;
  areaId: number | null;
  initiativeId: number | null;
  amountAppliedOre: number | null;
  ownShareOre: number | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  budgetLines: { description: string; amountOre: number }[];
}): ApplicationValues {
  return {
    title: app.title,
    description: app.description,
    targetGroup: app.targetGroup,
    expectedParticipants: app.expectedParticipants === null ? "" : String(app.expectedParticipants),
    startDate: app.startDate ?? "",
    endDate: app.endDate ?? "",
    areaId: app.areaId === null ? "" : String(app.areaId),
    initiativeId: app.initiativeId === null ? "" : String(app.initiativeId),
    amountApplied: amountInput(app.amountAppliedOre),
    ownShare: amountInput(app.ownShareOre),
    contactName: app.contactName,
    contactEmail: app.contactEmail,
    contactPhone: app.contactPhone,
    budgetLines: app.budgetLines.map((l) => ({ description: l.description, amount: amountInput(l.amountOre) })),
  };
}
