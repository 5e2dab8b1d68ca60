/**
 * /bydelsgruppe/:round: a round released to the group. Members declare on each application
 * (forvaltningsloven § 6) and then see the recommendation; the administrator or the group's chair
 * records the meeting, the decisions and the reconsideration of appeals. One action switching on
 * `intent`, each intent's handler in this folder (`<intent>.server.ts`); the parts of the page are
 * in app/components/grants/group-*.tsx.
 */
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { GroupApplication } from "~/components/grants/group-application";
import { GroupErrorBoundary } from "~/components/grants/group-error";
import { fieldErrors, groupErrorText } from "~/components/grants/group-fields";
import { appealFieldIds, decisionFieldIds, declarationFieldIds, meetingFieldIds } from "~/components/grants/group-forms";
import { AppealsSection, MeetingSection } from "~/components/grants/group-sections";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { loadWorkspaceCatalogue, useT } from "~/i18n";
import { getGroupRound, groupRoundAccess } from "~/models/grant/round.server";
import { forbidden, requireActor } from "~/services/actor.server";
import { todayInNorway } from "~/utils/clock.server";
import { formState } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";
import { appealIntent } from "./appeal.server";
import { decideIntent } from "./decide.server";
import { declareIntent } from "./declare.server";
import { meetingIntent } from "./meeting.server";
import type { GroupIntent } from "./reply.server";

export const meta: MetaFunction<typeof loader> = ({ matches, data }) => pageMeta(matches, (t) => ({ title: t.grants.groupPages.round.title(data?.data.round.name ?? "") }));

export const headers: HeadersFunction = () => ({ "Cache-Control": "no-store" });

/** The round's id from the address; anything else is a 404. */
function roundIdOf(param: string | undefined): number {
  const id = param && /^\d{1,15}$/.test(param) ? Number(param) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response(null, { status: 404 });
  return id;
}

const SAVED: Record<GroupIntent, "declared" | "meeting" | "decided" | "appeal"> = { declare: "declared", meeting: "meeting", decide: "decided", appeal: "appeal" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const roundId = roundIdOf(params.round);
  const data = orRespond(() => getGroupRound(actor, roundId));
  const flag = new URL(request.url).searchParams.get("lagret") as GroupIntent | null;
  return { data, today: todayInNorway(), saved: flag && Object.hasOwn(SAVED, flag) ? SAVED[flag] : null };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireActor(request);
  const roundId = roundIdOf(params.round);
  // Who may do what is settled before the form is read: not theirs is 404, not their part 403.
  const may = orRespond(() => groupRoundAccess(actor, roundId));
  const formData = await readFormData(request);
  const args = { actor, roundId, formData };
  const intent = formData.get("intent");
  if ((intent === "declare" && !may.mayDeclare) || ((intent === "meeting" || intent === "decide" || intent === "appeal") && !may.mayRecord)) throw forbidden();
  switch (intent) {
    case "declare":
      return declareIntent(args);
    case "meeting":
      return meetingIntent(args);
    case "decide":
      return decideIntent(args);
    case "appeal":
      return appealIntent(args);
    default:
      throw new Response("Ukjent handling", { status: 400, statusText: "Bad Request" });
  }
}

/** A client-side navigation here from a page without the grants' text brings it first (app/i18n/index.ts), also for the error page. */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const text = loadWorkspaceCatalogue();
  try {
    return await serverLoader<typeof loader>();
  } finally {
    await text;
  }
}

export default function GroupRoundPage() {
  const { data, today, saved } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const g = t.grants.groupPages;
  const sent = formState(actionData?.result);
  /** The state of one form: only the form that was sent shows its errors and what was typed. */
  const stateOf = (intent: GroupIntent, target: number | null) => formState(actionData?.intent === intent && actionData.target === target ? actionData.result : undefined);
  const errorsOf = (form: ReturnType<typeof formState>) => fieldErrors(t, form.errors);
  const refusalText = actionData?.refusal ? groupErrorText(t, actionData.refusal) : null;
  const fieldIds = !actionData
    ? {}
    : actionData.intent === "declare"
      ? declarationFieldIds(actionData.target!)
      : actionData.intent === "decide"
        ? decisionFieldIds(actionData.target!)
        : actionData.intent === "appeal"
          ? appealFieldIds(actionData.target!)
          : meetingFieldIds;
  // A refusal without a field (a present member has not declared, no quorum): the summary links to the application or section it concerns.
  const refusalAnchor = actionData?.intent === "meeting" ? "mote" : actionData?.intent === "appeal" ? `klage-${actionData.target}` : `soknad-${actionData?.target}`;
  const lettersSent = data.round.lettersSentAt !== null;

  return (
    <div className="max-w-4xl">
      <p>
        <Link to="/bydelsgruppe">{g.backToOverview}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{data.round.name}</h1>
      <p className="mt-1 text-gray-700">{g.round.scheme(data.round.schemeName)}</p>
      <ErrorSummary
        form={sent}
        fields={fieldIds}
        translate={(key) => groupErrorText(t, key)}
        fieldProblems={refusalText ? [{ id: refusalAnchor, text: refusalText }] : []}
      />
      {saved && !actionData ? <FormMessage tone="success">{g.round.saved[saved]}</FormMessage> : null}
      {data.me ? <p className="mt-4 max-w-prose">{g.round.intro}</p> : null}
      {data.hasMeetings ? (
        <p className="mt-2">
          <Link to={`/bydelsgruppe/${data.round.id}/protokoll`}>{g.round.minutesLink}</Link>
        </p>
      ) : null}

      {data.canRecord || data.meeting ? (
        <MeetingSection
          data={data}
          today={today}
          form={stateOf("meeting", null)}
          errors={errorsOf(stateOf("meeting", null))}
          refusal={actionData?.intent === "meeting" ? refusalText : null}
        />
      ) : null}

      <Section heading={g.round.applicationsHeading}>
        {data.applications.length === 0 ? <p className="mt-2">{g.round.noApplications}</p> : null}
        {data.applications.map((a) => (
          <GroupApplication
            key={a.id}
            roundId={data.round.id}
            application={a}
            isMember={data.me !== null}
            canRecord={data.canRecord}
            meetingId={data.meeting?.id ?? null}
            lettersSent={lettersSent}
            quorumNeeded={data.quorumNeeded}
            declareForm={stateOf("declare", a.id)}
            decideForm={stateOf("decide", a.id)}
            errors={{ declare: errorsOf(stateOf("declare", a.id)), decide: errorsOf(stateOf("decide", a.id)) }}
            refusal={
              refusalText && actionData?.target === a.id && (actionData.intent === "declare" || actionData.intent === "decide") ? { intent: actionData.intent, text: refusalText } : null
            }
          />
        ))}
      </Section>

      <AppealsSection
        data={data}
        formFor={(id) => stateOf("appeal", id)}
        errorsFor={(id) => errorsOf(stateOf("appeal", id))}
        refusal={refusalText && actionData?.intent === "appeal" ? { appealId: actionData.target!, text: refusalText } : null}
      />
    </div>
  );
}

export function ErrorBoundary() {
  return <GroupErrorBoundary />;
}
