/**
 * The coordinators' workspace (/koordinator): approvals, tiltak, participations, moderation. Every
 * function takes the acting person and keeps to the programmes they coordinate (admins: all); a
 * thing outside that scope is refused with a RefusalError "forbidden", an unknown one with
 * "notFound" (ADR 013). Writes run in one immediate transaction with their audit entry and notifications.
 * Matching, the dashboard and the reports live in ./coordination-insight.server.ts.
 */
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import {
  areas,
  auditEvents,
  initiatives,
  initiativeSoughtOffers,
  initiativeSoughtSectors,
  memberships,
  organisationAreas,
  organisations,
  organisationThemes,
  participations,
  programmeAreas,
  programmes,
  subprogrammes,
  updates,
  users,
} from "../../db/schema";
import { getMessages } from "~/i18n";
import { audit } from "~/services/audit.server";
import { notify } from "~/services/notify.server";
import { canCoordinateProgramme, isAdmin, type Actor } from "~/services/permissions";
import { needsClosing, shownInitiativeStatus } from "~/components/initiatives/status";
import { now, todayInNorway } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { RefusalError, type RefusalKind } from "~/utils/refusal.server";
import { jsonList, jsonObjects } from "~/utils/sql-json.server";
import { slugify, uniqueSlug } from "~/utils/slug";
import type { InitiativeStatus, Offer, ParticipationRole, Sector } from "~/validation/enums";
import { normaliseOrgNumber, orgNumberProblem } from "~/validation/org-number";

/** Why a coordinator's request is refused; each is a key of t.coordinator.problems. */
export type CoordinationProblem = "notFound" | "forbidden" | "alreadyOpen" | "notOpen" | "notApproved";

const KIND: Record<CoordinationProblem, RefusalKind> = { notFound: "notFound", forbidden: "forbidden", alreadyOpen: "conflict", notOpen: "conflict", notApproved: "conflict" };
export const coordinationRefusal = (reason: CoordinationProblem) => new RefusalError<CoordinationProblem>(reason, KIND[reason]);

type Db = ReturnType<typeof getDb>;
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

// ---------------------------------------------------------------------------------------------
// Scope
// ---------------------------------------------------------------------------------------------

type ProgrammeArea = { id: number; slug: string; name: string; depth: number };

/** A programme the person coordinates, with what its pages and forms choose from. */
export type ProgrammeChoice = { id: number; slug: string; name: string; subprogrammes: { id: number; name: string }[]; areas: ProgrammeArea[] };

type AreaRow = { id: number; slug: string; name: string; parentId: number | null };
const programmeAreaRows = (programmeId: unknown) =>
  jsonObjects<AreaRow>(sql`SELECT json_object('id', ${areas.id}, 'slug', ${areas.slug}, 'name', ${areas.name}, 'parentId', ${areas.parentId}) AS v
    FROM ${programmeAreas} JOIN ${areas} ON ${areas.id} = ${programmeAreas.areaId} WHERE ${programmeAreas.programmeId} = ${programmeId}`);

/**
 * The programmes the person coordinates (admins: all), by name, each with its sub-programmes and its
 * areas (in tree order): one query, so a page that picks a programme needs no more for its filters.
 */
export function listCoordinatedProgrammes(actor: Actor): ProgrammeChoice[] {
  const rows = getDb()
    .select({
      id: programmes.id,
      slug: programmes.slug,
      name: programmes.name,
      subprogrammes: jsonObjects<{ id: number; name: string }>(sql`SELECT json_object('id', ${subprogrammes.id}, 'name', ${subprogrammes.name}) AS v
        FROM ${subprogrammes} WHERE ${subprogrammes.programmeId} = ${programmes.id} ORDER BY ${subprogrammes.position}, ${subprogrammes.name}`),
      areaRows: programmeAreaRows(programmes.id),
    })
    .from(programmes)
    .orderBy(asc(programmes.name))
    .all();
  return rows.filter((p) => canCoordinateProgramme(actor, p.id)).map(({ areaRows, ...p }) => ({ ...p, areas: inProgrammeTreeOrder(areaRows) }));
}

/**
 * The programme a page works on: `?satsing=slug`, or the first the person coordinates. An unknown
 * slug is a 404 (notFound), another programme's a 403 (forbidden).
 */
export function pickProgramme(actor: Actor, slug: string | null): { programme: ProgrammeChoice; programmes: ProgrammeChoice[] } {
  const mine = listCoordinatedProgrammes(actor);
  const programme = slug ? mine.find((p) => p.slug === slug) : mine[0];
  if (programme) return { programme, programmes: mine };
  if (!slug) throw coordinationRefusal("forbidden");
  // Not one of the person's: unknown (404) or another's (403).
  const exists = getDb().select({ id: programmes.id }).from(programmes).where(eq(programmes.slug, slug)).get();
  throw coordinationRefusal(exists ? "forbidden" : "notFound");
}

/** The areas of a programme (programme_areas), in tree order with depth. One query. */
export function listProgrammeAreas(programmeId: number): ProgrammeArea[] {
  const row = getDb().select({ areaRows: programmeAreaRows(programmes.id) }).from(programmes).where(eq(programmes.id, programmeId)).get();
  return inProgrammeTreeOrder(row?.areaRows ?? []);
}

/**
 * The organisations of some programmes, as a subquery: those working in one of their areas and those
 * taking part (now or before) in one of their tiltak. Both halves are index lookups.
 */
export function programmeOrganisationIds(programmeIds: number[]) {
  return sql`SELECT ${organisationAreas.organisationId} FROM ${organisationAreas} JOIN ${programmeAreas} ON ${programmeAreas.areaId} = ${organisationAreas.areaId} WHERE ${inArray(programmeAreas.programmeId, programmeIds)}
    UNION SELECT ${participations.organisationId} FROM ${participations} JOIN ${initiatives} ON ${initiatives.id} = ${participations.initiativeId} WHERE ${inArray(initiatives.programmeId, programmeIds)}`;
}

/** A programme's areas with their depth, parents first; an area whose parent is not in the programme is a root. */
function inProgrammeTreeOrder(rows: AreaRow[]): ProgrammeArea[] {
  const ids = new Set(rows.map((r) => r.id));
  const out: ProgrammeArea[] = [];
  const visit = (parent: number | null, depth: number) => {
    for (const row of rows.filter((r) => (parent === null ? r.parentId === null || !ids.has(r.parentId) : r.parentId === parent)).sort((a, b) => a.name.localeCompare(b.name, "nb"))) {
      out.push({ id: row.id, slug: row.slug, name: row.name, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Approving organisations
// ---------------------------------------------------------------------------------------------

/** "Romsås Vestre Vel AS" and "romsås vestre vel" are the same name for a duplicate hint. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKC")
    .replace(/\b(as|asa|sa|ba|da|ans|forening|foreningen|il)\b/g, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Words too common in names to find a duplicate by: each would bring half the country along. */
const GENERIC_WORDS = new Set(["bydel", "nav", "stavanger", "oslo", "den", "det", "de", "the", "og", "i", "for", "på", "av", "til", "lag", "klubb"]);
/** The words of a name that can find its duplicates in the full-text index. */
function distinctiveWords(name: string): string[] {
  return [...new Set(normaliseName(name).split(" "))].filter((word) => word.length >= 3 && !GENERIC_WORDS.has(word));
}

/** The character trigrams of a normalised name, padded so that word starts and ends count. */
function trigrams(normalised: string): Map<string, number> {
  const padded = ` ${normalised} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/**
 * How alike two names are, 0 to 1: the Dice coefficient of their character trigrams, on the whole
 * normalised name (so "Romsås Sjakklubb" and "Romsås IL" share little, while a typo or a missing
 * "AS" leaves most in common). The same normalised name is 1.
 */
export function nameSimilarity(a: string, b: string): number {
  return trigramSimilarity(nameGrams(a), nameGrams(b));
}

type NameGrams = { normalised: string; grams: Map<string, number> };
function nameGrams(name: string): NameGrams {
  const normalised = normaliseName(name);
  return { normalised, grams: trigrams(normalised) };
}

function trigramSimilarity(a: NameGrams, b: NameGrams): number {
  if (a.normalised === b.normalised) return 1;
  const gx = a.grams;
  const gy = b.grams;
  let shared = 0;
  let total = 0;
  for (const [gram, n] of gx) {
    shared += Math.min(n, gy.get(gram) ?? 0);
    total += n;
  }
  for (const n of gy.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * A name this alike is worth a coordinator's look (two names sharing only a first word, "Veitvet
 * Sjakklubb" and "Veitvet Turlag", come to about 0.45); at most this many hints per organisation.
 */
export const DUPLICATE_SIMILARITY = 0.6;
export const DUPLICATE_HINTS = 3;

/**
 * Whether a pending organisation concerns the person: admins see all; a coordinator those that chose
 * an area of one of their programmes or a theme (sub-programme) of one, or chose neither.
 */
function touchesScope(actor: Actor, programmesOfAreas: number[], programmesOfThemes: number[], choseAnything: boolean): boolean {
  if (isAdmin(actor)) return true;
  if (!choseAnything) return true;
  return [...programmesOfAreas, ...programmesOfThemes].some((id) => canCoordinateProgramme(actor, id));
}

export type PendingOrganisation = {
  id: number;
  slug: string;
  name: string;
  sector: Sector;
  orgNumber: string | null;
  orgNumberValid: boolean | null;
  description: string;
  createdAt: number;
  registeredBy: { name: string; email: string } | null;
  areas: string[];
  themes: string[];
  /** The most alike names first, at most DUPLICATE_HINTS, each with its similarity (0 to 1). */
  duplicates: { slug: string; name: string; status: string; similarity: number }[];
};

type PendingInScope = Omit<PendingOrganisation, "duplicates">;

/**
 * The pending organisations the person may decide, oldest first, with their areas and themes; no
 * duplicate hints (the dashboard counts these). One query: areas and themes come as JSON columns.
 */
export function listPendingInScope(actor: Actor, onlyId?: number): PendingInScope[] {
  const rows = getDb()
    .select({
      id: organisations.id,
      slug: organisations.slug,
      name: organisations.name,
      sector: organisations.sector,
      orgNumber: organisations.orgNumber,
      description: organisations.description,
      createdAt: organisations.createdAt,
      registeredByName: users.name,
      registeredByEmail: users.email,
      areas: jsonObjects<{ name: string; programmeIds: number[] }>(sql`
        SELECT json_object('name', ${areas.name}, 'programmeIds',
          (SELECT json_group_array(${programmeAreas.programmeId}) FROM ${programmeAreas} WHERE ${programmeAreas.areaId} = ${areas.id})) AS v
        FROM ${organisationAreas} JOIN ${areas} ON ${areas.id} = ${organisationAreas.areaId}
        WHERE ${organisationAreas.organisationId} = ${organisations.id} ORDER BY ${areas.name}`),
      themes: jsonObjects<{ name: string; programme: string; programmeId: number }>(sql`
        SELECT json_object('name', ${subprogrammes.name}, 'programme', ${programmes.name}, 'programmeId', ${subprogrammes.programmeId}) AS v
        FROM ${organisationThemes} JOIN ${subprogrammes} ON ${subprogrammes.id} = ${organisationThemes.subprogrammeId} JOIN ${programmes} ON ${programmes.id} = ${subprogrammes.programmeId}
        WHERE ${organisationThemes.organisationId} = ${organisations.id} ORDER BY ${programmes.name}, ${subprogrammes.position}`),
    })
    .from(organisations)
    .leftJoin(users, eq(users.id, organisations.registeredByUserId))
    .where(and(eq(organisations.status, "pending"), onlyId === undefined ? undefined : eq(organisations.id, onlyId)))
    .orderBy(asc(organisations.createdAt), asc(organisations.id))
    .all();
  return rows
    .filter((org) =>
      touchesScope(
        actor,
        org.areas.flatMap((a) => a.programmeIds),
        org.themes.map((t) => t.programmeId),
        org.areas.length + org.themes.length > 0,
      ),
    )
    .map((org) => {
      const number = org.orgNumber ? normaliseOrgNumber(org.orgNumber) : null;
      return {
        id: org.id,
        slug: org.slug,
        name: org.name,
        sector: org.sector,
        orgNumber: number,
        orgNumberValid: number === null ? null : orgNumberProblem(number) === null,
        description: org.description,
        createdAt: org.createdAt.getTime(),
        registeredBy: org.registeredByName && org.registeredByEmail ? { name: org.registeredByName, email: org.registeredByEmail } : null,
        areas: org.areas.map((a) => a.name),
        themes: org.themes.map((t) => `${t.name} (${t.programme})`),
      };
    });
}

/**
 * The organisations that could be a duplicate of one of these names (any status, anywhere in the
 * country: a second registration of the same organisation may name another area). A name alike
 * enough shares at least one distinctive word, so the full-text index finds the candidates (the best
 * bm25 matches first, a bounded number) instead of a scan of every organisation; listPendingOrganisations
 * then ranks them by nameSimilarity on the whole name.
 */
type Candidate = { id: number; slug: string; name: string; status: string };
const MAX_DUPLICATE_CANDIDATES = 2000;
function duplicateCandidates(names: string[]): Candidate[] {
  const words = new Set(names.flatMap(distinctiveWords));
  if (words.size === 0) return [];
  // Words are letters and digits only (normaliseName), quoted: nothing of FTS5's syntax gets through.
  const match = `name : (${[...words].map((w) => `"${w}"`).join(" OR ")})`;
  return getDb()
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, status: organisations.status })
    .from(organisations)
    // Bounded, unranked: ranking every hit by bm25 cost more than comparing the names.
    .innerJoin(sql`(SELECT rowid AS fts_id FROM organisations_fts WHERE organisations_fts MATCH ${match} LIMIT ${MAX_DUPLICATE_CANDIDATES}) AS fts`, sql`fts.fts_id = ${organisations.id}`)
    .all();
}

/** The pending organisations the person may decide, oldest first, with what helps decide. Two queries. */
export function listPendingOrganisations(actor: Actor): PendingOrganisation[] {
  const pending = listPendingInScope(actor);
  if (pending.length === 0) return [];
  // Candidates by word, so each pending organisation compares only those sharing a word with it;
  // each name's trigrams are counted once.
  const byWord = new Map<string, (Candidate & NameGrams)[]>();
  for (const o of duplicateCandidates(pending.map((p) => p.name))) {
    const candidate = { ...o, ...nameGrams(o.name) };
    for (const word of distinctiveWords(o.name)) (byWord.get(word) ?? byWord.set(word, []).get(word)!).push(candidate);
  }
  return pending.map((org) => {
    const own = nameGrams(org.name);
    const seen = new Set<number>([org.id]);
    const ranked: { o: Candidate; similarity: number }[] = [];
    for (const word of distinctiveWords(org.name)) {
      for (const o of byWord.get(word) ?? []) {
        if (seen.has(o.id)) continue;
        seen.add(o.id);
        const similarity = trigramSimilarity(own, o);
        if (similarity >= DUPLICATE_SIMILARITY) ranked.push({ o, similarity });
      }
    }
    const duplicates = ranked
      .sort((a, b) => b.similarity - a.similarity || a.o.id - b.o.id)
      .slice(0, DUPLICATE_HINTS)
      .map(({ o, similarity }) => ({ slug: o.slug, name: o.name, status: o.status, similarity: Math.round(similarity * 100) / 100 }));
    return { ...org, duplicates };
  });
}

function activeMembersOf(tx: Tx, organisationId: number): number[] {
  return tx
    .select({ id: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.status, "active")))
    .all()
    .map((r) => r.id);
}

/**
 * Approves or rejects a pending organisation. The owners (and editors) are told, with the reason.
 * Another programme's coordinator is refused (forbidden); a decided or unknown one is notFound.
 */
export function assertCanDecideOrganisation(actor: Actor, organisationId: number): void {
  const exists = getDb().select({ id: organisations.id, status: organisations.status }).from(organisations).where(eq(organisations.id, organisationId)).get();
  if (!exists || exists.status !== "pending") throw coordinationRefusal("notFound");
  if (listPendingInScope(actor, organisationId).length === 0) throw coordinationRefusal("forbidden");
}

export function decideOrganisation(actor: Actor, input: { organisationId: number; approve: boolean; reason: string }) {
  assertCanDecideOrganisation(actor, input.organisationId);
  const t = getMessages();
  getDb().transaction(
    (tx) => {
      const org = tx
        .select({ id: organisations.id, name: organisations.name, slug: organisations.slug, lastConfirmedAt: organisations.lastConfirmedAt })
        .from(organisations)
        .where(and(eq(organisations.id, input.organisationId), eq(organisations.status, "pending")))
        .get();
      if (!org) throw coordinationRefusal("notFound");
      const at = new Date(now());
      tx.update(organisations)
        .set(
          input.approve
            ? { status: "approved", approvedAt: at, decidedByUserId: actor.id, decisionReason: null, lastConfirmedAt: org.lastConfirmedAt ?? at, updatedAt: at }
            : { status: "rejected", decidedByUserId: actor.id, decisionReason: input.reason, updatedAt: at },
        )
        .where(eq(organisations.id, org.id))
        .run();
      audit(
        {
          actorUserId: actor.id,
          action: input.approve ? "organisation.approved" : "organisation.rejected",
          entityType: "organisation",
          entityId: org.id,
          details: input.approve ? { name: org.name } : { name: org.name, reason: input.reason },
        },
        tx,
      );
      notify(tx, {
        userIds: activeMembersOf(tx, org.id),
        kind: "organisation_decided",
        params: { organisation: org.name, approved: input.approve ? "1" : "0", reason: input.approve ? "" : input.reason },
        link: "/min-side",
        mail: {
          subject: t.coordinator.mail.organisationDecidedSubject(org.name, input.approve),
          text: t.coordinator.mail.organisationDecidedText(org.name, input.approve, input.reason, `${getEnv().publicUrl}/min-side`),
        },
      });
    },
    { behavior: "immediate" },
  );
}

// ---------------------------------------------------------------------------------------------
// Tiltak
// ---------------------------------------------------------------------------------------------

export type CoordinatorInitiative = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  description: string;
  programmeId: number;
  programmeSlug: string;
  programmeName: string;
  subprogrammeId: number;
  subprogrammeName: string;
  areaId: number;
  areaName: string;
  status: InitiativeStatus;
  startDate: string | null;
  endDate: string | null;
  leadOrganisationId: number | null;
  isPublic: boolean;
  archivedAt: number | null;
  soughtSectors: Sector[];
  soughtOffers: Offer[];
};

/** A tiltak by slug, whoever may see it: the route checks the programme (403) before showing it. One query. */
export function findInitiativeForCoordinator(slug: string): CoordinatorInitiative | null {
  const row = getDb()
    .select({
      id: initiatives.id,
      slug: initiatives.slug,
      title: initiatives.title,
      summary: initiatives.summary,
      description: initiatives.description,
      programmeId: initiatives.programmeId,
      programmeSlug: programmes.slug,
      programmeName: programmes.name,
      subprogrammeId: initiatives.subprogrammeId,
      subprogrammeName: subprogrammes.name,
      areaId: initiatives.areaId,
      areaName: areas.name,
      status: initiatives.status,
      startDate: initiatives.startDate,
      endDate: initiatives.endDate,
      leadOrganisationId: initiatives.leadOrganisationId,
      isPublic: initiatives.isPublic,
      archivedAt: initiatives.archivedAt,
      soughtSectors: jsonList<Sector>(sql`SELECT ${initiativeSoughtSectors.sector} AS v FROM ${initiativeSoughtSectors} WHERE ${initiativeSoughtSectors.initiativeId} = ${initiatives.id}`),
      soughtOffers: jsonList<Offer>(sql`SELECT ${initiativeSoughtOffers.offer} AS v FROM ${initiativeSoughtOffers} WHERE ${initiativeSoughtOffers.initiativeId} = ${initiatives.id}`),
    })
    .from(initiatives)
    .innerJoin(programmes, eq(programmes.id, initiatives.programmeId))
    .innerJoin(subprogrammes, eq(subprogrammes.id, initiatives.subprogrammeId))
    .innerJoin(areas, eq(areas.id, initiatives.areaId))
    .where(eq(initiatives.slug, slug))
    .get();
  if (!row) return null;
  return { ...row, archivedAt: row.archivedAt ? row.archivedAt.getTime() : null };
}

/** The tiltak of one programme for the list page, newest first; archived ones only when asked. */
export function listProgrammeInitiatives(programmeId: number, includeArchived: boolean) {
  const lead = alias(organisations, "lead");
  const today = todayInNorway();
  return getDb()
    .select({
      slug: initiatives.slug,
      title: initiatives.title,
      status: initiatives.status,
      endDate: initiatives.endDate,
      isPublic: initiatives.isPublic,
      archivedAt: initiatives.archivedAt,
      subprogramme: subprogrammes.name,
      area: areas.name,
      lead: lead.name,
      activeCount: sql<number>`(SELECT count(*) FROM ${participations} WHERE ${participations.initiativeId} = ${initiatives.id} AND ${participations.status} = 'active')`,
      requestCount: sql<number>`(SELECT count(*) FROM ${participations} WHERE ${participations.initiativeId} = ${initiatives.id} AND ${participations.status} = 'requested')`,
    })
    .from(initiatives)
    .innerJoin(subprogrammes, eq(subprogrammes.id, initiatives.subprogrammeId))
    .innerJoin(areas, eq(areas.id, initiatives.areaId))
    .leftJoin(lead, eq(lead.id, initiatives.leadOrganisationId))
    .where(and(eq(initiatives.programmeId, programmeId), includeArchived ? undefined : isNull(initiatives.archivedAt)))
    .orderBy(asc(initiatives.title))
    .all()
    .map(({ endDate, ...r }) => ({
      ...r,
      status: shownInitiativeStatus(r.status, endDate, today),
      periodOver: needsClosing(r.status, endDate, today),
      archived: r.archivedAt !== null,
      archivedAt: undefined,
    }));
}

export type InitiativeFormOptions = {
  programmes: { id: number; name: string; subprogrammes: { id: number; name: string }[]; areas: { id: number; name: string; depth: number }[] }[];
  organisations: { id: number; name: string }[];
};

/**
 * What the tiltak form offers: the person's programmes (`mine`, when the caller already has them) with
 * their sub-programmes and areas, and as possible leads the approved organisations of those programmes
 * (their areas, their tiltak) and the current lead — not every organisation in the country, which at
 * national scale would be a list of tens of thousands. One query (two without `mine`).
 */
export function initiativeFormOptions(actor: Actor, mine: ProgrammeChoice[] = listCoordinatedProgrammes(actor), currentLeadId: number | null = null): InitiativeFormOptions {
  const ids = mine.map((p) => p.id);
  return {
    programmes: mine.map((p) => ({ id: p.id, name: p.name, subprogrammes: p.subprogrammes, areas: p.areas.map(({ id, name, depth }) => ({ id, name, depth })) })),
    organisations: ids.length
      ? getDb()
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(leadCandidate(ids, currentLeadId))
          .orderBy(asc(organisations.sortName))
          .all()
      : [],
  };
}

/**
 * Who may lead a tiltak: an approved organisation of the coordinator's programmes (by area or by
 * taking part in one of their tiltak), or the tiltak's current lead. The form's list and the server's
 * check use this one rule, so a lead the form does not offer is refused however it is posted.
 */
function leadCandidate(programmeIds: number[], currentLeadId: number | null) {
  return and(
    eq(organisations.status, "approved"),
    sql`(${organisations.id} IN (${programmeOrganisationIds(programmeIds)})${currentLeadId === null ? sql`` : sql` OR ${organisations.id} = ${currentLeadId}`})`,
  );
}

export type InitiativeInput = {
  title: string;
  summary: string;
  description: string;
  programmeId: number;
  subprogrammeId: number;
  areaId: number;
  status: InitiativeStatus;
  startDate: string | null;
  endDate: string | null;
  leadOrganisationId: number | null;
  isPublic: boolean;
  soughtSectors: Sector[];
  soughtOffers: Offer[];
};

/** Field errors (translation keys of coordinator.errors) for choices that do not fit the programme. */
export function checkInitiativeChoices(actor: Actor, input: InitiativeInput, currentLeadId: number | null = null): Record<string, string[]> {
  if (!canCoordinateProgramme(actor, input.programmeId)) return { programmeId: ["invalidChoice"] };
  const db = getDb();
  const errors: Record<string, string[]> = {};
  const sub = db.select({ programmeId: subprogrammes.programmeId }).from(subprogrammes).where(eq(subprogrammes.id, input.subprogrammeId)).get();
  if (sub?.programmeId !== input.programmeId) errors.subprogrammeId = ["invalidChoice"];
  const inProgramme = db
    .select({ id: programmeAreas.areaId })
    .from(programmeAreas)
    .where(and(eq(programmeAreas.programmeId, input.programmeId), eq(programmeAreas.areaId, input.areaId)))
    .get();
  if (!inProgramme) errors.areaId = ["invalidChoice"];
  if (input.leadOrganisationId !== null) {
    const programmeIds = listCoordinatedProgrammes(actor).map((p) => p.id);
    const lead = programmeIds.length
      ? db.select({ id: organisations.id }).from(organisations).where(and(eq(organisations.id, input.leadOrganisationId), leadCandidate(programmeIds, currentLeadId))).get()
      : undefined;
    if (!lead) errors.leadOrganisationId = ["invalidChoice"];
  }
  return errors;
}

function writeSought(tx: Tx, initiativeId: number, input: InitiativeInput) {
  tx.delete(initiativeSoughtSectors).where(eq(initiativeSoughtSectors.initiativeId, initiativeId)).run();
  tx.delete(initiativeSoughtOffers).where(eq(initiativeSoughtOffers.initiativeId, initiativeId)).run();
  if (input.soughtSectors.length) tx.insert(initiativeSoughtSectors).values(input.soughtSectors.map((sector) => ({ initiativeId, sector }))).run();
  if (input.soughtOffers.length) tx.insert(initiativeSoughtOffers).values(input.soughtOffers.map((offer) => ({ initiativeId, offer }))).run();
}

const RESERVED_SLUGS = new Set(["ny"]);

/** Creates a tiltak (call checkInitiativeChoices first). Returns its slug. */
export function createInitiative(actor: Actor, input: InitiativeInput): string {
  if (!canCoordinateProgramme(actor, input.programmeId)) throw coordinationRefusal("forbidden");
  return getDb().transaction(
    (tx) => {
      const slug = uniqueSlug(slugify(input.title), (s) => RESERVED_SLUGS.has(s) || !!tx.select({ id: initiatives.id }).from(initiatives).where(eq(initiatives.slug, s)).get());
      const { soughtSectors: _s, soughtOffers: _o, ...fields } = input;
      const id = tx.insert(initiatives).values({ ...fields, slug, createdByUserId: actor.id }).returning({ id: initiatives.id }).get().id;
      writeSought(tx, id, input);
      audit({ actorUserId: actor.id, action: "initiative.created", entityType: "initiative", entityId: id, details: { title: input.title, status: input.status } }, tx);
      return slug;
    },
    { behavior: "immediate" },
  );
}

/** Saves a tiltak's fields; a status change is audited as initiative.status_changed {from, to}. */
export function updateInitiative(actor: Actor, initiativeId: number, input: InitiativeInput): void {
  getDb().transaction(
    (tx) => {
      const current = tx.select({ programmeId: initiatives.programmeId, status: initiatives.status }).from(initiatives).where(eq(initiatives.id, initiativeId)).get();
      if (!current) throw coordinationRefusal("notFound");
      if (!canCoordinateProgramme(actor, current.programmeId) || !canCoordinateProgramme(actor, input.programmeId)) throw coordinationRefusal("forbidden");
      const { soughtSectors: _s, soughtOffers: _o, ...fields } = input;
      tx.update(initiatives).set({ ...fields, updatedAt: new Date(now()) }).where(eq(initiatives.id, initiativeId)).run();
      writeSought(tx, initiativeId, input);
      audit({ actorUserId: actor.id, action: "initiative.updated", entityType: "initiative", entityId: initiativeId, details: { title: input.title } }, tx);
      if (current.status !== input.status) {
        audit({ actorUserId: actor.id, action: "initiative.status_changed", entityType: "initiative", entityId: initiativeId, details: { from: current.status, to: input.status } }, tx);
      }
    },
    { behavior: "immediate" },
  );
}

/** Archives (hides from every public view, keeps the history) or restores a tiltak. */
export function setInitiativeArchived(actor: Actor, initiativeId: number, archived: boolean): void {
  getDb().transaction(
    (tx) => {
      const current = tx.select({ programmeId: initiatives.programmeId, archivedAt: initiatives.archivedAt }).from(initiatives).where(eq(initiatives.id, initiativeId)).get();
      if (!current) throw coordinationRefusal("notFound");
      if (!canCoordinateProgramme(actor, current.programmeId)) throw coordinationRefusal("forbidden");
      if ((current.archivedAt !== null) === archived) return;
      tx.update(initiatives).set({ archivedAt: archived ? new Date(now()) : null, updatedAt: new Date(now()) }).where(eq(initiatives.id, initiativeId)).run();
      audit({ actorUserId: actor.id, action: archived ? "initiative.archived" : "initiative.restored", entityType: "initiative", entityId: initiativeId }, tx);
    },
    { behavior: "immediate" },
  );
}

export type HistoryEntry = { id: number; action: string; actor: string | null; at: number; details: Record<string, unknown> };

/** The tiltak's audit trail, newest first (status changes, participations, archiving …). */
export function initiativeHistory(initiativeId: number): HistoryEntry[] {
  return getDb()
    .select({ id: auditEvents.id, action: auditEvents.action, actor: users.name, at: auditEvents.createdAt, details: auditEvents.details })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.entityType, "initiative"), eq(auditEvents.entityId, initiativeId)))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(100)
    .all()
    .map((r) => ({ ...r, at: r.at.getTime(), details: r.details ?? {} }));
}

// ---------------------------------------------------------------------------------------------
// Participations
// ---------------------------------------------------------------------------------------------

/** Every participation of a tiltak, open ones first, with the organisation. History included. */
export function listInitiativeParticipations(initiativeId: number) {
  const order = sql`CASE ${participations.status} WHEN 'requested' THEN 0 WHEN 'invited' THEN 1 WHEN 'active' THEN 2 ELSE 3 END`;
  return getDb()
    .select({
      id: participations.id,
      status: participations.status,
      role: participations.role,
      message: participations.message,
      decisionMessage: participations.decisionMessage,
      createdAt: participations.createdAt,
      startedAt: participations.startedAt,
      endedAt: participations.endedAt,
      organisationSlug: organisations.slug,
      organisationName: organisations.name,
      sector: organisations.sector,
    })
    .from(participations)
    .innerJoin(organisations, eq(organisations.id, participations.organisationId))
    .where(eq(participations.initiativeId, initiativeId))
    .orderBy(order, asc(organisations.sortName), desc(participations.createdAt))
    .all()
    .map((r) => ({ ...r, createdAt: r.createdAt.getTime(), startedAt: r.startedAt?.getTime() ?? null, endedAt: r.endedAt?.getTime() ?? null }));
}

function initiativeInScope(tx: Tx, actor: Actor, initiativeId: number) {
  const row = tx.select({ id: initiatives.id, title: initiatives.title, slug: initiatives.slug, programmeId: initiatives.programmeId }).from(initiatives).where(eq(initiatives.id, initiativeId)).get();
  if (!row) throw coordinationRefusal("notFound");
  if (!canCoordinateProgramme(actor, row.programmeId)) throw coordinationRefusal("forbidden");
  return row;
}

/** Approves (active) or declines a join request, with a message the organisation sees. */
export function decideParticipation(actor: Actor, input: { initiativeId: number; participationId: number; approve: boolean; message: string }) {
  const t = getMessages();
  getDb().transaction(
    (tx) => {
      const tiltak = initiativeInScope(tx, actor, input.initiativeId);
      const row = tx
        .select({ id: participations.id, organisationId: participations.organisationId, name: organisations.name })
        .from(participations)
        .innerJoin(organisations, eq(organisations.id, participations.organisationId))
        .where(and(eq(participations.id, input.participationId), eq(participations.initiativeId, tiltak.id), eq(participations.status, "requested")))
        .get();
      if (!row) throw coordinationRefusal("notOpen");
      const at = new Date(now());
      tx.update(participations)
        .set({ status: input.approve ? "active" : "declined", decidedByUserId: actor.id, decidedAt: at, decisionMessage: input.message || null, startedAt: input.approve ? at : null })
        .where(eq(participations.id, row.id))
        .run();
      audit(
        { actorUserId: actor.id, action: input.approve ? "participation.approved" : "participation.declined", entityType: "initiative", entityId: tiltak.id, details: { organisation: row.name, participationId: row.id } },
        tx,
      );
      notify(tx, {
        userIds: activeMembersOf(tx, row.organisationId),
        kind: "join_request_decided",
        params: { organisation: row.name, initiative: tiltak.title, approved: input.approve ? "1" : "0", message: input.message },
        link: `/tiltak/${tiltak.slug}`,
        mail: {
          subject: t.coordinator.mail.requestDecidedSubject(tiltak.title, input.approve),
          text: t.coordinator.mail.requestDecidedText(row.name, tiltak.title, input.approve, input.message, `${getEnv().publicUrl}/min-side`),
        },
      });
    },
    { behavior: "immediate" },
  );
}

/**
 * Invites an approved organisation; its members are told. Returns "alreadyInvited", doing nothing,
 * when the organisation has an open invitation to the tiltak already (a second press of the button
 * must not send a second notice); refused (alreadyOpen) when it has an open request or participation.
 */
export function inviteToInitiative(actor: Actor, input: { initiativeId: number; organisationId: number; role: ParticipationRole; message: string }): "invited" | "alreadyInvited" {
  const t = getMessages();
  return getDb().transaction(
    (tx) => {
      const tiltak = initiativeInScope(tx, actor, input.initiativeId);
      const org = tx.select({ id: organisations.id, name: organisations.name, status: organisations.status }).from(organisations).where(eq(organisations.id, input.organisationId)).get();
      if (!org) throw coordinationRefusal("notFound");
      if (org.status !== "approved") throw coordinationRefusal("notApproved");
      const open = tx
        .select({ id: participations.id, status: participations.status })
        .from(participations)
        .where(and(eq(participations.initiativeId, tiltak.id), eq(participations.organisationId, org.id), inArray(participations.status, ["requested", "invited", "active"])))
        .get();
      if (open?.status === "invited") return "alreadyInvited";
      if (open) throw coordinationRefusal("alreadyOpen");
      const id = tx
        .insert(participations)
        .values({ initiativeId: tiltak.id, organisationId: org.id, role: input.role, status: "invited", message: input.message || null, requestedByUserId: actor.id })
        .returning({ id: participations.id })
        .get().id;
      audit({ actorUserId: actor.id, action: "participation.invited", entityType: "initiative", entityId: tiltak.id, details: { organisation: org.name, role: input.role, participationId: id } }, tx);
      notify(tx, {
        userIds: activeMembersOf(tx, org.id),
        kind: "invitation_received",
        params: { organisation: org.name, initiative: tiltak.title },
        link: "/min-side",
        mail: {
          subject: t.coordinator.mail.invitedSubject(tiltak.title),
          text: t.coordinator.mail.invitedText(org.name, tiltak.title, input.message, `${getEnv().publicUrl}/min-side`),
        },
      });
      return "invited";
    },
    { behavior: "immediate" },
  );
}

/** Ends an active participation (or withdraws an invitation); the row stays as history. */
export function endParticipation(actor: Actor, input: { initiativeId: number; participationId: number }) {
  getDb().transaction(
    (tx) => {
      const tiltak = initiativeInScope(tx, actor, input.initiativeId);
      const row = tx
        .select({ id: participations.id, name: organisations.name })
        .from(participations)
        .innerJoin(organisations, eq(organisations.id, participations.organisationId))
        .where(and(eq(participations.id, input.participationId), eq(participations.initiativeId, tiltak.id), inArray(participations.status, ["active", "invited"])))
        .get();
      if (!row) throw coordinationRefusal("notOpen");
      tx.update(participations).set({ status: "ended", endedAt: new Date(now()) }).where(eq(participations.id, row.id)).run();
      audit({ actorUserId: actor.id, action: "participation.ended", entityType: "initiative", entityId: tiltak.id, details: { organisation: row.name, participationId: row.id } }, tx);
    },
    { behavior: "immediate" },
  );
}

// ---------------------------------------------------------------------------------------------
// Moderating updates
// ---------------------------------------------------------------------------------------------

export const MODERATION_PAGE_SIZE = 30;

/** Updates in the programme's tiltak, newest first; `hiddenOnly` for the hidden ones. */
export function listUpdatesForModeration(programmeId: number, options: { hiddenOnly: boolean; page: number }) {
  const db = getDb();
  const where = and(eq(initiatives.programmeId, programmeId), options.hiddenOnly ? isNotNull(updates.hiddenAt) : undefined);
  const total = db.select({ n: sql<number>`count(*)` }).from(updates).innerJoin(initiatives, eq(initiatives.id, updates.initiativeId)).where(where).get()?.n ?? 0;
  const items = db
    .select({
      id: updates.id,
      title: updates.title,
      body: updates.body,
      visibility: updates.visibility,
      createdAt: updates.createdAt,
      hiddenAt: updates.hiddenAt,
      hiddenReason: updates.hiddenReason,
      initiativeTitle: initiatives.title,
      initiativeSlug: initiatives.slug,
      organisationName: organisations.name,
    })
    .from(updates)
    .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
    .innerJoin(organisations, eq(organisations.id, updates.organisationId))
    .where(where)
    .orderBy(desc(updates.createdAt), desc(updates.id))
    .limit(MODERATION_PAGE_SIZE)
    .offset((options.page - 1) * MODERATION_PAGE_SIZE)
    .all()
    .map((r) => ({ ...r, createdAt: r.createdAt.getTime(), hiddenAt: r.hiddenAt?.getTime() ?? null }));
  return { total, items };
}

/** notFound for an unknown update, forbidden for one in another programme's tiltak. */
export function assertCanModerateUpdate(actor: Actor, updateId: number): void {
  const row = getDb()
    .select({ programmeId: initiatives.programmeId })
    .from(updates)
    .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
    .where(eq(updates.id, updateId))
    .get();
  if (!row) throw coordinationRefusal("notFound");
  if (!canCoordinateProgramme(actor, row.programmeId)) throw coordinationRefusal("forbidden");
}

/** Hides an update with a reason (its organisation is told) or shows it again. */
export function moderateUpdate(actor: Actor, input: { updateId: number; hide: boolean; reason: string }) {
  const t = getMessages();
  getDb().transaction(
    (tx) => {
      const row = tx
        .select({ id: updates.id, title: updates.title, organisationId: updates.organisationId, programmeId: initiatives.programmeId, hiddenAt: updates.hiddenAt })
        .from(updates)
        .innerJoin(initiatives, eq(initiatives.id, updates.initiativeId))
        .where(eq(updates.id, input.updateId))
        .get();
      if (!row) throw coordinationRefusal("notFound");
      if (!canCoordinateProgramme(actor, row.programmeId)) throw coordinationRefusal("forbidden");
      if ((row.hiddenAt !== null) === input.hide) return;
      tx.update(updates)
        .set(input.hide ? { hiddenAt: new Date(now()), hiddenByUserId: actor.id, hiddenReason: input.reason } : { hiddenAt: null, hiddenByUserId: null, hiddenReason: null })
        .where(eq(updates.id, row.id))
        .run();
      audit({ actorUserId: actor.id, action: input.hide ? "update.hidden" : "update.unhidden", entityType: "update", entityId: row.id, details: input.hide ? { reason: input.reason } : {} }, tx);
      if (input.hide) {
        notify(tx, {
          userIds: activeMembersOf(tx, row.organisationId),
          kind: "update_hidden",
          params: { update: row.title, reason: input.reason },
          link: "/min-side",
          mail: { subject: t.coordinator.mail.updateHiddenSubject(row.title), text: t.coordinator.mail.updateHiddenText(row.title, input.reason) },
        });
      }
    },
    { behavior: "immediate" },
  );
}

/** An approved organisation by slug (for the reverse matching view). */
export function findApprovedOrganisation(slug: string) {
  return getDb()
    .select({ id: organisations.id, slug: organisations.slug, name: organisations.name, sector: organisations.sector })
    .from(organisations)
    .where(and(eq(organisations.slug, slug), eq(organisations.status, "approved")))
    .get() ?? null;
}
