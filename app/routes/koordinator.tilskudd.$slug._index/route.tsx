/**
 * /koordinator/tilskudd/:slug: one scheme for its administrator — its rules (edit), its group
 * (bydelsgruppe), its rounds (list, new round) and the appeals waiting. One action that switches on
 * `intent`; each intent's handler is in this folder (`<intent>.server.ts`).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { amountInput, grantErrorText } from "~/components/grants/format";
import { SCHEME_FIELD_IDS, SchemeForm } from "~/components/grants/admin-SchemeForm";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import { getSchemePage, schemeForAdministrator } from "~/models/grant/scheme.server";
import { requireStaff } from "~/services/actor.server";
import { now } from "~/utils/clock.server";
import { formState, hasErrorOn } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";
import { ROUND_FIELD_IDS } from "~/components/grants/admin-RoundFields";
import { AppealsSection, MembersSection, RoundsSection } from "./sections";
import { addMemberIntent, removeMemberIntent } from "./members.server";
import type { SchemeIntent } from "./reply.server";
import { createRoundIntent } from "./round.server";
import { saveIntent } from "./save.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => pageMeta(matches, (t) => ({ title: t.grants.adminPages.scheme.title(d?.scheme.name ?? "") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const { appeals, programmeAreas, ...scheme } = orRespond(() => getSchemePage(actor, params.slug ?? ""));
  return {
    scheme: {
      ...scheme,
      rounds: scheme.rounds.map((r) => ({ ...r, opensAt: r.opensAt.getTime(), deadlineAt: r.deadlineAt?.getTime() ?? null, releasedAt: r.releasedAt?.getTime() ?? null, lettersSentAt: r.lettersSentAt?.getTime() ?? null })),
    },
    // Only this scheme's programme: the areas a scheme may cover do not change with the person's other programmes.
    programmes: [{ id: scheme.programmeId, name: scheme.programmeName, areas: programmeAreas }],
    appeals: appeals.map((a) => ({ ...a, lodgedAt: a.lodgedAt.getTime() })),
    ok: new URL(request.url).searchParams.get("ok"),
    now: now(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const scheme = orRespond(() => schemeForAdministrator(actor, params.slug ?? ""));
  const formData = await readFormData(request);
  const args = { actor, scheme, formData };
  switch (formData.get("intent")) {
    case "save":
      return saveIntent(args);
    case "addMember":
      return addMemberIntent(args);
    case "removeMember":
      return removeMemberIntent(args);
    case "createRound":
      return createRoundIntent(args);
    default:
      throw new Response("Ukjent handling", { status: 400, statusText: "Bad Request" });
  }
}

const FIELDS: Record<SchemeIntent, Record<string, string>> = {
  save: SCHEME_FIELD_IDS,
  addMember: { email: "member-email", role: "member-role" },
  removeMember: {},
  createRound: ROUND_FIELD_IDS,
};

export default function GrantScheme() {
  const { scheme, programmes, appeals, ok, now: at } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const a = t.grants.adminPages;
  const s = a.scheme;
  // A new key after every submission: the forms start again from what the server sends back.
  const formKey = useLocation().key;
  const stateFor = (intent: SchemeIntent) => formState(actionData?.intent === intent ? actionData.result : undefined);
  const sent = formState(actionData?.result);
  const okText = ok === "created" ? s.created : ok && ok in s.saved ? s.saved[ok as keyof typeof s.saved] : null;
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{s.heading(scheme.name)}</h1>
      <ErrorSummary
        form={sent}
        fields={actionData ? FIELDS[actionData.intent] : {}}
        translate={(key) => grantErrorText(t, key)}
        problems={[
          actionData?.problem ? grantErrorText(t, actionData.problem) : null,
          actionData && !actionData.problem && hasErrorOn(actionData.result, ["userId"]) ? a.formNotProcessed : null,
        ]}
      />
      <p className="mt-1 text-gray-700">{s.facts(scheme.programmeName)}</p>
      {okText && !actionData ? <FormMessage tone="success">{okText}</FormMessage> : null}
      <ul className="mt-4 flex flex-wrap gap-4">
        <li>
          <Link to="/koordinator/tilskudd" className="inline-flex min-h-11 items-center">
            {s.back}
          </Link>
        </li>
        <li>
          <Link to={`/tilskudd/${scheme.slug}`} className="inline-flex min-h-11 items-center">
            {s.publicPage}
          </Link>
        </li>
      </ul>

      <RoundsSection formKey={formKey} scheme={scheme} now={at} form={stateFor("createRound")} />
      <MembersSection formKey={formKey} members={scheme.members} form={stateFor("addMember")} />
      <AppealsSection appeals={appeals} />

      <Section heading={a.form.editHeading}>
        <SchemeForm
          key={`${formKey}-save`}
          programmes={programmes}
          fixedProgramme={scheme.programmeId}
          form={stateFor("save")}
          intent="save"
          submitLabel={a.form.save}
          defaults={{
            programmeId: String(scheme.programmeId),
            name: scheme.name,
            description: scheme.description,
            criteria: scheme.criteria,
            areaIds: scheme.areaIds.map(String),
            sectors: scheme.sectors,
            allowsPrivatePersons: scheme.allowsPrivatePersons,
            maxAmount: amountInput(scheme.maxAmountOre),
            ownSharePercent: String(scheme.ownSharePercent),
            quorum: scheme.quorum === null ? "" : String(scheme.quorum),
            appealBody: scheme.appealBody,
            reportDueDays: String(scheme.reportDueDays),
            isContinuous: scheme.isContinuous,
            decisionWithinDays: scheme.decisionWithinDays === null ? "" : String(scheme.decisionWithinDays),
          }}
        />
      </Section>
    </>
  );
}
