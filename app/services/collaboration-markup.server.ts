import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NetworkSvg, NetworkTable, type NetworkDrawing, type NetworkTableRow } from "~/components/initiatives/NetworkDiagram";
import { getMessages, type Language } from "~/i18n";

/**
 * The collaboration network's SVG as markup, in the given language. Rendered by React like the rest
 * of the page (so every text is escaped), but once per drawing rather than on every request: the
 * caller keeps it per data version and language.
 */
export function renderNetworkSvg(drawing: NetworkDrawing, lang: Language): string {
  const c = getMessages(lang).initiatives.collaboration;
  return renderToStaticMarkup(
    createElement(NetworkSvg, {
      drawing,
      title: c.networkSvgTitle,
      description: c.networkSvgDesc(drawing.nodes.length, drawing.edges.length),
    }),
  );
}

/**
 * The table beside the drawing as markup, in the given language; kept like the drawing. Its ids
 * (the caption naming the scrolling region) get their own prefix, so they never equal the page's.
 */
export function renderNetworkTable(rows: NetworkTableRow[], lang: Language): string {
  return renderToStaticMarkup(createElement(NetworkTable, { rows, t: getMessages(lang) }), { identifierPrefix: "nettverk-" });
}
