/**
 * The årsmelding and the final report as an editable Word document (.docx, with the `docx` library),
 * since the report goes through the district's own editing before it reaches the politicians. Built
 * from the same words as the page (app/components/report/document.ts): the title, the programme and
 * period, the generated date (also in every page's header), each section under a Heading 1 (its
 * sub-parts Heading 2, so Word's navigation pane and table of contents work), the coordinator's
 * narrative as paragraphs, and real Word tables — the header row marked as a header (repeated on
 * each page), rows never split, numbers right-aligned. Charts are left out: their numbers are the
 * tables beside them. A4, as the printed page.
 */
import {
  AlignmentType,
  Document,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block, PresentedReport, ReportTable } from "~/components/report/document";

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const A4 = { width: 11906, height: 16838 }; // twentieths of a point
const MARGIN = 1020; // 18 mm

export async function reportDocx(report: PresentedReport, language: string): Promise<Uint8Array<ArrayBuffer>> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: report.heading, heading: HeadingLevel.TITLE }),
    ...report.lines.map((line) => new Paragraph({ text: line })),
    new Paragraph({ children: [new TextRun({ text: report.generated, italics: true })], spacing: { after: 240 } }),
  ];
  for (const section of report.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1, keepNext: true }));
    for (const paragraph of narrativeParagraphs(section.narrative)) children.push(paragraph);
    for (const block of section.blocks) children.push(...blockContent(block));
  }
  const document = new Document({
    creator: "Laget",
    title: report.title,
    description: report.generated,
    styles: { default: { document: { run: { language: { value: language } } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: 907, right: 907 } } },
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: `${report.heading} · ${report.generated}`, size: 16 })] })] }) },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document)) as Uint8Array<ArrayBuffer>;
}

/** The narrative's paragraphs (at empty lines), its line breaks kept. */
function narrativeParagraphs(text: string): Paragraph[] {
  if (!text.trim()) return [];
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => new Paragraph({ children: p.split("\n").map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined })), spacing: { after: 160 } }));
}

function blockContent(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "paragraph":
      return [new Paragraph({ text: block.text, spacing: { after: 120 } })];
    case "list":
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case "subheading":
      return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2, keepNext: true })];
    case "table":
      return wordTable(block.table);
    case "chart":
      return wordTable(block.table);
  }
}

function cell(text: string, options: { numeric?: boolean; bold?: boolean }) {
  return new TableCell({
    children: [new Paragraph({ alignment: options.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold: options.bold })] })],
  });
}

/** A caption (kept with its table) and the table: header row marked as such, rows not split, numbers right-aligned. */
function wordTable(table: ReportTable): (Paragraph | Table)[] {
  const numeric = table.columns.map((c) => c.numeric ?? false);
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((c) => cell(c.label, { numeric: c.numeric, bold: true })) }),
    ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.cells.map((text, i) => cell(text, { numeric: numeric[i], bold: row.strong })) })),
    ...(table.foot ? [new TableRow({ cantSplit: true, children: table.foot.map((text, i) => cell(text, { numeric: numeric[i], bold: true })) })] : []),
  ];
  return [
    new Paragraph({ children: [new TextRun({ text: table.caption, bold: true })], keepNext: true, spacing: { before: 200, after: 80 } }),
    new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
    new Paragraph({ text: "" }),
  ];
}
