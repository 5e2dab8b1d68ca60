import { useT } from "~/i18n";
import { Section } from "./Section";

export function DataSection() {
  const a = useT().account;
  return (
    <Section id="data" heading={a.dataSection.heading}>
      <p className="mt-2">{a.dataSection.intro}</p>
      <p className="mt-4">
        {/* A plain link: the file comes as a download (Content-Disposition), not a page. */}
        <a
          href="/konto/data.json"
          download="laget-mine-data.json"
          className="inline-flex min-h-11 items-center rounded border-2 border-brand-700 px-5 py-2.5 font-semibold text-brand-800 no-underline hover:bg-brand-50"
        >
          {a.dataSection.download}
        </a>
      </p>
    </Section>
  );
}
