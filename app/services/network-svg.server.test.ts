/**
 * The collaboration drawing rendered once to markup (app/services/network-svg.server.ts): the same
 * SVG the page showed as React elements, in the asked language, with every label escaped.
 */
import { describe, expect, it } from "vitest";
import type { NetworkDrawing } from "~/components/initiatives/NetworkDiagram";
import { renderNetworkSvg } from "./network-svg.server";

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
});
