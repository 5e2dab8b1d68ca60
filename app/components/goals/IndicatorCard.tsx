/**
 * One indicator on the coordinator's goal page: its chart with the table of its numbers, the form
 * for a year's value, the recorded values with a button to remove each, and (folded away) the form
 * to change or delete the indicator. Without the forms when the programme is closed.
 */
import { Form } from "@remix-run/react";
import { IndicatorChart, indicatorValue } from "~/components/charts/IndicatorChart";
import { Button } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import type { GoalIndicator } from "~/models/goal/structure.server";
import type { formState } from "~/utils/forms";
import { decimalInput } from "~/validation/goals";
import { goalErrors, IndicatorFields } from "./fields";

type Form = ReturnType<typeof formState>;

export const valueFieldIds = (indicatorId: number) => ({ year: `value-${indicatorId}-year`, value: `value-${indicatorId}-value` });

export function IndicatorCard({
  indicator,
  closed,
  formKey,
  valueForm,
  editForm,
}: {
  indicator: GoalIndicator;
  closed: boolean;
  formKey: string;
  valueForm: Form;
  editForm: Form;
}) {
  const t = useT();
  const g = t.planning.goals.goal;
  const ids = valueFieldIds(indicator.id);
  return (
    <section aria-labelledby={`indikator-${indicator.id}`} className="mt-8 border-t border-brand-100 pt-6">
      <h3 id={`indikator-${indicator.id}`} className="text-xl font-bold [overflow-wrap:anywhere]">
        {indicator.name}
      </h3>
      <p className="mt-1 text-gray-700">
        {g.unit}: {indicator.unit || "–"} · {g.source}: {indicator.source || g.noSource}
      </p>
      <IndicatorChart indicator={indicator} className="mt-4" />

      {closed ? null : (
        <>
          <Form key={`${formKey}-value`} method="post" noValidate className="mt-6 max-w-xl">
            <fieldset>
              <legend className="text-lg font-semibold">{g.valueHeading(indicator.name)}</legend>
              <p className="mt-1">{g.valueIntro}</p>
              <input type="hidden" name="intent" value="value" />
              <input type="hidden" name="indicatorId" value={indicator.id} />
              <div className="grid gap-x-4 sm:grid-cols-2">
                <TextField id={ids.year} name="year" label={g.yearLabel} inputMode="numeric" defaultValue={valueForm.value("year", "")} errors={goalErrors(t, valueForm.errors("year"))} required />
                <TextField id={ids.value} name="value" label={g.valueLabel} hint={g.valueHint} defaultValue={valueForm.value("value", "")} errors={goalErrors(t, valueForm.errors("value"))} required />
              </div>
              <Button className="mt-4">{g.saveValue}</Button>
            </fieldset>
          </Form>

          {indicator.values.length ? (
            <DataTable caption={g.valuesCaption(indicator.name)} className="mt-6 max-w-xl">
              <thead>
                <tr>
                  <Th>{g.colYear}</Th>
                  <Th numeric>{g.colValue}</Th>
                  <Th>{g.colRemove}</Th>
                </tr>
              </thead>
              <tbody>
                {indicator.values.map((v) => (
                  <tr key={v.year}>
                    <Th scope="row">{v.year}</Th>
                    <Td numeric>{indicatorValue(v.value, indicator.unit, t)}</Td>
                    <Td>
                      <Form method="post">
                        <input type="hidden" name="intent" value="removeValue" />
                        <input type="hidden" name="indicatorId" value={indicator.id} />
                        <input type="hidden" name="year" value={v.year} />
                        <Button variant="tertiary" className="relative min-h-11">
                          {g.remove}
                          <span className="sr-only">{g.valueRef(v.year)}</span>
                        </Button>
                      </Form>
                    </Td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          ) : null}

          <details className="mt-6 max-w-2xl" open={editForm.hasErrors || undefined}>
            <summary className="min-h-11 cursor-pointer py-2 font-semibold">{g.editIndicator(indicator.name)}</summary>
            <Form key={`${formKey}-edit`} method="post" noValidate>
              <input type="hidden" name="intent" value="saveIndicator" />
              <input type="hidden" name="indicatorId" value={indicator.id} />
              <IndicatorFields
                prefix={`indicator-${indicator.id}`}
                form={editForm}
                defaults={{
                  name: indicator.name,
                  unit: indicator.unit,
                  source: indicator.source,
                  baselineYear: String(indicator.baseline.year),
                  baselineValue: decimalInput(indicator.baseline.value),
                  targetYear: indicator.target ? String(indicator.target.year) : "",
                  targetValue: decimalInput(indicator.target?.value),
                }}
              />
              <Button className="mt-6">{g.saveIndicator}</Button>
            </Form>
            <Form method="post" className="mt-6">
              <input type="hidden" name="intent" value="deleteIndicator" />
              <input type="hidden" name="indicatorId" value={indicator.id} />
              <p>{g.deleteIndicatorHint}</p>
              <Button variant="secondary" className="mt-2">
                {g.deleteIndicator}
              </Button>
            </Form>
          </details>
        </>
      )}
    </section>
  );
}
