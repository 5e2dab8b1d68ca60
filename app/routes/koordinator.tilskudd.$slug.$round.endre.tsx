/**
 * /koordinator/tilskudd/:slug/:round/endre: the administrator corrects a round before it goes to the
 * group — name, opening, deadline (Oslo time; never into the past), planned decision, budget (never
 * below what it has granted). A released round is the group's and is not changed.
 */
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ROUND_FIELD_IDS, RoundFields } from "~/components/grants/admin-RoundFields";
import { amountInput, grantErrorText } from "~/components/grants/format";
import { isoDayInNorway } from "~/components/initiatives/format";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SubmitButton } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { dateTimeFormat } from "~/i18n/format";
import { getRoundToEdit } from "~/models/grant/round.server";
import { updateRound } from "~/models/grant/scheme.server";
import { requireStaff } from "~/services/actor.server";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRefusal, orRespond, rejectForm } from "~/utils/refusal.server";
import { roundSchema } from "~/validation/grants";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) =>
  pageMeta(matches, (t) => ({ title: t.grants.adminPages.editRound.title(d?.round.name ?? "", d?.round.schemeName ?? "") }));

/** HH:MM in Oslo, as the deadline's time field reads it. */
const osloTime = (ms: number) => dateTimeFormat("en-GB", { timeZone: "Europe/Oslo", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(ms);

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const round = orRespond(() => getRoundToEdit(actor, params.slug ?? "", params.round ?? ""));
  return {
    base: `/koordinator/tilskudd/${round.schemeSlug}/${round.slug}`,
    round: { name: round.name, schemeName: round.schemeName, isContinuous: round.isContinuous, released: round.releasedAt !== null },
    // The form's starting values, as the person would type them.
    values: {
      name: round.name,
      opensOn: isoDayInNorway(round.opensAt.getTime()),
      deadlineOn: round.deadlineAt ? isoDayInNorway(round.deadlineAt.getTime()) : "",
      deadlineTime: round.deadlineAt ? osloTime(round.deadlineAt.getTime()) : "",
      plannedDecisionDate: round.plannedDecisionDate ?? "",
      budget: amountInput(round.budgetOre),
    },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const round = orRespond(() => getRoundToEdit(actor, params.slug ?? "", params.round ?? ""));
  const parsed = parseForm(await readFormData(request), roundSchema);
  if (!parsed.ok) return data({ result: parsed.result }, { status: 400 });
  const outcome = orRefusal(() => updateRound(actor, round.id, parsed.value));
  if (!outcome.ok) return data({ result: rejectForm(parsed, outcome) }, { status: outcome.status });
  return redirect(`/koordinator/tilskudd/${round.schemeSlug}/${round.slug}?ok=updated`);
}

export default function EditRound() {
  const { base, round, values } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const e = t.grants.adminPages.editRound;
  const form = formState(actionData?.result ?? { initialValue: values, error: {} } as never);
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{e.heading(round.name)}</h1>
      <ErrorSummary form={form} fields={ROUND_FIELD_IDS} translate={(key) => grantErrorText(t, key)} />
      <p className="mt-2">
        <Link to={base} className="inline-block py-2">
          {e.back(round.name)}
        </Link>
      </p>
      {round.released ? (
        <FormMessage tone="info">{e.released}</FormMessage>
      ) : (
        <Form method="post" noValidate className="max-w-2xl">
          <p className="mt-2">{e.intro}</p>
          <RoundFields form={form} continuous={round.isContinuous} />
          <SubmitButton>{e.save}</SubmitButton>
        </Form>
      )}
    </>
  );
}
