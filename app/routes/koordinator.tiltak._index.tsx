import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ButtonLink } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { useT } from "~/i18n";
import { listProgrammeInitiatives } from "~/models/initiative/management.server";
import { pickProgramme } from "~/models/programme.server";
import { orRespond } from "~/utils/refusal.server";
import { requireStaff } from "~/services/actor.server";
import { pageMeta } from "~/utils/meta";
import { ProgrammeFilter } from "~/components/coordinator/ProgrammeFilter";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.coordinator.initiatives.title }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireStaff(request);
  const url = new URL(request.url);
  const { programme, programmes } = orRespond(() => pickProgramme(actor, url.searchParams.get("satsing")));
  const archived = url.searchParams.get("arkiverte") === "1";
  return {
    programme: { slug: programme.slug, name: programme.name },
    programmes: programmes.map(({ slug, name }) => ({ slug, name })),
    archived,
    items: listProgrammeInitiatives(programme.id, archived),
  };
}

export default function CoordinatorInitiatives() {
  const { programme, programmes, archived, items } = useLoaderData<typeof loader>();
  const t = useT();
  const x = t.coordinator.initiatives;
  return (
    <>
      <h1 className="text-3xl font-bold [overflow-wrap:anywhere]">{x.heading(programme.name)}</h1>
      <p className="mt-4">
        <ButtonLink variant="primary" to={`/koordinator/tiltak/ny?satsing=${programme.slug}`}>
          {x.newLink}
        </ButtonLink>
      </p>
      <div className="mt-4">
        <ProgrammeFilter programmes={programmes} current={programme.slug}>
          <label className="mt-5 flex min-h-11 items-center gap-3">
            <input type="checkbox" name="arkiverte" value="1" defaultChecked={archived} className="h-5 w-5" />
            <span>{x.showArchived}</span>
          </label>
        </ProgrammeFilter>
      </div>
      {items.length === 0 ? (
        <p className="mt-6">{x.empty}</p>
      ) : (
        <DataTable caption={x.caption} scrollHint className="mt-6">
          <thead>
            <tr>
              <Th>{x.colTitle}</Th>
              <Th>{x.colSubprogramme}</Th>
              <Th>{x.colArea}</Th>
              <Th>{x.colStatus}</Th>
              <Th numeric>{x.colPartners}</Th>
              <Th numeric>{x.colRequests}</Th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.slug}>
                <Th scope="row">
                  <Link to={`/koordinator/tiltak/${item.slug}`} className="inline-block py-2">
                    {item.title}
                  </Link>
                  {item.archived ? ` (${x.archived})` : !item.isPublic ? ` (${x.notPublic})` : ""}
                </Th>
                <Td>{item.subprogramme}</Td>
                <Td>{item.area}</Td>
                <Td>
                  {t.initiativeStatuses[item.status]}
                  {item.periodOver ? ` (${x.periodOver})` : ""}
                </Td>
                <Td numeric>{item.activeCount}</Td>
                <Td numeric>{item.requestCount}</Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </>
  );
}
