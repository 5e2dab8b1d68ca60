/** The application page's forms: the check, asking for more and the recommendation; a payment and the report's approval. */
import { Form } from "@remix-run/react";
import { amountInput, calendarDay, grantFieldErrors, kroner } from "~/components/grants/format";
import { Button } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { SelectField, SubmitButton, TextAreaField, TextField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import type { formState } from "~/utils/forms";
import { GRANT_OUTCOMES, type GrantOutcome, type GrantReportStatus } from "~/validation/enums";
import type { ApplicationIntent } from "./reply.server";

type StateFor = (...intents: ApplicationIntent[]) => ReturnType<typeof formState>;

/** Per form, field name → the id of its input (the error summary links there). */
export const FIELD_IDS: Record<ApplicationIntent, Record<string, string>> = {
  complete: { isComplete: "check-complete" },
  more: { message: "more-message", until: "more-until" },
  recommend: { recommendation: "recommend-outcome", amount: "recommend-amount", text: "recommend-text" },
  payment: { paidOn: "payment-date", amount: "payment-amount" },
  approve: { feedback: "report-feedback" },
  askMore: { feedback: "report-feedback" },
};

type Assessable = {
  status: string;
  amountAppliedOre: number | null;
  isComplete: boolean | null;
  recommendation: GrantOutcome | null;
  recommendedAmountOre: number | null;
  recommendationText: string | null;
};

/** While the application is submitted (not yet decided or back with the applicant): check, ask for more, recommend. */
export function AssessForms({ formKey, application: a, stateFor }: { formKey: string; application: Assessable; stateFor: StateFor }) {
  const t = useT();
  const p = t.grants.adminPages.application;
  if (a.status !== "submitted") return null;
  const check = stateFor("complete");
  const more = stateFor("more");
  const rec = stateFor("recommend");
  const recSent = rec.hasErrors || rec.formErrors.length > 0;
  return (
    <>
      <Section heading={p.checkHeading} className="mt-10 max-w-2xl">
        <p className="mt-2">{p.checkIntro}</p>
        <Form key={`${formKey}-check`} method="post" noValidate>
          <input type="hidden" name="intent" value="complete" />
          <SelectField
            id={FIELD_IDS.complete.isComplete!}
            name="isComplete"
            label={p.isComplete}
            defaultValue={check.value("isComplete") ?? (a.isComplete === null ? "" : a.isComplete ? "yes" : "no")}
            placeholder={t.grants.adminPages.form.choose}
            errors={grantFieldErrors(t, check.errors("isComplete"))}
            options={[
              { value: "yes", label: p.markComplete },
              { value: "no", label: p.markIncomplete },
            ]}
          />
          <SubmitButton>{p.saveCheck}</SubmitButton>
        </Form>
      </Section>

      <Section heading={p.moreHeading} className="mt-10 max-w-2xl">
        <p className="mt-2">{p.moreIntro}</p>
        <Form key={`${formKey}-more`} method="post" noValidate>
          <input type="hidden" name="intent" value="more" />
          <TextAreaField id="more-message" name="message" label={p.moreMessage} rows={4} defaultValue={more.value("message")} errors={grantFieldErrors(t, more.errors("message"))} />
          <TextField id="more-until" name="until" type="date" label={p.moreUntil} hint={t.grants.adminPages.scheme.dateHint} defaultValue={more.value("until") ?? ""} errors={grantFieldErrors(t, more.errors("until"))} required />
          <SubmitButton>{p.askMore}</SubmitButton>
        </Form>
      </Section>

      <Section heading={p.recommendHeading} className="mt-10 max-w-2xl">
        <p className="mt-2">{p.recommendIntro}</p>
        {a.recommendation ? <p className="mt-2">{p.currentRecommendation(t.grants.outcomes[a.recommendation])}</p> : null}
        <Form key={`${formKey}-recommend`} method="post" noValidate>
          <input type="hidden" name="intent" value="recommend" />
          <SelectField
            id="recommend-outcome"
            name="recommendation"
            label={p.recommendation}
            placeholder={t.grants.adminPages.form.choose}
            defaultValue={recSent ? rec.value("recommendation") : (a.recommendation ?? "")}
            errors={grantFieldErrors(t, rec.errors("recommendation"))}
            options={GRANT_OUTCOMES.map((o) => ({ value: o, label: t.grants.outcomes[o] }))}
          />
          <TextField
            id="recommend-amount"
            name="amount"
            label={p.partialAmount}
            hint={`${t.grants.adminPages.form.amountHint} ${p.applied}: ${kroner(a.amountAppliedOre, t)}.`}
            inputMode="numeric"
            defaultValue={recSent ? rec.value("amount") : a.recommendation === "partly_granted" ? amountInput(a.recommendedAmountOre) : ""}
            errors={grantFieldErrors(t, rec.errors("amount"))}
          />
          <TextAreaField id="recommend-text" name="text" label={p.recommendationText} rows={4} defaultValue={recSent ? rec.value("text") : (a.recommendationText ?? "")} errors={grantFieldErrors(t, rec.errors("text"))} />
          <SubmitButton>{p.saveRecommendation}</SubmitButton>
        </Form>
      </Section>
    </>
  );
}

type FollowUp = {
  outcome: GrantOutcome | null;
  amountGrantedOre: number | null;
  letterSentAt: number | null;
  payments: { id: number; paidOn: string; amountOre: number }[];
  reportStatus: GrantReportStatus | null;
};

/** After a grant's letter: the payments (and a new one) and, once a report is in, approve it or ask for more. */
export function FollowUpForms({ formKey, application: a, today, stateFor }: { formKey: string; application: FollowUp; today: string; stateFor: StateFor }) {
  const t = useT();
  const p = t.grants.adminPages.application;
  if (!a.outcome || a.outcome === "rejected" || a.letterSentAt === null) return null;
  const pay = stateFor("payment");
  // What is left of the grant to pay: the usual next payment.
  const left = Math.max(0, (a.amountGrantedOre ?? 0) - a.payments.reduce((sum, x) => sum + x.amountOre, 0));
  const report = stateFor("approve", "askMore");
  return (
    <>
      <Section heading={p.paymentsHeading} className="mt-10 max-w-2xl">
        {a.payments.length === 0 ? (
          <p className="mt-2">{p.paymentsEmpty}</p>
        ) : (
          <DataTable caption={p.paymentsCaption} captionHidden className="mt-4">
            <thead>
              <tr>
                <Th>{p.paidOn}</Th>
                <Th numeric>{p.paymentAmount}</Th>
              </tr>
            </thead>
            <tbody>
              {a.payments.map((x) => (
                <tr key={x.id}>
                  <Td>{calendarDay(x.paidOn, t)}</Td>
                  <Td numeric>{kroner(x.amountOre, t)}</Td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        <p className="mt-4">{p.paymentIntro}</p>
        <Form key={`${formKey}-payment`} method="post" noValidate>
          <input type="hidden" name="intent" value="payment" />
          <TextField id="payment-date" name="paidOn" type="date" label={p.paidOn} hint={t.grants.adminPages.scheme.dateHint} defaultValue={pay.value("paidOn") ?? today} errors={grantFieldErrors(t, pay.errors("paidOn"))} required />
          <TextField
            id="payment-amount"
            name="amount"
            label={p.paymentAmount}
            hint={t.grants.adminPages.form.amountHint}
            inputMode="numeric"
            defaultValue={pay.value("amount") ?? (left > 0 ? amountInput(left) : "")}
            errors={grantFieldErrors(t, pay.errors("amount"))}
            required
          />
          <SubmitButton>{p.recordPayment}</SubmitButton>
        </Form>
      </Section>
      {a.reportStatus === "submitted" ? (
        <Section heading={p.reportDecideHeading} className="mt-10 max-w-2xl">
          <Form key={`${formKey}-report`} method="post" noValidate>
            <TextAreaField id="report-feedback" name="feedback" label={p.feedback} rows={4} defaultValue={report.value("feedback")} errors={grantFieldErrors(t, report.errors("feedback"))} />
            <div className="mt-6 flex flex-wrap gap-4">
              <Button name="intent" value="approve">
                {p.approveReport}
              </Button>
              <Button name="intent" value="askMore" variant="secondary">
                {p.askMoreReport}
              </Button>
            </div>
          </Form>
        </Section>
      ) : null}
    </>
  );
}
