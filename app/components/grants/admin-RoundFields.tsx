import { grantFieldErrors } from "~/components/grants/format";
import { TextField } from "~/components/ui/Field";
import { useT } from "~/i18n";
import type { formState } from "~/utils/forms";

/** Field name → id of its input: the error summary links to them (a new round, and correcting one). */
export const ROUND_FIELD_IDS = {
  name: "round-name",
  opensOn: "round-opens",
  deadlineOn: "round-deadline",
  deadlineTime: "round-time",
  plannedDecisionDate: "round-decision",
  budget: "round-budget",
};

/**
 * A round's fields (roundSchema): name, opening day, deadline day and its time in Oslo, planned
 * decision and budget. `continuous`: the scheme's one round has no deadline to set.
 */
export function RoundFields({ form, continuous = false }: { form: ReturnType<typeof formState>; continuous?: boolean }) {
  const t = useT();
  const s = t.grants.adminPages.scheme;
  const err = (name: string) => grantFieldErrors(t, form.errors(name));
  const I = ROUND_FIELD_IDS;
  return (
    <>
      <TextField id={I.name} name="name" label={s.roundNameLabel} hint={s.roundNameHint} defaultValue={form.value("name")} errors={err("name")} required />
      <TextField id={I.opensOn} name="opensOn" type="date" label={s.opensOn} hint={s.dateHint} defaultValue={form.value("opensOn")} errors={err("opensOn")} required />
      {continuous ? null : (
        <>
          <TextField id={I.deadlineOn} name="deadlineOn" type="date" label={s.deadlineOn} hint={s.dateHint} defaultValue={form.value("deadlineOn")} errors={err("deadlineOn")} required />
          <TextField id={I.deadlineTime} name="deadlineTime" label={s.deadlineTime} hint={s.deadlineTimeHint} defaultValue={form.value("deadlineTime")} errors={err("deadlineTime")} />
        </>
      )}
      <TextField id={I.plannedDecisionDate} name="plannedDecisionDate" type="date" label={s.plannedDecisionDate} hint={s.dateHint} defaultValue={form.value("plannedDecisionDate")} errors={err("plannedDecisionDate")} />
      <TextField id={I.budget} name="budget" label={s.budgetLabel} hint={t.grants.adminPages.form.amountHint} inputMode="numeric" defaultValue={form.value("budget")} errors={err("budget")} required />
    </>
  );
}
