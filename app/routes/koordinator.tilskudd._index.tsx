/** /koordinator/tilskudd: the grant schemes of the programmes the person coordinates (admins: all). */
import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { osloDateTime } from "~/components/grants/format";
import { ButtonLink } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { useT } from "~/i18n";
import { listSchemesForAdministrator } from "~/models/grant/scheme.server";
import { requireStaff } from "~/services/actor.server";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.grants.adminPages.list.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const schemes = listSchemesForAdministrator(actor).map((s) => {
    const latest = s.rounds[0];
    return {
      slug: s.slug,
      name: s.name,
      programmeName: s.programmeName,
      isContinuous: s.isContinuous,
      archived: s.archivedAt !== null,
      latest: latest ? { slug: latest.slug, name: latest.name, deadlineAt: latest.deadlineAt?.getTime() ?? null } : null,
    };
  });
  return { schemes };
}

export default function GrantSchemes() {
  const { schemes } = useLoaderData<typeof loader>();
  const t = useT();
  const l = t.grants.adminPages.list;
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{l.heading}</h1>
      <p className="mt-2 max-w-2xl">{l.intro}</p>
      <p className="mt-4">
        <ButtonLink to="/koordinator/tilskudd/ny">{l.create}</ButtonLink>
      </p>
      {schemes.length === 0 ? (
        <p className="mt-8">{l.empty}</p>
      ) : (
        <DataTable caption={l.caption} className="mt-8" scrollHint>
          <thead>
            <tr>
              <Th>{l.name}</Th>
              <Th>{l.programme}</Th>
              <Th>{l.kind}</Th>
              <Th>{l.latestRound}</Th>
            </tr>
          </thead>
          <tbody>
            {schemes.map((s) => (
              <tr key={s.slug}>
                <Th scope="row">
                  <Link to={`/koordinator/tilskudd/${s.slug}`} className="inline-block py-2">
                    {s.name}
                  </Link>{" "}
                  {s.archived ? l.archived : null}
                </Th>
                <Td>{s.programmeName}</Td>
                <Td>{s.isContinuous ? l.continuous : l.withRounds}</Td>
                <Td>
                  {s.latest ? (
                    <Link to={`/koordinator/tilskudd/${s.slug}/${s.latest.slug}`} className="inline-block py-2">
                      {s.latest.name}
                      {s.latest.deadlineAt !== null ? ` (${osloDateTime(s.latest.deadlineAt, t)})` : ""}
                    </Link>
                  ) : (
                    l.noRounds
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>
  );
}
