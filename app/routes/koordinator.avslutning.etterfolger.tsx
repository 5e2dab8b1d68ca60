/**
 * /koordinator/avslutning/etterfolger?satsing=<slug>: creating the successor of a closed or ending
 * programme (issue 21) — name, address, period (after the old one's), and which tiltak to carry over
 * with their partners. The rules are the model's (app/models/closing/successor.server.ts).
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { CheckboxGroup, FormMessage, SubmitButton, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { getClosingTarget } from "~/models/closing/period.server";
import { createSuccessor, listCarryableInitiatives, successorBlocker, type SuccessorProblem } from "~/models/closing/successor.server";
import { pickProgramme } from "~/models/programme.server";
import { requireStaff } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRefusal, orRespond, rejectForm } from "~/utils/refusal.server";
import { closingErrorText, successorSchema } from "~/validation/closing";

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageMeta(matches, (t) => ({ title: t.planning.closing.successor.title }));

const FIELD_IDS = { name: "successor-name", slug: "successor-slug", periodStart: "successor-start", periodEnd: "successor-end", initiativeIds: "successor-initiatives" };

async function scope(request: Request) {
  const actor = await requireStaff(request);
  const { programme } = orRespond(() => pickProgramme(actor, new URL(request.url).searchParams.get("satsing")));
  const target = orRespond(() => getClosingTarget(actor, programme.id, null));
  return { actor, programme: target.programme };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { programme } = await scope(request);
  const blocker = successorBlocker(programme);
  return {
    programme: { slug: programme.slug, name: programme.name, periodEnd: programme.periodEnd, successor: programme.successor },
    blocker,
    tiltak: blocker ? [] : listCarryableInitiatives(programme.id),
    // A suggestion the person may change: the year after the old period, ten years on.
    suggested: programme.periodEnd ? { periodStart: String(programme.periodEnd + 1), periodEnd: String(programme.periodEnd + 10) } : { periodStart: "", periodEnd: "" },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const { actor, programme } = await scope(request);
  const parsed = parseForm(await readFormData(request), successorSchema);
  if (!parsed.ok) return data({ result: parsed.result, problem: null as SuccessorProblem | null }, { status: 400 });
  const made = orRefusal<{ id: number; slug: string }, SuccessorProblem>(() => createSuccessor(actor, programme.id, parsed.value));
  if (!made.ok) return data({ result: made.field ? rejectForm(parsed, made) : parsed.reject({}), problem: made.field ? null : made.reason }, { status: made.status });
  return redirect(`/koordinator/avslutning?satsing=${encodeURIComponent(programme.slug)}&ok=successor`);
}

export default function SuccessorPage() {
  const { programme, blocker, tiltak, suggested } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const s = t.planning.closing.successor;
  const form = formState(actionData?.result);
  const errors = (name: string) => form.errors(name)?.map((key) => closingErrorText(t, key));
  const typed = (name: string, fallback: string) => (actionData ? (form.value(name) ?? "") : fallback);
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{s.heading(programme.name)}</h1>
      <ErrorSummary
        form={form}
        fields={FIELD_IDS}
        translate={(key) => closingErrorText(t, key)}
        problems={[actionData?.problem ? s.problems[actionData.problem] : null]}
      />
      <p className="mt-2">
        <Link to={`/koordinator/avslutning?satsing=${encodeURIComponent(programme.slug)}`} className="inline-flex min-h-11 items-center">
          {s.back}
        </Link>
      </p>
      {blocker ? (
        <FormMessage tone="info">{blocker === "hasSuccessor" && programme.successor ? s.blocked.hasSuccessor(programme.successor.name) : s.blocked.notEnding}</FormMessage>
      ) : (
        <Form method="post" noValidate className="max-w-2xl">
          <p className="mt-2">{s.intro}</p>
          <TextField id={FIELD_IDS.name} name="name" label={s.name} defaultValue={typed("name", "")} errors={errors("name")} />
          <TextField id={FIELD_IDS.slug} name="slug" label={s.slug} hint={s.slugHint} defaultValue={typed("slug", "")} errors={errors("slug")} />
          <TextField id={FIELD_IDS.periodStart} name="periodStart" label={s.periodStart} hint={s.periodStartHint(programme.periodEnd)} inputMode="numeric" defaultValue={typed("periodStart", suggested.periodStart)} errors={errors("periodStart")} />
          <TextField id={FIELD_IDS.periodEnd} name="periodEnd" label={s.periodEnd} inputMode="numeric" defaultValue={typed("periodEnd", suggested.periodEnd)} errors={errors("periodEnd")} />
          {tiltak.length ? (
            <CheckboxGroup
              id={FIELD_IDS.initiativeIds}
              name="initiativeIds"
              legend={s.initiatives}
              hint={s.initiativesHint}
              errors={errors("initiativeIds")}
              options={tiltak.map((i) => ({ value: String(i.id), label: i.title }))}
              selected={form.values("initiativeIds")}
            />
          ) : (
            <p className="mt-5">{s.noInitiatives}</p>
          )}
          <SubmitButton>{s.create}</SubmitButton>
        </Form>
      )}
    </>
  );
}
