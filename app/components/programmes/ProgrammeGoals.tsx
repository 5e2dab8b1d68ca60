/**
 * A programme's goals on its public page (issue 21): each main goal and sub-goal under its number,
 * what it applies to, its indicators — each a chart with the table of its numbers beside it — and
 * the public tiltak that serve it.
 */
import { Link } from "@remix-run/react";
import { IndicatorChart } from "~/components/charts/IndicatorChart";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import type { GoalNode, GoalStructure } from "~/models/goal/structure.server";

export function ProgrammeGoals({ structure }: { structure: GoalStructure }) {
  const t = useT();
  const p = t.places.programmesPage;
  return (
    <Section heading={p.goalsHeading} id="mal">
      {structure.goals.length === 0 ? (
        <p className="mt-2">{p.noGoals}</p>
      ) : (
        <>
          <p className="mt-2 max-w-prose">{p.goalsIntro}</p>
          {structure.goals.map((main) => (
            <div key={main.id} className="mt-8">
              <Goal goal={main} main />
              <div className="border-l-4 border-brand-100 pl-4 sm:pl-6">
                {main.subGoals.map((sub) => (
                  <Goal key={sub.id} goal={sub} />
                ))}
              </div>
            </div>
          ))}
        </>
      )}
    </Section>
  );
}

function Goal({ goal, main = false }: { goal: GoalNode; main?: boolean }) {
  const t = useT();
  const p = t.places.programmesPage;
  const narrowed = [goal.subprogramme?.name, goal.area?.name].filter(Boolean).join(", ");
  return (
    <Section heading={p.goalHeading(goal.number, goal.title)} level={3} className="mt-8 print:break-inside-avoid" headingClassName={main ? "text-2xl font-bold" : "text-xl font-bold"}>
      {narrowed ? <p className="mt-1 text-gray-700">{p.narrowedTo(narrowed)}</p> : null}
      {goal.description ? <p className="mt-2 max-w-prose whitespace-pre-line">{goal.description}</p> : null}
      {goal.indicators.map((indicator) => (
        <section key={indicator.id} aria-labelledby={`indikator-${indicator.id}`} className="mt-6">
          <h4 id={`indikator-${indicator.id}`} className="text-lg font-semibold">
            {indicator.name}
          </h4>
          <IndicatorChart indicator={indicator} className="mt-2" />
        </section>
      ))}
      {goal.initiatives.length ? (
        <div className="mt-4">
          <p className="font-semibold">{p.tiltakForGoal}</p>
          <ul className="flex flex-wrap gap-x-4">
            {goal.initiatives.map((i) => (
              <li key={i.id}>
                <Link to={`/tiltak/${i.slug}`} className="inline-flex min-h-11 items-center">
                  {i.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </Section>
  );
}
