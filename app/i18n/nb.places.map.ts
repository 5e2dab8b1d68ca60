/** Bokmål text of the map (/kart, the maps on programme and area pages, the boundary import on the admin area page). Part of ./nb.places.ts. */
import type { MapMeasure } from "~/validation/map";

const nf = (n: number) => new Intl.NumberFormat("nb-NO").format(n);

export const map = {
  title: "Kart",
  description: "Områdene i Laget på kart: hvor partnerne er, hvor tiltakene foregår, og hvilke tiltak som mangler en sektor.",
  heading: "Kart over områdene",
  intro:
    "Kartet viser områdene som har grenser i Laget, skravert etter tallet du velger. Hvert område er en lenke til siden om det. Tabellen under kartet har de samme tallene.",
  programmeHeading: (name: string) => `Kart over ${name}`,
  choose: "Velg hva kartet viser",
  measureLabel: "Vis",
  programmeLabel: "Satsing",
  allProgrammes: "Alle satsinger",
  submit: "Vis på kartet",
  measures: {
    partnere: "Partnere",
    tiltak: "Aktive tiltak",
    "mangler-sektor": "Tiltak som mangler en sektor",
  } satisfies Record<MapMeasure, string>,
  measureHints: {
    partnere: "Godkjente organisasjoner som jobber i området eller deltar i et tiltak der (også områdene under det).",
    tiltak: "Offentlige tiltak som pågår i området (også områdene under det).",
    "mangler-sektor": "Pågående tiltak som søker partnere fra en sektor ingen av partnerne deres kommer fra.",
  } satisfies Record<MapMeasure, string>,
  /** The accessible name of an area's link on the map: its name and its figure. */
  figure: {
    partnere: (n: number) => (n === 1 ? "1 partner" : `${nf(n)} partnere`),
    tiltak: (n: number) => (n === 1 ? "1 aktivt tiltak" : `${nf(n)} aktive tiltak`),
    "mangler-sektor": (n: number) => (n === 1 ? "1 tiltak mangler en sektor" : `${nf(n)} tiltak mangler en sektor`),
  } satisfies Record<MapMeasure, (n: number) => string>,
  areaLink: (name: string, figure: string) => `${name}: ${figure}`,
  mapLabel: (measure: string) => `Kart: ${measure} per område`,
  legendHeading: "Tegnforklaring",
  classRange: (from: number, to: number | null) => (to === null ? `${nf(from)} eller flere` : from === to ? nf(from) : `${nf(from)}–${nf(to)}`),
  classNames: ["Ingen", "Få", "Noen", "Mange"],
  childrenOnTop: "Delområdene er tegnet oppå området de ligger i.",
  noMap: "Ingen av disse områdene har grenser i Laget ennå. Tallene står i tabellen.",
  tableCaption: (measure: string) => `${measure} per område`,
  colArea: "Område",
  colClass: "Klasse",
  colBoundary: "Grense",
  noBoundary: "ingen grense ennå",
  hasBoundary: "har grense",
  adminNote: "Som administrator ser du hvilke områder som mangler grense. Grenser importeres på områdets side under Administrasjon.",
  sources:
    "Grenser for bydeler og delbydeler i Oslo: Oslo kommune (bydelsfakta, MIT-lisens). Andre grenser er importert av administratorene, som regel fra Kartverket eller SSB (CC BY 4.0).",
  areaMapHeading: "Kart",
  areaMapIntro: (name: string) => `${name} og områdene i det, skravert etter tallet du velger.`,
  linkToMap: "Se områdene på kart",
  programmeMapIntro: (name: string) => `Områdene i ${name}, skravert etter tallet du velger. Tiltakene som telles, er satsingens egne.`,
};
