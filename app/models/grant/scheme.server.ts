/**
 * Grant schemes (ordninger), their rounds and their groups (bydelsgrupper): what the scheme
 * administrator sets up and reads (/koordinator/tilskudd: the new-scheme form's choices, the scheme
 * page with its rounds, group and appeals), who sits in a group (the members, a member's overview
 * at /bydelsgruppe, and the header's "Bydelsgruppe" link with the unread count), the round an
 * application form applies to and the areas it may name, and the public list of open schemes
 * (/tilskudd). Every change is one immediate transaction with its audit entry; a scheme of another
 * programme is refused as forbidden, an unknown one as notFound.
 */
import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql } from "drizzle-orm";
import {
  areas,
  grantAppeals,
  grantApplications,
  grantDecisions,
  grantGroupMembers,
  grantRounds,
  grantSchemeAreas,
  grantSchemeSectors,
  grantSchemes,
  notifications,
  organisations,
  programmeAreas,
  programmes,
  users,
} from "../../../db/schema";
import { listCoordinatedProgrammes, listProgrammeAreas } from "~/models/programme.server";
import { audit } from "~/services/audit.server";
import { notify } from "~/services/notify.server";
import type { Actor } from "~/services/permissions";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { RESERVED_SLUGS, slugify, uniqueSlug } from "~/utils/slug";
import type { GrantMemberRole, Sector } from "~/validation/enums";
import type { RoundInput, SchemeInput } from "~/validation/grants";
import { currentMembers, immediate, loadRound, refuse, requireAdministrator, type Reader, type Tx } from "./shared.server";

// ---------------------------------------------------------------------------------------------
// Schemes
// ---------------------------------------------------------------------------------------------

function schemeById(db: Reader, schemeId: number) {
  return db
    .select({ id: grantSchemes.id, slug: grantSchemes.slug, name: grantSchemes.name, programmeId: grantSchemes.programmeId, isContinuous: grantSchemes.isContinuous })
    .from(grantSchemes)
    .where(eq(grantSchemes.id, schemeId))
    .get();
}

/** Every area must lie in the programme's part of the area tree (one of its areas or below one). */
function checkAreasInProgramme(tx: Tx, programmeId: number, areaIds: number[]) {
  const inside = tx.all<{ id: number }>(sql`
    WITH RECURSIVE down(id) AS (
      SELECT ${programmeAreas.areaId} FROM ${programmeAreas} WHERE ${programmeAreas.programmeId} = ${programmeId}
      UNION SELECT a.id FROM ${areas} a JOIN down ON a.parent_id = down.id
    ) SELECT id FROM down`);
  const allowed = new Set(inside.map((r) => r.id));
  if (!areaIds.every((id) => allowed.has(id))) refuse("areaOutsideProgramme", "invalid", "areaIds");
}

function writeSchemeRules(tx: Tx, schemeId: number, input: SchemeInput) {
  tx.delete(grantSchemeAreas).where(eq(grantSchemeAreas.schemeId, schemeId)).run();
  tx.delete(grantSchemeSectors).where(eq(grantSchemeSectors.schemeId, schemeId)).run();
  tx.insert(grantSchemeAreas).values(input.areaIds.map((areaId) => ({ schemeId, areaId }))).run();
  if (input.sectors.length > 0) tx.insert(grantSchemeSectors).values(input.sectors.map((sector) => ({ schemeId, sector }))).run();
}

const schemeColumns = (input: SchemeInput) => ({
  name: input.name,
  description: input.description,
  criteria: input.criteria,
  allowsPrivatePersons: input.allowsPrivatePersons,
  maxAmountOre: input.maxAmount,
  ownSharePercent: input.ownSharePercent,
  quorum: input.quorum,
  appealBody: input.appealBody,
  reportDueDays: input.reportDueDays,
  isContinuous: input.isContinuous,
  decisionWithinDays: input.isContinuous ? input.decisionWithinDays : null,
});

/** Creates a scheme in one of the actor's programmes; its slug comes from the name. A continuous scheme gets its one round. */
export function createScheme(actor: Actor, input: SchemeInput): { id: number; slug: string } {
  return getDb().transaction((tx) => {
    requireAdministrator(actor, { programmeId: input.programmeId });
    checkAreasInProgramme(tx, input.programmeId, input.areaIds);
    const slug = uniqueSlug(slugify(input.name), (s) => RESERVED_SLUGS.has(s) || !!tx.select({ id: grantSchemes.id }).from(grantSchemes).where(eq(grantSchemes.slug, s)).get());
    const id = tx
      .insert(grantSchemes)
      .values({ ...schemeColumns(input), programmeId: input.programmeId, slug, createdByUserId: actor.id })
      .returning({ id: grantSchemes.id })
      .get().id;
    writeSchemeRules(tx, id, input);
    if (input.isContinuous) {
      tx.insert(grantRounds).values({ schemeId: id, slug: "lopende", name: input.name, opensAt: new Date(now()), deadlineAt: null, budgetOre: 0, createdByUserId: actor.id }).run();
    }
    audit({ actorUserId: actor.id, action: "grant_scheme.created", entityType: "grant_scheme", entityId: id, details: { slug, programmeId: input.programmeId } }, tx);
    return { id, slug };
  }, immediate);
}

/** Changes a scheme's rules; the programme stays (a scheme does not move between programmes). */
export function updateScheme(actor: Actor, schemeId: number, input: SchemeInput): void {
  getDb().transaction((tx) => {
    const scheme = requireAdministrator(actor, schemeById(tx, schemeId));
    checkAreasInProgramme(tx, scheme.programmeId, input.areaIds);
    tx.update(grantSchemes).set({ ...schemeColumns(input), updatedAt: new Date(now()) }).where(eq(grantSchemes.id, schemeId)).run();
    writeSchemeRules(tx, schemeId, input);
    audit({ actorUserId: actor.id, action: "grant_scheme.updated", entityType: "grant_scheme", entityId: schemeId, details: { name: input.name } }, tx);
  }, immediate);
}

/** The schemes of the actor's programmes, with their latest round (for /koordinator/tilskudd). Two queries. */
export function listSchemesForAdministrator(actor: Actor) {
  const db = getDb();
  const programmeFilter = actor.role === "admin" ? undefined : inArray(grantSchemes.programmeId, actor.programmeIds.length ? actor.programmeIds : [-1]);
  const schemes = db
    .select({ id: grantSchemes.id, slug: grantSchemes.slug, name: grantSchemes.name, programmeName: programmes.name, isContinuous: grantSchemes.isContinuous, archivedAt: grantSchemes.archivedAt })
    .from(grantSchemes)
    .innerJoin(programmes, eq(programmes.id, grantSchemes.programmeId))
    .where(programmeFilter)
    .orderBy(asc(programmes.name), asc(grantSchemes.name))
    .all();
  const rounds = schemes.length
    ? db
        .select({ id: grantRounds.id, schemeId: grantRounds.schemeId, slug: grantRounds.slug, name: grantRounds.name, opensAt: grantRounds.opensAt, deadlineAt: grantRounds.deadlineAt, releasedAt: grantRounds.releasedAt, lettersSentAt: grantRounds.lettersSentAt })
        .from(grantRounds)
        .where(inArray(grantRounds.schemeId, schemes.map((s) => s.id)))
        .orderBy(desc(grantRounds.opensAt))
        .all()
    : [];
  return schemes.map((s) => ({ ...s, rounds: rounds.filter((r) => r.schemeId === s.id) }));
}

/** The programmes a person may create a scheme in, each with its areas (tree order, with depth). One query. */
export function schemeFormOptions(actor: Actor) {
  return listCoordinatedProgrammes(actor).map((p) => ({ id: p.id, name: p.name, areas: p.areas.map(({ id, name, depth }) => ({ id, name, depth })) }));
}

/** The scheme an address names, if the person administers it. One query. */
export function schemeForAdministrator(actor: Actor, slug: string) {
  const scheme = getDb()
    .select({ id: grantSchemes.id, slug: grantSchemes.slug, name: grantSchemes.name, programmeId: grantSchemes.programmeId })
    .from(grantSchemes)
    .where(eq(grantSchemes.slug, slug))
    .get();
  return requireAdministrator(actor, scheme);
}

/**
 * The scheme page (/koordinator/tilskudd/:slug) in five queries: the scheme with its areas and
 * sectors (aggregated in the one statement), its group, its rounds with their submitted
 * applications counted, the areas of its programme (the edit form's choices) and its appeals, open
 * ones first (lodged, and what the group made of them). The page, with the session's and layouts'
 * own, must stay within ten statements.
 */
export function getSchemePage(actor: Actor, slug: string) {
  const db = getDb();
  const row = db
    .select({
      id: grantSchemes.id,
      slug: grantSchemes.slug,
      name: grantSchemes.name,
      description: grantSchemes.description,
      criteria: grantSchemes.criteria,
      programmeId: grantSchemes.programmeId,
      programmeName: programmes.name,
      allowsPrivatePersons: grantSchemes.allowsPrivatePersons,
      maxAmountOre: grantSchemes.maxAmountOre,
      ownSharePercent: grantSchemes.ownSharePercent,
      quorum: grantSchemes.quorum,
      appealBody: grantSchemes.appealBody,
      reportDueDays: grantSchemes.reportDueDays,
      isContinuous: grantSchemes.isContinuous,
      decisionWithinDays: grantSchemes.decisionWithinDays,
      areaIds: sql<string>`(SELECT json_group_array(${grantSchemeAreas.areaId}) FROM ${grantSchemeAreas} WHERE ${grantSchemeAreas.schemeId} = "grant_schemes"."id")`,
      sectors: sql<string>`(SELECT json_group_array(${grantSchemeSectors.sector}) FROM ${grantSchemeSectors} WHERE ${grantSchemeSectors.schemeId} = "grant_schemes"."id")`,
    })
    .from(grantSchemes)
    .innerJoin(programmes, eq(programmes.id, grantSchemes.programmeId))
    .where(eq(grantSchemes.slug, slug))
    .get();
  const { areaIds, sectors, ...scheme } = requireAdministrator(actor, row);
  const rounds = db
    .select({
      id: grantRounds.id,
      slug: grantRounds.slug,
      name: grantRounds.name,
      opensAt: grantRounds.opensAt,
      deadlineAt: grantRounds.deadlineAt,
      budgetOre: grantRounds.budgetOre,
      releasedAt: grantRounds.releasedAt,
      lettersSentAt: grantRounds.lettersSentAt,
      // Drafts are the applicant's own: counted only once submitted.
      applications: sql<number>`(SELECT count(*) FROM ${grantApplications} WHERE ${grantApplications.roundId} = "grant_rounds"."id" AND ${grantApplications.status} <> 'draft')`,
    })
    .from(grantRounds)
    .where(eq(grantRounds.schemeId, scheme.id))
    .orderBy(desc(grantRounds.opensAt))
    .all();
  const appeals = db
    .select({
      id: grantAppeals.id,
      title: grantApplications.title,
      applicantKind: grantApplications.applicantKind,
      organisationName: organisations.name,
      lodgedAt: grantAppeals.lodgedAt,
      outcome: grantAppeals.outcome,
      roundId: grantRounds.id,
    })
    .from(grantAppeals)
    .innerJoin(grantApplications, eq(grantApplications.id, grantAppeals.applicationId))
    .innerJoin(grantRounds, eq(grantRounds.id, grantApplications.roundId))
    .leftJoin(organisations, eq(organisations.id, grantApplications.organisationId))
    .where(eq(grantRounds.schemeId, scheme.id))
    // Open appeals (no outcome) first: NULL sorts first in SQLite's ascending order.
    .orderBy(asc(grantAppeals.outcome), asc(grantAppeals.lodgedAt))
    .all();
  return {
    ...scheme,
    areaIds: (JSON.parse(areaIds) as number[]).sort((a, b) => a - b),
    sectors: JSON.parse(sectors) as Sector[],
    members: currentMembers(db, scheme.id),
    rounds,
    appeals,
    programmeAreas: listProgrammeAreas(scheme.programmeId).map(({ id, name, depth }) => ({ id, name, depth })),
  };
}

// ---------------------------------------------------------------------------------------------
// The group (bydelsgruppe)
// ---------------------------------------------------------------------------------------------

/** Adds a person with an account (found by e-mail, any case) to the scheme's group. */
export function addGroupMember(actor: Actor, schemeId: number, input: { email: string; role: GrantMemberRole }): number {
  return getDb().transaction((tx) => {
    requireAdministrator(actor, schemeById(tx, schemeId));
    const user = tx.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${input.email})`).get();
    if (!user) refuse("userNotFound", "invalid", "email");
    const existing = tx
      .select({ id: grantGroupMembers.id })
      .from(grantGroupMembers)
      .where(and(eq(grantGroupMembers.schemeId, schemeId), eq(grantGroupMembers.userId, user.id), isNull(grantGroupMembers.endedAt)))
      .get();
    if (existing) refuse("alreadyMember", "conflict", "email");
    tx.insert(grantGroupMembers).values({ schemeId, userId: user.id, role: input.role, addedByUserId: actor.id }).run();
    audit({ actorUserId: actor.id, action: "grant_group.member_added", entityType: "grant_scheme", entityId: schemeId, details: { userId: user.id, role: input.role } }, tx);
    return user.id;
  }, immediate);
}

/** Ends a person's membership of the group; their declarations and past votes stay on record. */
export function removeGroupMember(actor: Actor, schemeId: number, userId: number): void {
  getDb().transaction((tx) => {
    requireAdministrator(actor, schemeById(tx, schemeId));
    const ended = tx
      .update(grantGroupMembers)
      .set({ endedAt: new Date(now()) })
      .where(and(eq(grantGroupMembers.schemeId, schemeId), eq(grantGroupMembers.userId, userId), isNull(grantGroupMembers.endedAt)))
      .run();
    if (ended.changes === 0) refuse("notFound", "notFound");
    audit({ actorUserId: actor.id, action: "grant_group.member_removed", entityType: "grant_scheme", entityId: schemeId, details: { userId } }, tx);
  }, immediate);
}

/** The schemes a person is a group member of, with their rounds released to the group (/bydelsgruppe). Two queries. */
export function listGroupSchemes(userId: number) {
  const db = getDb();
  const schemes = db
    .select({ id: grantSchemes.id, slug: grantSchemes.slug, name: grantSchemes.name, role: grantGroupMembers.role, programmeName: programmes.name })
    .from(grantGroupMembers)
    .innerJoin(grantSchemes, eq(grantSchemes.id, grantGroupMembers.schemeId))
    .innerJoin(programmes, eq(programmes.id, grantSchemes.programmeId))
    .where(and(eq(grantGroupMembers.userId, userId), isNull(grantGroupMembers.endedAt)))
    .orderBy(asc(grantSchemes.name))
    .all();
  const rounds = schemes.length
    ? db
        .select({ id: grantRounds.id, schemeId: grantRounds.schemeId, slug: grantRounds.slug, name: grantRounds.name, releasedAt: grantRounds.releasedAt, lettersSentAt: grantRounds.lettersSentAt, plannedDecisionDate: grantRounds.plannedDecisionDate })
        .from(grantRounds)
        .where(and(inArray(grantRounds.schemeId, schemes.map((s) => s.id)), sql`${grantRounds.releasedAt} IS NOT NULL`))
        .orderBy(desc(grantRounds.releasedAt))
        .all()
    : [];
  return schemes.map((s) => ({ ...s, rounds: rounds.filter((r) => r.schemeId === s.id) }));
}

/**
 * The header's two facts about a signed-in person in one statement: unread notifications, and
 * whether they sit in any scheme's group (the "Bydelsgruppe" link). One statement instead of two,
 * because the header runs on every page and every page has a budget of ten.
 */
export function shellFacts(userId: number): { unread: number; isGroupMember: boolean } {
  const row = getDb()
    .select({
      unread: sql<number>`(SELECT count(*) FROM ${notifications} WHERE ${notifications.userId} = ${userId} AND ${notifications.readAt} IS NULL)`,
      member: sql<number>`EXISTS (SELECT 1 FROM ${grantGroupMembers} WHERE ${grantGroupMembers.userId} = ${userId} AND ${grantGroupMembers.endedAt} IS NULL)`,
    })
    .from(sql`(SELECT 1)`)
    .get();
  return { unread: Number(row?.unread ?? 0), isGroupMember: Boolean(row?.member) };
}

// ---------------------------------------------------------------------------------------------
// Rounds
// ---------------------------------------------------------------------------------------------

/** Adds a round to a scheme with deadlines (a continuous scheme has its one round already). */
export function createRound(actor: Actor, schemeId: number, input: RoundInput): { id: number; slug: string } {
  return getDb().transaction((tx) => {
    const scheme = requireAdministrator(actor, schemeById(tx, schemeId));
    // A continuous scheme has its one round, made with it; a scheme with rounds gives each a deadline.
    if (scheme.isContinuous) refuse("continuousHasItsRound");
    if (input.deadlineAt === null) refuse("enterDeadline", "invalid", "deadlineOn");
    const slug = uniqueSlug(slugify(input.name), (s) => !!tx.select({ id: grantRounds.id }).from(grantRounds).where(and(eq(grantRounds.schemeId, schemeId), eq(grantRounds.slug, s))).get());
    const id = tx
      .insert(grantRounds)
      .values({
        schemeId,
        slug,
        name: input.name,
        opensAt: new Date(input.opensAt),
        deadlineAt: input.deadlineAt === null ? null : new Date(input.deadlineAt),
        plannedDecisionDate: input.plannedDecisionDate,
        budgetOre: input.budgetOre,
        createdByUserId: actor.id,
      })
      .returning({ id: grantRounds.id })
      .get().id;
    audit({ actorUserId: actor.id, action: "grant_round.created", entityType: "grant_round", entityId: id, details: { schemeId, slug, deadlineAt: input.deadlineAt } }, tx);
    return { id, slug };
  }, immediate);
}

/**
 * The administrator corrects a round before it goes to the group: its name, opening, deadline (never
 * into the past: applicants were promised until then), planned decision date and budget (never below
 * what it has granted). A continuous scheme's round keeps no deadline. Once released, a round is the
 * group's: nothing changes.
 */
export function updateRound(actor: Actor, roundId: number, input: RoundInput): void {
  getDb().transaction((tx) => {
    const round = requireAdministrator(actor, loadRound(tx, roundId));
    if (round.releasedAt) refuse("alreadyReleased");
    const deadlineAt = round.isContinuous ? null : input.deadlineAt;
    if (!round.isContinuous && deadlineAt === null) refuse("enterDeadline", "invalid", "deadlineOn");
    if (deadlineAt !== null && deadlineAt !== round.deadlineAt?.getTime() && deadlineAt <= now()) refuse("deadlineInPast", "invalid", "deadlineOn");
    const granted = tx
      .select({ total: sql<number>`coalesce(sum(${grantDecisions.amountGrantedOre}), 0)` })
      .from(grantDecisions)
      .where(and(eq(grantDecisions.roundId, roundId), isNull(grantDecisions.supersededAt)))
      .get()!.total;
    if (input.budgetOre < granted) refuse("budgetBelowGranted", "invalid", "budget");
    tx.update(grantRounds)
      .set({
        name: input.name,
        opensAt: new Date(input.opensAt),
        deadlineAt: deadlineAt === null ? null : new Date(deadlineAt),
        plannedDecisionDate: input.plannedDecisionDate,
        budgetOre: input.budgetOre,
      })
      .where(eq(grantRounds.id, roundId))
      .run();
    audit(
      {
        actorUserId: actor.id,
        action: "grant_round.updated",
        entityType: "grant_round",
        entityId: roundId,
        details: { deadlineAt: { from: round.deadlineAt?.getTime() ?? null, to: deadlineAt }, budgetOre: { from: round.budgetOre, to: input.budgetOre } },
      },
      tx,
    );
  }, immediate);
}

/** The rounds whose deadline falls in (from, to], with their deadlines: the public pages change then. */
export function roundsClosingBetween(from: number, to: number): { id: number; deadlineAt: number }[] {
  return getDb()
    .select({ id: grantRounds.id, deadlineAt: grantRounds.deadlineAt })
    .from(grantRounds)
    .where(and(gt(grantRounds.deadlineAt, new Date(from)), lte(grantRounds.deadlineAt, new Date(to))))
    .all()
    .map((r) => ({ id: r.id, deadlineAt: r.deadlineAt!.getTime() }));
}

/**
 * A round's deadline has passed: the public pages that showed it open must be rendered again. A
 * write to the round (of the value it has) moves the public data version (migration 0007's
 * trigger), which empties every process's response cache.
 */
export function noteDeadlinePassed(roundId: number): void {
  getDb().update(grantRounds).set({ deadlineAt: sql`${grantRounds.deadlineAt}` }).where(eq(grantRounds.id, roundId)).run();
}

/**
 * The administrator releases a closed round's applications to the group: from now on members
 * declare and see assessments. Members are told (grant_round_released).
 */
export function releaseRound(actor: Actor, roundId: number): void {
  getDb().transaction((tx) => {
    const round = requireAdministrator(actor, loadRound(tx, roundId));
    if (round.releasedAt) refuse("alreadyReleased");
    if (!round.isContinuous && (round.deadlineAt === null || round.deadlineAt.getTime() > now())) refuse("roundNotClosed");
    tx.update(grantRounds).set({ releasedAt: new Date(now()) }).where(eq(grantRounds.id, roundId)).run();
    audit({ actorUserId: actor.id, action: "grant_round.released", entityType: "grant_round", entityId: roundId }, tx);
    notify(tx, {
      userIds: currentMembers(tx, round.schemeId).map((m) => m.userId),
      kind: "grant_round_released",
      params: { round: round.name, scheme: round.schemeName },
      link: `/bydelsgruppe/${roundId}`,
      mail: null,
    });
  }, immediate);
}

/** A round is open at `at`: it has opened and its deadline (if any) has not passed. */
export function isRoundOpen(round: { opensAt: Date; deadlineAt: Date | null }, at: number): boolean {
  return round.opensAt.getTime() <= at && (round.deadlineAt === null || at < round.deadlineAt.getTime());
}

// ---------------------------------------------------------------------------------------------
// Applying: the round open now and the areas an application may name
// ---------------------------------------------------------------------------------------------

/**
 * The scheme (by slug, not archived) with the round open now, or null when there is none: what the
 * new-application form applies to. One query (the sectors as a JSON list).
 */
export function openRoundOfScheme(slug: string, at: number = now()) {
  const row = getDb()
    .select({
      roundId: grantRounds.id,
      roundName: grantRounds.name,
      deadlineAt: grantRounds.deadlineAt,
      schemeId: grantSchemes.id,
      slug: grantSchemes.slug,
      name: grantSchemes.name,
      maxAmountOre: grantSchemes.maxAmountOre,
      ownSharePercent: grantSchemes.ownSharePercent,
      allowsPrivatePersons: grantSchemes.allowsPrivatePersons,
      isContinuous: grantSchemes.isContinuous,
      sectors: sql<string>`(SELECT json_group_array(sector) FROM grant_scheme_sectors WHERE scheme_id = "grant_schemes"."id")`,
    })
    .from(grantSchemes)
    .innerJoin(grantRounds, eq(grantRounds.schemeId, grantSchemes.id))
    .where(
      and(
        eq(grantSchemes.slug, slug),
        isNull(grantSchemes.archivedAt),
        lte(grantRounds.opensAt, new Date(at)),
        or(isNull(grantRounds.deadlineAt), gt(grantRounds.deadlineAt, new Date(at))),
      ),
    )
    .orderBy(sql`${grantRounds.deadlineAt} IS NULL`, asc(grantRounds.deadlineAt))
    .limit(1)
    .get();
  if (!row) return null;
  return { ...row, sectors: JSON.parse(row.sectors) as Sector[] };
}

export type OpenRound = NonNullable<ReturnType<typeof openRoundOfScheme>>;

/**
 * The areas an application to the scheme may name: the scheme's own and every area below them, in
 * name order. One query (the scheme's area tree is small).
 */
export function schemeAreaChoices(schemeId: number) {
  return getDb().all<{ id: number; name: string }>(sql`
    WITH RECURSIVE tree(id) AS (
      SELECT area_id FROM ${grantSchemeAreas} WHERE scheme_id = ${schemeId}
      UNION SELECT a.id FROM ${areas} a JOIN tree ON a.parent_id = tree.id
    ) SELECT a.id AS id, a.name AS name FROM ${areas} a JOIN tree ON tree.id = a.id ORDER BY a.name`);
}

// ---------------------------------------------------------------------------------------------
// In public
// ---------------------------------------------------------------------------------------------

/**
 * Schemes with a round open now, the soonest deadline first (continuous ones last), with what an
 * applicant needs to know: criteria, maximum, own share, who may apply. Two queries, from the round
 * indexes (opens_at within the scheme, deadline_at).
 */
export function listOpenSchemes(at: number = now()) {
  const db = getDb();
  const open = db
    .select({
      roundId: grantRounds.id,
      roundSlug: grantRounds.slug,
      roundName: grantRounds.name,
      deadlineAt: grantRounds.deadlineAt,
      schemeId: grantSchemes.id,
      slug: grantSchemes.slug,
      name: grantSchemes.name,
      description: grantSchemes.description,
      criteria: grantSchemes.criteria,
      maxAmountOre: grantSchemes.maxAmountOre,
      ownSharePercent: grantSchemes.ownSharePercent,
      allowsPrivatePersons: grantSchemes.allowsPrivatePersons,
      isContinuous: grantSchemes.isContinuous,
      decisionWithinDays: grantSchemes.decisionWithinDays,
      programmeName: programmes.name,
    })
    .from(grantRounds)
    .innerJoin(grantSchemes, eq(grantSchemes.id, grantRounds.schemeId))
    .innerJoin(programmes, eq(programmes.id, grantSchemes.programmeId))
    .where(and(or(isNull(grantRounds.deadlineAt), gt(grantRounds.deadlineAt, new Date(at))), lte(grantRounds.opensAt, new Date(at)), isNull(grantSchemes.archivedAt)))
    .orderBy(sql`${grantRounds.deadlineAt} IS NULL`, asc(grantRounds.deadlineAt), asc(grantSchemes.name))
    .all();
  const sectors = open.length
    ? db.select().from(grantSchemeSectors).where(inArray(grantSchemeSectors.schemeId, [...new Set(open.map((o) => o.schemeId))])).all()
    : [];
  return open.map((o) => ({ ...o, sectors: sectors.filter((s) => s.schemeId === o.schemeId).map((s) => s.sector) }));
}
