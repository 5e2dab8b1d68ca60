/** The codes the API's filters take: the programmes with their sub-programmes, and the areas. */
import { useT } from "~/i18n";
import type { OpenReferenceData } from "~/models/open-data.server";
import { Code, Section, tableClass, tdClass, thClass } from "./doc-parts";

export function ReferenceCodes({ reference }: { reference: OpenReferenceData }) {
  const d = useT().openData.docs;
  return (
    <Section id="kortnavn" title={d.referenceHeading}>
      <p className="mt-3 max-w-prose">{d.referenceIntro}</p>
      <table className={tableClass}>
        <caption className="mt-4 text-left font-semibold">{d.programmesCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              {d.colSlug}
            </th>
            <th scope="col" className={thClass}>
              {d.colName}
            </th>
            <th scope="col" className={thClass}>
              {d.colSubprogrammes}
            </th>
          </tr>
        </thead>
        <tbody>
          {reference.programmes.map((p) => (
            <tr key={p.slug}>
              <th scope="row" className={`${tdClass} font-normal`}>
                <Code>{p.slug}</Code>
              </th>
              <td className={tdClass}>{p.name}</td>
              <td className={tdClass}>
                <ul>
                  {p.subprogrammes.map((s) => (
                    <li key={s}>
                      <Code>{s}</Code>
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className={tableClass}>
        <caption className="mt-6 text-left font-semibold">{d.areasCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className={thClass}>
              {d.colSlug}
            </th>
            <th scope="col" className={thClass}>
              {d.colName}
            </th>
            <th scope="col" className={thClass}>
              {d.colParent}
            </th>
          </tr>
        </thead>
        <tbody>
          {reference.areas.map((a) => (
            <tr key={a.slug}>
              <th scope="row" className={`${tdClass} font-normal`}>
                <Code>{a.slug}</Code>
              </th>
              <td className={tdClass}>{a.name}</td>
              <td className={tdClass}>{a.parent ?? "–"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
