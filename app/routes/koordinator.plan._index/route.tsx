/**
 * /koordinator/plan?satsing=<slug>&ar=<year>: a programme's plan of the year (issue 21) — its tiltak
 * numbered by goal, its budget lines and sums, adoption, the revisions after it, and carrying the
 * year forward. One action that switches on `intent`; each intent's handler is in this folder.
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { ProgrammeFilter } from "~/components/coordinator/ProgrammeFilter";
import { planErrorText } from "~/components/plan/errors";
import { planDay } from "~/components/plan/format";
import { AddItemForm, AddLineForm, AdoptForm, fieldIds, IntroductionForm, ItemForms, LineForms, YearForm } from "~/components/plan/PlanForms";
import { PlanYears, RevisionTable } from "~/components/plan/PlanHistory";
import { lineTargetText, PlanBudget, PlanItems } from "~/components/plan/PlanView";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, TextField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import { getPlanPage } from "~/models/plan/plan.server";
import { pickProgramme } from "~/models/programme.server";
import { requireStaff } from "~/services/actor.server";
import { todayInNorway } from "~/utils/clock.server";
import { formState } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";
import { adoptIntent, introductionIntent } from "./introduction.server";
import { addItemIntent, removeItemIntent, updateItemIntent } from "./item.server";
import { addLineIntent, removeLineIntent, updateLineIntent } from "./line.server";
import type { PlanIntent } from "./reply.server";
import { carryIntent, createIntent } from "./year.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) =>
  pageMeta(matches, (t) => ({ title: d ? t.planning.plan.title(d.programme.name, d.year) : t.planning.plan.nav }));

/** The page's programme and year: `?satsing` (or the person's first programme) and `?ar` (or this year); a year that is no year is a 400. */
async function pageScope(request: Request) {
  const actor = await requireStaff(request);
  const url = new URL(request.url);
  const { programme, programmes } = orRespond(() => pickProgramme(actor, url.searchParams.get("satsing")));
  const param = url.searchParams.get("ar");
  const year = param === null || param === "" ? Number(todayInNorway().slice(0, 4)) : /^\d{4}$/.test(param) ? Number(param) : NaN;
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new Response(null, { status: 400, statusText: "Bad Request" });
  return { actor, programme, programmes, year };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, programme, programmes, year } = await pageScope(request);
  const { programme: facts, ...page } = orRespond(() => getPlanPage(actor, programme.id, year));
  return {
    programme: { slug: programme.slug, name: programme.name, subprogrammes: programme.subprogrammes, ...facts },
    programmes: programmes.map(({ slug, name }) => ({ slug, name })),
    year,
    ...page,
    ok: new URL(request.url).searchParams.get("ok"),
  };
}

const HANDLERS: Record<PlanIntent, (args: Parameters<typeof createIntent>[0]) => unknown> = {
  create: createIntent,
  carry: carryIntent,
  introduction: introductionIntent,
  adopt: adoptIntent,
  addItem: addItemIntent,
  updateItem: updateItemIntent,
  removeItem: removeItemIntent,
  addLine: addLineIntent,
  updateLine: updateLineIntent,
  removeLine: removeLineIntent,
};

export async function action({ request }: ActionFunctionArgs) {
  const { actor, programme, year } = await pageScope(request);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  // Own keys only: "__proto__" or "toString" is no intent.
  if (typeof intent !== "string" || !Object.hasOwn(HANDLERS, intent)) throw new Response("Ukjent handling", { status: 400, statusText: "Bad Request" });
  return HANDLERS[intent as PlanIntent]({ actor, programme, year, formData }) as ReturnType<typeof createIntent>;
}

export default function ProgrammePlan() {
  const { programme, programmes, year, years, plan, choices, ok } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const p = t.planning.plan;
  // A new key after every submission: the forms start again from what the server sends back.
  const formKey = useLocation().key;
  const formFor = (intent: PlanIntent, rowId: number | null = null) =>
    actionData && actionData.intent === intent && actionData.rowId === rowId ? formState(actionData.result) : undefined;
  const editable = !programme.closed;
  const adopted = plan?.status === "adopted";
  const here = (y: number) => `/koordinator/plan?satsing=${encodeURIComponent(programme.slug)}&ar=${y}`;
  const okText = ok && ok in p.saved ? p.saved[ok as keyof typeof p.saved] : null;
  const items = plan ? plan.content.groups.flatMap((g) => g.items) : [];
  const inPlan = new Set(items.map((i) => i.initiativeId));
  const lines = plan ? [...items.flatMap((i) => i.lines), ...plan.content.otherLines] : [];
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{p.heading(programme.name, year)}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData ? fieldIds(actionData.intent, actionData.rowId) : {}}
        translate={(key) => planErrorText(t, key)}
        problems={[actionData?.problem ? planErrorText(t, actionData.problem) : null]}
      />
      {okText && !actionData ? <FormMessage tone="success">{okText}</FormMessage> : null}
      <p className="mt-2 max-w-prose">{p.intro}</p>
      <div className="mt-4">
        <ProgrammeFilter programmes={programmes} current={programme.slug}>
          <TextField id="ar" name="ar" inputMode="numeric" label={p.year} defaultValue={String(year)} />
        </ProgrammeFilter>
      </div>
      <p className="mt-4">{p.period(programme.periodStart, programme.periodEnd)}</p>
      {programme.closed ? <FormMessage tone="info">{p.closedNotice}</FormMessage> : null}

      <Section heading={p.yearsHeading} className="mt-8">
        <PlanYears years={years} current={year} href={here} />
      </Section>

      {!plan ? (
        <Section heading={p.noPlanForYear(year)} className="mt-8">
          {editable ? (
            <div className="grid gap-8 md:grid-cols-2">
              <YearForm key={`${formKey}-create`} intent="create" year={year} label={p.createYear} submit={p.createSubmit} hint={p.create(year)} form={formFor("create")} />
              <YearForm key={`${formKey}-carry`} intent="carry" year={year} label={p.createYear} submit={p.carryHeading} hint={p.carryHint} form={formFor("carry")} />
            </div>
          ) : null}
        </Section>
      ) : (
        <>
          <p className="mt-6 text-lg font-semibold">
            {p.status}: {adopted ? p.adoptedLine(plan.adoptedBy ?? "", planDay(plan.adoptedOn, t)) : p.draftLine}
          </p>
          {adopted ? (
            <p className="mt-2">
              <Link to={`/satsinger/${programme.slug}/plan/${year}`} className="inline-flex min-h-11 items-center">
                {p.publicLink}
              </Link>
            </p>
          ) : null}

          <Section heading={p.introductionHeading} id="innledning" className="mt-8">
            {plan.introduction ? <p className="mt-2 max-w-prose whitespace-pre-line">{plan.introduction}</p> : null}
            {editable ? <IntroductionForm key={`${formKey}-intro`} introduction={plan.introduction} adopted={adopted} form={formFor("introduction")} /> : null}
          </Section>

          <PlanItems content={plan.content} id="tiltak" linkFor={(i) => (i.slug ? `/koordinator/tiltak/${i.slug}` : null)}>
            {editable ? (
              <div key={`${formKey}-items`} className="mt-6 max-w-2xl">
                {items.map((item) => (
                  <ItemForms key={item.id} item={item} goals={choices.goals} adopted={adopted} form={formFor("updateItem", item.id)} removeForm={formFor("removeItem", item.id)} />
                ))}
                <Section heading={p.addItemHeading} level={3} className="mt-8">
                  <AddItemForm initiatives={choices.initiatives.filter((i) => !inPlan.has(i.id))} goals={choices.goals} adopted={adopted} form={formFor("addItem")} />
                </Section>
              </div>
            ) : null}
          </PlanItems>

          <PlanBudget content={plan.content} sums={plan.sums} id="budsjett">
            {editable ? (
              <div key={`${formKey}-lines`} className="mt-6 max-w-2xl">
                {lines.map((line, i) => (
                  <LineForms
                    key={line.id}
                    line={line}
                    n={i + 1}
                    what={lineTargetText(line, plan.content, t)}
                    subprogrammes={programme.subprogrammes}
                    adopted={adopted}
                    form={formFor("updateLine", line.id)}
                    removeForm={formFor("removeLine", line.id)}
                  />
                ))}
                <Section heading={p.addLineHeading} level={3} className="mt-8">
                  <AddLineForm items={items} schemes={choices.schemes} subprogrammes={programme.subprogrammes} adopted={adopted} form={formFor("addLine")} />
                </Section>
              </div>
            ) : null}
          </PlanBudget>

          {!adopted && editable ? (
            <Section heading={p.adoptHeading} id="vedta" className="mt-10">
              <AdoptForm key={`${formKey}-adopt`} form={formFor("adopt")} />
            </Section>
          ) : null}
          {adopted ? (
            <Section heading={p.revisionsHeading} id="versjoner" className="mt-10">
              <RevisionTable revisions={plan.revisions} versionHref={(n) => `/koordinator/plan/versjon?satsing=${encodeURIComponent(programme.slug)}&ar=${year}&revisjon=${n}`} />
            </Section>
          ) : null}
          {adopted && editable ? (
            <Section heading={p.carryHeading} className="mt-10">
              <YearForm key={`${formKey}-carry`} intent="carry" year={year + 1} label={p.createYear} submit={p.carry(year + 1)} hint={p.carryHint} form={formFor("carry")} />
            </Section>
          ) : null}
        </>
      )}
    </>
  );
}
