/**
 * The coordinator's own words in a report (report_narratives): one text per programme, kind (the
 * årsmelding of a year, or the final report of the period), year and section. Saving an empty text
 * removes it. Every change is one transaction with its audit entry.
 *
 * A closed programme's narratives stay editable, on purpose: the final report is written after the
 * period is closed (closing is what gives every tiltak the outcome the report tells), and the last
 * year's årsmelding goes through the district's own editing after that too. Closing freezes what the
 * public sees and what can be joined, not the coordinator's report about it.
 */
import { and, eq } from "drizzle-orm";
import { programmes, reportNarratives } from "../../../db/schema";
import { pickProgramme } from "~/models/programme.server";
import { audit } from "~/services/audit.server";
import type { Actor } from "~/services/permissions";
import { now, todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { RefusalError } from "~/utils/refusal.server";
import type { ReportKind, ReportSection } from "~/validation/enums";

/** Why a narrative is refused; each is a key of t.planning.report.errors. */
export type NarrativeProblem = "yearOutsidePeriod" | "finalNotAvailable";

/** `year`: the årsmelding's year; for the final report null (it is the period's last year) or that year. */
export type NarrativeInput = { slug: string; kind: ReportKind; year: number | null; section: ReportSection; body: string };

/**
 * Saves (or, when empty, removes) one section's narrative. Refused: another programme (forbidden),
 * an unknown one (notFound), an årsmelding year outside the programme's period, and a final report
 * before the period's last year has come (or for another year than that).
 */
export function saveNarrative(actor: Actor, input: NarrativeInput): { programmeId: number; year: number; changed: boolean } {
  const { programme } = pickProgramme(actor, input.slug);
  const db = getDb();
  return db.transaction(
    (tx) => {
      const period = tx
        .select({ start: programmes.periodStart, end: programmes.periodEnd, closedAt: programmes.closedAt })
        .from(programmes)
        .where(eq(programmes.id, programme.id))
        .get()!;
      const thisYear = Number(todayInNorway().slice(0, 4));
      let year: number;
      if (input.kind === "annual") {
        // An open-ended programme reports up to this year.
        if (input.year === null || input.year < period.start || input.year > (period.end ?? thisYear)) throw new RefusalError<NarrativeProblem>("yearOutsidePeriod", "invalid");
        year = input.year;
      } else {
        year = period.end ?? thisYear;
        const available = period.closedAt !== null || (period.end !== null && period.end <= thisYear);
        if (!available || (input.year !== null && input.year !== year)) throw new RefusalError<NarrativeProblem>("finalNotAvailable", "conflict");
      }
      const key = and(
        eq(reportNarratives.programmeId, programme.id),
        eq(reportNarratives.kind, input.kind),
        eq(reportNarratives.year, year),
        eq(reportNarratives.section, input.section),
      );
      const before = tx.select({ body: reportNarratives.body }).from(reportNarratives).where(key).get();
      if ((before?.body ?? "") === input.body) return { programmeId: programme.id, year, changed: false };
      if (input.body === "") {
        tx.delete(reportNarratives).where(key).run();
      } else {
        const values = { body: input.body, updatedByUserId: actor.id, updatedAt: new Date(now()) };
        tx.insert(reportNarratives)
          .values({ programmeId: programme.id, kind: input.kind, year, section: input.section, ...values })
          .onConflictDoUpdate({ target: [reportNarratives.programmeId, reportNarratives.kind, reportNarratives.year, reportNarratives.section], set: values })
          .run();
      }
      audit(
        {
          actorUserId: actor.id,
          action: input.body === "" ? "report.narrative_removed" : "report.narrative_saved",
          entityType: "programme",
          entityId: programme.id,
          details: { kind: input.kind, year, section: input.section, characters: input.body.length },
        },
        tx,
      );
      return { programmeId: programme.id, year, changed: true };
    },
    { behavior: "immediate" },
  );
}
