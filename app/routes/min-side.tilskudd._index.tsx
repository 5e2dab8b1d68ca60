import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, type ClientLoaderFunctionArgs } from "@remix-run/react";
import { calendarDay, kroner, osloDateTime } from "~/components/grants/format";
import { PartnerErrorBoundary } from "~/components/partner/PartnerErrorBoundary";
import { PartnerNav } from "~/components/partner/PartnerNav";
import { pickMyOrganisation } from "~/components/partner/partner-org.server";
import { ButtonLink } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { FormMessage } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { loadWorkspaceCatalogue, useT } from "~/i18n";
import { listApplicationsForApplicant, organisationsWithOverdueReports } from "~/models/grant/application.server";
import { listOpenSchemes } from "~/models/grant/scheme.server";
import { listMyOrganisations } from "~/models/membership.server";
import { requireActor } from "~/services/actor.server";
import { applicantAllowed } from "~/services/grant-permissions";
import { pageMeta } from "~/utils/meta";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.grants.applyPages.list.title }));

type Row = ReturnType<typeof listApplicationsForApplicant>[number];
const row = (a: Row) => ({
  id: a.id,
  title: a.title,
  status: a.status,
  amountAppliedOre: a.amountAppliedOre,
  roundName: a.roundName,
  schemeName: a.schemeName,
  deadlineAt: a.deadlineAt?.getTime() ?? null,
  outcome: a.outcome,
  amountGrantedOre: a.amountGrantedOre,
  reportStatus: a.reportStatus,
  reportDueOn: a.reportDueOn,
});

/**
 * Anyone logged in: the applications of each organisation the person may apply for (owner or
 * editor) and their own as a private person, and the open schemes that take an applicant they can
 * be. Someone without an organisation sees the schemes open to private persons.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireActor(request);
  const mine = listMyOrganisations(actor.id);
  const current = pickMyOrganisation(actor, mine, new URL(request.url).searchParams.get("org"));
  const overdue = organisationsWithOverdueReports(mine.map((o) => o.id));
  // Only the person's own organisations (memberships), so nobody else's applications can come along.
  const applications = listApplicationsForApplicant(actor, mine.map((o) => o.id));
  const groups = mine.map((o) => ({
    key: o.slug,
    name: o.name,
    overdue: overdue.has(o.id),
    applications: applications.filter((a) => a.applicantKind === "organisation" && a.organisationId === o.id).map(row),
  }));
  const own = applications.filter((a) => a.applicantKind === "private_person").map(row);
  const approved = mine.filter((o) => o.status === "approved");
  const schemes = listOpenSchemes()
    .filter((s) => applicantAllowed(s, { kind: "private_person" }) || approved.some((o) => applicantAllowed(s, { kind: "organisation", sector: o.sector })))
    .map((s) => ({
      slug: s.slug,
      name: s.name,
      roundName: s.roundName,
      description: s.description,
      deadlineAt: s.deadlineAt?.getTime() ?? null,
      isContinuous: s.isContinuous,
      decisionWithinDays: s.decisionWithinDays,
      maxAmountOre: s.maxAmountOre,
      ownSharePercent: s.ownSharePercent,
      programmeName: s.programmeName,
    }));
  return {
    organisations: mine.map(({ slug, name }) => ({ slug, name })),
    current: current?.slug ?? null,
    groups,
    own,
    schemes,
  };
}

/** Without a layout route, a client-side navigation here brings the grants' text along (app/i18n/index.ts). */
export async function clientLoader({ serverLoader }: ClientLoaderFunctionArgs) {
  const text = loadWorkspaceCatalogue();
  try {
    return await serverLoader<typeof loader>();
  } finally {
    await text;
  }
}

function ApplicationsTable({ caption, rows }: { caption: string; rows: ReturnType<typeof row>[] }) {
  const t = useT();
  const l = t.grants.applyPages.list;
  if (rows.length === 0) return <p className="mt-2">{l.noApplications}</p>;
  return (
    <DataTable caption={caption} captionHidden scrollHint className="mt-3">
      <thead>
        <tr>
          <Th>{l.application}</Th>
          <Th>{l.schemeAndRound}</Th>
          <Th>{l.deadline}</Th>
          <Th numeric>{l.amountApplied}</Th>
          <Th>{l.status}</Th>
          <Th>{l.decision}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id}>
            <Td>
              <Link to={`/min-side/tilskudd/${a.id}`} className="inline-block py-1 font-semibold">
                {a.title || l.untitled}
              </Link>
            </Td>
            <Td>
              {a.schemeName}, {a.roundName}
            </Td>
            <Td>{a.deadlineAt === null ? l.continuous : osloDateTime(a.deadlineAt, t)}</Td>
            <Td numeric>{kroner(a.amountAppliedOre, t)}</Td>
            <Td>{t.grants.applicationStatuses[a.status]}</Td>
            <Td>
              {a.outcome ? `${t.grants.outcomes[a.outcome]} (${kroner(a.amountGrantedOre, t)})` : t.grants.none}
              {a.reportStatus ? (
                <>
                  <br />
                  {t.grants.reportStatuses[a.reportStatus]}
                  {a.reportStatus === "due" || a.reportStatus === "needs_more" ? ` – ${l.reportDue(calendarDay(a.reportDueOn, t))}` : ""}
                </>
              ) : null}
            </Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

export default function MyGrants() {
  const { organisations, current, groups, own, schemes } = useLoaderData<typeof loader>();
  const t = useT();
  const l = t.grants.applyPages.list;
  return (
    <>
      {current ? <PartnerNav current={current} organisations={organisations} /> : null}
      <h1 className="text-3xl font-bold">{l.heading}</h1>
      <p className="mt-2 max-w-prose">{l.intro}</p>

      {groups.map((g) => (
        <Section key={g.key} heading={l.applicationsFor(g.name)} className="mt-8">
          {g.overdue ? <FormMessage tone="info">{t.grants.overdueReport}</FormMessage> : null}
          <ApplicationsTable caption={l.caption(g.name)} rows={g.applications} />
        </Section>
      ))}
      {own.length > 0 || groups.length === 0 ? (
        <Section heading={l.privateApplications} className="mt-8">
          <ApplicationsTable caption={l.privateApplications} rows={own} />
        </Section>
      ) : null}

      <Section heading={l.openHeading} className="mt-10">
        {schemes.length === 0 ? <p className="mt-2">{l.noOpenSchemes}</p> : null}
        <ul className="mt-3 grid gap-6">
          {schemes.map((s) => (
            <li key={s.slug} className="border-b border-brand-100 pb-4">
              <h3 className="text-xl font-bold">{s.name}</h3>
              <p className="text-sm text-gray-700">
                {s.programmeName} · {s.roundName}
              </p>
              {s.description ? <p className="mt-2 max-w-prose">{s.description}</p> : null}
              <ul className="mt-2 list-disc pl-6">
                <li>{s.deadlineAt !== null ? l.deadlineAt(osloDateTime(s.deadlineAt, t)) : l.decisionWithin(s.decisionWithinDays ?? 0)}</li>
                <li>{l.maxAmount(kroner(s.maxAmountOre, t))}</li>
                <li>{l.ownShare(s.ownSharePercent)}</li>
              </ul>
              <ButtonLink to={`/min-side/tilskudd/ny?ordning=${encodeURIComponent(s.slug)}`} variant="primary" className="mt-3" aria-label={l.applyTo(s.name)}>
                {l.apply}
              </ButtonLink>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

/** A 404 or 403 here keeps Min side's navigation. */
export function ErrorBoundary() {
  return <PartnerErrorBoundary />;
}
