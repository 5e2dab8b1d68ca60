import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { isHttpUrl, JsonLd, organisationJsonLd } from "~/components/directory/JsonLd";
import { ProfileUpdates } from "~/components/directory/ProfileUpdates";
import { RichText } from "~/components/RichText";
import { useT } from "~/i18n";
import { getPublicOrganisationProfile } from "~/models/organisation.server";
import { getEnv } from "~/utils/env.server";
import { pageMeta } from "~/utils/meta";
import { formatOrgNumber } from "~/validation/org-number";

// The same for every anonymous reader: answered from the response cache (ADR 012).
export const handle = { responseCache: "public" } as const;

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) =>
    data
      ? {
          title: data.org.name,
          description: data.org.description.trim()
            ? excerptForMeta(data.org.description)
            : t.directory.profile.metaDescription(data.org.name),
        }
      : { title: t.errors.notFoundTitle },
  );

/** A description for search results: one line, about 160 characters, cut at a word. */
function excerptForMeta(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= 160) return flat;
  const cut = flat.slice(0, 160);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), 80))} …`;
}

export function loader({ params }: LoaderFunctionArgs) {
  const org = getPublicOrganisationProfile(params.slug ?? "");
  if (!org) throw new Response(null, { status: 404 });
  return { org, profileUrl: `${getEnv().publicUrl}/partnere/${org.slug}` };
}

export default function PartnerProfile() {
  const { org, profileUrl } = useLoaderData<typeof loader>();
  const t = useT();
  const p = t.directory.profile;
  const website = org.website && isHttpUrl(org.website) ? org.website : null;
  const hasContact = Boolean(website || org.contactEmail || org.contactPhone);

  return (
    <article aria-labelledby="profile-heading">
      <JsonLd data={organisationJsonLd(org, profileUrl)} />
      <p className="no-print">
        <Link to="/partnere" className="inline-flex min-h-11 items-center">
          <span aria-hidden="true">←&nbsp;</span>
          {p.backToList}
        </Link>
      </p>

      <header className="mt-2 flex flex-wrap items-center gap-4">
        {org.logoFile ? (
          <img
            src={`/filer/logo/${encodeURIComponent(org.logoFile)}`}
            alt=""
            className="h-16 w-16 shrink-0 rounded border border-brand-100 object-contain"
          />
        ) : null}
        <h1 id="profile-heading" className="min-w-0 break-words text-3xl font-bold">
          {org.name}
        </h1>
      </header>

      <dl className="mt-3 grid gap-x-3 sm:grid-cols-[auto_minmax(0,1fr)] sm:gap-y-1">
        <dt className="font-semibold">{p.sector}</dt>
        <dd className="mb-2 break-words sm:mb-0">
          {t.sectors[org.sector]}
          <span className="no-print">
            {" – "}
            <Link to={`/partnere?sektor=${org.sector}`}>{p.sectorLink(t.sectors[org.sector])}</Link>
          </span>
        </dd>
        {org.orgNumber ? (
          <>
            <dt className="font-semibold">{p.orgNumber}</dt>
            <dd>{formatOrgNumber(org.orgNumber)}</dd>
          </>
        ) : null}
      </dl>

      <Section id="om" title={p.about}>
        {org.description.trim() ? <RichText text={org.description} className="max-w-prose break-words" /> : <p>{p.noDescription}</p>}
      </Section>

      <Section id="kontakt" title={p.contactHeading}>
        {hasContact ? (
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] items-center gap-x-3">
            {website ? (
              <>
                <dt className="font-semibold">{p.website}</dt>
                <dd className="break-all">
                  <a href={website} rel="noopener noreferrer ugc" className="inline-flex min-h-11 items-center">
                    {website}
                  </a>
                </dd>
              </>
            ) : null}
            {org.contactEmail ? (
              <>
                <dt className="font-semibold">{p.email}</dt>
                <dd className="break-all">
                  <a href={`mailto:${org.contactEmail}`} className="inline-flex min-h-11 items-center">{org.contactEmail}</a>
                </dd>
              </>
            ) : null}
            {org.contactPhone ? (
              <>
                <dt className="font-semibold">{p.phone}</dt>
                <dd>
                  <a href={`tel:${org.contactPhone.replace(/[^\d+]/g, "")}`} className="inline-flex min-h-11 items-center">{org.contactPhone}</a>
                </dd>
              </>
            ) : null}
          </dl>
        ) : (
          <p>{p.noContact}</p>
        )}
      </Section>

      <Section id="omrader" title={p.areasHeading}>
        {org.areas.length > 0 ? (
          <>
            <p className="no-print text-gray-800">{p.areasHint}</p>
            <LinkList items={org.areas.map((a) => ({ key: a.slug, to: `/omrader/${a.slug}`, label: a.name }))} />
          </>
        ) : (
          <p>{p.noAreas}</p>
        )}
      </Section>

      {org.themes.length > 0 ? (
        <Section id="tema" title={p.themesHeading}>
          <p className="no-print text-gray-800">{p.themesHint}</p>
          <LinkList items={org.themes.map((th) => ({ key: th.slug, to: `/partnere?tema=${encodeURIComponent(th.slug)}`, label: th.name }))} />
        </Section>
      ) : null}

      {org.offers.length > 0 ? (
        <Section id="tilbud" title={p.offersHeading}>
          <p className="no-print text-gray-800">{p.offersHint}</p>
          <LinkList items={org.offers.map((o) => ({ key: o, to: `/partnere?tilbud=${o}`, label: t.offers[o] }))} />
        </Section>
      ) : null}

      <Section id="tiltak" title={p.initiativesHeading}>
        {org.initiatives.length > 0 ? (
          <ul className="space-y-3">
            {org.initiatives.map((i) => (
              <li key={i.slug} className="rounded border border-brand-100 p-3 print:break-inside-avoid">
                <Link to={`/tiltak/${i.slug}`} className="inline-flex min-h-11 items-center text-lg font-semibold">
                  {i.title}
                </Link>
                <dl className="mt-1 flex flex-wrap gap-x-5 gap-y-1 text-sm">
                  <div className="flex gap-1">
                    <dt className="font-semibold">{p.role}:</dt>
                    <dd>{t.participationRoles[i.role]}</dd>
                  </div>
                  <div className="flex gap-1">
                    <dt className="font-semibold">{p.area}:</dt>
                    <dd>{i.areaName}</dd>
                  </div>
                  <div className="flex gap-1">
                    <dt className="font-semibold">{p.status}:</dt>
                    <dd>{t.initiativeStatuses[i.status]}</dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        ) : (
          <p>{p.noInitiatives}</p>
        )}
      </Section>

      <Section id="oppdateringer" title={p.updatesHeading}>
        {org.updates.length > 0 ? (
          <ProfileUpdates updates={org.updates} />
        ) : (
          <p>{p.noUpdates}</p>
        )}
      </Section>
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-8">
      <h2 id={`${id}-heading`} className="text-2xl font-bold">
        {title}
      </h2>
      <div className="mt-2">{children}</div>
    </section>
  );
}

function LinkList({ items }: { items: { key: string; to: string; label: string }[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-2">
      {items.map((item) => (
        <li key={item.key}>
          <Link
            to={item.to}
            className="inline-flex min-h-11 items-center rounded-full border border-brand-600 px-4 py-2 text-brand-800 no-underline hover:bg-brand-50 print:min-h-0 print:border-0 print:p-0"
          >
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
