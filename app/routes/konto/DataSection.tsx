import { ButtonLink } from "~/components/ui/Button";
import { useT } from "~/i18n";
import { Section } from "./Section";

export function DataSection() {
  const a = useT().account;
  return (
    <Section id="data" heading={a.dataSection.heading}>
      <p className="mt-2">{a.dataSection.intro}</p>
      <p className="mt-4">
        {/* A document link, not a client navigation: the file comes as a download (Content-Disposition), not a page. */}
        <ButtonLink to="/konto/data.json" reloadDocument download="laget-mine-data.json">
          {a.dataSection.download}
        </ButtonLink>
      </p>
    </Section>
  );
}
