import { Form } from "@remix-run/react";
import { SubmitButton, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { Section, type FieldErrors, type FormState } from "./Section";

export function NameSection({ formKey, name, form, errors }: { formKey: string; name: string; form: FormState; errors: FieldErrors }) {
  const a = useT().account;
  return (
    <Section id="navn" heading={a.nameSection.heading}>
      <Form key={`${formKey}-name`} method="post" noValidate>
        <input type="hidden" name="intent" value="name" />
        <TextField
          id="name"
          name="name"
          label={a.nameSection.label}
          hint={a.nameSection.hint}
          autoComplete="name"
          defaultValue={form.value("name", name)}
          errors={errors("name")}
          required
        />
        <SubmitButton>{a.nameSection.submit}</SubmitButton>
      </Form>
    </Section>
  );
}
