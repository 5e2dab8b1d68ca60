/**
 * /koordinator/mal/:id: one goal as its coordinator works on it (issue 21) — the goal's own fields,
 * its indicators (each a chart with its table, a year's value to add or change, the values to
 * remove, the indicator to change or delete), a new indicator, and for a sub-goal the tiltak linked
 * to it. One action switching on `intent` (./actions.server.ts). A closed programme's goal is shown
 * without forms. 404 for an unknown goal, 403 for another programme's.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { GoalFields, goalFieldIds, indicatorFieldIds, IndicatorFields } from "~/components/goals/fields";
import { IndicatorCard, valueFieldIds } from "~/components/goals/IndicatorCard";
import { Button } from "~/components/ui/Button";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import type { GoalProblem } from "~/models/goal/shared.server";
import { getGoalForCoordinator } from "~/models/goal/structure.server";
import { pickProgramme } from "~/models/programme.server";
import { requireStaff } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";
import { goalsErrorText } from "~/validation/goals";
import { DONE, goalAction, type Done } from "./actions.server";
import { GoalTiltak } from "./GoalTiltak";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) =>
  pageMeta(matches, (t) => ({ title: d ? t.planning.goals.goal.title(d.goal.number, d.goal.title) : t.planning.goals.nav }));

async function scoped(request: Request, id: string | undefined) {
  const actor = await requireStaff(request);
  const goalId = /^\d{1,15}$/.test(id ?? "") ? Number(id) : null;
  if (goalId === null) throw new Response(null, { status: 404 });
  const page = orRespond(() => getGoalForCoordinator(actor, goalId));
  return { actor, goalId, page };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, page } = await scoped(request, params.id);
  const ok = new URL(request.url).searchParams.get("ok");
  // The programme's sub-programmes and areas for the goal's form: the coordinator's programmes carry them (one query).
  const { programme } = orRespond(() => pickProgramme(actor, page.programme.slug));
  return {
    ...page,
    subprogrammes: programme.subprogrammes,
    areas: programme.areas,
    done: (DONE as readonly string[]).includes(ok ?? "") ? (ok as Done) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, goalId } = await scoped(request, params.id);
  return goalAction(actor, goalId, await readFormData(request));
}

export default function GoalPage() {
  const { programme, goal, isMain, parent, subGoals, linkable, subprogrammes, areas, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const formKey = useLocation().key;
  const t = useT();
  const g = t.planning.goals;
  const p = g.goal;
  const stateOf = (intent: string, key = "") => formState(actionData?.intent === intent && actionData.key === key ? actionData.result : undefined);
  const indicatorKey = actionData?.key ? Number(actionData.key) : 0;
  const summaryFields: Record<string, Record<string, string>> = {
    save: goalFieldIds("goal"),
    addIndicator: indicatorFieldIds("new-indicator"),
    saveIndicator: indicatorFieldIds(`indicator-${indicatorKey}`),
    value: valueFieldIds(indicatorKey),
    link: { initiativeId: "link-initiative" },
  };
  const closed = programme.closed;
  return (
    <>
      <p>
        <Link to={`/koordinator/mal?satsing=${programme.slug}`} className="inline-flex min-h-11 items-center">
          {p.back}
        </Link>
      </p>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{p.title(goal.number, goal.title)}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData ? (summaryFields[actionData.intent] ?? {}) : {}}
        translate={(key) => goalsErrorText(t, key)}
        problems={[actionData?.problem ? g.problems[actionData.problem as GoalProblem] : null]}
      />
      {done && !actionData ? <FormMessage tone="success">{g.done[done]}</FormMessage> : null}
      <p className="mt-2 text-gray-700">
        {programme.name} · {parent ? p.subGoalOf(parent.number, parent.title) : p.mainGoal}
        {goal.subprogramme || goal.area ? ` · ${p.narrowedTo([goal.subprogramme?.name, goal.area?.name].filter(Boolean).join(", "))}` : ""}
      </p>
      {goal.description ? <p className="mt-3 max-w-prose whitespace-pre-line">{goal.description}</p> : null}
      {closed ? <FormMessage tone="info">{g.closedNotice}</FormMessage> : null}

      {isMain ? (
        <Section heading={p.subGoalsHeading}>
          {subGoals.length ? (
            <ul className="mt-2 space-y-1">
              {subGoals.map((s) => (
                <li key={s.id}>
                  <Link to={`/koordinator/mal/${s.id}`} className="inline-flex min-h-11 items-center">
                    {s.number} {s.title}
                  </Link>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{p.noSubGoals}</p>
          )}
        </Section>
      ) : null}

      <Section heading={p.indicatorsHeading}>
        {goal.indicators.length === 0 ? <p className="mt-2">{p.noIndicators}</p> : null}
        {goal.indicators.map((indicator) => (
          <IndicatorCard
            key={indicator.id}
            indicator={indicator}
            closed={closed}
            formKey={formKey}
            valueForm={stateOf("value", String(indicator.id))}
            editForm={stateOf("saveIndicator", String(indicator.id))}
          />
        ))}
      </Section>

      {closed ? null : (
        <Section heading={p.newIndicatorHeading} className="mt-10 max-w-2xl">
          <Form key={`${formKey}-new`} method="post" noValidate>
            <input type="hidden" name="intent" value="addIndicator" />
            <IndicatorFields
              prefix="new-indicator"
              form={stateOf("addIndicator")}
              defaults={{ name: "", unit: "", source: "", baselineYear: "", baselineValue: "", targetYear: "", targetValue: "" }}
            />
            <Button className="mt-6">{p.addIndicator}</Button>
          </Form>
        </Section>
      )}

      <GoalTiltak isMain={isMain} closed={closed} initiatives={goal.initiatives} linkable={linkable} form={stateOf("link")} formKey={formKey} />

      {closed ? null : (
        <Section heading={p.editHeading} className="mt-10 max-w-2xl">
          <Form key={`${formKey}-goal`} method="post" noValidate>
            <input type="hidden" name="intent" value="save" />
            <GoalFields
              prefix="goal"
              form={stateOf("save")}
              defaults={{
                title: goal.title,
                description: goal.description,
                subprogrammeId: goal.subprogramme ? String(goal.subprogramme.id) : "",
                areaId: goal.area ? String(goal.area.id) : "",
              }}
              subprogrammes={subprogrammes}
              areas={areas}
            />
            <Button className="mt-6">{p.save}</Button>
          </Form>
        </Section>
      )}
    </>
  );
}
