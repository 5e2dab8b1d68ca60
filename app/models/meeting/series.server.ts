/**
 * Recurring stops entered once (issue 22): the caravan at Lervig every second Tuesday through spring
 * is one series row and one meeting row per stop, each of which can then be moved or cancelled on its
 * own (./meeting.server.ts). The occurrences' dates come from seriesDates (app/validation/meetings.ts),
 * their times are the series' Oslo clock times on each day (summer time or not).
 */
import { meetingSeries, meetings } from "../../../db/schema";
import { audit } from "~/services/audit.server";
import type { Actor } from "~/services/permissions";
import { getDb } from "~/utils/db.server";
import { osloLocalToInstant } from "~/validation/grants";
import { seriesDates, type SeriesInput } from "~/validation/meetings";
import { checkProgrammeAndArea, immediate, meetingSlug } from "./shared.server";

/** Creates the series and its occurrences in one transaction; gives the first occurrence's address. */
export function createSeries(actor: Actor, input: SeriesInput): { seriesId: number; occurrences: number; firstSlug: string } {
  return getDb().transaction((tx) => {
    checkProgrammeAndArea(tx, actor, input.programmeId, input.areaId);
    const { seriesId } = tx
      .insert(meetingSeries)
      .values({
        programmeId: input.programmeId,
        areaId: input.areaId,
        kind: input.kind,
        title: input.title,
        placeName: input.placeName,
        address: input.address,
        weekday: input.weekday,
        startTime: input.startTime,
        endTime: input.endTime,
        everyWeeks: input.everyWeeks,
        fromDate: input.fromDate,
        untilDate: input.untilDate,
        createdByUserId: actor.id,
      })
      .returning({ seriesId: meetingSeries.id })
      .get();
    const slugs: string[] = [];
    for (const day of seriesDates(input)) {
      const slug = meetingSlug(tx, input.title, day);
      tx.insert(meetings)
        .values({
          slug,
          programmeId: input.programmeId,
          areaId: input.areaId,
          seriesId,
          seriesDate: day,
          kind: input.kind,
          title: input.title,
          description: input.description,
          placeName: input.placeName,
          address: input.address,
          digitalUrl: input.digitalUrl,
          startsAt: new Date(osloLocalToInstant(day, input.startTime)),
          endsAt: new Date(osloLocalToInstant(day, input.endTime)),
          isPublic: input.isPublic,
          stepFree: input.stepFree,
          interpreter: input.interpreter,
          languages: input.languages,
          createdByUserId: actor.id,
        })
        .run();
      slugs.push(slug);
    }
    audit(
      {
        actorUserId: actor.id,
        action: "meeting_series.created",
        entityType: "meeting_series",
        entityId: seriesId,
        details: { programmeId: input.programmeId, occurrences: slugs.length, from: input.fromDate, until: input.untilDate },
      },
      tx,
    );
    return { seriesId, occurrences: slugs.length, firstSlug: slugs[0]! };
  }, immediate);
}
