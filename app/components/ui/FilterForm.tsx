import { Form } from "@remix-run/react";
import type { ReactNode, Ref } from "react";
import { Button, type ButtonVariant } from "./Button";

/**
 * A form that narrows what a page lists: a GET form, so the choice is in the address (a link can be
 * shared, Back works) and it works without JavaScript — the button submits it; nothing filters on
 * change behind a person's back. Name it by a visible heading (`labelledBy`) or by `label`.
 * `panel` draws the tinted box the public listings use; `inline` lines the fields up in a row.
 * The button is secondary unless the form is the page's main action (a search: `submitVariant`);
 * `submitClassName` replaces its spacing (mt-5) where a layout puts it elsewhere.
 */
export function FilterForm({
  action,
  label,
  labelledBy,
  search = false,
  layout = "inline",
  submitLabel,
  className = "",
  submitVariant = "secondary",
  submitClassName = "mt-5",
  formRef,
  children,
}: {
  action?: string;
  label?: string;
  labelledBy?: string;
  /** A search (role=search landmark) rather than a filter. */
  search?: boolean;
  layout?: "inline" | "panel" | "none";
  submitLabel: ReactNode;
  className?: string;
  submitVariant?: ButtonVariant;
  submitClassName?: string;
  /** The form element, for a component that updates its uncontrolled fields after a navigation. */
  formRef?: Ref<HTMLFormElement>;
  children: ReactNode;
}) {
  const layoutClass =
    layout === "panel" ? "rounded-lg border border-brand-100 bg-brand-50 p-4 sm:p-6" : layout === "inline" ? "flex flex-wrap items-end gap-3" : "";
  return (
    <Form
      ref={formRef}
      method="get"
      action={action}
      role={search ? "search" : undefined}
      aria-label={label}
      aria-labelledby={labelledBy}
      className={`no-print ${layoutClass} ${className}`.trim()}
    >
      {children}
      <Button variant={submitVariant} className={submitClassName || undefined}>
        {submitLabel}
      </Button>
    </Form>
  );
}
