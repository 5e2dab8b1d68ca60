import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatInstant } from "~/components/initiatives/format";
import { buttonClass, PartnerNav } from "~/components/partner/PartnerNav";
import { withOrg } from "~/components/partner/links";
import { pickMyOrganisation, requirePartnerOrganisation } from "~/components/partner/partner-org.server";
import { RichText } from "~/components/RichText";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { listMyOrganisations } from "~/models/membership.server";
import { answerInvitation, listMyParticipations, listUpdatesFromMyInitiatives, ParticipationRuleError } from "~/models/participation.server";
import { profileNeedsConfirmation } from "~/models/profile.server";
import { requireActor } from "~/services/actor.server";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { participationActionSchema } from "~/validation/participation";
import { PartnerErrorBoundary } from "~/components/partner/PartnerErrorBoundary";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.myPage.title }));

/**
 * Everyone logged in has a /min-side (a coordinator without organisations sees the short version);
 * the organisation part is about `?org=slug` (403 for an organisation the person is not in) or their first.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const url = new URL(request.url);
  const mine = listMyOrganisations(actor.id);
  const current = pickMyOrganisation(actor, mine, url.searchParams.get("org"));
  const participations = current ? listMyParticipations(current.id) : [];
  const done = url.searchParams.get("ok");
  return {
    name: actor.name,
    registered: url.searchParams.has("registrert"),
    confirmed: url.searchParams.has("bekreftet"),
    done: done === "accept" || done === "decline" ? done : null,
    organisations: mine.map(({ id: _id, lastConfirmedAt: _confirmed, ...org }) => org),
    current: current
      ? {
          slug: current.slug,
          name: current.name,
          status: current.status,
          role: current.role,
          decisionReason: current.decisionReason,
          reminder: profileNeedsConfirmation(current.lastConfirmedAt) ? (current.lastConfirmedAt ? "old" : "never") : null,
        }
      : null,
    participations: participations
      .filter((p) => p.status === "active")
      .map((p) => ({ id: p.id, role: p.role, status: p.status, slug: p.initiativeSlug, title: p.initiativeTitle, isPublic: p.isPublic })),
    requests: participations
      .filter((p) => p.status === "requested")
      .map((p) => ({ id: p.id, role: p.role, slug: p.initiativeSlug, title: p.initiativeTitle, message: p.message })),
    invitations: participations
      .filter((p) => p.status === "invited")
      .map((p) => ({ id: p.id, role: p.role, slug: p.initiativeSlug, title: p.initiativeTitle, message: p.message })),
    updates: current
      ? listUpdatesFromMyInitiatives(current.id).map((u) => ({
          id: u.id,
          title: u.title,
          body: u.body,
          visibility: u.visibility,
          createdAt: u.createdAt.getTime(),
          hidden: !!u.hiddenAt,
          organisationSlug: u.organisationSlug,
          organisationName: u.organisationName,
          initiativeSlug: u.initiativeSlug,
          initiativeTitle: u.initiativeTitle,
        }))
      : [],
  };
}

/** Accepting or declining an invitation to a tiltak. */
export async function action({ request }: ActionFunctionArgs) {
  const { actor, organisation, organisations } = await requirePartnerOrganisation(request);
  const parsed = parseForm(await readFormData(request), participationActionSchema);
  if (!parsed.ok || (parsed.value.intent !== "accept" && parsed.value.intent !== "decline")) {
    return data({ problem: "invalid" as const }, { status: 400 });
  }
  const value = parsed.value;
  try {
    answerInvitation({ actorUserId: actor.id, organisationId: organisation.id, participationId: value.participationId, accept: value.intent === "accept" });
  } catch (error) {
    if (error instanceof ParticipationRuleError) return data({ problem: "notFound" as const }, { status: 404 });
    throw error;
  }
  return redirect(withOrg("/min-side", organisation.slug, organisations, `ok=${value.intent}`));
}

export default function MyPage() {
  const { name, registered, confirmed, done, organisations, current, participations, requests, invitations, updates } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const m = t.myPage;
  const o = t.partner.overview;
  const formAction = current ? withOrg("/min-side", current.slug, organisations) : "/min-side";
  return (
    <>
      {current ? <PartnerNav current={current.slug} organisations={organisations} /> : null}
      <h1 className="text-3xl font-bold">{m.heading}</h1>
      <ErrorSummary problems={[actionData?.problem ? t.partner.initiatives.notFound : null]} />
      <p className="mt-2">{m.greeting(name)}</p>
      {registered ? <FormMessage tone="success">{m.registered}</FormMessage> : null}
      {confirmed ? <FormMessage tone="success">{t.signup.confirmedNotice}</FormMessage> : null}
      {done === "accept" && !actionData ? <FormMessage tone="success">{o.invitationAccepted}</FormMessage> : null}
      {done === "decline" && !actionData ? <FormMessage tone="success">{o.invitationDeclined}</FormMessage> : null}
      {!current ? (
        <>
          <h2 className="mt-8 text-2xl font-bold">{m.organisationsHeading}</h2>
          <p className="mt-2">{m.noOrganisations}</p>
        </>
      ) : (
        <>
          <section aria-labelledby="org-heading" className="mt-8">
            <h2 id="org-heading" className="text-2xl font-bold">
              {m.organisationsHeading}
            </h2>
            <ul className="mt-4 grid gap-4">
              {organisations.map((org) => (
                <li key={org.slug} className="rounded border border-brand-100 p-4">
                  <h3 className="text-xl font-semibold">{org.name}</h3>
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3">
                    <dt className="font-medium">{m.status}</dt>
                    <dd>{t.organisationStatuses[org.status]}</dd>
                    <dt className="font-medium">{m.yourRole}</dt>
                    <dd>{m.membershipRoles[org.role]}</dd>
                  </dl>
                  {org.status === "pending" ? <p className="mt-2">{m.pendingExplanation}</p> : null}
                  {org.status === "rejected" && org.decisionReason ? <p className="mt-2">{m.rejectedExplanation(org.decisionReason)}</p> : null}
                  {org.slug === current.slug && current.reminder ? (
                    <p className="mt-3 rounded border-l-4 border-brand-600 bg-brand-50 p-3">
                      {current.reminder === "old" ? o.profileReminder : o.profileNeverConfirmed}{" "}
                      <Link to={withOrg("/min-side/profil", current.slug, organisations)} className="inline-block py-2 font-semibold">
                        {o.goToProfile}
                      </Link>
                    </p>
                  ) : null}
                  <ul className="mt-3 flex flex-wrap gap-x-6">
                    {organisations.length > 1 && org.slug !== current.slug ? (
                      <li>
                        <Link to={`/min-side?org=${encodeURIComponent(org.slug)}`} className="inline-block py-2">
                          {t.partner.showOrganisation} {org.name}
                        </Link>
                      </li>
                    ) : null}
                    {org.role === "owner" ? (
                      <li>
                        <Link to={`/min-side/medlemmer/${org.slug}`} className="inline-block py-2">
                          {m.members}
                        </Link>
                      </li>
                    ) : null}
                    {org.status === "approved" ? (
                      <li>
                        <Link to={`/partnere/${org.slug}`} className="inline-block py-2">
                          {m.publicProfile}
                        </Link>
                      </li>
                    ) : null}
                  </ul>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="invitations-heading" className="mt-8">
            <h2 id="invitations-heading" className="text-2xl font-bold">
              {o.invitationsHeading}
            </h2>
            {invitations.length === 0 ? <p className="mt-2">{o.noInvitations}</p> : null}
            <ul className="mt-3 grid gap-4">
              {invitations.map((inv) => (
                <li key={inv.id} className="rounded border border-brand-100 p-4">
                  <p className="font-semibold">
                    <Link to={`/tiltak/${inv.slug}`} className="inline-block py-1">
                      {inv.title}
                    </Link>{" "}
                    ({o.role.toLowerCase()}: {t.participationRoles[inv.role]})
                  </p>
                  {inv.message ? <RichText text={inv.message} className="mt-2" /> : null}
                  <div className="mt-2 flex flex-wrap gap-3">
                    <Form method="post" action={formAction}>
                      <input type="hidden" name="intent" value="accept" />
                      <input type="hidden" name="participationId" value={inv.id} />
                      <button type="submit" className={buttonClass} aria-label={o.acceptLabel(inv.title)}>
                        {o.accept}
                      </button>
                    </Form>
                    <Form method="post" action={formAction}>
                      <input type="hidden" name="intent" value="decline" />
                      <input type="hidden" name="participationId" value={inv.id} />
                      <button type="submit" className={buttonClass} aria-label={o.declineLabel(inv.title)}>
                        {o.decline}
                      </button>
                    </Form>
                  </div>
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="requests-heading" className="mt-8">
            <h2 id="requests-heading" className="text-2xl font-bold">
              {o.requestsHeading}
            </h2>
            {requests.length === 0 ? <p className="mt-2">{o.noRequests}</p> : null}
            <ul className="mt-3 list-disc pl-6">
              {requests.map((r) => (
                <li key={r.id}>
                  <Link to={`/tiltak/${r.slug}`} className="inline-block py-1">
                    {r.title}
                  </Link>{" "}
                  – {t.participationRoles[r.role]} – {t.participationStatuses.requested}
                </li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="my-initiatives-heading" className="mt-8">
            <h2 id="my-initiatives-heading" className="text-2xl font-bold">
              {o.myInitiativesHeading}
            </h2>
            {participations.length === 0 ? <p className="mt-2">{o.noInitiatives}</p> : null}
            <ul className="mt-3 grid gap-2">
              {participations.map((p) => (
                <li key={p.id}>
                  <Link to={`/tiltak/${p.slug}`} className="inline-block py-1 font-semibold">
                    {p.title}
                  </Link>{" "}
                  – {o.role}: {t.participationRoles[p.role]} – {o.status}: {t.participationStatuses[p.status]}
                </li>
              ))}
            </ul>
            <p className="mt-3 flex flex-wrap gap-x-6">
              <Link to={withOrg("/min-side/tiltak", current.slug, organisations)} className="inline-block py-2">
                {o.findInitiatives}
              </Link>
              <Link to={withOrg("/min-side/oppdateringer", current.slug, organisations)} className="inline-block py-2">
                {o.writeUpdate}
              </Link>
            </p>
          </section>

          <section aria-labelledby="latest-updates-heading" className="mt-8">
            <h2 id="latest-updates-heading" className="text-2xl font-bold">
              {o.latestUpdatesHeading}
            </h2>
            {updates.length === 0 ? <p className="mt-2">{o.noUpdates}</p> : null}
            <ul className="mt-3 grid gap-6">
              {updates.map((u) => (
                <li key={u.id} className="border-b border-brand-100 pb-4">
                  <article aria-labelledby={`latest-${u.id}`}>
                    <h3 id={`latest-${u.id}`} className="text-lg font-semibold">
                      {u.title}
                    </h3>
                    <p className="text-sm text-gray-700">
                      {formatInstant(u.createdAt, t)} · {u.organisationName} ·{" "}
                      <Link to={`/tiltak/${u.initiativeSlug}`} className="inline-block py-1">
                        {u.initiativeTitle}
                      </Link>{" "}
                      · {t.partner.updates.visibilityLabel}: {t.updateVisibilities[u.visibility]}
                    </p>
                    <RichText text={u.body} className="mt-2 max-w-prose" />
                  </article>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
      <p className="mt-6">
        <Link to="/registrer" className="inline-block py-2">
          {m.registerAnother}
        </Link>
      </p>
    </>
  );
}

/** A 404 or 400 here keeps Min side's navigation. */
export function ErrorBoundary() {
  return <PartnerErrorBoundary />;
}
