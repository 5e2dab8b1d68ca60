/**
 * The application form's server side, shared by /min-side/tilskudd/ny and /min-side/tilskudd/:id:
 * which button was pressed, and how many empty budget rows the page shows after "add more lines".
 */
import { MAX_BUDGET_LINES } from "~/validation/grants";
import { EMPTY_BUDGET_ROWS } from "./apply-budget-lines";

export type ApplicationIntent = "save" | "submit" | "addLines";

/** The button pressed: "Lagre utkast" (also Enter in a field), "Send inn" or "Legg til flere linjer". */
export function applicationIntent(formData: FormData): ApplicationIntent {
  const intent = formData.get("intent");
  return intent === "submit" || intent === "addLines" ? intent : "save";
}

/** `?linjer=n`: the empty budget rows to show (3 by default, at most the form's limit). */
export function extraRowsFrom(url: URL): number {
  const n = Number(url.searchParams.get("linjer"));
  return Number.isInteger(n) && n > EMPTY_BUDGET_ROWS ? Math.min(n, MAX_BUDGET_LINES) : EMPTY_BUDGET_ROWS;
}

/** After "add more lines": the next page shows this many more empty rows than before. */
export function moreRows(current: number): number {
  return Math.min(current + EMPTY_BUDGET_ROWS, MAX_BUDGET_LINES);
}
