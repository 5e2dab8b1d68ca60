/**
 * The documentation of /api/v1/programmes on /apne-data, in both languages. Kept out of the message
 * catalogues the browser loads (the programme pages' and the map's `places` section, the core): only
 * the /apne-data loader reads it, and sends the words of both languages, as grants-docs.server.ts does.
 */
import type { Language } from "~/i18n";
import type { GrantsEndpointDocs } from "./grants-docs.server";

const DOCS: Record<Language, GrantsEndpointDocs> = {
  nb: {
    heading: "Satsinger",
    what: "satsing",
    description:
      "Satsingene med periode, delprogrammer, mål og delmål, indikatorene med utgangspunkt, mål og verdiene år for år, og de vedtatte planenes budsjett. I CSV er hver rad ett tall: en indikators utgangspunkt, årsverdi eller mål, eller en sum i et vedtatt budsjett per delprogram eller kilde.",
    parameters: [{ name: "programme", description: "Bare denne satsingen. Kortnavnet, for eksempel groruddalssatsingen." }],
    fields: [
      { name: "slug", type: "tekst", description: "Satsingens kortnavn." },
      { name: "name", type: "tekst", description: "Satsingens navn." },
      { name: "municipality", type: "tekst", description: "Kommunen." },
      { name: "periodStart", type: "tall", description: "Første år i perioden." },
      { name: "periodEnd", type: "tall eller null", description: "Siste år i perioden, null når den ikke har noen slutt." },
      { name: "subprogrammes", type: "liste", description: "Delprogrammene, med slug og name." },
      { name: "goals", type: "liste", description: "Hovedmålene i rekkefølge, hvert med number, title, description, subprogramme, area, indicators og subGoals (delmålene, med de samme feltene)." },
      { name: "goals[].indicators", type: "liste", description: "Indikatorene: name, unit, source, baseline (year, value), target (year, value, eller null) og values (year, value), år for år." },
      { name: "closed", type: "sann/usann", description: "true når satsingens periode er avsluttet; sidene står da som arkiv." },
    { name: "budgets", type: "liste", description: "De vedtatte planenes budsjett per år (aldri et utkast): year, adoptedBy, adoptedOn, total og summer per delprogram (bySubprogramme) og per kilde (bySource), hver med planned, granted og spent i kroner." },
    { name: "url", type: "tekst", description: "Full adresse til satsingens side i Laget." },
    ],
    published: "Satsinger: periode, delprogrammer, mål og delmål, og indikatorene med utgangspunkt, mål og verdier år for år.",
    example: "Mål og indikatorer for alle satsinger som CSV-fil",
  },
  en: {
    heading: "Programmes",
    what: "programme",
    description:
      "The programmes with their period, sub-programmes, goals and sub-goals, the indicators with their baseline, target and values year by year, and the adopted plans' budgets. In CSV each row is one figure: an indicator's baseline, yearly value or target, or a sum of an adopted budget per sub-programme or source.",
    parameters: [{ name: "programme", description: "Only this programme. Its short name, for example groruddalssatsingen." }],
    fields: [
      { name: "slug", type: "text", description: "The programme's short name." },
      { name: "name", type: "text", description: "The programme's name." },
      { name: "municipality", type: "text", description: "The municipality." },
      { name: "periodStart", type: "number", description: "The first year of the period." },
      { name: "periodEnd", type: "number or null", description: "The last year of the period, null when it has no end." },
      { name: "subprogrammes", type: "list", description: "The sub-programmes, with slug and name." },
      { name: "goals", type: "list", description: "The main goals in order, each with number, title, description, subprogramme, area, indicators and subGoals (the sub-goals, with the same fields)." },
      { name: "goals[].indicators", type: "list", description: "The indicators: name, unit, source, baseline (year, value), target (year, value, or null) and values (year, value), year by year." },
      { name: "closed", type: "true/false", description: "true when the programme's period has been closed; its pages are then an archive." },
    { name: "budgets", type: "list", description: "The adopted plans' budgets by year (never a draft): year, adoptedBy, adoptedOn, total and sums per sub-programme (bySubprogramme) and per source (bySource), each with planned, granted and spent in kroner." },
    { name: "url", type: "text", description: "Full address of the programme's page in Laget." },
    ],
    published: "Programmes: period, sub-programmes, goals and sub-goals, and the indicators with their baseline, target and values year by year.",
    example: "Goals and indicators of every programme as a CSV file",
  },
};

export function programmesEndpointDocs(lang: Language): GrantsEndpointDocs {
  return DOCS[lang];
}
