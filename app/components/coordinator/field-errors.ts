import type { Messages } from "~/i18n";
import { coordinatorErrorText } from "~/validation/coordinator";

/** Translated errors for a field of the coordinators' forms. */
export function fieldErrors(t: Messages, errors: string[] | undefined): string[] | undefined {
  return errors?.map((e) => coordinatorErrorText(t, e));
}
