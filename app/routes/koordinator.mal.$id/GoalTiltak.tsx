import { Form, Link } from "@remix-run/react";
import { goalErrors } from "~/components/goals/fields";
import { Button } from "~/components/ui/Button";
import { SelectField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import type { LinkedInitiative } from "~/models/goal/structure.server";
import type { formState } from "~/utils/forms";

/** The tiltak serving a sub-goal, each with a button to remove the link, and a form to link one more. */
export function GoalTiltak({
  isMain,
  closed,
  initiatives,
  linkable,
  form,
  formKey,
}: {
  isMain: boolean;
  closed: boolean;
  initiatives: LinkedInitiative[];
  linkable: { id: number; title: string }[];
  form: ReturnType<typeof formState>;
  formKey: string;
}) {
  const t = useT();
  const p = t.planning.goals.goal;
  return (
    <Section heading={p.tiltakHeading} id="tiltak">
      {isMain ? (
        <p className="mt-2">{p.mainGoalTiltak}</p>
      ) : (
        <>
          {initiatives.length === 0 ? <p className="mt-2">{p.noTiltak}</p> : null}
          <ul className="mt-2 space-y-1">
            {initiatives.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-x-4">
                <Link to={`/koordinator/tiltak/${i.slug}`} className="inline-flex min-h-11 items-center">
                  {i.title}
                </Link>
                {i.isPublic ? null : <span className="text-gray-700">{p.notPublic}</span>}
                {closed ? null : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="unlink" />
                    <input type="hidden" name="initiativeId" value={i.id} />
                    <Button variant="tertiary" className="relative min-h-11">
                      {p.unlink}
                      <span className="sr-only">{p.tiltakRef(i.title)}</span>
                    </Button>
                  </Form>
                )}
              </li>
            ))}
          </ul>
          {closed ? null : linkable.length === 0 ? (
            <p className="mt-4">{p.noLinkable}</p>
          ) : (
            <Form key={`${formKey}-link`} method="post" noValidate className="max-w-2xl">
              <input type="hidden" name="intent" value="link" />
              <SelectField
                id="link-initiative"
                name="initiativeId"
                label={p.linkLabel}
                hint={p.linkHint}
                placeholder={p.choose}
                defaultValue={form.value("initiativeId", "")}
                errors={goalErrors(t, form.errors("initiativeId"))}
                options={linkable.map((i) => ({ value: String(i.id), label: i.title }))}
              />
              <Button className="mt-4">{p.link}</Button>
            </Form>
          )}
        </>
      )}
    </Section>
  );
}
