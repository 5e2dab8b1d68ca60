/**
 * /koordinator/tilskudd/:slug/:round: a round as its administrator works on it — every submitted
 * application with its check, recommendation, decision and the overdue-report flag (each opens in
 * full on its own page, where it is checked and recommended); releasing the round to the group after
 * the deadline; sending the decision letters; and the follow-up of the grants (payments, reports).
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { calendarDay, grantErrorText, kroner, osloDateTime } from "~/components/grants/format";
import { RoundApplications, RoundFollowUp } from "~/components/grants/admin-RoundTables";
import { Button } from "~/components/ui/Button";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import { getRoundForAdministrator, roundForAdministrator } from "~/models/grant/round.server";
import { sendDecisionLetters } from "~/models/grant/decision.server";
import { listFollowUp } from "~/models/grant/report.server";
import { releaseRound } from "~/models/grant/scheme.server";
import { requireStaff } from "~/services/actor.server";
import { deliverPendingMail } from "~/services/mail.server";
import type { Actor } from "~/services/permissions";
import { now } from "~/utils/clock.server";
import { readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRefusal, orRespond } from "~/utils/refusal.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) =>
  pageMeta(matches, (t) => ({ title: t.grants.adminPages.round.title(d?.round.name ?? "", d?.round.schemeName ?? "") }));

async function scopedRound(request: Request, params: { slug?: string; round?: string }): Promise<{ actor: Actor; roundId: number; base: string }> {
  const actor = await requireStaff(request);
  const round = orRespond(() => roundForAdministrator(actor, params.slug ?? "", params.round ?? ""));
  return { actor, roundId: round.id, base: `/koordinator/tilskudd/${round.schemeSlug}/${round.slug}` };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, roundId, base } = await scopedRound(request, params);
  const { round, applications } = orRespond(() => getRoundForAdministrator(actor, roundId));
  const url = new URL(request.url);
  const at = now();
  return {
    base,
    round: {
      name: round.name,
      schemeName: round.schemeName,
      schemeSlug: round.schemeSlug,
      isContinuous: round.isContinuous,
      deadlineAt: round.deadlineAt?.getTime() ?? null,
      plannedDecisionDate: round.plannedDecisionDate,
      budgetOre: round.budgetOre,
      releasedAt: round.releasedAt?.getTime() ?? null,
      lettersSentAt: round.lettersSentAt?.getTime() ?? null,
      closed: round.isContinuous || (round.deadlineAt !== null && round.deadlineAt.getTime() <= at),
    },
    applications: applications.map((a) => ({ ...a, submittedAt: a.submittedAt?.getTime() ?? null })),
    followUp: orRespond(() => listFollowUp(actor, roundId)),
    ok: url.searchParams.get("ok"),
    letters: Number(url.searchParams.get("brev") ?? 0) || 0,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, roundId, base } = await scopedRound(request, params);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "release") {
    const outcome = orRefusal(() => releaseRound(actor, roundId));
    if (!outcome.ok) return data({ intent, problem: outcome.reason }, { status: outcome.status });
    return redirect(`${base}?ok=release`);
  }
  if (intent === "sendLetters") {
    const outcome = orRefusal(() => sendDecisionLetters(actor, roundId));
    if (!outcome.ok) return data({ intent, problem: outcome.reason }, { status: outcome.status });
    void deliverPendingMail();
    return redirect(`${base}?ok=letters&brev=${outcome.value}`);
  }
  throw new Response("Ukjent handling", { status: 400, statusText: "Bad Request" });
}

export default function GrantRound() {
  const { base, round, applications, followUp, ok, letters } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const r = t.grants.adminPages.round;
  const okText = ok === "release" ? r.done.release : ok === "letters" ? r.done.letters(letters) : ok === "updated" ? t.grants.adminPages.editRound.updated : null;
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{r.heading(round.name)}</h1>
      <ErrorSummary problems={[actionData?.problem ? grantErrorText(t, actionData.problem) : null]} />
      <p className="mt-1 text-gray-700">{r.facts(round.schemeName)}</p>
      {okText && !actionData ? <FormMessage tone="success">{okText}</FormMessage> : null}
      <ul className="mt-2 space-y-1">
        <li>{round.deadlineAt === null ? r.noDeadline : r.deadline(osloDateTime(round.deadlineAt, t))}</li>
        <li>{r.budget(kroner(round.budgetOre, t))}</li>
        {round.plannedDecisionDate ? <li>{r.plannedDecision(calendarDay(round.plannedDecisionDate, t))}</li> : null}
      </ul>
      {round.releasedAt === null ? (
        <p className="mt-2">
          <Link to={`${base}/endre`} className="inline-flex min-h-11 items-center">
            {t.grants.adminPages.editRound.link}
          </Link>
        </p>
      ) : null}
      <p className="mt-4">
        <Link to={`/koordinator/tilskudd/${round.schemeSlug}`} className="inline-flex min-h-11 items-center">
          {r.back(round.schemeName)}
        </Link>
      </p>

      <Section heading={r.applicationsHeading}>
        <RoundApplications base={base} applications={applications} />
      </Section>

      <Section heading={r.releaseHeading} className="mt-10 max-w-2xl">
        {round.releasedAt !== null ? (
          <p className="mt-2">{r.released(osloDateTime(round.releasedAt, t))}</p>
        ) : (
          <>
            <p className="mt-2">{r.releaseIntro}</p>
            {round.closed ? null : <p className="mt-2">{r.releaseBeforeDeadline}</p>}
            <Form method="post" className="mt-4">
              <input type="hidden" name="intent" value="release" />
              <Button>{r.release}</Button>
            </Form>
          </>
        )}
      </Section>

      {round.releasedAt !== null ? (
        <Section heading={r.lettersHeading} className="mt-10 max-w-2xl">
          {round.lettersSentAt !== null && !round.isContinuous ? (
            <p className="mt-2">{r.lettersSent(osloDateTime(round.lettersSentAt, t))}</p>
          ) : (
            <>
              <p className="mt-2">{r.lettersIntro}</p>
              <Form method="post" className="mt-4">
                <input type="hidden" name="intent" value="sendLetters" />
                <Button>{r.sendLetters}</Button>
              </Form>
            </>
          )}
        </Section>
      ) : null}

      <Section heading={r.followUpHeading}>
        <RoundFollowUp base={base} rows={followUp} />
      </Section>
    </>
  );
}
