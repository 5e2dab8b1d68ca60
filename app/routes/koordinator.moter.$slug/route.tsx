/**
 * /koordinator/moter/:slug: one meeting or stop for its programme's coordinator (issue 22) — its
 * details (edit, public or internal), cancelling or moving it with a notice the public sees, the
 * organisations taking part (add, confirm a request to co-host, remove) and the tiltak it concerns.
 * One action that switches on `intent`; each intent's handler is in this folder (`<intent>.server.ts`).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { formDateTime, isoDay, meetingWhen } from "~/components/meetings/format";
import { MEETING_FIELD_IDS, MeetingFields } from "~/components/meetings/MeetingFields";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import { getMeetingForCoordinator, meetingForCoordinator } from "~/models/meeting/meeting.server";
import { listProgrammeAreas } from "~/models/programme.server";
import { requireStaff } from "~/services/actor.server";
import { now } from "~/utils/clock.server";
import { formState } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRespond } from "~/utils/refusal.server";
import { meetingsErrorText } from "~/validation/meetings";
import { cancelIntent, closeIntent, moveIntent, saveIntent } from "./details.server";
import { addOrganisationIntent, linkInitiativeIntent, removeOrganisationIntent, unlinkInitiativeIntent } from "./links.server";
import type { MeetingIntent } from "./reply.server";
import { CANCEL_FIELD_IDS, CancelSection, CLOSE_FIELD_IDS, CloseSection, INITIATIVE_FIELD_IDS, InitiativesSection, MOVE_FIELD_IDS, MoveSection, ORGANISATION_FIELD_IDS, OrganisationsSection } from "./sections";

export const meta: MetaFunction<typeof loader> = ({ matches, data: d }) => pageMeta(matches, () => ({ title: d?.meeting.title ?? "" }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const { organisations, initiatives, organisationChoices, initiativeChoices, series, ...meeting } = orRespond(() => getMeetingForCoordinator(actor, params.slug ?? ""));
  return {
    meeting: {
      ...meeting,
      startsAt: meeting.startsAt.getTime(),
      endsAt: meeting.endsAt.getTime(),
      cancelledAt: meeting.cancelledAt?.getTime() ?? null,
      closedAt: meeting.closedAt?.getTime() ?? null,
      createdAt: undefined,
      updatedAt: undefined,
    },
    series,
    organisations,
    initiatives,
    organisationChoices,
    initiativeChoices,
    programmes: [{ id: meeting.programmeId, name: meeting.programmeName, areas: listProgrammeAreas(meeting.programmeId) }],
    ok: new URL(request.url).searchParams.get("ok"),
    started: meeting.startsAt.getTime() <= now(),
  };
}

const HANDLERS = {
  save: saveIntent,
  cancel: cancelIntent,
  move: moveIntent,
  close: closeIntent,
  addOrganisation: addOrganisationIntent,
  removeOrganisation: removeOrganisationIntent,
  linkInitiative: linkInitiativeIntent,
  unlinkInitiative: unlinkInitiativeIntent,
} satisfies Record<MeetingIntent, unknown>;

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireStaff(request);
  const meeting = orRespond(() => meetingForCoordinator(actor, params.slug ?? ""));
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  // Own keys only: `"__proto__" in HANDLERS` is true.
  if (typeof intent !== "string" || !Object.hasOwn(HANDLERS, intent)) throw new Response("Ukjent handling", { status: 400, statusText: "Bad Request" });
  return HANDLERS[intent as MeetingIntent]({ actor, meeting, formData });
}

const FIELDS: Record<MeetingIntent, Record<string, string>> = {
  save: MEETING_FIELD_IDS,
  cancel: CANCEL_FIELD_IDS,
  move: MOVE_FIELD_IDS,
  close: CLOSE_FIELD_IDS,
  addOrganisation: ORGANISATION_FIELD_IDS,
  removeOrganisation: {},
  linkInitiative: INITIATIVE_FIELD_IDS,
  unlinkInitiative: {},
};
const OK_MESSAGES = ["created", "saved", "cancelled", "moved", "closed", "organisationAdded", "organisationRemoved", "initiativeLinked", "initiativeUnlinked"] as const;

export default function CoordinatorMeeting() {
  const { meeting, series, organisations, initiatives, organisationChoices, initiativeChoices, programmes, ok, started } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const p = t.meetingsWork.coordinator.page;
  const w = t.meetings.words;
  // A new key after every submission: the forms start again from what the server sends back.
  const formKey = useLocation().key;
  const stateFor = (intent: MeetingIntent) => formState(actionData?.intent === intent ? actionData.result : undefined);
  const open = meeting.cancelledAt === null && meeting.closedAt === null;
  const start = formDateTime(meeting.startsAt);
  const end = formDateTime(meeting.endsAt);
  const okText = OK_MESSAGES.find((key) => key === ok);
  const check = (v: boolean) => (v ? "on" : "");
  return (
    <>
      <p>
        <Link to="/koordinator/moter">{t.meetingsWork.coordinator.list.heading}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold [overflow-wrap:anywhere]">{meeting.title}</h1>
      {okText ? <FormMessage tone="success">{okText === "created" ? t.meetingsWork.coordinator.list.created : p[okText]}</FormMessage> : null}
      {actionData ? (
        <ErrorSummary
          form={stateFor(actionData.intent)}
          fields={FIELDS[actionData.intent]}
          problems={actionData.problem ? [meetingsErrorText(t, actionData.problem)] : []}
          translate={(key) => meetingsErrorText(t, key)}
        />
      ) : null}
      <p className="mt-2">
        {t.meetings.kinds[meeting.kind]} · {meetingWhen(meeting.startsAt, meeting.endsAt, t)} · {meeting.areaName} · {meeting.isPublic ? w.public : w.internal}
      </p>
      {series ? (
        <p className="mt-1">
          {p.seriesNote(p.seriesRule(t.meetings.weekdays[series.weekday - 1] ?? "", t.meetingsWork.coordinator.form.everyWeeksOption(series.everyWeeks), isoDay(series.fromDate, t), isoDay(series.untilDate, t)))}
        </p>
      ) : null}
      {meeting.cancelledAt !== null ? (
        <FormMessage tone="info">
          <strong>{w.cancelled}:</strong> {meeting.cancelNotice}
        </FormMessage>
      ) : null}
      {meeting.movedNotice ? (
        <FormMessage tone="info">
          <strong>{w.moved}:</strong> {meeting.movedNotice}
        </FormMessage>
      ) : null}
      {meeting.isPublic ? (
        <p className="mt-2">
          <Link to={`/moter/${meeting.slug}`}>{p.publicPage}</Link>
        </p>
      ) : null}
      {open ? (
        <>
          <Section heading={t.meetingsWork.coordinator.form.editHeading}>
            <MeetingFields
              key={`save-${formKey}`}
              form={stateFor("save")}
              programmes={programmes}
              mode="meeting"
              intent="save"
              submitLabel={t.meetingsWork.coordinator.form.save}
              defaults={{
                programmeId: String(meeting.programmeId),
                areaId: String(meeting.areaId),
                kind: meeting.kind,
                title: meeting.title,
                date: start.date,
                startTime: start.time,
                endTime: end.time,
                placeName: meeting.placeName,
                address: meeting.address,
                digitalUrl: meeting.digitalUrl,
                description: meeting.description,
                languages: meeting.languages,
                isPublic: check(meeting.isPublic),
                stepFree: check(meeting.stepFree),
                interpreter: check(meeting.interpreter),
              }}
            />
          </Section>
          <MoveSection key={`move-${formKey}`} form={stateFor("move")} defaults={{ date: start.date, startTime: start.time, endTime: end.time }} />
          <CancelSection key={`cancel-${formKey}`} form={stateFor("cancel")} />
          {started ? <CloseSection key={`close-${formKey}`} form={stateFor("close")} organisations={organisations} /> : null}
        </>
      ) : (
        <>
          <p className="mt-4">{p.history}</p>
          {meeting.closedAt !== null ? (
            <Section heading={t.meetings.page.outcome}>
              {meeting.attendeeCount !== null ? <p className="mt-2">{w.attendees(meeting.attendeeCount)}</p> : null}
              <p className="mt-2 max-w-prose whitespace-pre-line">{meeting.summary}</p>
            </Section>
          ) : null}
        </>
      )}
      <OrganisationsSection key={`org-${formKey}`} form={stateFor("addOrganisation")} organisations={organisations} choices={organisationChoices} open={open} />
      <InitiativesSection key={`ini-${formKey}`} form={stateFor("linkInitiative")} initiatives={initiatives} choices={initiativeChoices} />
    </>
  );
}
