/** English text for the initiative list and pages (/tiltak, /tiltak/:slug), the collaboration overview (/samarbeid) and the updates page and Atom feeds (/oppdateringer). Part of the catalogue in ./en.ts; keys mirror ./nb.initiatives.ts. */
import type { Messages } from "./nb";
import { numberIn, plural } from "./format";

const nf = numberIn("en-GB");

const count = (n: number, one: string, other: string) => `${nf(n)} ${plural(n, one, other)}`;

export const initiatives: Messages["initiatives"] = {
  list: {
    title: "Initiatives",
    heading: "Initiatives",
    intro:
      "An initiative (tiltak) is something that happens in the neighbourhood, for example homework help, job training or a new meeting place. Here you see the initiatives and who takes part.",
    joinPrompt: "Would your organisation like to take part in an initiative?",
    joinLink: "Ask to join",
    filtersHeading: "Find initiatives",
    search: "Search for words",
    searchHint:
      "Write one or more words. Most initiatives are described in Norwegian. You can write the beginning of a word, for example “leks” (for leksehjelp, homework help).",
    programme: "Programme",
    allProgrammes: "All programmes",
    subprogramme: "Sub-programme",
    allSubprogrammes: "All sub-programmes",
    area: "Area",
    allAreas: "All areas",
    areaHint: "Initiatives in smaller areas inside the one you choose are included too.",
    areaHintCondensed: "Choose a municipality and press “Show initiatives”, then you can choose a district or a smaller area within it.",
    status: "Status",
    allStatuses: "All",
    submit: "Show initiatives",
    chosenHeading: "You have chosen",
    remove: "Remove",
    searchLabel: "Search",
    clearAll: "Remove all choices",
    resultsHeading: "Results",
    count: (n: number) => count(n, "initiative", "initiatives"),
    countFiltered: (n: number) =>
      `${count(n, "initiative", "initiatives")} ${n === 1 ? "matches" : "match"} what you have chosen`,
    empty: "No initiatives match what you have chosen.",
    emptyHelp: "You can try this:",
    emptyTips: [
      "Use fewer words, or only the beginning of a word.",
      "Check that the words are spelled correctly.",
      "Choose a larger area, or “All areas”.",
    ],
    emptyClear: "See all initiatives",
    partnerCount: (n: number) => count(n, "partner", "partners"),
  },
  fields: {
    programme: "Programme",
    subprogramme: "Sub-programme",
    area: "Area",
    status: "Status",
    period: "Period",
    lead: "Lead",
    noLead: "Not given",
    partners: "Partners",
  },
  period: {
    between: (start: string, end: string) => `${start} – ${end}`,
    from: (start: string) => `From ${start}`,
    until: (end: string) => `Until ${end}`,
    unknown: "Not decided",
  },
  detail: {
    breadcrumb: "You are here",
    backToList: "All initiatives",
    facts: "Facts about the initiative",
    about: "About the initiative",
    noDescription: "The initiative has no longer description yet.",
    seekingHeading: "What the initiative is looking for",
    seekingIntro: "Can your organisation contribute? Contact the lead of the initiative.",
    seekingSectors: "Partners from",
    seekingOffers: "Help with",
    partnersHeading: "Who takes part",
    partnersIntro: (n: number) =>
      `${count(n, "organisation takes", "organisations take")} part in the initiative.`,
    noPartners: "No partners have been registered yet.",
    sector: "Sector",
    updatesHeading: "Updates",
    noUpdates: "No updates yet.",
    moreUpdates: (shown: number, total: number) => `Showing the ${nf(shown)} newest of ${nf(total)} updates.`,
    allUpdates: "See all updates from the initiative",
    feedLink: "Follow the initiative in a feed reader (Atom feed)",
    feedTitle: (title: string) => `Updates from ${title}`,
  },
  updates: {
    title: "Updates",
    heading: "Updates",
    intro: "News from the initiatives, written by the partners themselves. The newest comes first.",
    filtersHeading: "Show updates from",
    initiative: "Initiative",
    allInitiatives: "All initiatives",
    area: "Area",
    allAreas: "All areas",
    areaHint: "Updates from smaller areas inside the one you choose are included too.",
    areaHintCondensed: "Choose a municipality and press “Show updates”, then you can choose a district or a smaller area within it.",
    initiativeHintCondensed: "There are many initiatives. Choose an area and press “Show updates”, then you can choose among the initiatives in it.",
    submit: "Show updates",
    clearAll: "Remove all choices",
    count: (n: number) => count(n, "update", "updates"),
    empty: "No updates match what you have chosen.",
    emptyClear: "See all updates",
    published: "Published",
    eventDate: "Date of what happens",
    by: "From",
    onInitiative: "Initiative",
    feedHeading: "Follow in a feed reader",
    feedIntro:
      "With a feed reader (RSS or Atom reader) you get new updates without visiting the page. Copy the address into your feed reader.",
    feedLinkAll: "Atom feed with all updates",
    feedLinkFiltered: "Atom feed with the updates you have chosen",
    feedAreaPattern:
      "Do you want to follow an area? Choose the area above, press “Show updates”, and use the link to the feed with the updates you have chosen. The address looks like this, here for Romsås:",
  },
  feed: {
    title: "Updates – Laget",
    titleInitiative: (title: string) => `Updates from ${title} – Laget`,
    titleArea: (name: string) => `Updates in ${name} – Laget`,
    titleBoth: (title: string, name: string) => `Updates from ${title} in ${name} – Laget`,
    subtitle: "News from the initiatives in the area-based programmes, written by the partners themselves.",
  },
  collaboration: {
    title: "Collaboration",
    heading: "Who works with whom?",
    intro:
      "No sector can do it alone. Here you see which sectors take part in each sub-programme, and which organisations work together on the same initiatives.",
    filterLegend: "Choose a programme",
    programme: "Programme",
    allProgrammes: "All programmes",
    submit: "Show",
    matrixHeading: "Sectors in each sub-programme",
    matrixIntro:
      "The numbers show how many times an organisation from the sector takes part in an initiative in the sub-programme. An organisation that takes part in three initiatives is counted three times.",
    matrixCaption: (programme: string | null) =>
      programme
        ? `Participations in initiatives by sub-programme and sector, ${programme}`
        : "Participations in initiatives by sub-programme and sector, all programmes",
    subprogramme: "Sub-programme",
    total: "Total",
    matrixEmpty: "There are no sub-programmes to show.",
    networkHeading: "The network",
    networkIntro:
      "The drawing shows organisations that take part in at least one initiative together with another organisation. A line between two organisations means that they take part in the same initiatives. The thicker the line, the more initiatives they share.",
    networkLimited: (shown: number, total: number) =>
      `There are ${nf(total)} organisations in the network. To keep the drawing easy to read, we only show the ${nf(shown)} that work with the most others.`,
    networkEmpty: "No organisations take part in initiatives together yet.",
    networkSvgTitle: "Network of organisations that work together",
    networkSvgDesc: (nodes: number, links: number) =>
      `${count(nodes, "organisation", "organisations")}, grouped by sector, and ${count(links, "line", "lines")} between those that work together. The table below the drawing shows the same as text.`,
    networkScroll: "Drawing of the network. You can scroll sideways.",
    legendHeading: "Key",
    legendSector: "Shape and colour show the sector:",
    legendLine: "Line: work together on initiatives. Thicker line: more initiatives together.",
    tableHeading: "The network as a table",
    tableCaption: "The organisations in the drawing, and who each of them takes part in initiatives with",
    organisation: "Organisation",
    sector: "Sector",
    collaboratesWith: "Takes part in initiatives with",
    withShared: (name: string, n: number) => `${name} (${count(n, "initiative", "initiatives")})`,
    andOthers: (n: number, name: string) => `and ${nf(n)} others (see ${name}'s profile)`,
  },
};
