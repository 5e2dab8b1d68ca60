import { Link } from "@remix-run/react";
import { Section } from "~/components/ui/Section";
import { formatDate, useT } from "~/i18n";
import type { RegisterFlag } from "~/models/register-unit.server";
import { formatOrgNumber } from "~/validation/org-number";

/** The coordinator's dashboard: organisations the nightly read of Enhetsregisteret flagged. Nothing flagged, nothing shown. */
export function RegisterFlagsSection({ flagged }: { flagged: { name: string; slug: string; status: string; orgNumber: string; flag: RegisterFlag; checkedAt: number }[] }) {
  const t = useT();
  const r = t.register;
  const f = t.coordinator.registerFlags;
  if (flagged.length === 0) return null;
  const word = { bankrupt: r.bankrupt, beingDissolved: r.beingDissolved, deleted: f.deleted, removed: f.removed } satisfies Record<RegisterFlag, string>;
  return (
    <Section heading={f.heading}>
      <p className="mt-2 max-w-3xl">{f.intro}</p>
      <ul className="mt-2 list-disc pl-6">
        {flagged.map((org) => (
          <li key={org.orgNumber}>
            <Link to={org.status === "approved" ? `/koordinator/partnere/${org.slug}` : `/koordinator/godkjenning#organisasjon-${org.slug}`} className="inline-block py-2">
              {org.name}
            </Link>{" "}
            ({formatOrgNumber(org.orgNumber)}): <strong>{word[org.flag]}</strong> · {r.checkedOn(formatDate(new Date(org.checkedAt), t))}
          </li>
        ))}
      </ul>
    </Section>
  );
}
