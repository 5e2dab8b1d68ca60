/**
 * Which of the person's organisations a /min-side page is about: `?org=slug` when given (404 for an
 * unknown slug, 403 for an organisation the person is not a member of), otherwise their first
 * organisation (403 when they have none, e.g. a coordinator). Every partner loader and action starts here.
 */
import { findOrganisationBySlug, listMyOrganisations } from "~/models/membership.server";
import { ensure, requireActor } from "~/services/actor.server";
import { canEditOrganisation } from "~/services/permissions";

export async function requirePartnerOrganisation(request: Request) {
  const actor = await requireActor(request);
  const slug = new URL(request.url).searchParams.get("org");
  const mine = listMyOrganisations(actor.id);
  let organisation = mine[0];
  if (slug) {
    const found = findOrganisationBySlug(slug);
    if (!found) throw new Response(null, { status: 404 });
    ensure(canEditOrganisation(actor, found.id));
    organisation = mine.find((o) => o.id === found.id);
  }
  ensure(!!organisation);
  return {
    actor,
    organisation: organisation!,
    organisations: mine.map(({ slug, name }) => ({ slug, name })),
    /** With ids, for server-side use only. */
    memberOrganisations: mine,
  };
}

