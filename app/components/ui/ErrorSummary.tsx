import { useActionData } from "@remix-run/react";
import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from "react";
import { useT } from "~/i18n";
import type { formState } from "~/utils/forms";
import { errorText } from "./Field";

type Item = { key: string; text: ReactNode; href?: string };

type ErrorSummaryProps = {
  /** The refused form, from `formState(actionData.result)`; omit for a form without field errors. */
  form?: ReturnType<typeof formState>;
  /** Field name → the id of its input (for a checkbox group: of its first box), in the order the page shows them. */
  fields?: Record<string, string>;
  /** Errors the action found outside the conform result, as field id and text (a refused logo file). */
  fieldProblems?: { id: string; text: string }[];
  /** Messages about the whole form (a wrong password, too many attempts), after the field errors. */
  problems?: ReactNode[];
  /** Turns an error key into text; the shared validation messages unless given. */
  translate?: (key: string) => string;
};

/**
 * The GOV.UK error summary, drawn as Designsystemet's (`ds-error-summary`): after a refused submission it lists every error as a link to its field,
 * takes the focus and scrolls into view, so a person who pressed the button at the bottom hears and
 * sees what to fix. Place it right after the page's heading, where it is also the first thing a
 * person meets without JavaScript (then the page loads scrolled to the top). The page's title gets
 * "Feil:" in front through the root's `DocumentMeta`.
 */
export function ErrorSummary({ form, fields = {}, fieldProblems = [], problems = [], translate }: ErrorSummaryProps) {
  const t = useT();
  const tr = translate ?? ((key: string) => errorText(t, key));
  const actionData = useActionData();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();

  const items: Item[] = [];
  const seen = new Set<string>();
  const add = (item: Item, dedupe: string) => {
    if (seen.has(dedupe)) return;
    seen.add(dedupe);
    items.push(item);
  };
  if (form) {
    for (const [name, id] of Object.entries(fields)) {
      for (const key of form.errors(name) ?? []) add({ key: `${name}:${key}`, text: tr(key), href: `#${id}` }, `${name}:${key}`);
    }
    // Errors the page has no field for (the form as a whole, a hidden field of a tampered form).
    for (const key of [...form.formErrors, ...form.otherErrors(Object.keys(fields))]) add({ key, text: tr(key) }, `text:${tr(key)}`);
  }
  for (const { id, text } of fieldProblems) add({ key: `#${id}:${text}`, text, href: `#${id}` }, `#${id}:${text}`);
  problems.filter(Boolean).forEach((text, i) => add({ key: `problem-${i}`, text }, `problem-${i}`));

  const count = items.length;
  useEffect(() => {
    // Each refused submission brings new action data: focus the summary again, as GOV.UK does on load.
    if (count === 0 || !ref.current) return;
    ref.current.scrollIntoView({ block: "start" });
    ref.current.focus({ preventScroll: true });
  }, [actionData, count]);

  if (count === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="group"
      aria-labelledby={headingId}
      data-error-summary=""
      className="ds-error-summary mt-4"
    >
      {/* As GOV.UK's: announced even where moving the focus is not (a screen reader in browse mode). */}
      <div role="alert">
        <h2 id={headingId} className="font-bold">
          {t.validation.errorSummaryHeading(count)}
        </h2>
        <ul className="mt-2 list-none space-y-1">
          {items.map((item) => (
            <li key={item.key}>
              {item.href ? (
                <a href={item.href} onClick={focusField} className="underline">
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * With JavaScript, moves to the field itself instead of following the hash: the router would treat
 * the hash change as a navigation and drop the action's errors. Like GOV.UK, the field's label (or
 * its group's legend) is scrolled into view so the person sees what the field is.
 */
function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const id = decodeURIComponent(event.currentTarget.hash.slice(1));
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  const legend = field.closest("fieldset")?.querySelector("legend");
  const label = (field as HTMLInputElement).type === "checkbox" || (field as HTMLInputElement).type === "radio" ? legend : field.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`);
  (label ?? field).scrollIntoView({ block: "start" });
  field.focus({ preventScroll: true });
}
