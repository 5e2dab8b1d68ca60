import { formatIsoDate } from "~/components/initiatives/format";
import type { Messages } from "~/i18n";
import type { RecordedOutcome } from "~/models/closing/period.server";

/** A recorded outcome in the coordinator's words: "Videreført i ordinær drift av Bydel Grorud fra 1. januar 2027". */
export function coordinatorOutcomeText(outcome: RecordedOutcome, t: Messages): string {
  const o = t.planning.closing.outcomeText;
  const from = outcome.fromDate ? formatIsoDate(outcome.fromDate, t) : "";
  switch (outcome.outcome) {
    case "ordinary_operations":
      return o.ordinary_operations(outcome.organisationName, from);
    case "continued_by_partner":
      return o.continued_by_partner(outcome.organisationName, from);
    case "successor":
      return o.successor(outcome.successorTitle ?? "");
    case "ended":
      return o.ended(outcome.reason);
  }
}
