import { Link } from "@remix-run/react";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { formatNumber, useT } from "~/i18n";
import type { CollaborationMatrix as Matrix } from "~/models/collaboration.server";
import { SECTORS } from "~/validation/enums";
import { listingHref } from "./filter-urls";

const cellLink = "inline-flex min-h-6 min-w-6 items-center";
// The cells' links are plain anchors: a router <Link> costs several hooks each on the server, and the
// matrix has two per cell (issue 19's benchmark); they lead to cached public lists, loaded whole.

/**
 * /samarbeid's matrix: active participations per sub-programme and sector, each cell leading to
 * those tiltak and partners. A gap says so in words (and a hatched background), not by colour alone.
 */
export function CollaborationMatrix({
  matrix,
  programme,
}: {
  matrix: Matrix;
  programme: { slug: string; name: string } | null;
}) {
  const t = useT();
  const c = t.initiatives.collaboration;
  const n = (value: number) => formatNumber(value, t);
  const tiltakHref = (delprogram: string, sektor?: string) =>
    listingHref("/tiltak", { satsing: programme?.slug, delprogram, sektor });
  // The partners behind a cell: the sector, working on the sub-programme's theme (in the programme chosen).
  const partnersHref = (tema: string, sektor: string) =>
    listingHref("/partnere", { satsing: programme?.slug, tema, sektor });

  return (
    <DataTable
      caption={c.matrixCaption(programme?.name ?? null)}
      scrollHint
      className="mt-4"
    >
      <thead>
        <tr className="align-bottom">
          <Th>{c.subprogramme}</Th>
          {SECTORS.map((s) => (
            <Th key={s} numeric className="text-sm">
              {t.sectors[s]}
            </Th>
          ))}
          <Th numeric>{c.total}</Th>
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.slug}>
            <Th scope="row" className="font-medium">
              <Link
                to={tiltakHref(row.slug)}
                className="inline-flex min-h-11 items-center"
              >
                {row.name}
              </Link>
            </Th>
            {SECTORS.map((s) => {
              const count = row.counts[s];
              const sector = t.sectors[s];
              return (
                <Td
                  key={s}
                  numeric
                  data-gap={count === 0 ? "" : undefined}
                  className={`align-top ${
                    count === 0
                      ? "bg-amber-50 [background-image:repeating-linear-gradient(135deg,transparent_0_6px,rgb(0_0_0/0.06)_6px_8px)]"
                      : ""
                  }`}
                >
                  {count === 0 ? (
                    <strong className="whitespace-nowrap font-semibold text-amber-900">
                      {c.gap}
                      <span className="sr-only">
                        {c.gapExplained(row.name, sector)}
                      </span>
                    </strong>
                  ) : (
                    n(count)
                  )}
                  <span className="mt-1 flex justify-end gap-x-3 text-sm">
                    <a
                      href={
                        count === 0
                          ? tiltakHref(row.slug)
                          : tiltakHref(row.slug, s)
                      }
                      className={cellLink}
                      aria-label={
                        count === 0
                          ? c.cellTiltakGapLabel(row.name, sector)
                          : c.cellTiltakLabel(row.name, sector)
                      }
                    >
                      {c.cellTiltak}
                    </a>
                    <a
                      href={partnersHref(row.slug, s)}
                      className={cellLink}
                      aria-label={c.cellPartnersLabel(row.name, sector)}
                    >
                      {c.cellPartners}
                    </a>
                  </span>
                </Td>
              );
            })}
            <Td numeric className="font-semibold">
              {n(row.total)}
            </Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <Th scope="row">{c.total}</Th>
          {SECTORS.map((s) => (
            <Td key={s} numeric className="font-semibold">
              {n(matrix.sectorTotals[s])}
            </Td>
          ))}
          <Td numeric className="font-bold">
            {n(matrix.total)}
          </Td>
        </tr>
      </tfoot>
    </DataTable>
  );
}
