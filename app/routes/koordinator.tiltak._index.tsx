import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useT } from "~/i18n";
import { listProgrammeInitiatives } from "~/models/initiative/management.server";
import { pickProgramme } from "~/models/programme.server";
import { orRespond } from "~/utils/refusal.server";
import { requireStaff } from "~/services/actor.server";
import { pageMeta } from "~/utils/meta";
import { primaryButtonClass, tableClass } from "~/components/coordinator/classes";
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
        <Link to={`/koordinator/tiltak/ny?satsing=${programme.slug}`} className={`${primaryButtonClass} no-underline hover:text-white`}>
          {x.newLink}
        </Link>
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
        <div className="mt-6 overflow-x-auto" tabIndex={0} role="region" aria-label={x.caption}>
          <table className={tableClass}>
            <caption className="text-left text-xl font-bold">{x.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{x.colTitle}</th>
                <th scope="col">{x.colSubprogramme}</th>
                <th scope="col">{x.colArea}</th>
                <th scope="col">{x.colStatus}</th>
                <th scope="col">{x.colPartners}</th>
                <th scope="col">{x.colRequests}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.slug}>
                  <th scope="row">
                    <Link to={`/koordinator/tiltak/${item.slug}`} className="inline-block py-2">
                      {item.title}
                    </Link>
                    {item.archived ? ` (${x.archived})` : !item.isPublic ? ` (${x.notPublic})` : ""}
                  </th>
                  <td>{item.subprogramme}</td>
                  <td>{item.area}</td>
                  <td>
                    {t.initiativeStatuses[item.status]}
                    {item.periodOver ? ` (${x.periodOver})` : ""}
                  </td>
                  <td>{item.activeCount}</td>
                  <td>{item.requestCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
