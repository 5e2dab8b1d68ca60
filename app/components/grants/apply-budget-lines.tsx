import { Button } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { useT } from "~/i18n";
import { MAX_BUDGET_LINES } from "~/validation/grants";

export type BudgetLineValue = { description: string; amount: string };

/** Empty rows under the written ones: enough to write a small budget without asking for more. */
export const EMPTY_BUDGET_ROWS = 3;

/**
 * The budget as lines (what, amount) that works without JavaScript: the lines written so far plus
 * `extraRows` empty ones, each a pair of plain inputs named budgetLines[i].description / .amount; the
 * "add more lines" button submits the form (intent=addLines), the action saves the draft and the page
 * comes back with more empty rows. Errors stand above the table (the whole budget) and in the row.
 */
export function BudgetLinesField({
  lines,
  extraRows = EMPTY_BUDGET_ROWS,
  errors,
  lineErrors,
  totalText,
}: {
  lines: BudgetLineValue[];
  extraRows?: number;
  /** Errors about the whole budget (translated). */
  errors?: string[];
  /** Translated errors per row and column: `${i}.description` / `${i}.amount`. */
  lineErrors: Record<string, string[] | undefined>;
  totalText?: string;
}) {
  const t = useT();
  const f = t.grants.applyPages.form;
  const written = lines.filter((l) => l.description !== "" || l.amount !== "");
  const count = Math.min(MAX_BUDGET_LINES, Math.max(written.length + extraRows, 1));
  const rows = Array.from({ length: count }, (_, i) => written[i] ?? { description: "", amount: "" });
  const errorId = errors?.length ? "app-budget-error" : undefined;
  return (
    <fieldset className="ds-fieldset mt-5" aria-describedby={["app-budget-hint", errorId].filter(Boolean).join(" ")}>
      <legend className="ds-label">{f.budgetLegend}</legend>
      <p id="app-budget-hint" data-field="description">
        {f.budgetHint}
      </p>
      {errorId ? (
        <p id={errorId} data-field="validation" className="ds-validation-message">
          {errors!.join(" ")}
        </p>
      ) : null}
      <DataTable caption={f.budgetCaption} captionHidden className="mt-2">
        <thead>
          <tr>
            <Th>{f.lineNumber}</Th>
            <Th>{f.what}</Th>
            <Th numeric>{f.amount}</Th>
          </tr>
        </thead>
        <tbody>
          {rows.map((line, i) => {
            const descErrors = lineErrors[`${i}.description`];
            const amountErrors = lineErrors[`${i}.amount`];
            return (
              <tr key={i}>
                <Td>{i + 1}</Td>
                <Td>
                  <label htmlFor={`app-line-${i}-description`} className="sr-only">
                    {f.lineDescription(i + 1)}
                  </label>
                  {descErrors?.length ? (
                    <p id={`app-line-${i}-description-error`} className="ds-validation-message">
                      {descErrors.join(" ")}
                    </p>
                  ) : null}
                  <input
                    id={`app-line-${i}-description`}
                    name={`budgetLines[${i}].description`}
                    defaultValue={line.description}
                    maxLength={200}
                    aria-invalid={descErrors?.length ? true : undefined}
                    aria-describedby={descErrors?.length ? `app-line-${i}-description-error` : undefined}
                    className="ds-input w-full min-w-40"
                  />
                </Td>
                <Td numeric>
                  <label htmlFor={`app-line-${i}-amount`} className="sr-only">
                    {f.lineAmount(i + 1)}
                  </label>
                  {amountErrors?.length ? (
                    <p id={`app-line-${i}-amount-error`} className="ds-validation-message">
                      {amountErrors.join(" ")}
                    </p>
                  ) : null}
                  <input
                    id={`app-line-${i}-amount`}
                    name={`budgetLines[${i}].amount`}
                    defaultValue={line.amount}
                    inputMode="decimal"
                    aria-invalid={amountErrors?.length ? true : undefined}
                    aria-describedby={amountErrors?.length ? `app-line-${i}-amount-error` : undefined}
                    className="ds-input w-32 text-right"
                  />
                </Td>
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      {totalText ? <p className="mt-2 font-semibold">{totalText}</p> : null}
      {count < MAX_BUDGET_LINES ? (
        <Button variant="secondary" name="intent" value="addLines" className="mt-3">
          {f.addLines}
        </Button>
      ) : null}
    </fieldset>
  );
}
