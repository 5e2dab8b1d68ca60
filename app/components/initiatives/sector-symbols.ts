import { SECTORS, type Sector } from "~/validation/enums";

/**
 * How the network drawing marks a sector: a colour AND a shape, so nothing depends on colour alone.
 * Every colour has at least 4.5:1 contrast against white.
 */
export const SECTOR_STYLE: Record<Sector, { colour: string; shape: Shape }> = {
  district: { colour: "#1d4ed8", shape: "circle" },
  municipal_agency: { colour: "#b45309", shape: "square" },
  state_agency: { colour: "#7e22ce", shape: "diamond" },
  voluntary: { colour: "#15803d", shape: "triangle" },
  business: { colour: "#be123c", shape: "triangleDown" },
  residents_group: { colour: "#374151", shape: "star" },
};

export type Shape = "circle" | "square" | "diamond" | "triangle" | "triangleDown" | "star";

export const sectorIndex = (sector: Sector) => SECTORS.indexOf(sector);

const r1 = (n: number) => Math.round(n * 10) / 10;

function polygon(points: [number, number][]): string {
  return `M${points.map(([x, y]) => `${r1(x)} ${r1(y)}`).join("L")}Z`;
}

/** An SVG path for a shape centred on (x, y), about 2r across, all of similar visual weight. */
export function symbolPath(shape: Shape, x: number, y: number, r: number): string {
  switch (shape) {
    case "circle":
      return `M${r1(x - r)} ${r1(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
    case "square": {
      const s = r * 0.9;
      return polygon([[x - s, y - s], [x + s, y - s], [x + s, y + s], [x - s, y + s]]);
    }
    case "diamond": {
      const s = r * 1.25;
      return polygon([[x, y - s], [x + s, y], [x, y + s], [x - s, y]]);
    }
    case "triangle": {
      const s = r * 1.2;
      return polygon([[x, y - s], [x + s, y + s * 0.8], [x - s, y + s * 0.8]]);
    }
    case "triangleDown": {
      const s = r * 1.2;
      return polygon([[x - s, y - s * 0.8], [x + s, y - s * 0.8], [x, y + s]]);
    }
    case "star": {
      const points: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const radius = i % 2 === 0 ? r * 1.3 : r * 0.6;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        points.push([x + radius * Math.cos(angle), y + radius * Math.sin(angle)]);
      }
      return polygon(points);
    }
  }
}
