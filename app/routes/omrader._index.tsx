import type { MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { loadPlacesCatalogue, useT } from "~/i18n";
import { listAreasWithCounts, type AreaTreeItem } from "~/models/area.server";
import { pageMeta } from "~/utils/meta";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t.directory.areas.title, description: t.directory.areas.intro }));

export function loader() {
  return { areas: listAreasWithCounts() };
}

/** The link to the map is in the places text: it comes before a client-side navigation renders. */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadPlacesCatalogue()]);
  return data;
}

type Node = AreaTreeItem & { children: Node[] };

/** The flat list (in tree order, with depths) as nested nodes. */
function toTree(items: AreaTreeItem[]): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const item of items) {
    const node: Node = { ...item, children: [] };
    while (stack.length > item.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

export default function Areas() {
  const { areas } = useLoaderData<typeof loader>();
  const t = useT();
  const a = t.directory.areas;
  const tree = toTree(areas);
  return (
    <>
      <h1 className="text-3xl font-bold">{a.heading}</h1>
      <p className="mt-2 max-w-prose">{a.intro}</p>
      <p className="mt-2">
        <Link to="/kart" className="inline-flex min-h-11 items-center">
          {t.places.map.linkToMap}
        </Link>
      </p>
      {tree.length === 0 ? <p className="mt-6">{a.empty}</p> : <AreaList nodes={tree} label={a.treeLabel} />}
    </>
  );
}

function AreaList({ nodes, label }: { nodes: Node[]; label?: string }) {
  const t = useT();
  return (
    <ul aria-label={label} className={label ? "mt-6 space-y-4" : "mt-2 space-y-2 border-l-2 border-brand-100 pl-4 sm:pl-6"}>
      {nodes.map((node) => (
        <li key={node.slug}>
          <div className="flex flex-wrap items-baseline gap-x-3">
            <Link to={`/omrader/${node.slug}`} className={`inline-flex min-h-11 items-center ${node.depth === 0 ? "text-xl font-bold" : "text-lg font-semibold"}`}>
              {node.name}
            </Link>
            <span className="text-sm text-gray-800">{t.areaKinds[node.kind]}</span>
          </div>
          <p className="text-sm text-gray-800">{t.directory.areas.counts(node.initiativeCount, node.partnerCount)}</p>
          {node.children.length > 0 ? <AreaList nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  );
}
