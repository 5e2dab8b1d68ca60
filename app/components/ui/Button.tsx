import { Link, type LinkProps } from "@remix-run/react";
import type { ButtonHTMLAttributes } from "react";

/**
 * Designsystemet's button (`ds-button`, docs/decisions/014-designsystemet-primitives.md) as a plain
 * <button>: no client JavaScript, so it works before hydration and without scripts.
 * primary: the one main action of a form; secondary: every other action; tertiary: a quiet one.
 */
export type ButtonVariant = "primary" | "secondary" | "tertiary";

export function Button({
  variant = "primary",
  type = "submit",
  className,
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return <button type={type} data-variant={variant} className={className ? `ds-button ${className}` : "ds-button"} {...rest} />;
}

/** A link that looks like a button: it goes somewhere (a new form, a download) rather than doing something. */
export function ButtonLink({ variant = "secondary", className, ...rest }: LinkProps & { variant?: ButtonVariant }) {
  return <Link data-variant={variant} className={className ? `ds-button ${className}` : "ds-button"} {...rest} />;
}
