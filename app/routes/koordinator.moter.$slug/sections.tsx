/** The meeting page's sections below its edit form: cancel, move, organisations, tiltak. Plain POST forms. */
import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import type { formState } from "~/utils/forms";

type FormState = ReturnType<typeof formState>;

export const CANCEL_FIELD_IDS = { notice: "cancel-notice" };
export const MOVE_FIELD_IDS = { date: "move-date", startTime: "move-start", endTime: "move-end", notice: "move-notice" };
export const ORGANISATION_FIELD_IDS = { organisationId: "add-organisation" };
export const INITIATIVE_FIELD_IDS = { initiativeId: "link-initiative" };

export function CancelSection({ form }: { form: FormState }) {
  const t = useT();
  const p = t.meetingsWork.coordinator.page;
  return (
    <Section heading={p.cancelHeading}>
      <p className="mt-2 max-w-prose">{p.cancelIntro}</p>
      <Form method="post" className="max-w-2xl" noValidate>
        <input type="hidden" name="intent" value="cancel" />
        <TextAreaField id={CANCEL_FIELD_IDS.notice} name="notice" label={p.notice} errors={form.errors("notice")} defaultValue={form.value("notice", "")} rows={3} />
        <Button variant="secondary" className="mt-4">
          {p.cancel}
        </Button>
      </Form>
    </Section>
  );
}

export function MoveSection({ form, defaults }: { form: FormState; defaults: { date: string; startTime: string; endTime: string } }) {
  const t = useT();
  const p = t.meetingsWork.coordinator.page;
  const f = t.meetingsWork.coordinator.form;
  return (
    <Section heading={p.moveHeading}>
      <Form method="post" className="max-w-2xl" noValidate>
        <input type="hidden" name="intent" value="move" />
        <TextField id={MOVE_FIELD_IDS.date} name="date" type="date" label={f.date} hint={f.dateHint} errors={form.errors("date")} defaultValue={form.value("date", defaults.date)} />
        <div className="flex flex-wrap gap-x-6">
          <TextField id={MOVE_FIELD_IDS.startTime} name="startTime" label={f.startTime} hint={f.timeHint} errors={form.errors("startTime")} defaultValue={form.value("startTime", defaults.startTime)} inputMode="numeric" />
          <TextField id={MOVE_FIELD_IDS.endTime} name="endTime" label={f.endTime} hint={f.timeHint} errors={form.errors("endTime")} defaultValue={form.value("endTime", defaults.endTime)} inputMode="numeric" />
        </div>
        <TextAreaField id={MOVE_FIELD_IDS.notice} name="notice" label={p.notice} errors={form.errors("notice")} defaultValue={form.value("notice", "")} rows={3} />
        <Button variant="secondary" className="mt-4">
          {p.move}
        </Button>
      </Form>
    </Section>
  );
}

type Organisation = { id: number; name: string; status: "pending" | "confirmed" };

export function OrganisationsSection({ form, organisations, choices, open }: { form: FormState; organisations: Organisation[]; choices: { id: number; name: string }[]; open: boolean }) {
  const t = useT();
  const p = t.meetingsWork.coordinator.page;
  return (
    <Section heading={p.organisationsHeading}>
      {organisations.length === 0 ? (
        <p className="mt-2">{p.organisationsEmpty}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {organisations.map((o) => (
            <li key={o.id} className="flex flex-wrap items-center gap-3">
              <span className="font-medium">{o.name}</span>
              <span>({o.status === "pending" ? p.pending : p.confirmed})</span>
              {open ? (
                <>
                  {o.status === "pending" ? (
                    <Form method="post">
                      <input type="hidden" name="intent" value="addOrganisation" />
                      <input type="hidden" name="organisationId" value={o.id} />
                      <Button variant="secondary">{p.confirm(o.name)}</Button>
                    </Form>
                  ) : null}
                  <Form method="post">
                    <input type="hidden" name="intent" value="removeOrganisation" />
                    <input type="hidden" name="organisationId" value={o.id} />
                    <Button variant="tertiary">{p.remove(o.name)}</Button>
                  </Form>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {open && choices.length > 0 ? (
        <Form method="post" className="flex flex-wrap items-end gap-3" noValidate>
          <input type="hidden" name="intent" value="addOrganisation" />
          <SelectField
            id={ORGANISATION_FIELD_IDS.organisationId}
            name="organisationId"
            label={p.organisation}
            errors={form.errors("organisationId")}
            placeholder={t.meetingsWork.coordinator.form.choose}
            options={choices.map((c) => ({ value: String(c.id), label: c.name }))}
          />
          <Button variant="secondary">{p.addOrganisation}</Button>
        </Form>
      ) : null}
    </Section>
  );
}

export function InitiativesSection({ form, initiatives, choices }: { form: FormState; initiatives: { id: number; title: string }[]; choices: { id: number; title: string }[] }) {
  const t = useT();
  const p = t.meetingsWork.coordinator.page;
  return (
    <Section heading={p.initiativesHeading}>
      {initiatives.length === 0 ? (
        <p className="mt-2">{p.initiativesEmpty}</p>
      ) : (
        <ul className="mt-3 space-y-2">
          {initiatives.map((i) => (
            <li key={i.id} className="flex flex-wrap items-center gap-3">
              <span className="font-medium">{i.title}</span>
              <Form method="post">
                <input type="hidden" name="intent" value="unlinkInitiative" />
                <input type="hidden" name="initiativeId" value={i.id} />
                <Button variant="tertiary">{p.unlink(i.title)}</Button>
              </Form>
            </li>
          ))}
        </ul>
      )}
      {choices.length > 0 ? (
        <Form method="post" className="flex flex-wrap items-end gap-3" noValidate>
          <input type="hidden" name="intent" value="linkInitiative" />
          <SelectField
            id={INITIATIVE_FIELD_IDS.initiativeId}
            name="initiativeId"
            label={p.initiative}
            errors={form.errors("initiativeId")}
            placeholder={t.meetingsWork.coordinator.form.choose}
            options={choices.map((c) => ({ value: String(c.id), label: c.title }))}
          />
          <Button variant="secondary">{p.link}</Button>
        </Form>
      ) : null}
    </Section>
  );
}

export const CLOSE_FIELD_IDS = { attendeeCount: "close-attendees", present: "close-present", summary: "close-summary" };

/** Closing a meeting that has begun: attendees as a number, the organisations present, a summary. */
export function CloseSection({ form, organisations }: { form: FormState; organisations: Organisation[] }) {
  const t = useT();
  const p = t.meetingsWork.coordinator.page;
  const confirmed = organisations.filter((o) => o.status === "confirmed");
  return (
    <Section heading={p.closeHeading}>
      <p className="mt-2 max-w-prose">{p.closeIntro}</p>
      <Form method="post" className="max-w-2xl" noValidate>
        <input type="hidden" name="intent" value="close" />
        <TextField
          id={CLOSE_FIELD_IDS.attendeeCount}
          name="attendeeCount"
          label={p.attendees}
          inputMode="numeric"
          errors={form.errors("attendeeCount")}
          defaultValue={form.value("attendeeCount", "")}
        />
        {confirmed.length > 0 ? (
          <CheckboxGroup
            id={CLOSE_FIELD_IDS.present}
            name="present"
            legend={p.present}
            errors={form.errors("present")}
            options={confirmed.map((o) => ({ value: String(o.id), label: o.name }))}
            selected={form.values("present", confirmed.map((o) => String(o.id)))}
          />
        ) : null}
        <TextAreaField id={CLOSE_FIELD_IDS.summary} name="summary" label={p.summary} errors={form.errors("summary")} defaultValue={form.value("summary", "")} rows={4} />
        <Button variant="secondary" className="mt-4">
          {p.close}
        </Button>
      </Form>
    </Section>
  );
}
