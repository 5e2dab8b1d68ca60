/**
 * Approving organisations: the pending organisations a coordinator may decide (those that chose an
 * area or theme of one of their programmes, or nothing; admins: all), with hints of possible
 * duplicates, and the decision itself. A decision runs in one immediate transaction with its audit
 * entry and the notice to the organisation's members; another programme's organisation is refused
 * with a RefusalError "forbidden", a decided or unknown one "notFound" (ADR 013).
 */
import { and, asc, eq, sql } from "drizzle-orm";
import { areas, organisationAreas, organisations, organisationThemes, programmeAreas, programmes, subprogrammes, users } from "../../db/schema";
import { audit } from "~/services/audit.server";
import { notify } from "~/services/notify.server";
import { canCoordinateProgramme, isAdmin, type Actor } from "~/services/permissions";
import { now } from "~/utils/clock.server";
import { getDb } from "~/utils/db.server";
import { getEnv } from "~/utils/env.server";
import { jsonObjects } from "~/utils/sql-json.server";
import type { Sector } from "~/validation/enums";
import { normaliseOrgNumber, orgNumberProblem } from "~/validation/org-number";
import { activeMemberIds } from "./membership.server";
import { coordinationRefusal } from "./programme.server";

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
        userIds: activeMemberIds(tx, org.id),
        kind: "organisation_decided",
        params: { organisation: org.name, approved: input.approve ? "1" : "0", reason: input.approve ? "" : input.reason },
        link: "/min-side",
        mail: (t) => ({
          subject: t.coordinator.mail.organisationDecidedSubject(org.name, input.approve),
          text: t.coordinator.mail.organisationDecidedText(org.name, input.approve, input.reason, `${getEnv().publicUrl}/min-side`),
        }),
      });
    },
    { behavior: "immediate" },
  );
}
