/**
 * The nightly read of Enhetsregisteret's change feed (issue 24, part 2): what changed since the last
 * `oppdateringsid` for the organisation numbers in Laget. A unit marked removed ("Fjernet") loses the
 * data Laget kept of it, as the register's terms require; any other change (Ny, Endring, Sletting,
 * Ukjent) has the unit looked up again, so bankruptcies, dissolutions and deletions reach the
 * coordinators' dashboard (flaggedOrganisations). Numbers the register never answered for (it was
 * away when they were registered) are looked up too, a few hundred a night. Run from the hourly maintenance tick, once a day
 * from SYNC_HOUR Oslo time; a register that does not answer is tried again the next tick.
 */
import { dateTimeFormat } from "~/i18n/format";
import { feedState, keep, organisationNumbersInLaget, saveFeedState, uncheckedOrganisationNumbers } from "~/models/register-unit.server";
import { isoDayInNorway } from "~/components/initiatives/format";
import { now } from "~/utils/clock.server";
import { log } from "~/utils/log.server";
import { askRegister, refreshUnit } from "./enhetsregisteret.server";

export const SYNC_HOUR = 3;
/** Numbers per request: the filter is a comma-separated list in the query string. */
const NUMBERS_PER_REQUEST = 100;
const CHANGES_PER_PAGE = 1000;
/** Numbers never checked (the register was away at registration) looked up per night: polite, and done in days. */
const UNCHECKED_PER_NIGHT = 500;

type Change = { oppdateringsid: number; organisasjonsnummer: string; endringstype: string };

function osloHour(at: number): number {
  return Number(dateTimeFormat("en-GB", { timeZone: "Europe/Oslo", hour: "2-digit", hourCycle: "h23" }).format(at));
}

/** Reads the feed once a day; returns what it did, or null when it was not time (or the register was away). */
export async function runRegisterSync(at: number = now()): Promise<{ changes: number; removed: number; refreshed: number; checked: number } | null> {
  const state = feedState();
  if (osloHour(at) < SYNC_HOUR || (state && isoDayInNorway(state.readAt) === isoDayInNorway(at))) return null;
  return syncRegisterChanges(at);
}

/** One read of the change feed for every organisation number in Laget. */
export async function syncRegisterChanges(at: number = now()) {
  const state = feedState();
  const numbers = organisationNumbersInLaget();
  // The first read starts a day back; later ones continue after the last change seen.
  const from: Record<string, string> = state && state.lastChangeId > 0 ? { oppdateringsid: String(state.lastChangeId + 1) } : { dato: new Date((state?.readAt ?? at) - 86_400_000).toISOString() };
  const changes: Change[] = [];
  for (let i = 0; i < numbers.length; i += NUMBERS_PER_REQUEST) {
    const chunk = numbers.slice(i, i + NUMBERS_PER_REQUEST);
    const read = await readChanges(from, chunk);
    if (read === null) {
      log.warn("Enhetsregisteret's change feed did not answer; trying again next tick");
      return null;
    }
    changes.push(...read);
  }

  let removed = 0;
  let refreshed = 0;
  // Per number, only its latest change matters.
  const latest = new Map<string, Change>();
  for (const change of changes.sort((a, b) => a.oppdateringsid - b.oppdateringsid)) latest.set(change.organisasjonsnummer, change);
  for (const change of latest.values()) {
    if (change.endringstype === "Fjernet") {
      keep(change.organisasjonsnummer, { kind: "removed", checkedAt: at });
      removed++;
    } else if ((await refreshUnit(change.organisasjonsnummer)).kind !== "unreachable") {
      refreshed++;
    }
  }
  let checked = 0;
  for (const orgNumber of uncheckedOrganisationNumbers(UNCHECKED_PER_NIGHT)) {
    if ((await refreshUnit(orgNumber)).kind === "unreachable") break;
    checked++;
  }
  const lastChangeId = changes.reduce((max, change) => Math.max(max, change.oppdateringsid), state?.lastChangeId ?? 0);
  saveFeedState(lastChangeId, at);
  if (changes.length || checked) log.info("Enhetsregisteret changes read", { changes: changes.length, removed, refreshed, checked });
  return { changes: changes.length, removed, refreshed, checked };
}

/** Every change after `from` for these numbers, page by page; null when the register does not answer. */
async function readChanges(from: Record<string, string>, numbers: string[]): Promise<Change[] | null> {
  const found: Change[] = [];
  let next = { ...from };
  for (let page = 0; page < 100; page++) {
    const query = new URLSearchParams({ ...next, organisasjonsnummer: numbers.join(","), size: String(CHANGES_PER_PAGE) });
    const answer = await askRegister(`/oppdateringer/enheter?${query}`);
    if (answer.kind !== "answered" || answer.status !== 200) return null;
    const items = changesIn(answer.body);
    found.push(...items);
    if (items.length < CHANGES_PER_PAGE) return found;
    // Continue after the last id of this page (the feed is ordered by oppdateringsid).
    next = { oppdateringsid: String(items[items.length - 1]!.oppdateringsid + 1) };
  }
  return found;
}

function changesIn(body: unknown): Change[] {
  const embedded = (body as { _embedded?: { oppdaterteEnheter?: unknown } } | null)?._embedded?.oppdaterteEnheter;
  if (!Array.isArray(embedded)) return [];
  return embedded.flatMap((item) => {
    const change = item as Partial<Change>;
    return typeof change.oppdateringsid === "number" && typeof change.organisasjonsnummer === "string" && typeof change.endringstype === "string"
      ? [{ oppdateringsid: change.oppdateringsid, organisasjonsnummer: change.organisasjonsnummer, endringstype: change.endringstype }]
      : [];
  });
}
