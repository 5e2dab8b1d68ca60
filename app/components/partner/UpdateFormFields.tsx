import { partnerErrors } from "./PartnerNav";
import { SelectField, TextAreaField, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import type { formState } from "~/utils/forms";
import { UPDATE_VISIBILITIES } from "~/validation/enums";

/** The ids of the fields below, by name, in their order (the error summary links to them). */
export const UPDATE_FIELD_IDS = { title: "title", body: "body", eventDate: "eventDate", visibility: "visibility" };

/** Title, text, event date and visibility: the fields shared by the new-update and edit forms. */
export function UpdateFormFields({
  form,
  initial,
}: {
  form: ReturnType<typeof formState>;
  initial?: { title: string; body: string; eventDate: string; visibility: string };
}) {
  const t = useT();
  const u = t.partner.updates;
  const errors = (name: string) => partnerErrors(t, form.errors(name));
  return (
    <>
      <TextField id="title" name="title" label={u.updateTitle} defaultValue={form.value("title", initial?.title)} errors={errors("title")} required />
      <TextAreaField id="body" name="body" label={u.body} hint={u.bodyHint} rows={8} defaultValue={form.value("body", initial?.body)} errors={errors("body")} required />
      <TextField id="eventDate" name="eventDate" type="date" label={u.eventDate} hint={u.eventDateHint} defaultValue={form.value("eventDate", initial?.eventDate)} errors={errors("eventDate")} />
      <SelectField
        id="visibility"
        name="visibility"
        label={u.visibility}
        defaultValue={form.value("visibility", initial?.visibility ?? "public")}
        errors={errors("visibility")}
        options={UPDATE_VISIBILITIES.map((v) => ({ value: v, label: t.updateVisibilities[v] }))}
      />
    </>
  );
}
