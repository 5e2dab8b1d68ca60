import { Form, Link } from "@remix-run/react";
import { RichText } from "~/components/RichText";
import { Button } from "~/components/ui/Button";
import { useT } from "~/i18n";
import type { MembershipRole, OrganisationStatus, ParticipationRole } from "~/validation/enums";
import { withOrg } from "./links";

/* The sections of /min-side about the person's organisations and the invitations to their current one. */

type MyOrganisation = { slug: string; name: string; status: OrganisationStatus; role: MembershipRole; decisionReason: string | null };

/** Each organisation the person belongs to: its status, their role, and where to go from it. */
export function MyOrganisations({
  organisations,
  current,
}: {
  organisations: MyOrganisation[];
  /** reminder: "old" (confirmed over a year ago) or "never", when the current profile needs confirming. */
  current: { slug: string; reminder: string | null };
}) {
  const t = useT();
  const m = t.myPage;
  const o = t.partner.overview;
  return (
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
  );
}

/** Invitations to tiltak, each accepted or declined by its own small form. */
export function InvitationList({
  invitations,
  formAction,
}: {
  invitations: { id: number; role: ParticipationRole; slug: string; title: string; message: string | null }[];
  formAction: string;
}) {
  const t = useT();
  const o = t.partner.overview;
  return (
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
                <Button aria-label={o.acceptLabel(inv.title)}>{o.accept}</Button>
              </Form>
              <Form method="post" action={formAction}>
                <input type="hidden" name="intent" value="decline" />
                <input type="hidden" name="participationId" value={inv.id} />
                <Button variant="secondary" aria-label={o.declineLabel(inv.title)}>
                  {o.decline}
                </Button>
              </Form>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
