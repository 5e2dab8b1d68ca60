/** The recorder's parts of /bydelsgruppe/:round: the meeting, and the appeals that returned to the group. */
import { FormMessage } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import type { GroupRound } from "~/models/grant/round.server";
import type { formState } from "~/utils/forms";
import { AppealForm, MeetingForm } from "./group-forms";
import { applicantName, calendarDay, instantDay } from "~/components/grants/format";

type FormState = ReturnType<typeof formState>;
type Errors = (name: string) => string[] | undefined;

export function MeetingSection({ data, form, errors, refusal, today }: { data: GroupRound; form: FormState; errors: Errors; refusal: string | null; today: string }) {
  const t = useT();
  const m = t.grants.groupPages.meeting;
  const meeting = data.meeting;
  const lettersSent = data.round.lettersSentAt !== null;
  const showForm = !lettersSent && data.canRecord;
  return (
    <Section heading={m.heading} id="mote">
      {meeting ? (
        <>
          <p className="mt-2">{m.held(calendarDay(meeting.heldOn, t), meeting.place)}</p>
          <p className="mt-1">{m.present(meeting.present.map((p) => p.name).join(", "))}</p>
        </>
      ) : null}
      {lettersSent ? <p className="mt-2">{m.lettersSent}</p> : null}
      {!data.canRecord && !lettersSent ? <p className="mt-2">{m.onlyRecorder}</p> : null}
      {showForm ? <p className="mt-2 max-w-prose">{m.intro(data.quorumNeeded)}</p> : null}
      {refusal ? <FormMessage>{refusal}</FormMessage> : null}
      {showForm && !meeting ? <MeetingForm members={data.members} form={form} errors={errors} today={today} /> : null}
      {showForm && meeting ? (
        <details className="mt-4" open={form.hasErrors || refusal !== null || undefined}>
          <summary className="min-h-11 cursor-pointer py-2 font-medium text-brand-800">{m.newMeeting}</summary>
          <p className="mt-1">{m.newMeetingHint}</p>
          <MeetingForm members={data.members} form={form} errors={errors} today={today} />
        </details>
      ) : null}
    </Section>
  );
}

export function AppealsSection({
  data,
  formFor,
  errorsFor,
  refusal,
}: {
  data: GroupRound;
  formFor: (appealId: number) => FormState;
  errorsFor: (appealId: number) => Errors;
  refusal: { appealId: number; text: string } | null;
}) {
  const t = useT();
  const a = t.grants.groupPages.appeals;
  const open = data.applications.filter((x) => x.appeal !== null);
  return (
    <Section heading={a.heading} id="klager">
      <p className="mt-2 max-w-prose">{a.intro(data.round.appealBody)}</p>
      {open.length === 0 ? <p className="mt-2">{a.none}</p> : null}
      {open.map((x) => (
        <section key={x.appeal!.id} aria-labelledby={`klage-${x.appeal!.id}`} className="mt-6 rounded border border-gray-300 p-4">
          <h3 id={`klage-${x.appeal!.id}`} className="text-xl font-bold">
            {x.title} ({applicantName(x.applicant, t)})
          </h3>
          <p className="mt-1 text-gray-700">{a.lodged(instantDay(x.appeal!.lodgedAt, t))}</p>
          {x.appeal!.text !== null ? <blockquote className="mt-2 whitespace-pre-line border-l-4 border-brand-100 pl-4">{x.appeal!.text}</blockquote> : <p className="mt-2">{a.textHidden}</p>}
          {refusal?.appealId === x.appeal!.id ? (
            <FormMessage>
              {a.refused} {refusal.text}
            </FormMessage>
          ) : null}
          {data.canRecord && x.appeal!.text !== null ? <AppealForm appealId={x.appeal!.id} form={formFor(x.appeal!.id)} errors={errorsFor(x.appeal!.id)} /> : null}
        </section>
      ))}
    </Section>
  );
}
