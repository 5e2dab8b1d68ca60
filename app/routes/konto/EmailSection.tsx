import { Form } from "@remix-run/react";
import { SubmitButton, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { Section, type FieldErrors, type FormState } from "./Section";

export function EmailSection({ formKey, email, form, errors }: { formKey: string; email: string; form: FormState; errors: FieldErrors }) {
  const a = useT().account;
  return (
    <Section id="epost" heading={a.emailSection.heading}>
      <p className="mt-2">{a.emailSection.current(email)}</p>
      <p className="mt-2">{a.emailSection.explanation}</p>
      <Form key={`${formKey}-email`} method="post" noValidate>
        <input type="hidden" name="intent" value="email" />
        <TextField
          id="newEmail"
          name="newEmail"
          type="email"
          label={a.emailSection.newEmail}
          autoComplete="email"
          defaultValue={form.value("newEmail")}
          errors={errors("newEmail")}
          required
        />
        <TextField
          id="email-currentPassword"
          name="currentPassword"
          type="password"
          label={a.emailSection.currentPassword}
          hint={a.emailSection.currentPasswordHint}
          autoComplete="current-password"
          errors={errors("currentPassword")}
          required
        />
        <SubmitButton>{a.emailSection.submit}</SubmitButton>
      </Form>
    </Section>
  );
}
