/**
 * The meeting forms (issue 22): one meeting, a series of stops entered once, cancelling or moving one
 * occurrence, and the organisations and tiltak taking part (/koordinator/moter). Times are written as
 * Oslo wall-clock times and stored as instants (osloLocalToInstant). Error messages are keys: our own
 * in messages.meetings.validation, the shared ones in messages.validation (meetingsErrorText).
 */
import { z } from "zod";
import type { Messages } from "~/i18n";
import { idList, isIsoDate, msg, oneOfField, optionalText, requiredText, textTypeError } from "./common";
import { MEETING_KINDS } from "./enums";
import { osloLocalToInstant } from "./grants";

export type MeetingsValidationKey = keyof typeof import("~/i18n/nb.meetings.work").meetingsWork.validation;
const mmsg = (key: MeetingsValidationKey) => ({ error: key });

/** Translates an error key: the meetings' own (a form's, then a refusal's), then the shared ones (unknown keys show as given). */
export function meetingsErrorText(t: Messages, key: string): string {
  const own = (t.meetingsWork.validation as Record<string, string | undefined>)[key] ?? (t.meetingsWork.refusals as Record<string, string | undefined>)[key];
  if (own) return own;
  const shared = (t.validation as Record<string, unknown>)[key];
  return typeof shared === "string" ? shared : key;
}

/** The most occurrences one series makes: a year of weekly stops. */
export const MAX_SERIES_OCCURRENCES = 53;

const id = (missing: "invalidChoice" | "choose" = "invalidChoice") =>
  z.coerce.number(msg(missing)).int(msg("invalidChoice")).positive(msg(missing)).max(Number.MAX_SAFE_INTEGER, msg("invalidChoice"));

/** A real day YYYY-MM-DD in the years 2000–2100 (a meeting in 1950 or 9999 is a typing mistake). */
const date = (missing: MeetingsValidationKey) =>
  z
    .string(textTypeError())
    .trim()
    .min(1, mmsg(missing))
    .refine((v) => isIsoDate(v) && v >= "2000-01-01", mmsg("isoDate"));

const TIME = /^([01]\d|2[0-3])[:.][0-5]\d$/;
/** A clock time "18:00" or "18.00" (as Norwegians write it), given as HH:MM. */
const time = (missing: MeetingsValidationKey) =>
  z
    .string(textTypeError())
    .trim()
    .min(1, mmsg(missing))
    .refine((v) => TIME.test(v.padStart(5, "0")), mmsg("time"))
    .transform((v) => v.padStart(5, "0").replace(".", ":"));

/** A checkbox: sent as "on" when ticked, absent when not. */
const checkbox = z
  .string(textTypeError())
  .optional()
  .transform((v) => v === "on" || v === "true");

const url = z
  .string(textTypeError())
  .trim()
  .max(500, msg("tooLong"))
  .refine((v) => v === "" || /^https?:\/\/[^\s]+\.[^\s]+$/i.test(v), msg("url"))
  .optional()
  .transform((v) => v ?? "");

/** What a meeting and a series share: where, what, and the practical information. */
const details = {
  programmeId: id("choose"),
  areaId: id("choose"),
  kind: oneOfField(MEETING_KINDS),
  title: requiredText(160, { missing: "enterTitle" }),
  description: optionalText(4000, { multiline: true }),
  placeName: optionalText(160),
  address: optionalText(200),
  digitalUrl: url,
  isPublic: checkbox,
  stepFree: checkbox,
  interpreter: checkbox,
  languages: optionalText(200),
};

type Place = { kind: string; placeName: string; digitalUrl: string };
/** A digital meeting needs its link; any other needs a place to come to. */
function checkPlace(v: Place, ctx: z.RefinementCtx) {
  if (v.kind === "digital" && v.digitalUrl === "") ctx.addIssue({ code: "custom", message: "digitalUrlRequired", path: ["digitalUrl"] });
  if (v.kind !== "digital" && v.placeName === "") ctx.addIssue({ code: "custom", message: "placeRequired", path: ["placeName"] });
}

export const meetingSchema = z
  .object({ ...details, date: date("enterDate"), startTime: time("enterStartTime"), endTime: time("enterEndTime") })
  .superRefine((v, ctx) => {
    checkPlace(v, ctx);
    if (v.endTime <= v.startTime) ctx.addIssue({ code: "custom", message: "endAfterStart", path: ["endTime"] });
  })
  .transform(({ date: day, startTime, endTime, ...v }) => ({
    ...v,
    startsAt: osloLocalToInstant(day, startTime),
    endsAt: osloLocalToInstant(day, endTime),
  }));
export type MeetingInput = z.output<typeof meetingSchema>;

export const seriesSchema = z
  .object({
    ...details,
    weekday: z.coerce.number(mmsg("chooseWeekday")).int(mmsg("chooseWeekday")).min(1, mmsg("chooseWeekday")).max(7, mmsg("chooseWeekday")),
    everyWeeks: z.coerce.number(mmsg("everyWeeks")).int(mmsg("everyWeeks")).min(1, mmsg("everyWeeks")).max(8, mmsg("everyWeeks")),
    startTime: time("enterStartTime"),
    endTime: time("enterEndTime"),
    fromDate: date("enterFromDate"),
    untilDate: date("enterUntilDate"),
  })
  .superRefine((v, ctx) => {
    checkPlace(v, ctx);
    if (v.endTime <= v.startTime) ctx.addIssue({ code: "custom", message: "endAfterStart", path: ["endTime"] });
    // A date already refused has its own message; the series' checks need two good ones.
    if (!isIsoDate(v.fromDate) || !isIsoDate(v.untilDate) || v.fromDate < "2000-01-01") return;
    if (v.untilDate < v.fromDate) ctx.addIssue({ code: "custom", message: "untilAfterFrom", path: ["untilDate"] });
    else if (seriesDates(v).length === 0) ctx.addIssue({ code: "custom", message: "noOccurrences", path: ["untilDate"] });
    else if (seriesDates(v).length > MAX_SERIES_OCCURRENCES) ctx.addIssue({ code: "custom", message: "seriesTooLong", path: ["untilDate"] });
  });
export type SeriesInput = z.output<typeof seriesSchema>;

/**
 * The dates of a series (YYYY-MM-DD): the first `weekday` on or after `fromDate`, then every
 * `everyWeeks` weeks until `untilDate`. At most one more than MAX_SERIES_OCCURRENCES (enough to refuse).
 */
export function seriesDates(v: { weekday: number; everyWeeks: number; fromDate: string; untilDate: string }): string[] {
  const DAY = 86_400_000;
  const from = Date.parse(`${v.fromDate}T00:00:00Z`);
  const until = Date.parse(`${v.untilDate}T00:00:00Z`);
  const isoWeekday = (ms: number) => ((new Date(ms).getUTCDay() + 6) % 7) + 1;
  let day = from + ((v.weekday - isoWeekday(from) + 7) % 7) * DAY;
  const dates: string[] = [];
  while (day <= until && dates.length <= MAX_SERIES_OCCURRENCES) {
    dates.push(new Date(day).toISOString().slice(0, 10));
    day += v.everyWeeks * 7 * DAY;
  }
  return dates;
}

export const cancelSchema = z.object({ notice: requiredText(500, { multiline: true }) });

export const moveSchema = z
  .object({ date: date("enterDate"), startTime: time("enterStartTime"), endTime: time("enterEndTime"), notice: requiredText(500, { multiline: true }) })
  .superRefine((v, ctx) => {
    if (v.endTime <= v.startTime) ctx.addIssue({ code: "custom", message: "endAfterStart", path: ["endTime"] });
  })
  .transform(({ date: day, startTime, endTime, notice }) => ({ startsAt: osloLocalToInstant(day, startTime), endsAt: osloLocalToInstant(day, endTime), notice }));

export const organisationSchema = z.object({ organisationId: id("choose") });

/** Closing a meeting: the attendees as a number only (never names), the organisations present, a short summary. */
export const closeSchema = z.object({
  attendeeCount: z
    .string(textTypeError())
    .trim()
    .min(1, mmsg("attendeeCount"))
    .refine((v) => /^\d{1,6}$/.test(v.replace(/[\s\u00a0]/g, "")), mmsg("attendeeCount"))
    .transform((v) => Number(v.replace(/[\s\u00a0]/g, ""))),
  present: idList,
  summary: requiredText(4000, { multiline: true }),
});
export const initiativeSchema = z.object({ initiativeId: id("choose") });
