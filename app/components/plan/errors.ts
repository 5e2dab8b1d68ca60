/**
 * An error key of a plan form in words (coordinator pages only, never the public plan page: it pulls
 * in the forms' schemas): the plan's own messages, then its refusals, then the amounts' and dates'
 * (the grants'), then the shared ones.
 */
import type { Messages } from "~/i18n";
import { grantsErrorText } from "~/validation/grants";

export function planErrorText(t: Messages, key: string): string {
  const p = t.planning.plan;
  const own = (p.validation as Record<string, string | undefined>)[key] ?? (p.refusals as Record<string, string | undefined>)[key];
  return own ?? grantsErrorText(t, key);
}
