/**
 * The published grants as people read them in public: a table of the granted applications (never a
 * private person's name) and the totals per round, area and kind of recipient. Shared by /tilskudd
 * and /tilskudd/:slug.
 */
import { Link } from "@remix-run/react";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { Section } from "~/components/ui/Section";
import { useT } from "~/i18n";
import type { PublicTotals } from "~/models/grant/public.server";
import type { Sector } from "~/validation/enums";
import { calendarDay, kroner } from "./public-format";

export type PublicGrantRow = {
  applicationId: number;
  title: string;
  privatePerson: boolean;
  organisationName: string | null;
  organisationSlug: string | null;
  areaName: string | null;
  outcome: "granted" | "partly_granted" | "rejected";
  amountGrantedOre: number;
  decidedOn: string;
  roundName: string;
  schemeName: string;
  schemeSlug: string;
};

export function PublicGrantsTable({ items, page, lastPage, showScheme }: { items: PublicGrantRow[]; page: number; lastPage: number; showScheme: boolean }) {
  const t = useT();
  const c = t.grants.publicPages.table;
  return (
    <DataTable caption={c.caption(page, lastPage)} className="mt-4">
      <thead>
        <tr>
          <Th>{c.colActivity}</Th>
          <Th>{c.colRecipient}</Th>
          {showScheme ? <Th>{c.colScheme}</Th> : null}
          <Th>{c.colArea}</Th>
          <Th numeric>{c.colAmount}</Th>
          <Th>{c.colDecided}</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((g) => (
          <tr key={g.applicationId}>
            <Th scope="row" className="font-normal">
              {g.title}
            </Th>
            <Td>
              {g.privatePerson ? (
                t.grants.privatePerson
              ) : g.organisationSlug ? (
                <Link to={`/partnere/${g.organisationSlug}`}>{g.organisationName}</Link>
              ) : (
                g.organisationName
              )}
            </Td>
            {showScheme ? (
              <Td>
                <Link to={`/tilskudd/${g.schemeSlug}`}>{g.schemeName}</Link>
                <span className="block text-sm">{g.roundName}</span>
              </Td>
            ) : null}
            <Td>{g.areaName ?? "–"}</Td>
            <Td numeric className="whitespace-nowrap">
              {kroner(g.amountGrantedOre, t)}
              {g.outcome === "partly_granted" ? <span className="block text-sm">{c.partly}</span> : null}
            </Td>
            <Td className="whitespace-nowrap">{calendarDay(g.decidedOn, t)}</Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

type Row = { key: string; label: string; count: number; amountOre: number };

export function TotalsTable({ caption, keyHeading, rows, all }: { caption: string; keyHeading: string; rows: Row[]; all: { count: number; amountOre: number } }) {
  const t = useT();
  const s = t.grants.publicPages.totals;
  return (
    <DataTable caption={caption} className="mt-4">
      <thead>
        <tr>
          <Th>{keyHeading}</Th>
          <Th numeric>{s.colCount}</Th>
          <Th numeric>{s.colAmount}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <Th scope="row" className="font-normal">
              {r.label}
            </Th>
            <Td numeric>{r.count}</Td>
            <Td numeric className="whitespace-nowrap">
              {kroner(r.amountOre, t)}
            </Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <Th scope="row">{s.total}</Th>
          <Td numeric className="font-bold">
            {all.count}
          </Td>
          <Td numeric className="whitespace-nowrap font-bold">
            {kroner(all.amountOre, t)}
          </Td>
        </tr>
      </tfoot>
    </DataTable>
  );
}

/** The label of a totals key per kind of recipient: a sector, a private person, or unknown. */
export function useSectorLabel() {
  const t = useT();
  return (key: Sector | "private_person" | "") =>
    key === "private_person" ? t.grants.privatePerson : key === "" ? t.grants.publicPages.totals.unknownSector : t.sectors[key];
}

/** Totals per round (when there is more than one to compare), per area and per kind of recipient. */
export function PublicGrantTotals({
  totals,
  rounds,
  id,
  byRound = true,
}: {
  totals: Omit<PublicTotals, "byRound"> & { byRound: { key: number; count: number; amountOre: number }[] };
  rounds?: { id: number; name: string; schemeName: string }[];
  id?: string;
  byRound?: boolean;
}) {
  const t = useT();
  const s = t.grants.publicPages.totals;
  const sectorLabel = useSectorLabel();
  const roundName = new Map((rounds ?? []).map((r) => [r.id, `${r.schemeName}: ${r.name}`]));
  return (
    <Section heading={s.heading} level={3} id={id} className="mt-8">
      {byRound && rounds ? (
        <TotalsTable
          caption={s.byRoundCaption}
          keyHeading={s.colRound}
          all={totals.all}
          rows={totals.byRound.map((r) => ({ key: String(r.key), label: roundName.get(r.key) ?? String(r.key), count: r.count, amountOre: r.amountOre }))}
        />
      ) : null}
      <TotalsTable
        caption={s.byAreaCaption}
        keyHeading={s.colArea}
        all={totals.all}
        rows={totals.byArea.map((r) => ({ key: r.key, label: r.key || s.noArea, count: r.count, amountOre: r.amountOre }))}
      />
      <TotalsTable
        caption={s.bySectorCaption}
        keyHeading={s.colSector}
        all={totals.all}
        rows={totals.bySector.map((r) => ({ key: r.key, label: sectorLabel(r.key), count: r.count, amountOre: r.amountOre }))}
      />
    </Section>
  );
}
