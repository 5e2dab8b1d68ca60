/**
 * /koordinator/avslutning?satsing=<slug>[&omrade=<lift>]: closing a programme's period or one of its
 * area lifts (issue 21). The tiltak with their outcomes, one outcome form at a time (?tiltak=<slug>),
 * and closing in two steps (?bekreft=1 says what will happen). Each intent's handler is beside this
 * file; the rules are the model's (app/models/closing/period.server.ts).
 */
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { CloseSection, ClosingTable } from "~/components/closing/ClosingSections";
import { OUTCOME_FIELD_IDS, OutcomeForm } from "~/components/closing/OutcomeForm";
import { formatInstant } from "~/components/initiatives/format";
import { ProgrammeFilter } from "~/components/coordinator/ProgrammeFilter";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SelectField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { closingBlockers, findClosingInitiative, listClosingInitiatives } from "~/models/closing/period.server";
import { successorBlocker } from "~/models/closing/successor.server";
import { initiativeFormOptions } from "~/models/initiative/management.server";
import { formState, hasErrorOn } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";
import { closingErrorText } from "~/validation/closing";
import { close } from "./close.server";
import { saveOutcome } from "./outcome.server";
import { closingScope } from "./scope.server";

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageMeta(matches, (t) => ({ title: t.planning.closing.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, query, programme, programmes, target, base } = await closingScope(request);
  const tiltak = listClosingInitiatives(programme.id, target.lift?.id ?? null);
  const closedAt = target.lift?.closedAt ?? target.programme.closedAt;
  const chosen = closedAt === null ? orRespond(() => findClosingInitiative(tiltak, query.get("tiltak"))) : null;
  return {
    programmes: programmes.map((p) => ({ slug: p.slug, name: p.name })),
    target,
    base,
    tiltak,
    closedAt,
    blockers: closingBlockers(target, tiltak),
    successorAllowed: !target.lift && successorBlocker(target.programme) === null,
    chosen: chosen && chosen.outcome?.outcome !== "successor" ? chosen : null,
    // The continuing organisation is one of the programme's approved ones (as a tiltak's lead is).
    organisations: chosen ? initiativeFormOptions(actor, [programme]).organisations : [],
    confirming: query.get("bekreft") === "1",
    done: query.get("ok"),
    counts: (query.get("n") ?? "").split("-").map(Number),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor, query, programme, target, base } = await closingScope(request);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "close") return close(actor, formData, base, programme.id, target.lift?.slug ?? null);
  if (intent === "outcome") return saveOutcome(actor, formData, base, query.get("tiltak"));
  return data({ intent: "unknown" as const, result: null, problem: "notFound" as const }, { status: 400 });
}

export default function ClosingPage() {
  const { programmes, target, base, tiltak, closedAt, blockers, successorAllowed, chosen, organisations, confirming, done, counts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const c = t.planning.closing;
  const outcomeForm = formState(actionData?.intent === "outcome" ? actionData.result : undefined);
  const targetName = target.lift ? c.liftTarget(target.lift.name) : c.programmeTarget(target.programme.name);
  const period = target.lift ? c.period(target.lift.startYear ?? target.programme.periodStart, target.lift.endYear) : c.period(target.programme.periodStart, target.programme.periodEnd);
  const doneText =
    done === "outcome" ? c.done.outcome : done === "closed" ? c.done.closed(counts[0] ?? 0, counts[1] ?? 0, counts[2] ?? 0) : done === "successor" && target.programme.successor ? c.done.successor(target.programme.successor.name) : null;
  return (
    <>
      <h1 className="text-3xl font-bold">{c.heading}</h1>
      <ErrorSummary
        form={actionData?.intent === "outcome" ? outcomeForm : undefined}
        fields={OUTCOME_FIELD_IDS}
        translate={(key) => closingErrorText(t, key)}
        problems={[
          actionData?.problem ? (c.problems as Record<string, string>)[actionData.problem] ?? c.problems.notFound : null,
          actionData?.intent === "outcome" && hasErrorOn(actionData.result, ["intent", "initiativeId"]) ? t.validation.formNotProcessed : null,
        ]}
      />
      <p className="mt-2 max-w-prose">{c.intro}</p>
      <ProgrammeFilter programmes={programmes} current={target.programme.slug}>
        <SelectField
          id="omrade"
          name="omrade"
          label={c.liftPicker}
          defaultValue={target.lift?.slug ?? ""}
          options={[{ value: "", label: c.wholeProgramme }, ...target.lifts.map((l) => ({ value: l.slug, label: c.liftOption(l.name) }))]}
        />
      </ProgrammeFilter>
      {doneText && !actionData ? <FormMessage tone="success">{doneText}</FormMessage> : null}

      <h2 className="mt-8 text-2xl font-bold">{targetName}</h2>
      <p className="mt-1">{period}</p>
      {closedAt !== null ? <FormMessage tone="info">{c.closedOn(formatInstant(closedAt, t))}</FormMessage> : null}
      {target.lift && target.programme.closedAt !== null ? <FormMessage tone="info">{c.programmeClosedNotice}</FormMessage> : null}
      {target.programme.successor && !target.lift ? (
        <p className="mt-2">
          {c.successorExists(target.programme.successor.name)} —{" "}
          <Link to={`/koordinator/avslutning?satsing=${encodeURIComponent(target.programme.successor.slug)}`}>{target.programme.successor.name}</Link>
        </p>
      ) : null}

      <ClosingTable tiltak={tiltak} target={targetName} closed={closedAt !== null} hrefFor={(slug) => `${base}&tiltak=${encodeURIComponent(slug)}#utfall`} />

      {chosen ? <OutcomeForm key={chosen.id} tiltak={chosen} organisations={organisations} form={outcomeForm} backHref={`${base}#tiltak-${chosen.slug}`} /> : null}

      {closedAt === null ? <CloseSection blockers={blockers} confirming={confirming} tiltak={tiltak} confirmHref={`${base}&bekreft=1#avslutt`} cancelHref={base} /> : null}

      {successorAllowed ? (
        <p className="mt-10">
          <Link to={`/koordinator/avslutning/etterfolger?satsing=${encodeURIComponent(target.programme.slug)}`} className="inline-flex min-h-11 items-center font-semibold">
            {c.successorLink}
          </Link>
        </p>
      ) : null}
    </>
  );
}
