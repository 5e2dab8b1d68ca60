/**
 * One application on /bydelsgruppe/:round: what everyone in the group sees (title, applicant, area,
 * amount, status), the person's declaration (or the form for it), the recommendation only after "no
 * conflict", the decision, and for the recorder the checklist and the decision form.
 */
import { Link } from "@remix-run/react";
import { FormMessage } from "~/components/ui/Field";
import { useT } from "~/i18n";
import type { GroupRound } from "~/models/grant/round.server";
import type { formState } from "~/utils/forms";
import { DecisionForm, DeclarationForm } from "./group-forms";
import { applicantName, kroner } from "~/components/grants/format";

type Application = GroupRound["applications"][number];
type FormState = ReturnType<typeof formState>;
type Errors = (name: string) => string[] | undefined;

export function GroupApplication({
  roundId,
  application: a,
  isMember,
  canRecord,
  meetingId,
  lettersSent,
  quorumNeeded,
  declareForm,
  decideForm,
  errors,
  refusal,
}: {
  roundId: number;
  application: Application;
  isMember: boolean;
  canRecord: boolean;
  meetingId: number | null;
  lettersSent: boolean;
  quorumNeeded: number;
  declareForm: FormState;
  decideForm: FormState;
  errors: { declare: Errors; decide: Errors };
  /** A refusal's words for one of this application's forms, shown next to that form. */
  refusal: { intent: "declare" | "decide"; text: string } | null;
}) {
  const t = useT();
  const g = t.grants.groupPages;
  const r = g.round;
  const undecided = !a.decision && a.status === "submitted";
  return (
    <section aria-labelledby={`soknad-${a.id}`} className="mt-6 rounded border border-gray-300 p-4">
      <h3 id={`soknad-${a.id}`} tabIndex={-1} className="text-xl font-bold">
        {a.title}
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{r.applicant}</dt>
        <dd>{applicantName(a.applicant, t)}</dd>
        <dt className="font-semibold">{r.area}</dt>
        <dd>{a.areaName ?? t.grants.none}</dd>
        <dt className="font-semibold">{r.applied}</dt>
        <dd>{kroner(a.amountAppliedOre, t)}</dd>
        <dt className="font-semibold">{r.status}</dt>
        <dd>{t.grants.applicationStatuses[a.status]}</dd>
      </dl>

      {isMember ? (
        <div className="mt-4">
          <h4 className="font-semibold">{r.yourDeclaration}</h4>
          {a.declaration ? (
            <p className="mt-1">{a.declaration.hasConflict ? r.declaredConflict(a.declaration.reason ?? "") : r.declaredNoConflict}</p>
          ) : (
            <p className="mt-1">{r.notDeclaredYet}</p>
          )}
          {a.declaration?.hasConflict ? <p className="mt-1">{r.conflictExplained}</p> : null}
          {refusal?.intent === "declare" ? <FormMessage>{refusal.text}</FormMessage> : null}
          {undecided && a.declaration ? (
            <details className="mt-2" open={declareForm.hasErrors || undefined}>
              <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-800">{r.changeDeclaration}</summary>
              <DeclarationForm applicationId={a.id} title={a.title} current={a.declaration} form={declareForm} errors={errors.declare} />
            </details>
          ) : null}
          {undecided && !a.declaration ? <DeclarationForm applicationId={a.id} title={a.title} current={null} form={declareForm} errors={errors.declare} /> : null}
        </div>
      ) : null}

      {a.canSee ? (
        <div className="mt-4">
          <h4 className="font-semibold">{r.recommendation}</h4>
          {a.assessment ? (
            <>
              <p className="mt-1">
                {t.grants.outcomes[a.assessment.recommendation]}
                {a.assessment.recommendation !== "rejected" ? ` – ${r.recommendedAmount(kroner(a.assessment.amountOre, t))}` : ""}
              </p>
              {a.assessment.text ? <p className="mt-1 whitespace-pre-line">{a.assessment.text}</p> : null}
            </>
          ) : (
            <p className="mt-1">{r.noRecommendation}</p>
          )}
          <p className="mt-2">
            <Link to={`/bydelsgruppe/${roundId}/soknad/${a.id}`}>{r.readApplication(a.title)}</Link>
          </p>
        </div>
      ) : null}

      {a.decision ? (
        <div className="mt-4">
          <h4 className="font-semibold">{r.decision}</h4>
          <p className="mt-1">
            {t.grants.outcomes[a.decision.outcome]}
            {a.decision.outcome !== "rejected" ? ` – ${r.amountGranted(kroner(a.decision.amountGrantedOre, t))}` : ""}
          </p>
          {a.decision.reason ? <p className="mt-1 whitespace-pre-line">{r.decisionReason(a.decision.reason)}</p> : null}
        </div>
      ) : null}

      {canRecord && undecided && !lettersSent ? (
        <div className="mt-4 border-t border-gray-300 pt-4">
          <h4 className="font-semibold">{g.decide.heading(a.title)}</h4>
          {meetingId === null || !a.meetingCheck ? (
            <p className="mt-1">{g.decide.needsMeeting}</p>
          ) : (
            <>
              <ul className="mt-1 list-disc pl-6">
                {a.meetingCheck.undeclared.length ? <li>{g.decide.undeclared(a.meetingCheck.undeclared.join(", "))}</li> : null}
                {a.meetingCheck.steppedAside.length ? <li>{g.decide.steppedAside(a.meetingCheck.steppedAside.join(", "))}</li> : null}
                <li>{g.decide.quorum(a.meetingCheck.voting, quorumNeeded)}</li>
              </ul>
              {refusal?.intent === "decide" ? (
                <FormMessage>
                  {g.decide.refused} {refusal.text}
                </FormMessage>
              ) : null}
              <DecisionForm applicationId={a.id} meetingId={meetingId} form={decideForm} errors={errors.decide} />
            </>
          )}
        </div>
      ) : null}
    </section>
  );
}
