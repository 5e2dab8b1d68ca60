/**
 * The outcome form for one tiltak on /koordinator/avslutning: what happens to it after the period —
 * continued in ordinary operations or by a partner (an organisation in Laget, or an agency named in
 * words, from a date), or ended with a reason. A plain POST form; after a refusal it shows what was typed.
 */
import { Form, Link } from "@remix-run/react";
import { SelectField, SubmitButton, TextAreaField, TextField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import type { ClosingInitiative } from "~/models/closing/period.server";
import type { formState } from "~/utils/forms";
import { closingErrorText, RECORDED_OUTCOMES } from "~/validation/closing";

/** Field name → input id, for the error summary. */
export const OUTCOME_FIELD_IDS = { outcome: "outcome", organisationId: "outcome-organisation", organisationName: "outcome-organisation-name", fromDate: "outcome-from", reason: "outcome-reason" };

export function OutcomeForm({
  tiltak,
  organisations,
  form,
  backHref,
}: {
  tiltak: ClosingInitiative;
  organisations: { id: number; name: string }[];
  form: ReturnType<typeof formState>;
  backHref: string;
}) {
  const t = useT();
  const f = t.planning.closing.form;
  const saved = tiltak.outcome;
  const errors = (name: string) => form.errors(name)?.map((key) => closingErrorText(t, key));
  // After a refused submission the typed values; else the recorded outcome.
  const value = (name: string, recorded: string) => (form.hasErrors ? (form.value(name) ?? "") : recorded);
  return (
    <Section heading={f.heading(tiltak.title)} id="utfall" className="mt-10 max-w-2xl">
      <p className="mt-2">{f.intro}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="outcome" />
        <input type="hidden" name="initiativeId" value={tiltak.id} />
        <SelectField
          id={OUTCOME_FIELD_IDS.outcome}
          name="outcome"
          label={f.outcome}
          placeholder={f.choose}
          defaultValue={value("outcome", saved && saved.outcome !== "successor" ? saved.outcome : "")}
          errors={errors("outcome")}
          options={RECORDED_OUTCOMES.map((o) => ({ value: o, label: t.places.words.outcomes[o] }))}
        />
        <SelectField
          id={OUTCOME_FIELD_IDS.organisationId}
          name="organisationId"
          label={f.organisation}
          hint={f.organisationHint}
          placeholder={f.noOrganisation}
          defaultValue={value("organisationId", saved?.organisationId ? String(saved.organisationId) : "")}
          errors={errors("organisationId")}
          options={organisations.map((o) => ({ value: String(o.id), label: o.name }))}
        />
        <TextField
          id={OUTCOME_FIELD_IDS.organisationName}
          name="organisationName"
          label={f.organisationName}
          defaultValue={value("organisationName", saved && !saved.organisationId ? saved.organisationName : "")}
          errors={errors("organisationName")}
        />
        <TextField id={OUTCOME_FIELD_IDS.fromDate} name="fromDate" label={f.fromDate} hint={f.fromDateHint} defaultValue={value("fromDate", saved?.fromDate ?? "")} errors={errors("fromDate")} />
        <TextAreaField id={OUTCOME_FIELD_IDS.reason} name="reason" label={f.reason} hint={f.reasonHint} rows={3} defaultValue={value("reason", saved?.reason ?? "")} errors={errors("reason")} />
        <div className="mt-6 flex flex-wrap items-center gap-4">
          <SubmitButton>{f.save}</SubmitButton>
          <Link to={backHref} className="inline-flex min-h-11 items-center">
            {f.cancel}
          </Link>
        </div>
      </Form>
    </Section>
  );
}
