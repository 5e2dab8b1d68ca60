import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { formatInstant } from "~/components/initiatives/format";
import { InvitationList, MyOrganisations } from "~/components/partner/OverviewSections";
import { PartnerNav } from "~/components/partner/PartnerNav";
import { withOrg } from "~/components/partner/links";
import { pickMyOrganisation, requirePartnerOrganisation } from "~/components/partner/partner-org.server";
import { RichText } from "~/components/RichText";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { listMyOrganisations } from "~/models/membership.server";
import { answerInvitation, listMyParticipations, listUpdatesFromMyInitiatives } from "~/models/participation.server";
import { profileNeedsConfirmation } from "~/models/profile.server";
import { requireActor } from "~/services/actor.server";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRefusal } from "~/utils/refusal.server";
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
  // The only refusal here is an invitation that is gone (answered, withdrawn, another organisation's): 404.
  const outcome = orRefusal(() =>
    answerInvitation({ actorUserId: actor.id, organisationId: organisation.id, participationId: value.participationId, accept: value.intent === "accept" }),
  );
  if (!outcome.ok) return data({ problem: "notFound" as const }, { status: outcome.status });
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
          {/* Without an organisation, a person may still apply for a grant as a private person where a scheme allows it. */}
          <p className="mt-2">
            <Link to="/min-side/tilskudd" className="inline-block py-2">
              {t.partner.nav.grants}
            </Link>
          </p>
        </>
      ) : (
        <>
          <MyOrganisations organisations={organisations} current={current} />
          <InvitationList invitations={invitations} formAction={formAction} />

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
