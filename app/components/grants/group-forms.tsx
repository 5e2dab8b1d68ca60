/**
 * The group's forms on /bydelsgruppe/:round: the declaration (forvaltningsloven § 6), the meeting,
 * the decision on one application (§ 24) and the reconsideration of an appeal. Plain POST forms
 * with an `intent`; each keeps what was typed when refused (`form.value`), with the errors in words.
 */
import { Form } from "@remix-run/react";
import { CheckboxGroup, SubmitButton, TextAreaField, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { GRANT_OUTCOMES } from "~/validation/enums";
import type { formState } from "~/utils/forms";
import { GroupRadios } from "./group-fields";

type FormState = ReturnType<typeof formState>;
type Errors = (name: string) => string[] | undefined;

/** Field name → input id, per form (the error summary links to them). */
export const declarationFieldIds = (applicationId: number) => ({ conflict: `declare-${applicationId}-conflict`, reason: `declare-${applicationId}-reason` });
export const meetingFieldIds = { heldOn: "meeting-heldOn", place: "meeting-place", present: "meeting-present" };
export const decisionFieldIds = (applicationId: number) => ({
  outcome: `decide-${applicationId}-outcome`,
  amount: `decide-${applicationId}-amount`,
  reason: `decide-${applicationId}-reason`,
  conditions: `decide-${applicationId}-conditions`,
});
export const appealFieldIds = (appealId: number) => ({
  outcome: `appeal-${appealId}-outcome`,
  note: `appeal-${appealId}-note`,
  newOutcome: `appeal-${appealId}-newOutcome`,
  amount: `appeal-${appealId}-amount`,
  reason: `appeal-${appealId}-reason`,
  conditions: `appeal-${appealId}-conditions`,
});

export function DeclarationForm({ applicationId, title, current, form, errors }: { applicationId: number; title: string; current: { hasConflict: boolean; reason: string | null } | null; form: FormState; errors: Errors }) {
  const d = useT().grants.groupPages.declaration;
  const ids = declarationFieldIds(applicationId);
  const selected = form.value("conflict", current ? (current.hasConflict ? "yes" : "no") : undefined);
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="declare" />
      <input type="hidden" name="applicationId" value={applicationId} />
      <GroupRadios
        id={ids.conflict}
        name="conflict"
        legend={d.legend(title)}
        hint={d.hint}
        errors={errors("conflict")}
        selected={selected}
        options={[
          { value: "no", label: d.no },
          { value: "yes", label: d.yes },
        ]}
      />
      <TextAreaField id={ids.reason} name="reason" label={d.reason} hint={d.reasonHint} rows={2} defaultValue={form.value("reason", current?.reason ?? "")} errors={errors("reason")} />
      <SubmitButton>{d.submit}</SubmitButton>
    </Form>
  );
}

export function MeetingForm({ members, form, errors, today }: { members: { userId: number; name: string; role: string }[]; form: FormState; errors: Errors; today: string }) {
  const m = useT().grants.groupPages.meeting;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="meeting" />
      <TextField id={meetingFieldIds.heldOn} name="heldOn" label={m.heldOn} hint={m.heldOnHint} defaultValue={form.value("heldOn", today)} errors={errors("heldOn")} required />
      <TextField id={meetingFieldIds.place} name="place" label={m.place} defaultValue={form.value("place", "")} errors={errors("place")} />
      <CheckboxGroup
        id={meetingFieldIds.present}
        name="present"
        legend={m.presentLegend}
        errors={errors("present")}
        options={members.map((p) => ({ value: String(p.userId), label: p.role === "chair" ? `${p.name} (${m.chair})` : p.name }))}
        selected={form.values("present", members.map((p) => String(p.userId)))}
      />
      <SubmitButton>{m.submit}</SubmitButton>
    </Form>
  );
}

/** The outcome, amount, reason and conditions of a decision: the decision form's, and an upheld appeal's new decision. */
function DecisionFields({ ids, outcomeName, legend, form, errors }: { ids: { outcome: string; amount: string; reason: string; conditions: string }; outcomeName: string; legend: string; form: FormState; errors: Errors }) {
  const t = useT();
  const c = t.grants.groupPages.decide;
  return (
    <>
      <GroupRadios
        id={ids.outcome}
        name={outcomeName}
        legend={legend}
        errors={errors(outcomeName)}
        selected={form.value(outcomeName)}
        options={GRANT_OUTCOMES.map((o) => ({ value: o, label: t.grants.outcomes[o] }))}
      />
      <TextField id={ids.amount} name="amount" label={c.amount} hint={c.amountHint} inputMode="numeric" defaultValue={form.value("amount", "")} errors={errors("amount")} />
      <TextAreaField id={ids.reason} name="reason" label={c.reason} hint={c.reasonHint} rows={3} defaultValue={form.value("reason", "")} errors={errors("reason")} />
      <TextAreaField id={ids.conditions} name="conditions" label={c.conditions} hint={c.conditionsHint} rows={2} defaultValue={form.value("conditions", "")} errors={errors("conditions")} />
    </>
  );
}

export function DecisionForm({ applicationId, meetingId, form, errors }: { applicationId: number; meetingId: number; form: FormState; errors: Errors }) {
  const c = useT().grants.groupPages.decide;
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="decide" />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <DecisionFields ids={decisionFieldIds(applicationId)} outcomeName="outcome" legend={c.outcomeLegend} form={form} errors={errors} />
      <SubmitButton>{c.submit}</SubmitButton>
    </Form>
  );
}

export function AppealForm({ appealId, form, errors }: { appealId: number; form: FormState; errors: Errors }) {
  const a = useT().grants.groupPages.appeals;
  const ids = appealFieldIds(appealId);
  return (
    <Form method="post" noValidate>
      <input type="hidden" name="intent" value="appeal" />
      <input type="hidden" name="appealId" value={appealId} />
      <GroupRadios
        id={ids.outcome}
        name="outcome"
        legend={a.outcomeLegend}
        errors={errors("outcome")}
        selected={form.value("outcome")}
        options={[
          { value: "upheld", label: a.upheld },
          { value: "forwarded", label: a.forwarded },
        ]}
      />
      <TextAreaField id={ids.note} name="note" label={a.note} rows={2} defaultValue={form.value("note", "")} errors={errors("note")} />
      <DecisionFields ids={ids} outcomeName="newOutcome" legend={a.newOutcomeLegend} form={form} errors={errors} />
      <SubmitButton>{a.submit}</SubmitButton>
    </Form>
  );
}
