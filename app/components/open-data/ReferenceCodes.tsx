/** The codes the API's filters take: the programmes with their sub-programmes, and the areas. */
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { useT } from "~/i18n";
import type { OpenReferenceData } from "~/models/open-data.server";
import { Code, Section } from "./doc-parts";

export function ReferenceCodes({ reference }: { reference: OpenReferenceData }) {
  const d = useT().openData.docs;
  return (
    <Section id="kortnavn" title={d.referenceHeading}>
      <p className="mt-3 max-w-prose">{d.referenceIntro}</p>
      <DataTable caption={d.programmesCaption} className="mt-4">
        <thead>
          <tr>
            <Th>{d.colSlug}</Th>
            <Th>{d.colName}</Th>
            <Th>{d.colSubprogrammes}</Th>
          </tr>
        </thead>
        <tbody>
          {reference.programmes.map((p) => (
            <tr key={p.slug}>
              <Th scope="row" className="align-top font-normal">
                <Code>{p.slug}</Code>
              </Th>
              <Td className="align-top">{p.name}</Td>
              <Td className="align-top">
                <ul>
                  {p.subprogrammes.map((s) => (
                    <li key={s}>
                      <Code>{s}</Code>
                    </li>
                  ))}
                </ul>
              </Td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      <DataTable caption={d.areasCaption} className="mt-6">
        <thead>
          <tr>
            <Th>{d.colSlug}</Th>
            <Th>{d.colName}</Th>
            <Th>{d.colParent}</Th>
          </tr>
        </thead>
        <tbody>
          {reference.areas.map((a) => (
            <tr key={a.slug}>
              <Th scope="row" className="font-normal">
                <Code>{a.slug}</Code>
              </Th>
              <Td>{a.name}</Td>
              <Td>{a.parent ?? "–"}</Td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </Section>
  );
}
