import type { MetaFunction } from "@remix-run/node";
import { useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { loadAboutCatalogue, useT } from "~/i18n";
import { listOpenReferenceData } from "~/models/open-data.server";
import { CSV_MAX_ROWS, NLOD_URL, PER_PAGE_DEFAULT, PER_PAGE_MAX } from "~/services/api.server";
import { getEnv } from "~/utils/env.server";
import { pageMeta } from "~/utils/meta";
import { blockLink, Code, Section } from "~/components/open-data/doc-parts";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { EndpointReference } from "~/components/open-data/EndpointReference";
import { ReferenceCodes } from "~/components/open-data/ReferenceCodes";
import { grantsEndpointDocs } from "~/components/open-data/grants-docs.server";
import { programmesEndpointDocs } from "~/components/open-data/programmes-docs.server";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t.openData.docs.title, description: t.openData.docs.description }));

export function loader() {
  return {
    // Both languages (the page's own is chosen when rendering, as the root chose it).
    grantsDocs: { nb: grantsEndpointDocs("nb"), en: grantsEndpointDocs("en") },
    programmesDocs: { nb: programmesEndpointDocs("nb"), en: programmesEndpointDocs("en") },
    base: getEnv().publicUrl,
    perPageDefault: PER_PAGE_DEFAULT,
    perPageMax: PER_PAGE_MAX,
    csvMaxRows: CSV_MAX_ROWS,
    nlodUrl: NLOD_URL,
    reference: listOpenReferenceData(),
  };
}

/** A client-side navigation here brings the page's long text first (the "about" section, app/i18n/index.ts). */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadAboutCatalogue()]);
  return data;
}

export default function OpenDataDocs() {
  const { base, perPageDefault, perPageMax, csvMaxRows, nlodUrl, reference, grantsDocs, programmesDocs } = useLoaderData<typeof loader>();
  const t = useT();
  const grants = t.meta.lang === "en" ? grantsDocs.en : grantsDocs.nb;
  const programmes = t.meta.lang === "en" ? programmesDocs.en : programmesDocs.nb;
  const d = t.openData.docs;
  const api = `${base}/api/v1`;

  const examples = [
    { label: d.examples.organisations, href: `${api}/organisations` },
    { label: d.examples.voluntaryInGrorud, href: `${api}/organisations?sector=voluntary&area=bydel-grorud` },
    { label: d.examples.search, href: `${api}/organisations?q=leksehjelp` },
    { label: d.examples.ongoing, href: `${api}/initiatives?programme=groruddalssatsingen&status=ongoing` },
    { label: d.examples.leads, href: `${api}/participations?role=lead` },
    { label: d.examples.organisationsCsv, href: `${api}/organisations?format=csv` },
    { label: grants.example, href: `${api}/grants?format=csv` },
    { label: programmes.example, href: `${api}/programmes?format=csv` },
  ];

  const envelope = JSON.stringify(
    {
      data: ["…"],
      meta: { page: 2, perPage: perPageDefault, total: 120, totalPages: 3 },
      links: {
        self: `${api}/organisations?page=2&per_page=${perPageDefault}`,
        next: `${api}/organisations?page=3&per_page=${perPageDefault}`,
        prev: `${api}/organisations?page=1&per_page=${perPageDefault}`,
      },
    },
    null,
    2,
  ).replace('[\n    "…"\n  ]', "[ … ]");
  const errorExample = JSON.stringify(
    { error: { code: "invalid_parameter", message: t.openData.api.invalidPerPage(perPageMax) } },
    null,
    2,
  );

  const contents = [
    { id: "hva", label: d.publishedHeading },
    { id: "prov", label: d.examplesHeading },
    { id: "endepunkter", label: d.endpointsHeading },
    { id: "sider", label: d.pagingHeading },
    { id: "csv", label: d.csvHeading },
    { id: "feil", label: d.errorsHeading },
    { id: "cors", label: d.corsHeading },
    { id: "pagang", label: d.cachingHeading },
    { id: "kortnavn", label: d.referenceHeading },
    { id: "versjoner", label: d.versionHeading },
    { id: "lisens", label: d.licenceHeading },
  ];

  return (
    <article className="max-w-3xl break-words">
      <h1 className="text-2xl font-bold hyphens-auto sm:text-3xl">{d.heading}</h1>
      <p className="mt-3 max-w-prose text-lg">{d.intro}</p>

      <div className="mt-6 rounded border-l-4 border-brand-600 bg-brand-50 p-4">
        <p className="font-semibold">{d.noPersonalDataHeading}</p>
        <p className="mt-1 max-w-prose">{d.noPersonalData}</p>
      </div>

      <nav aria-label={d.contentsLabel} className="mt-8">
        <p className="font-semibold">{d.contentsLabel}</p>
        <ul className="mt-1 grid gap-x-6 sm:grid-cols-2">
          {contents.map((c) => (
            <li key={c.id}>
              <a href={`#${c.id}`} className="inline-flex min-h-11 items-center">
                {c.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <Section id="hva" title={d.publishedHeading}>
        <ul className="mt-3 max-w-prose list-disc space-y-1 pl-6">
          {[...d.published, grants.published, programmes.published].map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className="mt-3 max-w-prose">{d.notPublished}</p>
      </Section>

      <Section id="prov" title={d.examplesHeading}>
        <p className="mt-3">{d.examplesIntro}</p>
        <ul className="mt-2 space-y-3">
          {examples.map((e) => (
            <li key={e.href}>
              <a href={e.href} className={blockLink}>
                {e.label}
              </a>
              <div>
                <Code>{e.href}</Code>
              </div>
            </li>
          ))}
        </ul>
      </Section>

      <EndpointReference grants={grants} programmes={programmes} />

      <Section id="sider" title={d.pagingHeading}>
        <p className="mt-3 max-w-prose">{d.pagingIntro}</p>
        <ul className="mt-2 max-w-prose list-disc space-y-1 pl-6">
          {d.pagingParts.map((part) => (
            <li key={part}>{part}</li>
          ))}
        </ul>
        <p className="mt-3">{d.pagingExampleCaption}</p>
        <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-gray-100 p-3 font-mono text-sm">{envelope}</pre>
        <p className="mt-3 max-w-prose">{d.pagingEmpty}</p>
      </Section>

      <Section id="csv" title={d.csvHeading}>
        <p className="mt-3 max-w-prose">{d.csvIntro}</p>
        <ul className="mt-2 max-w-prose list-disc space-y-1 pl-6">
          {d.csvPoints(csvMaxRows).map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </Section>

      <Section id="feil" title={d.errorsHeading}>
        <p className="mt-3 max-w-prose">{d.errorsIntro}</p>
        <pre className="mt-2 whitespace-pre-wrap break-all rounded bg-gray-100 p-3 font-mono text-sm">{errorExample}</pre>
        <DataTable caption={d.errorCodesCaption} className="mt-4">
          <colgroup>
            <col className="w-[40%]" />
            <col />
          </colgroup>
          <thead>
            <tr>
              <Th>{d.colCode}</Th>
              <Th>{d.colDescription}</Th>
            </tr>
          </thead>
          <tbody>
            {d.errorCodes.map((c) => (
              <tr key={c.name}>
                <Th scope="row" className="align-top font-normal">
                  <Code>{c.name}</Code>
                </Th>
                <Td className="align-top">{c.description}</Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      </Section>

      <Section id="cors" title={d.corsHeading}>
        <p className="mt-3 max-w-prose">{d.cors}</p>
      </Section>

      <Section id="pagang" title={d.cachingHeading}>
        <p className="mt-3 max-w-prose">{d.caching}</p>
      </Section>

      <ReferenceCodes reference={reference} />

      <Section id="versjoner" title={d.versionHeading}>
        <p className="mt-3 max-w-prose">{d.version}</p>
      </Section>

      <Section id="lisens" title={d.licenceHeading}>
        <p className="mt-3 max-w-prose">{d.licence}</p>
        <p className="mt-2">
          <a href={nlodUrl} className={blockLink}>
            {d.licenceLink}
          </a>
        </p>
        <p className="mt-3 max-w-prose">{d.attributionIntro}</p>
        <blockquote className="mt-2 border-l-4 border-gray-400 pl-4 italic">{d.attribution}</blockquote>
        <p className="mt-3 max-w-prose">{d.licenceDisclaimer}</p>
      </Section>
    </article>
  );
}
