import type { ReactNode } from "react";
import { useT, type Messages } from "~/i18n";
import { Button } from "./Button";

/** Translates an error key from a zod schema (see app/validation/common.ts); unknown keys show as given. */
export function errorText(t: Messages, key: string): string {
  const value = (t.validation as Record<string, unknown>)[key];
  return typeof value === "string" ? value : key;
}

/*
 * Designsystemet's field, label, input and validation message (docs/decisions/014-designsystemet-primitives.md),
 * wired on the server: the hint and the error are tied to the input with aria-describedby in the
 * markup, so nothing waits for JavaScript. The error stands above the input, as GOV.UK's does.
 */
const inputClass = "ds-input w-full";

type FieldProps = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  type?: "text" | "email" | "password" | "url" | "tel" | "date" | "search" | "number";
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  inputMode?: "numeric" | "text" | "email" | "tel" | "url";
};

/** A labelled input with its hint and errors tied to it for screen readers. */
export function TextField({ id, name, label, hint, errors, type = "text", defaultValue, autoComplete, required, inputMode }: FieldProps) {
  const t = useT();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="ds-field mt-5">
      <label htmlFor={id} className="ds-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} data-field="description">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} t={t} />
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        aria-required={required || undefined}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={inputClass}
      />
    </div>
  );
}

export function TextAreaField({ id, name, label, hint, errors, defaultValue, rows = 6 }: Omit<FieldProps, "type"> & { rows?: number }) {
  const t = useT();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="ds-field mt-5">
      <label htmlFor={id} className="ds-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} data-field="description">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} t={t} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={inputClass}
      />
    </div>
  );
}

export function SelectField({
  id,
  name,
  label,
  hint,
  errors,
  defaultValue,
  options,
  placeholder,
}: Omit<FieldProps, "type"> & { options: { value: string; label: string }[]; placeholder?: string }) {
  const t = useT();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="ds-field mt-5">
      <label htmlFor={id} className="ds-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} data-field="description">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} t={t} />
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={inputClass}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of checkboxes in a fieldset; `selected` holds the checked values. */
export function CheckboxGroup({
  name,
  legend,
  hint,
  errors,
  options,
  selected,
  id,
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  errors?: string[];
  options: { value: string; label: string; group?: string }[];
  selected: string[];
}) {
  const t = useT();
  const errorId = errors?.length ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const groups = [...new Set(options.map((o) => o.group ?? ""))];
  return (
    <fieldset className="ds-fieldset mt-5" aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}>
      <legend className="ds-label">{legend}</legend>
      {hint ? (
        <p id={hintId} data-field="description">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId} errors={errors} t={t} />
      {groups.map((group) => (
        <div key={group || "all"} className="mt-2">
          {group ? <p className="mt-3 text-sm font-semibold text-gray-700">{group}</p> : null}
          <ul className="grid gap-x-4 sm:grid-cols-2">
            {options
              .filter((o) => (o.group ?? "") === group)
              .map((o) => (
                <li key={o.value}>
                  <label className="flex min-h-11 items-center gap-3 py-1">
                    <input
                      className="ds-input"
                      // The group's id goes on its first box: the error summary links there.
                      id={o.value === options[0]?.value ? id : undefined}
                      type="checkbox"
                      name={name}
                      value={o.value}
                      defaultChecked={selected.includes(o.value)}
                    />
                    <span>{o.label}</span>
                  </label>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}

function FieldErrors({ id, errors, t }: { id?: string; errors?: string[]; t: Messages }) {
  if (!id || !errors?.length) return null;
  return (
    <p id={id} data-field="validation" className="ds-validation-message">
      {errors.map((e) => errorText(t, e)).join(" ")}
    </p>
  );
}

/** A message about the whole form (wrong password, too many attempts), announced when it appears. */
export function FormMessage({ children, tone = "error" }: { children: ReactNode; tone?: "error" | "success" | "info" }) {
  if (!children) return null;
  const color = tone === "error" ? "danger" : tone;
  return (
    <div role={tone === "error" ? "alert" : "status"} data-color={color} className="ds-alert mt-4">
      {children}
    </div>
  );
}

/** The form's main button. */
export function SubmitButton({ children, name, value }: { children: ReactNode; name?: string; value?: string }) {
  return (
    <Button name={name} value={value} className="mt-6">
      {children}
    </Button>
  );
}
