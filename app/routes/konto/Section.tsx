import type { ReactNode } from "react";
import type { formState } from "~/utils/forms";

/** One form's state on the account page, and its field errors already in words. */
export type FormState = ReturnType<typeof formState>;
export type FieldErrors = (field: string) => string[] | undefined;

/** A part of the account page: a heading the section is named by, under a rule. */
export function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 border-t border-brand-100 pt-6">
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {heading}
      </h2>
      {children}
    </section>
  );
}
