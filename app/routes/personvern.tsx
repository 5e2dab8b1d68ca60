import type { MetaFunction } from "@remix-run/node";
import { Link, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { loadAboutCatalogue, useT } from "~/i18n";
import { pageMeta } from "~/utils/meta";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t.openData.privacy.title, description: t.openData.privacy.description }));

const DATATILSYNET_URL = "https://www.datatilsynet.no/";

const h2 = "mt-10 text-2xl font-bold";

/** Nothing to load but the text; a server loader so the clientLoader below need not run at hydration. */
export function loader() {
  return null;
}

/** A client-side navigation here brings the page's long text first (the "about" section, app/i18n/index.ts). */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const [data] = await Promise.all([serverLoader<typeof loader>(), loadAboutCatalogue()]);
  return data;
}

export default function Privacy() {
  const t = useT();
  const p = t.openData.privacy;
  return (
    <article className="max-w-3xl break-words">
      <h1 className="text-2xl font-bold hyphens-auto sm:text-3xl">{p.heading}</h1>
      <p className="mt-2 text-gray-700">{p.updated}</p>
      <p className="mt-4 max-w-prose text-lg">{p.intro}</p>

      <h2 className={h2}>{p.storedHeading}</h2>
      <div className="mt-4 space-y-6">
        {p.stored.map((item) => (
          <section key={item.title} className="border-l-4 border-brand-100 pl-4">
            <h3 className="text-xl font-semibold">{item.title}</h3>
            <dl className="mt-2 space-y-2">
              {(
                [
                  [p.colWhat, item.what],
                  [p.colWhy, item.why],
                  [p.colBasis, item.basis],
                  [p.colHowLong, item.howLong],
                ] as const
              ).map(([term, text]) => (
                <div key={term}>
                  <dt className="font-semibold">{term}</dt>
                  <dd>{text}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>

      <h2 className={h2}>{p.whoHeading}</h2>
      <ul className="mt-3 max-w-prose list-disc space-y-2 pl-6">
        {p.who.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <h2 className={h2}>{p.rightsHeading}</h2>
      <p className="mt-3 max-w-prose">{p.rightsIntro}</p>
      <ul className="mt-2 max-w-prose list-disc space-y-2 pl-6">
        <li>
          {p.rightAccess} <Link to="/konto">{p.accountPage}</Link>.
        </li>
        <li>
          {p.rightRectification} <Link to="/konto">{p.accountPage}</Link>.
        </li>
        <li>
          {p.rightDeletion} <Link to="/konto">{p.accountPage}</Link>. {p.rightDeletionDetails}
        </li>
        <li>{p.rightObjection}</li>
      </ul>

      <h2 className={h2}>{p.cookiesHeading}</h2>
      <p className="mt-3 max-w-prose">{p.cookiesIntro}</p>
      <DataTable caption={p.cookiesCaption} captionHidden className="mt-3">
        <colgroup>
          <col className="w-[30%]" />
          <col />
          <col className="w-[30%]" />
        </colgroup>
        <thead>
          <tr>
            <Th>{p.colCookie}</Th>
            <Th>{p.colPurpose}</Th>
            <Th>{p.colDuration}</Th>
          </tr>
        </thead>
        <tbody>
          {p.cookies.map((c) => (
            <tr key={c.name}>
              <Th scope="row" className="align-top font-normal">
                <code className="break-all font-mono">{c.name}</code>
              </Th>
              <Td className="align-top">{c.purpose}</Td>
              <Td className="align-top">{c.duration}</Td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <p className="mt-4 max-w-prose">{p.noTracking}</p>

      <h2 className={h2}>{p.contactHeading}</h2>
      <p className="mt-3 max-w-prose">
        {p.contact} <a href={`mailto:${p.contactAddress}`}>{p.contactAddress}</a>.
      </p>
      <p className="mt-3 max-w-prose">{p.complaint}</p>
      <p className="mt-2">
        <a href={DATATILSYNET_URL} className="inline-flex min-h-11 items-center">
          {p.complaintLink}
        </a>
      </p>
    </article>
  );
}
