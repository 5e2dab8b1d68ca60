/**
 * Lays out the collaboration network for an SVG drawn on the server. Pure and deterministic: the same
 * input always gives the same drawing, so the page never jumps between visits and the tests can
 * check it.
 *
 * Why not a force-directed layout: with up to 40 labelled organisations, labels collide and readers
 * with low vision or Norwegian as a second language struggle with text at odd places. Instead the
 * nodes sit on an oval, grouped by sector, half on the left and half on the right, each on its own
 * row, and every label is horizontal on the outside of the oval. Rows never share a height on one
 * side, so labels cannot overlap; links are curves through the middle, thicker for more shared tiltak.
 */

export type LayoutNodeInput<Id> = { id: Id; label: string; group: number };
export type LayoutEdgeInput<Id> = { source: Id; target: Id; weight: number };

export type PlacedNode<Id> = {
  id: Id;
  label: string;
  group: number;
  x: number;
  y: number;
  labelX: number;
  labelY: number;
  anchor: "start" | "end";
};

export type PlacedEdge<Id> = { source: Id; target: Id; weight: number; d: string; strokeWidth: number };

export type NetworkLayout<Id> = {
  width: number;
  height: number;
  nodes: PlacedNode<Id>[];
  edges: PlacedEdge<Id>[];
};

export type LayoutOptions = {
  /** Vertical distance between two nodes on the same side; at least the label's line height. */
  rowHeight: number;
  fontSize: number;
  /** Average glyph width as a share of the font size, to reserve room for the longest label. */
  glyphWidth: number;
  nodeRadius: number;
  /** Gap between a node and its label. */
  labelGap: number;
  padding: number;
};

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  rowHeight: 28,
  fontSize: 15,
  glyphWidth: 0.6,
  nodeRadius: 10,
  labelGap: 8,
  padding: 16,
};

const round = (n: number) => Math.round(n * 10) / 10;

function compareLabels(a: string, b: string): number {
  return a.localeCompare(b, "nb-NO");
}

/**
 * Keeps the `max` most connected nodes (most distinct partners, then most shared tiltak, then by label
 * and id so ties are stable) and the edges between them.
 */
export function selectMostConnected<Id extends string | number>(
  nodes: LayoutNodeInput<Id>[],
  edges: LayoutEdgeInput<Id>[],
  max: number,
): { nodes: LayoutNodeInput<Id>[]; edges: LayoutEdgeInput<Id>[]; omitted: number } {
  const degree = new Map<Id, number>();
  const strength = new Map<Id, number>();
  for (const e of edges) {
    for (const id of [e.source, e.target]) {
      degree.set(id, (degree.get(id) ?? 0) + 1);
      strength.set(id, (strength.get(id) ?? 0) + e.weight);
    }
  }
  const ranked = [...nodes].sort(
    (a, b) =>
      (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) ||
      (strength.get(b.id) ?? 0) - (strength.get(a.id) ?? 0) ||
      compareLabels(a.label, b.label) ||
      String(a.id).localeCompare(String(b.id)),
  );
  const kept = ranked.slice(0, Math.max(0, max));
  const keptIds = new Set(kept.map((n) => n.id));
  return {
    nodes: kept,
    edges: edges.filter((e) => keptIds.has(e.source) && keptIds.has(e.target)),
    omitted: nodes.length - kept.length,
  };
}

export function layoutNetwork<Id extends string | number>(
  nodes: LayoutNodeInput<Id>[],
  edges: LayoutEdgeInput<Id>[],
  options: Partial<LayoutOptions> = {},
): NetworkLayout<Id> {
  const o = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  if (nodes.length === 0) return { width: 2 * o.padding, height: 2 * o.padding, nodes: [], edges: [] };

  // Around the oval: down the left side, then up the right side, sector after sector.
  const ordered = [...nodes].sort(
    (a, b) => a.group - b.group || compareLabels(a.label, b.label) || String(a.id).localeCompare(String(b.id)),
  );
  const leftCount = Math.ceil(ordered.length / 2);
  const rightCount = ordered.length - leftCount;
  const rows = leftCount;

  const longestLabel = Math.max(...ordered.map((n) => [...n.label].length));
  const labelRoom = Math.ceil(longestLabel * o.fontSize * o.glyphWidth);
  const margin = o.padding + labelRoom + o.labelGap + o.nodeRadius;

  const plotHeight = rows * o.rowHeight;
  const halfHeight = plotHeight / 2;
  // The oval is about as wide as it is tall, within limits that keep links readable.
  const halfWidth = Math.min(Math.max(halfHeight, 120), 300);
  const width = Math.ceil(2 * (margin + halfWidth));
  const height = Math.ceil(plotHeight + 2 * o.padding);
  const cx = width / 2;
  const cy = o.padding + halfHeight;

  /** Horizontal distance from the centre line at height y: an oval flattened at the ends. */
  const offsetAt = (y: number) => {
    const t = (y - cy) / halfHeight;
    return halfWidth * Math.sqrt(Math.max(0, 1 - 0.8 * t * t));
  };

  const placed: PlacedNode<Id>[] = ordered.map((node, i) => {
    const left = i < leftCount;
    // Left: top to bottom, one row each. Right: bottom to top, spread over the same height.
    const y = left
      ? o.padding + o.rowHeight * (i + 0.5)
      : o.padding + plotHeight * (1 - (i - leftCount + 0.5) / rightCount);
    const dx = offsetAt(y);
    const x = left ? cx - dx : cx + dx;
    const labelOffset = o.nodeRadius + o.labelGap;
    return {
      id: node.id,
      label: node.label,
      group: node.group,
      x: round(x),
      y: round(y),
      labelX: round(left ? x - labelOffset : x + labelOffset),
      // Text sits on its baseline: a third of the font size below the centre lines it up with the node.
      labelY: round(y + o.fontSize / 3),
      anchor: left ? "end" : "start",
    };
  });

  const byId = new Map(placed.map((n) => [n.id, n]));
  const placedEdges: PlacedEdge<Id>[] = [];
  for (const e of edges) {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b || a === b) continue;
    // A curve through the middle: the control point is the chord's midpoint pulled towards the centre.
    const mx = (a.x + b.x) / 2;
    const my = (a.y + b.y) / 2;
    const qx = round(mx + (cx - mx) * 0.6);
    const qy = round(my + (cy - my) * 0.6);
    placedEdges.push({
      source: e.source,
      target: e.target,
      weight: e.weight,
      d: `M${a.x} ${a.y}Q${qx} ${qy} ${b.x} ${b.y}`,
      strokeWidth: round(Math.min(1.5 + (e.weight - 1) * 1.5, 7.5)),
    });
  }
  // Thin links first, so the strong ones are drawn on top; then a fixed order, whatever the input's.
  placedEdges.sort(
    (p, q) =>
      p.weight - q.weight ||
      String(p.source).localeCompare(String(q.source)) ||
      String(p.target).localeCompare(String(q.target)),
  );

  return { width, height, nodes: placed, edges: placedEdges };
}
