import { Form } from "@remix-run/react";
import { SubmitButton, TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { Section, type FieldErrors } from "./Section";

export function PasswordSection({ formKey, email, errors, hasPassword = true }: { formKey: string; email: string; errors: FieldErrors; hasPassword?: boolean }) {
  const a = useT().account;
  return (
    <Section id="passord" heading={a.passwordSection.heading}>
      <p className="mt-2">{hasPassword ? a.passwordSection.explanation : a.passwordSection.noPassword}</p>
      <Form key={`${formKey}-password`} method="post" noValidate>
        <input type="hidden" name="intent" value="password" />
        {/* Lets password managers tie the new password to the account. */}
        <input type="hidden" name="username" autoComplete="username" value={email} />
{hasPassword ? (
        <TextField
          id="password-currentPassword"
          name="currentPassword"
          type="password"
          label={a.passwordSection.currentPassword}
          autoComplete="current-password"
          errors={errors("currentPassword")}
          required
        />
        ) : null}
        <TextField
          id="newPassword"
          name="newPassword"
          type="password"
          label={a.passwordSection.newPassword}
          hint={a.passwordSection.newPasswordHint}
          autoComplete="new-password"
          errors={errors("newPassword")}
          required
        />
        <SubmitButton>{a.passwordSection.submit}</SubmitButton>
      </Form>
    </Section>
  );
}
