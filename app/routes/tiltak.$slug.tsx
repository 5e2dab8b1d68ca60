import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { InitiativeArchive } from "~/components/closing/InitiativeArchive";
import { formatPeriod } from "~/components/initiatives/format";
import { UpdateEntry } from "~/components/initiatives/UpdateEntry";
import { RichText } from "~/components/RichText";
import { loadPlacesCatalogue, useT } from "~/i18n";
import { getInitiativeArchive } from "~/models/closing/public.server";
import { getPublicInitiative } from "~/models/initiative/public.server";
import { messagesFromMatches, pageMeta } from "~/utils/meta";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => {
  if (!data) return pageMeta(matches, (t) => ({ title: t.errors.notFoundTitle }));
  const t = messagesFromMatches(matches);
  return [
    ...pageMeta(matches, () => ({ title: data.initiative.title, description: data.initiative.summary || undefined })),
    {
      tagName: "link",
      rel: "alternate",
      type: "application/atom+xml",
      href: data.feedHref,
      title: t.initiatives.detail.feedTitle(data.initiative.title),
    },
  ];
};

export function loader({ params }: LoaderFunctionArgs) {
  const initiative = getPublicInitiative(params.slug ?? "");
  // Unknown, not public and archived tiltak look the same from outside: not found.
  if (!initiative) throw new Response(null, { status: 404, statusText: "Not Found" });
  // A closed period's outcome and the links to the tiltak before and after it (issue 21).
  return { initiative, archive: getInitiativeArchive(initiative.slug), feedHref: `/oppdateringer.atom?tiltak=${encodeURIComponent(initiative.slug)}` };
}

// The archive's words are the places section's, loaded before a client-side navigation renders.
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadPlacesCatalogue()]);
  return data;
}

export default function Initiative() {
  const { initiative: i, archive, feedHref } = useLoaderData<typeof loader>();
  const t = useT();
  const d = t.initiatives.detail;
  const f = t.initiatives.fields;
  const partnerCount = i.partnersByRole.reduce((n, g) => n + g.partners.length, 0);
  const seeking = i.soughtSectors.length > 0 || i.soughtOffers.length > 0;

  return (
    <>
      <nav aria-label={d.breadcrumb} className="mb-4">
        <Link to="/tiltak" className="inline-flex min-h-11 items-center">
          <span aria-hidden="true">←&nbsp;</span>
          {d.backToList}
        </Link>
      </nav>
      <h1 className="text-3xl font-bold">{i.title}</h1>
      {i.summary ? <p className="mt-3 max-w-prose text-lg">{i.summary}</p> : null}
      {archive ? <InitiativeArchive archive={archive} /> : null}

      <section aria-labelledby="fakta" className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4 sm:p-5">
        <h2 id="fakta" className="sr-only">
          {d.facts}
        </h2>
        <dl className="grid wrap-break-word sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-x-4 sm:gap-y-1 [&>dd]:mb-2 sm:[&>dd]:mb-0">
          <dt className="font-semibold">{f.programme}</dt>
          <dd>{i.programme.name}</dd>
          <dt className="font-semibold">{f.subprogramme}</dt>
          <dd>{i.subprogramme.name}</dd>
          <dt className="font-semibold">{f.area}</dt>
          <dd>
            <Link to={`/omrader/${i.area.slug}`}>{i.area.name}</Link> ({t.areaKinds[i.area.kind].toLowerCase()})
          </dd>
          <dt className="font-semibold">{f.status}</dt>
          <dd>{t.initiativeStatuses[i.status]}</dd>
          <dt className="font-semibold">{f.period}</dt>
          <dd>{formatPeriod(i.startDate, i.endDate, t)}</dd>
          <dt className="font-semibold">{f.lead}</dt>
          <dd>{i.lead ? <Link to={`/partnere/${i.lead.slug}`}>{i.lead.name}</Link> : f.noLead}</dd>
        </dl>
      </section>

      <section aria-labelledby="om-tiltaket" className="mt-8">
        <h2 id="om-tiltaket" className="text-2xl font-bold">
          {d.about}
        </h2>
        {i.description.trim() ? (
          <RichText text={i.description} className="mt-3 max-w-prose" />
        ) : (
          <p className="mt-3">{d.noDescription}</p>
        )}
      </section>

      {seeking ? (
        <section aria-labelledby="ser-etter" className="mt-8">
          <h2 id="ser-etter" className="text-2xl font-bold">
            {d.seekingHeading}
          </h2>
          <p className="mt-2 max-w-prose">{d.seekingIntro}</p>
          <dl className="mt-3 grid wrap-break-word sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-x-4 sm:gap-y-1 [&>dd]:mb-2 sm:[&>dd]:mb-0">
            {i.soughtSectors.length > 0 ? (
              <>
                <dt className="font-semibold">{d.seekingSectors}</dt>
                <dd>{i.soughtSectors.map((s) => t.sectors[s]).join(", ")}</dd>
              </>
            ) : null}
            {i.soughtOffers.length > 0 ? (
              <>
                <dt className="font-semibold">{d.seekingOffers}</dt>
                <dd>{i.soughtOffers.map((o) => t.offers[o]).join(", ")}</dd>
              </>
            ) : null}
          </dl>
        </section>
      ) : null}

      <section aria-labelledby="hvem-er-med" className="mt-8">
        <h2 id="hvem-er-med" className="text-2xl font-bold">
          {d.partnersHeading}
        </h2>
        {partnerCount === 0 ? (
          <p className="mt-2">{d.noPartners}</p>
        ) : (
          <>
            <p className="mt-2">{d.partnersIntro(partnerCount)}</p>
            <div className="mt-2 grid gap-x-8 sm:grid-cols-2">
              {i.partnersByRole.map((group) => (
                <section key={group.role} aria-labelledby={`rolle-${group.role}`} className="mt-4">
                  <h3 id={`rolle-${group.role}`} className="text-lg font-semibold">
                    {t.participationRoles[group.role]}
                  </h3>
                  <ul className="mt-1 space-y-1">
                    {group.partners.map((p) => (
                      <li key={p.slug}>
                        <Link to={`/partnere/${p.slug}`} className="font-medium">
                          {p.name}
                        </Link>
                        <span className="block text-sm text-gray-700">
                          <span className="sr-only">{d.sector}: </span>
                          {t.sectors[p.sector]}
                        </span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="oppdateringer" className="mt-8">
        <h2 id="oppdateringer" className="text-2xl font-bold">
          {d.updatesHeading}
        </h2>
        <p className="mt-2">
          <a href={feedHref} type="application/atom+xml" className="inline-flex min-h-11 items-center">
            {d.feedLink}
          </a>
        </p>
        {i.updates.length === 0 ? (
          <p className="mt-2">{d.noUpdates}</p>
        ) : (
          <>
            {i.updateCount > i.updates.length ? <p className="mt-2">{d.moreUpdates(i.updates.length, i.updateCount)}</p> : null}
            <ol className="mt-4 space-y-8 border-l-4 border-brand-100 pl-5">
              {i.updates.map((u) => (
                <li key={u.id}>
                  <UpdateEntry update={u} headingLevel={3} />
                </li>
              ))}
            </ol>
            {i.updateCount > i.updates.length ? (
              <p className="mt-6">
                <Link to={`/oppdateringer?tiltak=${encodeURIComponent(i.slug)}`} className="inline-flex min-h-11 items-center font-semibold">
                  {d.allUpdates}
                </Link>
              </p>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}
