/**
 * A report (the årsmelding or the final report) on the page, from its words (./document.ts) — the
 * same sections, tables and numbers as the Word document. Each section: its heading, the narrative
 * (on screen the section's form, given by the page; on paper the text), and its tables and charts.
 */
import type { ReactNode } from "react";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import type { Block, PresentedReport, PresentedSection, ReportTable } from "./document";
import { IndicatorChart } from "~/components/charts/IndicatorChart";

export function ReportView({
  report,
  afterHeading,
  before,
  narrative,
}: {
  report: PresentedReport;
  /** Right after the heading: the error summary of a refused form. */
  afterHeading?: ReactNode;
  /** What comes between the heading and the sections on screen (choices, links, status): not printed. */
  before?: ReactNode;
  /** The section's narrative form on screen. */
  narrative?: (section: PresentedSection) => ReactNode;
}) {
  return (
    <article className="report [overflow-wrap:anywhere] print:text-[11pt]">
      <header>
        <h1 className="text-3xl font-bold print:text-2xl">{report.heading}</h1>
        {report.lines.map((line) => (
          <p key={line} className="mt-1">
            {line}
          </p>
        ))}
        <p className="mt-1 text-sm">{report.generated}</p>
      </header>
      {afterHeading}
      {before ? <div className="no-print print:hidden">{before}</div> : null}
      {report.sections.map((section) => (
        <section key={section.key} aria-labelledby={`del-${section.key}`} className="mt-10 print:mt-6">
          <h2 id={`del-${section.key}`} className="text-2xl font-bold print:text-xl">
            {section.heading}
          </h2>
          {section.narrative ? (
            <div className={narrative ? "hidden print:block" : undefined}>
              <NarrativeText text={section.narrative} />
            </div>
          ) : null}
          {narrative ? <div className="no-print print:hidden">{narrative(section)}</div> : null}
          {section.blocks.map((block, i) => (
            <BlockView key={i} block={block} />
          ))}
        </section>
      ))}
    </article>
  );
}

/** The coordinator's text: paragraphs at empty lines, line breaks kept. */
export function NarrativeText({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph, i) => (
        <p key={i} className="mt-3 whitespace-pre-line">
          {paragraph.trim()}
        </p>
      ))}
    </>
  );
}

function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "paragraph":
      return <p className="mt-3">{block.text}</p>;
    case "list":
      return (
        <ul className="mt-3 list-disc pl-6">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case "subheading":
      return <h3 className="mt-6 text-xl font-bold print:text-lg">{block.text}</h3>;
    case "table":
      return <TableView table={block.table} />;
    case "chart":
      // The goals' own chart (with its table of the same numbers); the Word document has the table only.
      return <IndicatorChart indicator={block.indicator} className="mt-6" />;
  }
}

function TableView({ table }: { table: ReportTable }) {
  const numeric = table.columns.map((c) => c.numeric ?? false);
  return (
    <DataTable caption={table.caption} className="mt-4">
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <Th key={i} numeric={c.numeric}>
              {c.label}
            </Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <Th key={i} scope="row" className={row.strong ? "font-bold" : row.indent ? "!pl-8 font-normal" : "font-normal"}>
                  {cell}
                </Th>
              ) : (
                <Td key={i} numeric={numeric[i]} className={row.strong ? "font-bold" : undefined}>
                  {cell}
                </Td>
              ),
            )}
          </tr>
        ))}
      </tbody>
      {table.foot ? (
        <tfoot>
          <tr>
            {table.foot.map((cell, i) =>
              i === 0 ? (
                <Th key={i} scope="row">
                  {cell}
                </Th>
              ) : (
                <Td key={i} numeric={numeric[i]} className="font-bold">
                  {cell}
                </Td>
              ),
            )}
          </tr>
        </tfoot>
      ) : null}
    </DataTable>
  );
}
