/**
 * Meetings at scale for db/seed-large.ts (issue 22): for every programme, in up to four of its areas,
 * a series of stops every second week through a year around NOW (half of them past, closed with an
 * attendee count), one stop in ten cancelled, one meeting in eight internal, and two approved
 * organisations of the municipality taking part in each. Deterministic: its own PRNG.
 */
import type Database from "better-sqlite3";
import { mulberry32, pick, randInt } from "./seed";

type Programme = { id: number; areaIds: number[]; municipality: number };

export type LargeMeetingInput = {
  sqlite: Database.Database;
  programmes: Programme[];
  coordinatorOf: Map<number, number>;
  /** Approved organisations per municipality (index as Programme.municipality). */
  approvedIn: number[][];
  now: number;
};

const DAY_MS = 86_400_000;
const KINDS = ["caravan_stop", "open_meeting", "office_day", "workshop"] as const;
const PLACES = ["Biblioteket", "Bydelshuset", "Nærmiljøkontoret", "Parken ved skolen", "Torget", "Fritidsklubben"];

export function seedLargeMeetings(input: LargeMeetingInput): { meetings: number; series: number } {
  const { sqlite, now } = input;
  const rng = mulberry32(0x3ee7);
  const insertSeries = sqlite.prepare(
    `INSERT INTO meeting_series (programme_id, area_id, kind, title, place_name, weekday, start_time, end_time, every_weeks, from_date, until_date, created_by_user_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, '16:00', '19:00', 2, ?, ?, ?, ?)`,
  );
  const insertMeeting = sqlite.prepare(
    `INSERT INTO meetings (slug, programme_id, area_id, series_id, series_date, kind, title, place_name, starts_at, ends_at, is_public, step_free,
       cancelled_at, cancel_notice, sequence, attendee_count, summary, closed_at, closed_by_user_id, created_by_user_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertOrganisation = sqlite.prepare(
    "INSERT OR IGNORE INTO meeting_organisations (meeting_id, organisation_id, status, present, requested_by_user_id, created_at) VALUES (?, ?, 'confirmed', ?, ?, ?)",
  );
  const start = now - 182 * DAY_MS;
  const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  let meetings = 0;
  let series = 0;
  sqlite.transaction(() => {
    for (const programme of input.programmes) {
      const coordinator = input.coordinatorOf.get(programme.id) ?? null;
      const organisations = input.approvedIn[programme.municipality] ?? [];
      for (const areaId of programme.areaIds.slice(0, 4)) {
        const kind = pick(rng, KINDS);
        const place = pick(rng, PLACES);
        const title = `${kind === "caravan_stop" ? "Stopp med vogna" : kind === "office_day" ? "Kontordag" : kind === "workshop" ? "Verksted" : "Åpent møte"} ${programme.id}-${areaId}`;
        const seriesId = Number(
          insertSeries.run(programme.id, areaId, kind, title, place, ((new Date(start).getUTCDay() + 6) % 7) + 1, isoDay(start), isoDay(start + 364 * DAY_MS), coordinator, start).lastInsertRowid,
        );
        series++;
        for (let week = 0; week < 52; week += 2) {
          const day = start + week * 7 * DAY_MS;
          const startsAt = day + 15 * 3_600_000;
          const past = startsAt < now;
          const cancelled = randInt(rng, 0, 9) === 0;
          const closed = past && !cancelled;
          const id = Number(
            insertMeeting.run(
              `mote-${programme.id}-${areaId}-${isoDay(day)}`, programme.id, areaId, seriesId, isoDay(day), kind, title, place, startsAt, startsAt + 3 * 3_600_000,
              randInt(rng, 0, 7) === 0 ? 0 : 1, randInt(rng, 0, 1),
              cancelled ? startsAt - 3 * DAY_MS : null, cancelled ? "Avlyst på grunn av sykdom." : "", cancelled ? 1 : 0,
              closed ? randInt(rng, 3, 60) : null, closed ? "Innspill om lys, benker og aktiviteter for barn." : "", closed ? startsAt + 4 * 3_600_000 : null,
              closed ? coordinator : null, coordinator, start,
            ).lastInsertRowid,
          );
          meetings++;
          for (let k = 0; k < Math.min(2, organisations.length); k++) insertOrganisation.run(id, pick(rng, organisations), closed ? 1 : 0, coordinator, start);
        }
      }
    }
  })();
  return { meetings, series };
}
