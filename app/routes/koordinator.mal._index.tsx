/**
 * /koordinator/mal?satsing=<slug>: a programme's goal structure (issue 21) — its main goals and
 * sub-goals, numbered, with their indicators and tiltak counted; moving a goal up or down, deleting
 * one nothing refers to, and a new main goal or sub-goal. Each goal's indicators and tiltak are on
 * its own page (/koordinator/mal/:id). A closed programme's goals are shown without the forms.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { ProgrammeFilter } from "~/components/coordinator/ProgrammeFilter";
import { GoalFields, goalFieldIds } from "~/components/goals/fields";
import { Button } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import { createGoal, deleteGoal, moveGoal } from "~/models/goal/goal.server";
import type { GoalProblem } from "~/models/goal/shared.server";
import { allGoals, getGoalStructure, isProgrammeClosed } from "~/models/goal/structure.server";
import { pickProgramme } from "~/models/programme.server";
import { requireStaff } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRefusal, orRespond, rejectForm } from "~/utils/refusal.server";
import { goalActionSchema, goalSchema, goalsErrorText } from "~/validation/goals";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) =>
  pageMeta(matches, (t) => ({ title: d ? t.planning.goals.title(d.programme.name) : t.planning.goals.nav }));

const DONE = ["created", "moved", "deleted"] as const;
type Done = (typeof DONE)[number];

async function scoped(request: Request) {
  const actor = await requireStaff(request);
  const { programme, programmes } = orRespond(() => pickProgramme(actor, new URL(request.url).searchParams.get("satsing")));
  return { actor, programme, programmes };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { programme, programmes } = await scoped(request);
  const ok = new URL(request.url).searchParams.get("ok");
  const structure = getGoalStructure(programme.id);
  return {
    programme: { id: programme.id, slug: programme.slug, name: programme.name, subprogrammes: programme.subprogrammes, areas: programme.areas },
    programmes: programmes.map(({ slug, name }) => ({ slug, name })),
    closed: isProgrammeClosed(programme.id),
    structure,
    // In reading order, numbered: the table's rows (allGoals is the server's; the browser gets the list).
    goals: allGoals(structure),
    done: (DONE as readonly string[]).includes(ok ?? "") ? (ok as Done) : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor, programme } = await scoped(request);
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  const back = (done: Done) => redirect(`/koordinator/mal?satsing=${programme.slug}&ok=${done}`);
  if (intent === "create") {
    const parsed = parseForm(formData, goalSchema);
    if (!parsed.ok) return data({ intent, result: parsed.result, problem: null as GoalProblem | null }, { status: 400 });
    const outcome = orRefusal<number, GoalProblem>(() => createGoal(actor, programme.id, parsed.value));
    if (!outcome.ok) {
      return data({ intent, result: outcome.field ? rejectForm(parsed, outcome) : parsed.reject({}), problem: outcome.field ? null : outcome.reason }, { status: outcome.status });
    }
    return back("created");
  }
  const parsed = parseForm(formData, goalActionSchema);
  if (!parsed.ok || (parsed.value.intent !== "move" && parsed.value.intent !== "delete")) {
    return data({ intent, result: parsed.ok ? parsed.reject({ form: ["formNotProcessed"] }) : parsed.result, problem: null as GoalProblem | null }, { status: 400 });
  }
  const v = parsed.value;
  const outcome = orRefusal<Done, GoalProblem>(() => {
    if (v.intent === "move") moveGoal(actor, v.goalId, v.direction);
    else deleteGoal(actor, v.goalId);
    return v.intent === "move" ? "moved" : "deleted";
  });
  if (!outcome.ok) return data({ intent, result: parsed.reject({}), problem: outcome.reason }, { status: outcome.status });
  return back(outcome.value);
}

export default function Goals() {
  const { programme, programmes, closed, structure, goals, done } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const formKey = useLocation().key;
  const t = useT();
  const g = t.planning.goals;
  const createForm = formState(actionData?.intent === "create" ? actionData.result : undefined);
  const lastOf = (parentId: number | null) => goals.filter((x) => x.parentId === parentId).at(-1)?.id;
  const firstOf = (parentId: number | null) => goals.find((x) => x.parentId === parentId)?.id;
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{g.heading(programme.name)}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData?.intent === "create" ? goalFieldIds("new") : {}}
        translate={(key) => goalsErrorText(t, key)}
        problems={[actionData?.problem ? g.problems[actionData.problem] : null]}
      />
      {done && !actionData ? <FormMessage tone="success">{g.done[done]}</FormMessage> : null}
      <div className="mt-4">
        <ProgrammeFilter programmes={programmes} current={programme.slug} />
      </div>
      <p className="mt-4 max-w-prose">{g.intro}</p>
      {closed ? <FormMessage tone="info">{g.closedNotice}</FormMessage> : null}

      <Section heading={g.structureHeading}>
        {goals.length === 0 ? (
          <p className="mt-2">{g.empty}</p>
        ) : (
          <DataTable caption={g.structureCaption} captionHidden className="mt-3" scrollHint>
            <thead>
              <tr>
                <Th>{g.colNumber}</Th>
                <Th>{g.colGoal}</Th>
                <Th>{g.colNarrowed}</Th>
                <Th numeric>{g.colIndicators}</Th>
                <Th numeric>{g.colTiltak}</Th>
                {closed ? null : <Th>{g.colActions}</Th>}
              </tr>
            </thead>
            <tbody>
              {goals.map((goal) => (
                <tr key={goal.id}>
                  <Td className={goal.parentId === null ? "font-bold" : "pl-6"}>{goal.number}</Td>
                  <Th scope="row" className={goal.parentId === null ? "font-bold" : "font-normal"}>
                    <Link to={`/koordinator/mal/${goal.id}`}>{goal.title}</Link>
                  </Th>
                  <Td>{[goal.subprogramme?.name, goal.area?.name].filter(Boolean).join(", ") || g.wholeProgramme}</Td>
                  <Td numeric>{goal.indicators.length}</Td>
                  <Td numeric>{goal.initiatives.length}</Td>
                  {closed ? null : (
                    <Td>
                      <div className="flex flex-wrap gap-2">
                        {firstOf(goal.parentId) !== goal.id ? <GoalButton key={`${formKey}-up`} goalId={goal.id} intent="move" direction="up" label={g.moveUp} goalNumber={goal.number} /> : null}
                        {lastOf(goal.parentId) !== goal.id ? <GoalButton key={`${formKey}-down`} goalId={goal.id} intent="move" direction="down" label={g.moveDown} goalNumber={goal.number} /> : null}
                        <GoalButton goalId={goal.id} intent="delete" label={g.delete} goalNumber={goal.number} />
                      </div>
                    </Td>
                  )}
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Section>

      {closed ? null : (
        <Section heading={g.newHeading} className="mt-10 max-w-2xl">
          <p className="mt-2">{g.newIntro}</p>
          <Form key={formKey} method="post" noValidate>
            <input type="hidden" name="intent" value="create" />
            <GoalFields
              prefix="new"
              form={createForm}
              defaults={{ title: "", description: "", parentId: "", subprogrammeId: "", areaId: "" }}
              subprogrammes={programme.subprogrammes}
              areas={programme.areas}
              parents={structure.goals.map((m) => ({ id: m.id, number: m.number, title: m.title }))}
            />
            <Button className="mt-6">{g.create}</Button>
          </Form>
        </Section>
      )}
    </>
  );
}

/** A small form with one button acting on one goal; the button's name says which goal. */
function GoalButton({ goalId, intent, direction, label, goalNumber }: { goalId: number; intent: "move" | "delete"; direction?: "up" | "down"; label: string; goalNumber: string }) {
  const t = useT();
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="goalId" value={goalId} />
      {direction ? <input type="hidden" name="direction" value={direction} /> : null}
      <Button variant={intent === "delete" ? "tertiary" : "secondary"} className="relative min-h-11">
        {label}
        <span className="sr-only">{t.planning.goals.goalRef(goalNumber)}</span>
      </Button>
    </Form>
  );
}
