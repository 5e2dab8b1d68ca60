/** English text of the map (/kart, the maps on programme and area pages, the boundary import on the admin area page). Keys mirror ./nb.places.map.ts. */
import type { Messages } from "./nb";

const nf = (n: number) => new Intl.NumberFormat("en-GB").format(n);

export const map: Messages["places"]["map"] = {
  title: "Map",
  description: "The areas in Laget on a map: where the partners are, where the initiatives take place, and which initiatives lack a sector.",
  heading: "Map of the areas",
  intro:
    "The map shows the areas that have boundaries in Laget, shaded by the figure you choose. Each area is a link to its page. The table below the map has the same figures.",
  programmeHeading: (name: string) => `Map of ${name}`,
  choose: "Choose what the map shows",
  measureLabel: "Show",
  programmeLabel: "Programme",
  allProgrammes: "All programmes",
  submit: "Show on the map",
  measures: {
    partnere: "Partners",
    tiltak: "Active initiatives",
    "mangler-sektor": "Initiatives lacking a sector",
  },
  measureHints: {
    partnere: "Approved organisations that work in the area or take part in an initiative there (the areas within it included).",
    tiltak: "Public initiatives under way in the area (the areas within it included).",
    "mangler-sektor": "Initiatives under way that seek partners from a sector none of their partners comes from.",
  },
  figure: {
    partnere: (n: number) => (n === 1 ? "1 partner" : `${nf(n)} partners`),
    tiltak: (n: number) => (n === 1 ? "1 active initiative" : `${nf(n)} active initiatives`),
    "mangler-sektor": (n: number) => (n === 1 ? "1 initiative lacks a sector" : `${nf(n)} initiatives lack a sector`),
  },
  areaLink: (name: string, figure: string) => `${name}: ${figure}`,
  mapLabel: (measure: string) => `Map: ${measure} per area`,
  legendHeading: "Legend",
  classRange: (from: number, to: number | null) => (to === null ? `${nf(from)} or more` : from === to ? nf(from) : `${nf(from)}–${nf(to)}`),
  classNames: ["None", "Few", "Some", "Many"],
  childrenOnTop: "The areas within an area are drawn on top of it.",
  noMap: "None of these areas has a boundary in Laget yet. The figures are in the table.",
  tableCaption: (measure: string) => `${measure} per area`,
  colArea: "Area",
  colClass: "Class",
  colBoundary: "Boundary",
  noBoundary: "no boundary yet",
  hasBoundary: "has a boundary",
  adminNote: "As an administrator you see which areas lack a boundary. Boundaries are imported on the area's page under Administration.",
  sources:
    "Boundaries of Oslo's districts and sub-districts: Oslo kommune (bydelsfakta, MIT licence). Other boundaries were imported by the administrators, usually from Kartverket or Statistics Norway (CC BY 4.0).",
  areaMapHeading: "Map",
  areaMapIntro: (name: string) => `${name} and the areas within it, shaded by the figure you choose.`,
  linkToMap: "See the areas on a map",
  programmeMapIntro: (name: string) => `The areas of ${name}, shaded by the figure you choose. The initiatives counted are the programme's own.`,
};
