/**
 * One report section's narrative as a plain form (works without JavaScript): a textarea and a button,
 * saved per section. After a refusal the person's text comes back in the field with the error.
 */
import { Form } from "@remix-run/react";
import { FormMessage, SubmitButton, TextAreaField } from "~/components/ui/Field";
import { errorText } from "~/components/ui/Field";
import { useT, type Messages } from "~/i18n";
import type { formState } from "~/utils/forms";
import type { PresentedSection } from "./document";

export const narrativeFieldId = (section: string) => `tekst-${section}`;

/** A report form's error key in words: the report's own first, then the shared ones. */
export function reportErrorText(t: Messages, key: string): string {
  const own = (t.planning.report.errors as Record<string, string | undefined>)[key];
  return own ?? errorText(t, key);
}

export function NarrativeForm({
  section,
  action,
  form,
  saved,
  formKey,
}: {
  section: PresentedSection;
  action: string;
  /** The refused form, when it was this section's. */
  form: ReturnType<typeof formState> | null;
  saved: boolean;
  formKey: string;
}) {
  const t = useT();
  const p = t.planning.report.page;
  return (
    <Form key={`${formKey}-${section.key}`} method="post" action={action} noValidate preventScrollReset>
      <input type="hidden" name="section" value={section.key} />
      <TextAreaField
        id={narrativeFieldId(section.key)}
        name="body"
        label={p.narrativeLabel(section.heading)}
        hint={p.narrativeHint}
        errors={form?.errors("body")?.map((key) => reportErrorText(t, key))}
        defaultValue={form ? form.value("body", "") : section.narrative}
        rows={6}
      />
      {saved ? <FormMessage tone="success">{p.saved}</FormMessage> : null}
      <SubmitButton>{p.save(section.heading)}</SubmitButton>
    </Form>
  );
}
