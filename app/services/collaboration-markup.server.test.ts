/**
 * The collaboration drawing and its table rendered once to markup (app/services/collaboration-markup.server.ts):
 * the same SVG and table the page showed as React elements, in the asked language, every name escaped.
 */
import { describe, expect, it } from "vitest";
import type { NetworkDrawing } from "~/components/initiatives/NetworkDiagram";
import { renderNetworkSvg, renderNetworkTable } from "./collaboration-markup.server";

const drawing: NetworkDrawing = {
  width: 400,
  height: 300,
  fontSize: 12,
  nodeRadius: 8,
  nodes: [
    { label: "Bydel Grorud", sector: "district", x: 100, y: 100, labelX: 112, labelY: 104, anchor: "start" },
    { label: "<script>alert(1)</script> & Ørsta IL", sector: "voluntary", x: 300, y: 200, labelX: 288, labelY: 204, anchor: "end" },
  ],
  edges: [{ d: "M100,100L300,200", strokeWidth: 2 }],
};

describe("the collaboration drawing as markup", () => {
  it("is one labelled image with a path per line and per organisation, and a text per label", () => {
    const svg = renderNetworkSvg(drawing, "nb");
    expect(svg).toMatch(/^<svg role="img" aria-labelledby="nettverk-svg-tittel nettverk-svg-beskrivelse" viewBox="0 0 400 300"/);
    expect(svg).toContain('<title id="nettverk-svg-tittel">Nettverk av organisasjoner som samarbeider</title>');
    expect(svg.match(/<path /g)).toHaveLength(3);
    expect(svg.match(/<text /g)).toHaveLength(2);
    expect(svg).toContain('paint-order="stroke"');
    expect(svg).not.toContain("style=");
  });

  it("escapes what organisations call themselves", () => {
    const svg = renderNetworkSvg(drawing, "nb");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Ørsta IL");
    expect(svg).not.toContain("<script>");
  });

  it("speaks the page's language", () => {
    const nb = renderNetworkSvg(drawing, "nb");
    const en = renderNetworkSvg(drawing, "en");
    expect(en).not.toBe(nb);
    expect(en.match(/<title[^>]*>([^<]+)<\/title>/)?.[1]).not.toBe(nb.match(/<title[^>]*>([^<]+)<\/title>/)?.[1]);
  });

  it("renders the table beside it with plain links, escaped names and the counts of shared tiltak", () => {
    const html = renderNetworkTable(
      [
        { slug: "bydel-grorud", name: "Bydel Grorud", sector: "district", partners: [{ name: "<b>Ørsta IL</b>", shared: 3 }], otherPartners: 2 },
        { slug: "orsta-il", name: "<b>Ørsta IL</b>", sector: "voluntary", partners: [{ name: "Bydel Grorud", shared: 3 }], otherPartners: 0 },
      ],
      "nb",
    );
    // A DataTable: the table in its named, focusable scrolling region, with its caption.
    expect(html).toMatch(/^<div class="mt-2"><div role="region" aria-labelledby="(:nettverk-[^"]+)" tabindex="0" class="table-scroll"><table class="ds-table"><caption id="\1"/);
    expect(html.match(/<th scope="row"/g)).toHaveLength(2);
    expect(html).toContain('<a href="/partnere/bydel-grorud">Bydel Grorud</a>');
    expect(html).toContain("&lt;b&gt;Ørsta IL&lt;/b&gt;");
    expect(html).not.toContain("<b>");
    expect(html).toMatch(/\(3 tiltak\)/);
    expect(html.match(/<a href="\/partnere\/bydel-grorud"/g)).toHaveLength(2);
  });
});
