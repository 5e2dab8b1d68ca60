import type { Messages } from "~/i18n";
import { grantsErrorText } from "~/validation/grants";

/** An error key in words: the grants' form messages, then the models' refusals, then the shared messages. */
export function groupErrorText(t: Messages, key: string): string {
  const refusal = (t.grants.refusals as Record<string, string | undefined>)[key];
  return refusal ?? grantsErrorText(t, key);
}

/** A form's state with its errors already in words, for the shared fields (which translate only the shared keys). */
export function fieldErrors(t: Messages, errors: (name: string) => string[] | undefined) {
  return (name: string) => errors(name)?.map((key) => groupErrorText(t, key));
}

/**
 * Radio buttons in a fieldset, as the shared CheckboxGroup: the legend names the question, the hint
 * and the error (already in words) are tied to the group, the first button carries the id the error
 * summary links to.
 */
export function GroupRadios({
  id,
  name,
  legend,
  hint,
  errors,
  options,
  selected,
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  errors?: string[];
  options: { value: string; label: string }[];
  selected: string | undefined;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset className="ds-fieldset mt-5" aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
      <legend className="ds-label">{legend}</legend>
      {hint ? (
        <p id={hintId} data-field="description">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} data-field="validation" className="ds-validation-message">
          {errors!.join(" ")}
        </p>
      ) : null}
      <ul className="mt-1">
        {options.map((o, i) => (
          <li key={o.value}>
            <label className="flex min-h-11 items-center gap-3 py-1">
              <input className="ds-input" id={i === 0 ? id : undefined} type="radio" name={name} value={o.value} defaultChecked={selected === o.value} />
              <span>{o.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
