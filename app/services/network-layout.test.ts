import { describe, expect, it } from "vitest";
import {
  DEFAULT_LAYOUT_OPTIONS,
  layoutNetwork,
  selectMostConnected,
  type LayoutEdgeInput,
  type LayoutNodeInput,
} from "./network-layout";

/** A deterministic pseudo-random graph: n nodes in 6 groups, about 2.5 links per node. */
function graph(n: number): { nodes: LayoutNodeInput<number>[]; edges: LayoutEdgeInput<number>[] } {
  let seed = 42;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: i + 1,
    label: `Organisasjon nummer ${i + 1}${i % 7 === 0 ? " med et ganske langt navn" : ""}`,
    group: Math.floor(rnd() * 6),
  }));
  const seen = new Set<string>();
  const edges: LayoutEdgeInput<number>[] = [];
  for (let k = 0; k < Math.round(n * 2.5); k++) {
    const a = 1 + Math.floor(rnd() * n);
    const b = 1 + Math.floor(rnd() * n);
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    edges.push({ source: Math.min(a, b), target: Math.max(a, b), weight: 1 + Math.floor(rnd() * 4) });
  }
  return { nodes, edges };
}

describe("layoutNetwork", () => {
  it("is deterministic, whatever the order of the input", () => {
    const { nodes, edges } = graph(40);
    const a = layoutNetwork(nodes, edges);
    const b = layoutNetwork([...nodes].reverse(), [...edges].reverse());
    expect(b).toEqual(a);
    expect(layoutNetwork(nodes, edges)).toEqual(a);
  });

  it("places every node, and room for its label, inside the viewBox", () => {
    for (const n of [1, 2, 3, 17, 40]) {
      const { nodes, edges } = graph(n);
      const layout = layoutNetwork(nodes, edges);
      const o = DEFAULT_LAYOUT_OPTIONS;
      expect(layout.nodes).toHaveLength(n);
      for (const node of layout.nodes) {
        const labelWidth = [...node.label].length * o.fontSize * o.glyphWidth;
        expect(node.x - o.nodeRadius).toBeGreaterThanOrEqual(0);
        expect(node.x + o.nodeRadius).toBeLessThanOrEqual(layout.width);
        expect(node.y - o.nodeRadius).toBeGreaterThanOrEqual(0);
        expect(node.y + o.nodeRadius).toBeLessThanOrEqual(layout.height);
        if (node.anchor === "end") expect(node.labelX - labelWidth).toBeGreaterThanOrEqual(0);
        else expect(node.labelX + labelWidth).toBeLessThanOrEqual(layout.width);
        expect(node.labelY).toBeLessThanOrEqual(layout.height);
        expect(node.labelY - o.fontSize).toBeGreaterThanOrEqual(0);
      }
      for (const edge of layout.edges) {
        const numbers = edge.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
        numbers.forEach((v, i) => {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(i % 2 === 0 ? layout.width : layout.height);
        });
      }
    }
  });

  it("keeps labels on the same side at least a row apart, so they never overlap", () => {
    const { nodes, edges } = graph(40);
    const layout = layoutNetwork(nodes, edges);
    for (const anchor of ["start", "end"] as const) {
      const ys = layout.nodes.filter((n) => n.anchor === anchor).map((n) => n.labelY).sort((a, b) => a - b);
      expect(ys.length).toBe(20);
      for (let i = 1; i < ys.length; i++) {
        expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(DEFAULT_LAYOUT_OPTIONS.rowHeight - 0.2);
      }
    }
    // Labels point away from the centre: left-hand labels end at their node, right-hand ones start there.
    for (const node of layout.nodes) {
      if (node.anchor === "end") expect(node.labelX).toBeLessThan(node.x);
      else expect(node.labelX).toBeGreaterThan(node.x);
    }
  });

  it("keeps each group together around the oval", () => {
    const { nodes, edges } = graph(40);
    const layout = layoutNetwork(nodes, edges);
    const groups = layout.nodes.map((n) => n.group);
    expect(groups).toEqual([...groups].sort((a, b) => a - b));
  });

  it("draws each link between its two nodes, thicker for more shared tiltak", () => {
    const nodes = [
      { id: "a", label: "A", group: 0 },
      { id: "b", label: "B", group: 1 },
      { id: "c", label: "C", group: 2 },
    ];
    const layout = layoutNetwork(nodes, [
      { source: "a", target: "b", weight: 3 },
      { source: "a", target: "c", weight: 1 },
      { source: "a", target: "missing", weight: 1 },
    ]);
    expect(layout.edges).toHaveLength(2);
    const [thin, thick] = layout.edges;
    expect(thin!.weight).toBe(1);
    expect(thick!.strokeWidth).toBeGreaterThan(thin!.strokeWidth);
    const a = layout.nodes.find((n) => n.id === "a")!;
    const b = layout.nodes.find((n) => n.id === "b")!;
    expect(thick!.d.startsWith(`M${a.x} ${a.y}Q`)).toBe(true);
    expect(thick!.d.endsWith(` ${b.x} ${b.y}`)).toBe(true);
  });

  it("handles an empty network", () => {
    expect(layoutNetwork([], [])).toMatchObject({ nodes: [], edges: [] });
  });
});

describe("selectMostConnected", () => {
  it("keeps the nodes with the most partners and only the links between them", () => {
    const nodes = ["hub", "b", "c", "d", "lonely"].map((id, i) => ({ id, label: id, group: i }));
    const edges = [
      { source: "hub", target: "b", weight: 1 },
      { source: "hub", target: "c", weight: 1 },
      { source: "hub", target: "d", weight: 1 },
      { source: "b", target: "c", weight: 5 },
      { source: "d", target: "lonely", weight: 1 },
    ];
    const picked = selectMostConnected(nodes, edges, 3);
    expect(picked.nodes.map((n) => n.id)).toEqual(["hub", "b", "c"]);
    expect(picked.omitted).toBe(2);
    expect(picked.edges).toEqual([
      { source: "hub", target: "b", weight: 1 },
      { source: "hub", target: "c", weight: 1 },
      { source: "b", target: "c", weight: 5 },
    ]);
    expect(selectMostConnected(nodes, edges, 10).omitted).toBe(0);
  });

  it("breaks ties the same way every time", () => {
    const { nodes, edges } = graph(60);
    const a = selectMostConnected(nodes, edges, 40);
    const b = selectMostConnected([...nodes].reverse(), edges, 40);
    expect(b.nodes.map((n) => n.id)).toEqual(a.nodes.map((n) => n.id));
  });
});
