/** Bokmål text of the boundary import on the admin area page (issue 25). Part of the admin section (./nb.admin.ts): the workspaces load it, the public map pages do not. */
const nf = (n: number) => new Intl.NumberFormat("nb-NO").format(n);

export const boundaryImport = {
  heading: "Grenser",
  /** The table of this area and those under it, with or without a boundary (a name of its own: the section is "Grenser"). */
  statusCaption: "Områdene og grensene deres",
  intro:
    "Last opp grensene for dette området og områdene under det som en GeoJSON-fil. Du får se hvilke flater som passer med hvilke områder før noe lagres.",
  help:
    "Kartverket og SSB gir ut administrative enheter (kommuner, bydeler) og statistiske enheter (grunnkretser, delområder) under CC BY 4.0 – det er den vanlige kilden. Filen kan være i WGS84 (lengde og bredde i grader) eller EUREF89 UTM sone 32 eller 33 (meter), og på høyst 4 MB. Store filer bør forenkles først.",
  current: (n: number) => (n === 0 ? "Ingen av disse områdene har grense ennå." : n === 1 ? "1 av disse områdene har grense." : `${nf(n)} av disse områdene har grense.`),
  fileLabel: "GeoJSON-fil",
  fileHint: "En FeatureCollection med flater (Polygon eller MultiPolygon), .geojson eller .json.",
  projectionLabel: "Projeksjon",
  projectionHint: "Står det en «crs» i filen, må den stemme med valget her.",
  projections: {
    "EPSG:4326": "WGS84 (grader)",
    "EPSG:25832": "EUREF89 UTM sone 32 (EPSG:25832)",
    "EPSG:25833": "EUREF89 UTM sone 33 (EPSG:25833)",
  },
  nameLabel: "Egenskapen som gir navnet eller koden",
  nameHint: "Navnet på egenskapen i filen som sier hvilket område hver flate er, for eksempel «navn», «name» eller «kode».",
  sourceLabel: "Kilde",
  sourceHint: "Hvor grensene kommer fra, for eksempel «Kartverket, Administrative enheter 2026».",
  licenceLabel: "Lisens",
  previewButton: "Forhåndsvis",
  previewHeading: "Forhåndsvisning",
  previewIntro: "Sjekk at flatene passer med riktige områder. Ingenting er lagret ennå.",
  previewCaption: "Flatene i filen og områdene de passer med",
  colFeature: "Flate i filen",
  colMatch: "Område i Laget",
  noMatch: "passer ikke med noe område",
  matchedBy: { name: "etter navn", code: "etter kode" },
  replaces: "erstatter grensen som finnes",
  saveButton: (n: number) => (n === 1 ? "Lagre grensen" : `Lagre ${nf(n)} grenser`),
  cancel: "Avbryt",
  saved: (n: number) => (n === 1 ? "Grensen er lagret." : `${nf(n)} grenser er lagret.`),
  errorsHeading: "Filen kunne ikke brukes",
  errors: {
    fileMissing: "Velg en GeoJSON-fil å laste opp.",
    fileTooLarge: "Filen er for stor: en grensefil kan være på høyst 4 MB. Forenkle den (for eksempel i mapshaper.org eller QGIS) eller last opp færre områder.",
    notJson: "Filen er ikke gyldig JSON. Sjekk at det er en GeoJSON-fil (.geojson eller .json).",
    notGeoJson: "Filen er ikke GeoJSON med flater: den må være en FeatureCollection, en Feature eller en geometri av typen Polygon eller MultiPolygon.",
    noPolygons: "Filen har ingen flater av typen Polygon eller MultiPolygon.",
    tooManyFeatures: "Filen har mer enn 2 000 flater. Last opp bare områdene i denne kommunen.",
    notFinite: (feature: string) => `Flaten «${feature}» har koordinater som ikke er tall.`,
    ringNotClosed: (feature: string) => `Flaten «${feature}» er ikke lukket: første og siste punkt i hver ring må være like.`,
    ringTooShort: (feature: string) => `Flaten «${feature}» har en ring med færre enn fire punkter.`,
    selfIntersecting: (feature: string) =>
      `Flaten «${feature}» krysser seg selv. Rett den opp i et kartprogram (for eksempel QGIS: «Fiks geometrier») og prøv igjen.`,
    outOfRange: (feature: string) => `Flaten «${feature}» har koordinater utenfor det mulige: lengde −180 til 180 og bredde −90 til 90 grader.`,
    wrongProjection: (projection: string) =>
      `Koordinatene passer ikke med projeksjonen ${projection}: de havner utenfor Norge. Er tallene i millioner, er de vanligvis UTM-meter – velg EUREF89 UTM sone 32 eller 33. Er de små (som 10,8 og 59,9), er det WGS84.`,
    unknownCrs: (name: string) => `Filen oppgir en projeksjon Laget ikke kjenner («${name}»). Bruk WGS84 eller EUREF89 UTM sone 32 eller 33.`,
    crsConflict: (inFile: string, chosen: string) => `Filen sier selv at den bruker ${inFile}, men du valgte ${chosen}. Velg ${inFile}, eller rett filen.`,
    nameRequired: "Skriv navnet på egenskapen som sier hvilket område hver flate er.",
    nameMissing: (property: string, available: string) =>
      available === "" ? `Flatene har ingen egenskap som heter «${property}», og ingen egenskaper i det hele tatt.` : `Flatene har ingen egenskap som heter «${property}». Egenskapene i filen: ${available}.`,
    noMatches: "Ingen av flatene passer med navnet eller koden til dette området eller områdene under det. Sjekk egenskapen du valgte.",
    sourceRequired: "Skriv hvor grensene kommer fra.",
    tooLong: "Teksten er for lang (høyst 200 tegn).",
    draftGone: "Forhåndsvisningen er for gammel eller allerede lagret. Last opp filen på nytt.",
    badProjection: "Velg en av projeksjonene i listen.",
  },
};
