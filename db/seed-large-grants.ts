/**
 * Grants at scale for db/seed-large.ts (issue 20): one scheme per programme, three decided rounds and
 * one open round each, and `count` applications (about 20 000 by default) from the programmes'
 * approved organisations — decided, withdrawn, submitted and drafts, with budget lines, assessments,
 * declarations, one meeting per decided round, decisions, payments and reports (some overdue).
 * Decision letters are left out (their text adds megabytes and no query reads them in bulk).
 * Deterministic: its own PRNG. Rows go through the caller's batching `queue`.
 */
import type Database from "better-sqlite3";
import type { Sector } from "../app/validation/enums";
import { mulberry32, pick, randInt } from "./seed";

type Programme = { id: number; areaIds: number[]; municipality: number };

export type LargeGrantInput = {
  sqlite: Database.Database;
  queue: (run: () => void) => void;
  commit: () => void;
  programmes: Programme[];
  coordinatorOf: Map<number, number>;
  /** Approved organisations per municipality (index as Programme.municipality). */
  approvedIn: number[][];
  orgSector: Map<number, Sector>;
  orgHome: Map<number, number>;
  ownerOf: Map<number, number>;
  /** Ids of people who may sit in a group (any existing users). */
  people: { first: number; count: number };
  count: number;
  now: number;
};

const DAY_MS = 86_400_000;
const ACTIVITIES = ["Sommerfest", "Gatefest", "Ryddeaksjon", "Kulturkveld", "Turdag", "Bokbytte", "Nabolagsmiddag", "Padledag", "Juletrefest", "Loppemarked"];
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function seedLargeGrants(input: LargeGrantInput): { schemes: number; rounds: number; applications: number } {
  const { sqlite, queue, commit, now } = input;
  const rng = mulberry32(0x96a47);
  const insertScheme = sqlite.prepare(
    `INSERT INTO grant_schemes (id, programme_id, slug, name, description, criteria, allows_private_persons, max_amount_ore, own_share_percent,
       appeal_body, report_due_days, created_by_user_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertSchemeArea = sqlite.prepare("INSERT INTO grant_scheme_areas (scheme_id, area_id) VALUES (?, ?)");
  const insertSchemeSector = sqlite.prepare("INSERT INTO grant_scheme_sectors (scheme_id, sector) VALUES (?, ?)");
  const insertMember = sqlite.prepare("INSERT INTO grant_group_members (scheme_id, user_id, role, created_at) VALUES (?, ?, ?, ?)");
  const insertRound = sqlite.prepare(
    `INSERT INTO grant_rounds (id, scheme_id, slug, name, opens_at, deadline_at, planned_decision_date, budget_ore, released_at, letters_sent_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMeeting = sqlite.prepare("INSERT INTO grant_meetings (id, round_id, held_on, place, created_at) VALUES (?, ?, ?, ?, ?)");
  const insertAttendee = sqlite.prepare("INSERT INTO grant_meeting_attendees (meeting_id, user_id) VALUES (?, ?)");
  const insertApplication = sqlite.prepare(
    `INSERT INTO grant_applications (id, round_id, applicant_kind, organisation_id, created_by_user_id, status, title, description, target_group,
       expected_participants, start_date, end_date, area_id, amount_applied_ore, own_share_ore, contact_name, contact_email, submitted_at, withdrawn_at, created_at)
     VALUES (?, ?, 'organisation', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertLine = sqlite.prepare("INSERT INTO grant_budget_lines (application_id, position, description, amount_ore) VALUES (?, ?, ?, ?)");
  const insertAssessment = sqlite.prepare(
    "INSERT INTO grant_assessments (application_id, is_complete, checked_at, recommendation, recommended_amount_ore, recommendation_text, recommended_at) VALUES (?, 1, ?, ?, ?, '', ?)",
  );
  const insertDeclaration = sqlite.prepare("INSERT INTO grant_declarations (application_id, user_id, has_conflict, reason, declared_at) VALUES (?, ?, ?, ?, ?)");
  const insertDecision = sqlite.prepare(
    `INSERT INTO grant_decisions (application_id, round_id, meeting_id, outcome, amount_granted_ore, reason, report_due_on, decided_on, letter_sent_at, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPayment = sqlite.prepare("INSERT INTO grant_payments (application_id, paid_on, amount_ore) VALUES (?, ?, ?)");
  const insertReport = sqlite.prepare(
    "INSERT INTO grant_reports (application_id, status, due_on, text, participants_reached, spent_ore, unspent_ore, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
  );

  type Round = { id: number; decided: boolean; deadline: number; meetingId: number | null; members: number[] };
  type Scheme = { id: number; programme: Programme; maxKr: number; percent: number; rounds: Round[] };
  const schemes: Scheme[] = [];
  let roundId = 0;
  let meetingId = 0;
  for (const programme of input.programmes) {
    const id = schemes.length + 1;
    const percent = pick(rng, [0, 0, 20, 50]);
    const maxKr = pick(rng, [20_000, 40_000, 100_000]);
    const coordinator = input.coordinatorOf.get(programme.id) ?? null;
    queue(() =>
      insertScheme.run(id, programme.id, `tilskudd-${programme.id}`, `Nærmiljøtilskudd ${programme.id}`, "Tilskudd til møteplasser og aktiviteter.",
        "Åpent for alle.", id % 2, maxKr * 100, percent, "Klagenemnda", 60, coordinator, now - 900 * DAY_MS),
    );
    for (const area of programme.areaIds) queue(() => insertSchemeArea.run(id, area));
    for (const sector of ["voluntary", "residents_group", "business"]) queue(() => insertSchemeSector.run(id, sector));
    // With no ordinary people (the smallest test databases), the known partner (user 3) is the group.
    const members = input.people.count > 0 ? [0, 1, 2].map((k) => input.people.first + ((id * 3 + k) % input.people.count)) : [3];
    const uniqueMembers = [...new Set(members)];
    for (const [k, user] of uniqueMembers.entries()) queue(() => insertMember.run(id, user, k === 0 ? "chair" : "member", now - 800 * DAY_MS));
    const scheme: Scheme = { id, programme, maxKr, percent, rounds: [] };
    // Three decided rounds (deadlines about 500, 320 and 140 days ago) and one open until well after today.
    for (const [r, daysAgo] of [500, 320, 140, -400].entries()) {
      const rid = ++roundId;
      const deadline = now - daysAgo * DAY_MS;
      const decided = daysAgo > 0;
      const mid = decided ? ++meetingId : null;
      const decidedOn = deadline + 30 * DAY_MS;
      queue(() =>
        insertRound.run(rid, id, `runde-${r + 1}`, `Runde ${r + 1}`, deadline - 90 * DAY_MS, deadline, isoDay(decidedOn), 100_000_000,
          decided ? deadline + 10 * DAY_MS : null, decided ? decidedOn + 2 * DAY_MS : null, deadline - 100 * DAY_MS),
      );
      if (mid !== null) {
        queue(() => insertMeeting.run(mid, rid, isoDay(decidedOn), "Nærmiljøkontoret", decidedOn));
        for (const user of uniqueMembers) queue(() => insertAttendee.run(mid, user));
      }
      scheme.rounds.push({ id: rid, decided, deadline, meetingId: mid, members: uniqueMembers });
    }
    schemes.push(scheme);
  }
  commit();

  let applications = 0;
  const usable = schemes.filter((s) => (input.approvedIn[s.programme.municipality]?.length ?? 0) > 0);
  for (let id = 1; usable.length > 0 && id <= input.count; id++) {
    // The known partner's organisations (1–3, in the first municipality) apply to the first scheme.
    const scheme = id <= 6 ? (usable.find((s) => s.programme.municipality === 0) ?? usable[0]!) : usable[id % usable.length]!;
    const organisation = id <= 6 ? ((id - 1) % 3) + 1 : pick(rng, input.approvedIn[scheme.programme.municipality]!);
    const round = rng() < 0.85 ? scheme.rounds[randInt(rng, 0, 2)]! : scheme.rounds[3]!;
    const home = input.orgHome.get(organisation);
    const area = home !== undefined && scheme.programme.areaIds.includes(home) ? home : scheme.programme.areaIds[0]!;
    const applied = randInt(rng, 5, scheme.maxKr / 1000) * 100_000;
    const total = Math.ceil((applied * 100) / (100 - scheme.percent) / 100) * 100;
    const ownShare = total - applied;
    const status = round.decided ? (rng() < 0.92 ? "decided" : "withdrawn") : rng() < 0.6 ? "submitted" : "draft";
    const submitted = status === "draft" ? null : round.deadline - randInt(rng, 1, 60) * DAY_MS;
    const start = round.deadline + randInt(rng, 40, 120) * DAY_MS;
    const activity = pick(rng, ACTIVITIES);
    const owner = input.ownerOf.get(organisation) ?? null;
    queue(() =>
      insertApplication.run(id, round.id, organisation, owner, status, `${activity} ${id}`, `${activity} for alle i nabolaget.`, "Beboere i området",
        randInt(rng, 20, 400), isoDay(start), isoDay(start), area, applied, ownShare, "Kontaktperson", `kontakt${id}@example.no`,
        submitted, status === "withdrawn" ? (submitted ?? 0) + DAY_MS : null, (submitted ?? now) - DAY_MS),
    );
    const first = Math.floor((total * 0.6) / 100) * 100;
    queue(() => insertLine.run(id, 0, "Leie og utstyr", first));
    queue(() => insertLine.run(id, 1, "Mat og aktiviteter", total - first));
    applications++;
    if (status !== "decided" || round.meetingId === null) continue;

    const roll = rng();
    const outcome = roll < 0.5 ? "granted" : roll < 0.75 ? "partly_granted" : "rejected";
    const amount = outcome === "granted" ? applied : outcome === "partly_granted" ? Math.max(100, Math.floor(applied / 200) * 100) : 0;
    const decidedAt = round.deadline + 30 * DAY_MS;
    queue(() => insertAssessment.run(id, round.deadline + 5 * DAY_MS, outcome, amount, round.deadline + 8 * DAY_MS));
    const aside = rng() < 0.05 ? round.members[0]! : null;
    for (const user of round.members) {
      queue(() => insertDeclaration.run(id, user, user === aside ? 1 : 0, user === aside ? "Styremedlem hos søkeren" : null, round.deadline + 12 * DAY_MS));
    }
    const dueOn = outcome === "rejected" ? null : isoDay(start + 60 * DAY_MS);
    queue(() =>
      insertDecision.run(id, round.id, round.meetingId, outcome, amount, outcome === "granted" ? "" : "Rammen er fordelt på mange søknader.", dueOn,
        isoDay(decidedAt), decidedAt + 2 * DAY_MS, decidedAt),
    );
    if (dueOn === null) continue;
    queue(() => insertPayment.run(id, isoDay(decidedAt + 10 * DAY_MS), amount));
    const reportRoll = rng();
    const reportStatus = dueOn > isoDay(now) ? "due" : reportRoll < 0.6 ? "approved" : reportRoll < 0.8 ? "submitted" : "due";
    const received = reportStatus !== "due";
    queue(() =>
      insertReport.run(id, reportStatus, dueOn, received ? "Arrangementet ble gjennomført." : "", received ? randInt(rng, 10, 300) : null,
        received ? amount : null, received ? 0 : null, received ? start + 30 * DAY_MS : null),
    );
  }
  commit();
  return { schemes: schemes.length, rounds: roundId, applications };
}
