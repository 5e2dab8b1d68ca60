/**
 * Which of the person's organisations a /min-side page is about: `?org=slug` when given (404 for an
 * unknown slug, 403 for an organisation the person is not a member of), otherwise their first
 * organisation (403 when they have none, e.g. a coordinator). Every partner loader and action starts here.
 */
import { findOrganisationBySlug, listMyOrganisations } from "~/models/membership.server";
import { ensure, requireActor } from "~/services/actor.server";
import { canEditOrganisation, type Actor } from "~/services/permissions";

export async function requirePartnerOrganisation(request: Request) {
  const actor = await requireActor(request);
  const mine = listMyOrganisations(actor.id);
  const organisation = pickMyOrganisation(actor, mine, new URL(request.url).searchParams.get("org"));
  ensure(!!organisation);
  return {
    actor,
    organisation: organisation!,
    organisations: mine.map(({ slug, name }) => ({ slug, name })),
    /** With ids, for server-side use only. */
    memberOrganisations: mine,
  };
}

/**
 * The organisation `slug` names among the person's own (`mine`), or the first of them without a slug;
 * undefined when they have none. A slug that is not theirs is looked up only to tell an unknown one
 * (404) from someone else's (403).
 */
export function pickMyOrganisation<T extends { id: number; slug: string }>(actor: Actor, mine: T[], slug: string | null): T | undefined {
  if (!slug) return mine[0];
  const own = mine.find((o) => o.slug === slug);
  if (own) return own;
  const found = findOrganisationBySlug(slug);
  if (!found) throw new Response(null, { status: 404 });
  ensure(canEditOrganisation(actor, found.id));
  return undefined;
}
