/**
 * The Word documents read back (issue 21: "test that the file opens and holds the sections by reading
 * it back"): the .docx is unzipped (fflate, docx's own dependency) and word/document.xml must hold
 * every section's heading as a Heading 1, a real table with a header row and the right numbers
 * right-aligned, and the coordinator's narrative.
 */
import { unzipSync, strFromU8 } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { presentReport } from "~/components/report/document";
import { en } from "~/i18n/en";
import { nb } from "~/i18n/nb";
import { getAnnualReportData } from "~/models/report/annual.server";
import { getFinalReportData } from "~/models/report/final.server";
import { saveNarrative } from "~/models/report/narrative.server";
import type { Actor } from "~/services/permissions";
import { seedForCoordination } from "~/testing/coordination-fixture.server";
import { reportDocx } from "./report-docx.server";

let grorud: Actor;

beforeAll(async () => {
  ({ grorud } = await seedForCoordination());
  saveNarrative(grorud, { slug: "groruddalssatsingen", kind: "annual", year: 2026, section: "introduction", body: "Første avsnitt om året.\n\nAndre avsnitt & <mer>." });
});

/** The document's main XML, and its text with the markup taken away (runs joined per paragraph). */
export function readDocx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  expect(Object.keys(files)).toContain("word/document.xml");
  const xml = strFromU8(files["word/document.xml"]!);
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(m[0])?.[1] ?? null,
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)).join(""),
  }));
  return { files, xml, paragraphs };
}

const unescapeXml = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

describe("the årsmelding as a Word document", () => {
  it("holds the title, every section as a Heading 1, the narrative, and real tables with the numbers", async () => {
    const { report } = getAnnualReportData(grorud, "groruddalssatsingen", 2026);
    const presented = presentReport(report, nb);
    const { xml, paragraphs } = readDocx(await reportDocx(presented, "nb-NO"));
    expect(paragraphs.find((p) => p.style === "Title")?.text).toBe("Årsrapport 2026: Groruddalssatsingen");
    expect(paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual(presented.sections.map((s) => s.heading));
    expect(paragraphs.map((p) => p.text)).toContain("Første avsnitt om året.");
    expect(paragraphs.map((p) => p.text)).toContain("Andre avsnitt & <mer>.");
    expect(paragraphs.some((p) => p.text.startsWith("Generert fra Laget "))).toBe(true);

    // The partners-per-sector table: a header row marked as such, then one row per sector with its count right-aligned.
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThan(2);
    const partners = tables.find((t) => t.includes(">Organisasjoner med en aktiv deltakelse i året<") || t.includes(">Sektor<"))!;
    expect(partners).toContain("<w:tblHeader/>");
    const rows = [...partners.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1]!)));
    expect(rows[0]).toEqual(["Sektor", "Antall"]);
    const total = report.counts.partnerCount;
    expect(rows.at(-1)).toEqual(["Sum", String(total)]);
    expect(partners).toContain('<w:jc w:val="right"/>');
    const sectorSum = rows.slice(1, -1).reduce((sum, r) => sum + Number(r[1]), 0);
    expect(sectorSum).toBe(total);
  });

  it("is written in the reader's language", async () => {
    const { report } = getAnnualReportData(grorud, "groruddalssatsingen", 2026);
    const { paragraphs } = readDocx(await reportDocx(presentReport(report, en), "en-GB"));
    expect(paragraphs.find((p) => p.style === "Title")?.text).toBe("Annual report 2026: Groruddalssatsingen");
    expect(paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text)).toContain("Resident participation");
  });
});

describe("the final report as a Word document", () => {
  it("holds every section and the outcomes table", async () => {
    const { report } = getFinalReportData(grorud, "groruddalssatsingen");
    const presented = presentReport(report, nb);
    const { xml, paragraphs } = readDocx(await reportDocx(presented, "nb-NO"));
    expect(paragraphs.find((p) => p.style === "Title")?.text).toBe("Sluttrapport: Groruddalssatsingen");
    expect(paragraphs.filter((p) => p.style === "Heading1").map((p) => p.text)).toEqual(presented.sections.map((s) => s.heading));
    expect(xml).toContain(">Tiltakene og hva som ble av dem<");
    expect(xml).toContain(">Partnere per sektor og år (organisasjoner med en aktiv deltakelse i året)<");
  });
});
