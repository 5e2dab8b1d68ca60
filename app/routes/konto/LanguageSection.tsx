import { Form } from "@remix-run/react";
import { SelectField, SubmitButton } from "~/components/ui/Field";
import { LANGUAGES, useT, type Language } from "~/i18n";
import { Section, type FieldErrors, type FormState } from "./Section";

/** The language of the person's e-mails and notifications (users.language), which the pages follow too. */
export function LanguageSection({ formKey, language, form, errors }: { formKey: string; language: Language; form: FormState; errors: FieldErrors }) {
  const t = useT();
  const s = t.account.languageSection;
  return (
    <Section id="sprak" heading={s.heading}>
      {/* A whole page load, as the header's switch: the browser holds only the page's language's texts. */}
      <Form key={`${formKey}-language`} method="post" noValidate reloadDocument>
        <input type="hidden" name="intent" value="language" />
        <SelectField
          id="language"
          name="language"
          label={s.label}
          hint={s.hint}
          defaultValue={form.value("language", language)}
          errors={errors("language")}
          options={LANGUAGES.map((value) => ({ value, label: t.language.endonyms[value] }))}
        />
        <SubmitButton>{s.submit}</SubmitButton>
      </Form>
    </Section>
  );
}
