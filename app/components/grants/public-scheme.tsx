/**
 * What an applicant needs to know about a scheme, in public: who may apply, the maximum, the own
 * share, the deadline (Oslo time) or "løpende", and how to apply — through the applicant's form under
 * /min-side, which asks them to log in first. Shared by /tilskudd and /tilskudd/:slug.
 */
import { Link } from "@remix-run/react";
import { ButtonLink } from "~/components/ui/Button";
import { useT } from "~/i18n";
import type { Sector } from "~/validation/enums";
import { kroner, osloDateTime } from "./public-format";

export type SchemeFactsData = {
  name: string;
  /** In kroner: the loaders send no øre figures of eight digits, which read like phone numbers (e2e/public-data.spec.ts). */
  maxAmountKr: number | null;
  ownSharePercent: number;
  allowsPrivatePersons: boolean;
  isContinuous: boolean;
  decisionWithinDays: number | null;
  sectors: Sector[];
  areaNames?: string | null;
  appealBody?: string;
  programmeName: string;
  /** The open round's deadline (ms), null for a continuous scheme; undefined when no round is shown. */
  deadlineAt?: number | null;
  roundName?: string;
};

/** The scheme's terms as a description list. */
export function SchemeFacts({ scheme }: { scheme: SchemeFactsData }) {
  const t = useT();
  const s = t.grants.publicPages.scheme;
  const who = [...scheme.sectors.map((x) => t.sectors[x]), ...(scheme.allowsPrivatePersons ? [s.privatePersons] : [])];
  const rows: [string, string][] = [[s.programme, scheme.programmeName]];
  if (scheme.roundName !== undefined) rows.push([s.round, scheme.roundName]);
  if (scheme.deadlineAt !== undefined) {
    rows.push([
      s.deadline,
      scheme.deadlineAt !== null
        ? osloDateTime(scheme.deadlineAt, t)
        : scheme.decisionWithinDays
          ? s.decisionWithin(scheme.decisionWithinDays)
          : s.continuous,
    ]);
  }
  rows.push([s.whoMayApply, who.join(", ")]);
  if (scheme.areaNames) rows.push([s.areas, scheme.areaNames]);
  rows.push([s.maxAmount, scheme.maxAmountKr !== null ? kroner(Math.round(scheme.maxAmountKr * 100), t) : s.noMax]);
  rows.push([s.ownShare, scheme.ownSharePercent > 0 ? s.ownSharePercent(scheme.ownSharePercent) : s.noOwnShare]);
  if (scheme.appealBody) rows.push([s.appealBody, scheme.appealBody]);
  return (
    <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 wrap-break-word sm:grid-cols-[auto_minmax(0,1fr)]">
      {rows.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="mb-2 sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The link to the application form, and that it asks the person to log in. */
export function HowToApply({ slug, name, headingLevel = 3 }: { slug: string; name: string; headingLevel?: 2 | 3 }) {
  const t = useT();
  const s = t.grants.publicPages.scheme;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="mt-4">
      <Heading className={headingLevel === 2 ? "text-2xl font-bold" : "text-lg font-semibold"}>{s.howToApplyHeading}</Heading>
      <p className="mt-1 max-w-prose">{s.howToApply}</p>
      <p className="mt-1 max-w-prose">
        {s.loginNeeded}{" "}
        <Link to="/registrer" className="inline-block py-2">
          {s.registerLink}
        </Link>
      </p>
      <ButtonLink to={`/min-side/tilskudd/ny?ordning=${encodeURIComponent(slug)}`} variant="primary" className="mt-2">
        {s.applyLink(name)}
      </ButtonLink>
    </div>
  );
}

/** Text kept as the administrator wrote it: one paragraph per blank-line-separated block. */
export function Paragraphs({ text, className = "" }: { text: string; className?: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i} className={`mt-2 max-w-prose whitespace-pre-line ${className}`}>
            {p}
          </p>
        ))}
    </>
  );
}
