/** The reference of the open-data endpoints: each one's parameters (with their codes) and fields. */
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { useT, type Messages } from "~/i18n";
import { INITIATIVE_STATUSES, OFFERS, PARTICIPATION_ROLES, SECTORS } from "~/validation/enums";
import { Code, h3, Section } from "./doc-parts";
import type { GrantsEndpointDocs } from "./grants-docs.server";

type Endpoint = "organisations" | "initiatives" | "participations" | "grants" | "programmes";
const ENDPOINTS: Endpoint[] = ["organisations", "initiatives", "participations", "grants", "programmes"];

/** Allowed values of the parameters that take a code, with their Norwegian labels. */
function enumValues(t: Messages): Record<string, { value: string; label: string }[]> {
  return {
    sector: SECTORS.map((v) => ({ value: v, label: t.sectors[v] })),
    offer: OFFERS.map((v) => ({ value: v, label: t.offers[v] })),
    status: INITIATIVE_STATUSES.map((v) => ({ value: v, label: t.initiativeStatuses[v] })),
    role: PARTICIPATION_ROLES.map((v) => ({ value: v, label: t.participationRoles[v] })),
  };
}

/** `grants`, `programmes`: those endpoints' words, sent by the loader (they are not in the core catalogue). */
export function EndpointReference({ grants, programmes }: { grants: GrantsEndpointDocs; programmes: GrantsEndpointDocs }) {
  const t = useT();
  const d = { ...t.openData.docs, grants, programmes };
  const values = enumValues(t);
  return (
    <Section id="endepunkter" title={d.endpointsHeading}>
      <p className="mt-3 max-w-prose">{d.commonParameters}</p>
      {ENDPOINTS.map((name) => {
        const e = d[name];
        const path = `/api/v1/${name}`;
        return (
          <section key={name}>
            <h3 id={`endepunkt-${name}`} className={h3}>
              {e.heading}
            </h3>
            <p className="mt-2">
              {d.endpointPath}: <Code>{`GET ${path}`}</Code>
            </p>
            <p className="mt-2 max-w-prose">{e.description}</p>

            <DataTable caption={d.parametersCaption(path)} className="mt-4">
              <colgroup>
                <col className="w-[38%] sm:w-1/3" />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <Th>{d.colParameter}</Th>
                  <Th>{d.colDescription}</Th>
                </tr>
              </thead>
              <tbody>
                {e.parameters.map((p) => (
                  <tr key={p.name}>
                    <Th scope="row" className="align-top font-normal">
                      <Code>{p.name}</Code>
                    </Th>
                    <Td className="align-top">
                      {p.description}
                      {values[p.name] ? (
                        <>
                          <span className="mt-1 block">{d.validValues}</span>
                          <ul className="mt-1 space-y-1">
                            {values[p.name]!.map((v) => (
                              <li key={v.value}>
                                <Code>{v.value}</Code> {v.label}
                              </li>
                            ))}
                          </ul>
                        </>
                      ) : null}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </DataTable>

            <DataTable caption={d.fieldsCaption(e.what)} className="mt-6">
              <colgroup>
                <col className="w-[32%]" />
                <col className="w-[22%]" />
                <col />
              </colgroup>
              <thead>
                <tr>
                  <Th>{d.colField}</Th>
                  <Th>{d.colType}</Th>
                  <Th>{d.colDescription}</Th>
                </tr>
              </thead>
              <tbody>
                {e.fields.map((f) => (
                  <tr key={f.name}>
                    <Th scope="row" className="align-top font-normal">
                      <Code>{f.name}</Code>
                    </Th>
                    <Td className="align-top">{f.type}</Td>
                    <Td className="align-top">{f.description}</Td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </section>
        );
      })}
    </Section>
  );
}
