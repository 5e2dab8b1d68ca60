import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FormMessage } from "~/components/ui/Field";
import { useT } from "~/i18n";
import { listMyOrganisations } from "~/models/membership.server";
import { requireActor } from "~/services/actor.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.myPage.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  return {
    name: actor.name,
    registered: new URL(request.url).searchParams.has("registrert"),
    organisations: listMyOrganisations(actor.id).map(({ id: _id, ...org }) => org),
  };
}

export default function MyPage() {
  const { name, registered, organisations } = useLoaderData<typeof loader>();
  const t = useT();
  const m = t.myPage;
  return (
    <>
      <h1 className="text-3xl font-bold">{m.heading}</h1>
      <p className="mt-2">{m.greeting(name)}</p>
      {registered ? <FormMessage tone="success">{m.registered}</FormMessage> : null}
      <h2 className="mt-8 text-2xl font-bold">{m.organisationsHeading}</h2>
      {organisations.length === 0 ? <p className="mt-2">{m.noOrganisations}</p> : null}
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
            <ul className="mt-3 flex flex-wrap gap-x-6">
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
      <p className="mt-6">
        <Link to="/registrer">{m.registerAnother}</Link>
      </p>
    </>
  );
}
