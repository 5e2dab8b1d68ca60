import { formatDate, useT } from "~/i18n";
import type { Sector } from "~/validation/enums";

/** What the page knows from Enhetsregisteret about a number (app/services/enhetsregisteret.server.ts). */
export type RegisterFactsData =
  | {
      kind: "found";
      checkedAt: number;
      unit: {
        name: string;
        form: { code: string; description: string };
        address: string[];
        industry: { code: string; description: string } | null;
        inVoluntaryRegister: boolean;
        bankrupt: boolean;
        beingDissolved: boolean;
        deletedOn: string | null;
      };
      suggestedSector: Sector | null;
    }
  | { kind: "notFound" | "removed"; checkedAt: number }
  | { kind: "notChecked" };

/**
 * The register's facts beside what a person entered: on the coordinators' approval page and after
 * "Hent fra Enhetsregisteret" on /registrer. Flags (bankrupt, being dissolved, deleted) are words, in
 * a strong element, not colour alone.
 */
export function RegisterFacts({
  facts,
  entered,
  headingLevel = 3,
}: {
  facts: RegisterFactsData;
  /** On the approval page: what the organisation entered, and the coordinators' words for comparing (their catalogue, not every public page's). */
  entered?: { name: string; sector: Sector; nameDiffers: string; notChecked: string };
  headingLevel?: 2 | 3;
}) {
  const t = useT();
  const r = t.register;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  if (facts.kind !== "found") {
    return (
      <div className="mt-3">
        <Heading className="font-semibold">{r.heading}</Heading>
        <p>{facts.kind === "notChecked" ? entered?.notChecked : facts.kind === "removed" ? r.removed : r.notFound}</p>
      </div>
    );
  }
  const { unit } = facts;
  const flags = [unit.bankrupt ? r.bankrupt : null, unit.beingDissolved ? r.beingDissolved : null, unit.deletedOn ? r.deletedOn(unit.deletedOn) : null].filter(
    (flag): flag is string => flag !== null,
  );
  const nameDiffers = entered !== undefined && entered.name.trim().toLowerCase() !== unit.name.toLowerCase();
  return (
    <div className="mt-3">
      <Heading className="font-semibold">{r.heading}</Heading>
      {flags.length ? <p className="font-semibold text-red-800">{flags.map((flag) => <strong key={flag} className="mr-3">{flag}</strong>)}</p> : null}
      <dl className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{r.name}</dt>
        <dd>
          {unit.name}
          {nameDiffers ? <span className="block text-sm">{entered.nameDiffers}</span> : null}
        </dd>
        <dt className="font-semibold">{r.form}</dt>
        <dd>
          {unit.form.description} ({unit.form.code})
        </dd>
        {unit.address.length ? (
          <>
            <dt className="font-semibold">{r.address}</dt>
            <dd>{unit.address.join(", ")}</dd>
          </>
        ) : null}
        {unit.industry ? (
          <>
            <dt className="font-semibold">{r.industry}</dt>
            <dd>
              {unit.industry.code} {unit.industry.description}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{r.voluntaryRegister}</dt>
        <dd>{unit.inVoluntaryRegister ? r.inVoluntaryRegister : r.notInVoluntaryRegister}</dd>
      </dl>
      {facts.suggestedSector && facts.suggestedSector !== entered?.sector ? <p className="mt-1">{r.suggestedSector(t.sectors[facts.suggestedSector])}</p> : null}
      <p className="mt-1 text-sm text-gray-700">
        {r.checkedOn(formatDate(new Date(facts.checkedAt), t))} · {r.source}
      </p>
    </div>
  );
}
