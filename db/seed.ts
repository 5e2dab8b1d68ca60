/**
 * Demo data for Laget: programmes, areas, invented partner organisations, people, tiltak,
 * participations and updates. Deterministic (fixed timestamps, seeded PRNG) so every run on an empty
 * database gives the same content.
 *
 * Privacy (see DOMAIN.md): every person is invented, every organisation number is invented (but passes
 * the MOD11 check), and organisations only have functional contact addresses, never a person's.
 */
import { hashPassword } from "../app/services/password.server";
import type {
  AreaKind,
  InitiativeStatus,
  MembershipRole,
  Offer,
  OrganisationStatus,
  ParticipationRole,
  ParticipationStatus,
  Sector,
  UpdateVisibility,
  UserRole,
} from "../app/validation/enums";
import { slugify } from "../app/utils/slug";
import { orgNumberCheckDigit } from "../app/validation/org-number";
import type { Db } from "./connection";
import { GRANT_USERS, insertGrants } from "./seed-grants";
import { insertGoals, type GoalSeedSummary } from "./seed-goals";
import { insertPlans, type PlanSeedSummary } from "./seed-plans";
import { seedOsloBoundaries } from "./seed-boundaries";
import { insertReportNarratives } from "./seed-reports";
import { insertClosing } from "./seed-closing";
import { insertMeetings } from "./seed-meetings";
import {
  areas,
  coordinatorAssignments,
  initiativeSoughtOffers,
  initiativeSoughtSectors,
  initiatives,
  memberships,
  organisationAreas,
  organisationOffers,
  organisations,
  organisationThemes,
  participations,
  programmeAreas,
  programmes,
  subprogrammes,
  updates,
  users,
} from "./schema";

export const DEMO_PASSWORD = "demo-passord-2026";
export const DEMO_ACCOUNTS = {
  admin: "admin@laget.test",
  coordinator: "koordinator@laget.test",
  partner: "partner@laget.test",
} as const;

export class DatabaseNotEmptyError extends Error {
  constructor(message = "Databasen er ikke tom: demodata kan bare legges inn i en tom database.") {
    super(message);
    this.name = "DatabaseNotEmptyError";
  }
}

export interface SeedSummary {
  programmes: number;
  subprogrammes: number;
  areas: number;
  programmeAreas: number;
  users: number;
  coordinatorAssignments: number;
  organisations: number;
  organisationAreas: number;
  organisationThemes: number;
  organisationOffers: number;
  memberships: number;
  initiatives: number;
  initiativeSoughtSectors: number;
  initiativeSoughtOffers: number;
  participations: number;
  updates: number;
  grantSchemes: number;
  grantRounds: number;
  grantApplications: number;
  /** Goals and indicators (issue 21): db/seed-goals.ts. */
  programmeGoals: GoalSeedSummary["programmeGoals"];
  goalIndicators: GoalSeedSummary["goalIndicators"];
  indicatorValues: GoalSeedSummary["indicatorValues"];
  /** Plans of the year with budget lines and revisions (issue 21): db/seed-plans.ts. */
  programmePlans: PlanSeedSummary["programmePlans"];
  planItems: PlanSeedSummary["planItems"];
  planBudgetLines: PlanSeedSummary["planBudgetLines"];
  planRevisions: PlanSeedSummary["planRevisions"];
  /** The coordinators' report narratives (issue 21): db/seed-reports.ts. */
  reportNarratives: number;
}

// ---------------------------------------------------------------------------------------------
// Determinism helpers
// ---------------------------------------------------------------------------------------------

/** "Now" for the demo world; every timestamp is derived from it or from fixed calendar dates. */
const SEED_NOW = new Date("2026-09-01T10:00:00Z");
const DAY_MS = 86_400_000;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;

/** Integer in [min, max]. */
export function randInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

export function shuffled<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const pad2 = (n: number) => String(n).padStart(2, "0");
/** A fixed instant on a calendar day (UTC). */
const on = (isoDate: string, hour = 10, minute = 0) =>
  new Date(`${isoDate}T${pad2(hour)}:${pad2(minute)}:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);
const daysBeforeNow = (days: number) => addDays(SEED_NOW, -days);
const maxDate = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);
const minDate = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);

/**
 * Invented, distinct organisation numbers that pass the MOD11 check (drawn at random from 9xxxxxxxx,
 * never taken from the register).
 */
export function orgNumberSequence(rng: Rng): () => string {
  const used = new Set<string>();
  return () => {
    for (;;) {
      const firstEight = String(90_000_000 + Math.floor(rng() * 10_000_000));
      const check = orgNumberCheckDigit(firstEight);
      if (check === null) continue;
      const number = `${firstEight}${check}`;
      if (used.has(number)) continue;
      used.add(number);
      return number;
    }
  };
}

function must<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed data refers to an unknown ${what}: ${String(key)}`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Programmes, sub-programmes and areas
// ---------------------------------------------------------------------------------------------

type ProgrammeSlug =
  | "groruddalssatsingen"
  | "oslo-sor-satsingen"
  | "oslo-indre-ost-satsingen"
  | "levekarsloftet";

/** Theme codes used by the organisation data: N nærmiljø, O oppvekst, S sysselsetting, F fysiske tiltak. */
export type ThemeCode = "N" | "O" | "S" | "F";

export interface SubprogrammeSeed {
  code: ThemeCode;
  slug: string;
  name: string;
  description: string;
}

export const OSLO_SUBPROGRAMMES: SubprogrammeSeed[] = [
  {
    code: "N",
    slug: "narmiljo",
    name: "Nærmiljø",
    description:
      "Sterkere lokale kvaliteter og inkluderende lokalsamfunn der flere deltar: møteplasser, grøntområder, kultur og frivillighet.",
  },
  {
    code: "O",
    slug: "oppvekst-og-utdanning",
    name: "Oppvekst og utdanning",
    description:
      "Gode oppvekstsvilkår for barn og unge, og flere unge som fullfører videregående opplæring.",
  },
  {
    code: "S",
    slug: "sysselsetting",
    name: "Sysselsetting",
    description: "Flere i ordinært arbeid med varig tilknytning til arbeidslivet.",
  },
];

const STAVANGER_SUBPROGRAMMES: SubprogrammeSeed[] = [
  {
    code: "F",
    slug: "fysiske-tiltak-og-byrom",
    name: "Fysiske tiltak og byrom",
    description:
      "Tryggere og triveligere uterom: parker, lekeplasser, skoleveier og belysning, utviklet sammen med dem som bor der.",
  },
  {
    code: "N",
    slug: "narmiljo-og-deltakelse",
    name: "Nærmiljø og deltakelse",
    description:
      "Møteplasser, nærmiljøtilskudd og lokale arrangementer som gjør det lettere for beboere å delta og ta ansvar for nabolaget.",
  },
  {
    code: "O",
    slug: "oppvekst-og-levekar",
    name: "Oppvekst og levekår",
    description:
      "Gode oppvekstvilkår, leksehjelp og fritidstilbud for barn og unge, og støtte til familier som trenger det.",
  },
];

interface ProgrammeSeed {
  slug: ProgrammeSlug;
  name: string;
  municipality: string;
  periodStart: number;
  periodEnd: number | null;
  description: string;
  subprogrammes: SubprogrammeSeed[];
  areas: string[];
}

const PROGRAMMES: ProgrammeSeed[] = [
  {
    slug: "groruddalssatsingen",
    name: "Groruddalssatsingen",
    municipality: "Oslo",
    periodStart: 2017,
    periodEnd: 2026,
    description:
      "Groruddalssatsingen er et samarbeid mellom staten og Oslo kommune om varig bedre levekår og livskvalitet i bydelene Alna, Bjerke, Grorud og Stovner. Perioden 2017–2026 bygger videre på den første satsingen fra 2007 til 2016. Bydelene har til sammen om lag 142 000 innbyggere med bakgrunn fra over 140 land.",
    subprogrammes: OSLO_SUBPROGRAMMES,
    areas: [
      "oslo",
      "bydel-alna",
      "bydel-bjerke",
      "bydel-grorud",
      "bydel-stovner",
      "romsas",
      "grorud",
      "furuset",
      "haugenstua",
      "veitvet",
    ],
  },
  {
    slug: "oslo-sor-satsingen",
    name: "Oslo sør-satsingen",
    municipality: "Oslo",
    periodStart: 2008,
    periodEnd: 2026,
    description:
      "Oslo sør-satsingen er et samarbeid mellom staten og Oslo kommune om bedre levekår og gode nærmiljøer i Bydel Søndre Nordstrand. Arbeidet skjer sammen med beboere, frivillige organisasjoner og lokalt næringsliv.",
    subprogrammes: OSLO_SUBPROGRAMMES,
    areas: ["oslo", "bydel-sondre-nordstrand", "holmlia", "mortensrud"],
  },
  {
    slug: "oslo-indre-ost-satsingen",
    name: "Oslo indre øst-satsingen",
    municipality: "Oslo",
    periodStart: 2017,
    periodEnd: 2026,
    description:
      "Oslo indre øst-satsingen er et samarbeid mellom staten og Oslo kommune om bedre levekår i Bydel Gamle Oslo. Satsingen jobber tett med beboere, frivillige og lokale aktører, blant annet på Tøyen og Grønland.",
    subprogrammes: OSLO_SUBPROGRAMMES,
    areas: ["oslo", "bydel-gamle-oslo", "toyen", "gronland"],
  },
  {
    slug: "levekarsloftet",
    name: "Levekårsløftet",
    municipality: "Stavanger",
    periodStart: 2014,
    periodEnd: null,
    description:
      "Levekårsløftet er Stavanger kommunes områdesatsing i levekårssoner med store utfordringer. Løftet startet på Storhaug i 2014 og ble utvidet til Hillevåg i 2017. En bydelsgruppe med lokalt næringsliv, frivillige, bydelsutvalg og administrasjon driver arbeidet med lokalkunnskap og fordeler nærmiljøtilskudd.",
    subprogrammes: STAVANGER_SUBPROGRAMMES,
    areas: [
      "stavanger",
      "storhaug",
      "hillevag",
      "badedammen",
      "emmaus",
      "lervig",
      "bergeland",
    ],
  },
];

interface AreaSeed {
  slug: string;
  name: string;
  kind: AreaKind;
  parent: string | null;
  population?: number;
  lift?: [number, number | null];
}

/** Listed parents first. Populations are rounded and only given where they are well known. */
const AREAS: AreaSeed[] = [
  { slug: "oslo", name: "Oslo", kind: "municipality", parent: null, population: 717_000 },
  { slug: "stavanger", name: "Stavanger", kind: "municipality", parent: null, population: 148_000 },
  { slug: "bydel-alna", name: "Bydel Alna", kind: "district", parent: "oslo", population: 50_000 },
  { slug: "bydel-bjerke", name: "Bydel Bjerke", kind: "district", parent: "oslo", population: 34_000 },
  { slug: "bydel-grorud", name: "Bydel Grorud", kind: "district", parent: "oslo", population: 27_500 },
  { slug: "bydel-stovner", name: "Bydel Stovner", kind: "district", parent: "oslo", population: 33_500 },
  {
    slug: "bydel-sondre-nordstrand",
    name: "Bydel Søndre Nordstrand",
    kind: "district",
    parent: "oslo",
    population: 39_000,
  },
  { slug: "bydel-gamle-oslo", name: "Bydel Gamle Oslo", kind: "district", parent: "oslo", population: 62_000 },
  { slug: "storhaug", name: "Storhaug", kind: "district", parent: "stavanger", lift: [2014, null] },
  { slug: "hillevag", name: "Hillevåg", kind: "district", parent: "stavanger", lift: [2017, null] },
  {
    slug: "romsas",
    name: "Romsås",
    kind: "sub_district",
    parent: "bydel-grorud",
    population: 7_000,
    lift: [2017, 2026],
  },
  {
    slug: "grorud",
    name: "Grorud",
    kind: "sub_district",
    parent: "bydel-grorud",
    population: 4_000,
    lift: [2020, 2026],
  },
  { slug: "furuset", name: "Furuset", kind: "sub_district", parent: "bydel-alna" },
  { slug: "haugenstua", name: "Haugenstua", kind: "sub_district", parent: "bydel-stovner" },
  { slug: "veitvet", name: "Veitvet", kind: "sub_district", parent: "bydel-bjerke" },
  { slug: "holmlia", name: "Holmlia", kind: "sub_district", parent: "bydel-sondre-nordstrand" },
  { slug: "mortensrud", name: "Mortensrud", kind: "sub_district", parent: "bydel-sondre-nordstrand" },
  { slug: "toyen", name: "Tøyen", kind: "sub_district", parent: "bydel-gamle-oslo" },
  { slug: "gronland", name: "Grønland", kind: "sub_district", parent: "bydel-gamle-oslo" },
  { slug: "badedammen", name: "Badedammen", kind: "living_condition_zone", parent: "storhaug" },
  { slug: "emmaus", name: "Emmaus", kind: "living_condition_zone", parent: "storhaug" },
  { slug: "lervig", name: "Lervig", kind: "living_condition_zone", parent: "storhaug" },
  { slug: "bergeland", name: "Bergeland", kind: "living_condition_zone", parent: "storhaug" },
];

// ---------------------------------------------------------------------------------------------
// Organisations (all invented, apart from the public bodies' own names)
// ---------------------------------------------------------------------------------------------

interface OrganisationSeed {
  name: string;
  sector: Sector;
  areas: string[];
  themes: ThemeCode[];
  offers: Offer[];
  description: string;
  status?: OrganisationStatus;
  decisionReason?: string;
  /** Registered on this day instead of a random day in 2022. */
  registeredOn?: string;
  /** Last confirmed more than twelve months ago. */
  staleConfirmation?: true;
  noWebsite?: true;
  noPhone?: true;
}

const ORGANISATIONS: OrganisationSeed[] = [
  // --- District administrations (bydeler) ---
  {
    name: "Bydel Grorud",
    sector: "district",
    areas: ["bydel-grorud", "romsas", "grorud"],
    themes: ["N", "O", "S"],
    offers: ["expertise", "network", "funding"],
    description:
      "Bydel Grorud gir tjenester til innbyggerne på Grorud, Romsås og Ammerud og leder områdeløftene på Romsås og Grorud. Bydelen samarbeider med lag, foreninger og næringsliv om møteplasser, fritidstilbud for ungdom og oppgradering av uterom. Områdeløftene har egne medarbeidere som holder kontakt med beboere og frivillige.",
  },
  {
    name: "Bydel Alna",
    sector: "district",
    areas: ["bydel-alna", "furuset"],
    themes: ["N", "O", "S"],
    offers: ["expertise", "network", "funding"],
    description:
      "Bydel Alna har ansvar for barnehager, helsestasjoner, sosialtjenester og fritidstilbud i bydelen. Gjennom Groruddalssatsingen støtter bydelen foreldrenettverk, språkkafeer og nabolagsarrangementer på Furuset og i resten av bydelen.",
  },
  {
    name: "Bydel Bjerke",
    sector: "district",
    areas: ["bydel-bjerke", "veitvet"],
    themes: ["N", "O"],
    offers: ["premises", "network", "funding"],
    description:
      "Bydel Bjerke jobber for gode nærmiljøer og trygge oppvekstsvilkår på Veitvet, Linderud og Årvoll. Bydelen gir tilskudd til aktiviteter for barn og unge og hjelper frivillige med å finne lokaler.",
  },
  {
    name: "Bydel Stovner",
    sector: "district",
    areas: ["bydel-stovner", "haugenstua"],
    themes: ["N", "O", "S"],
    offers: ["funding", "network", "activities"],
    description:
      "Bydel Stovner har ansvar for tjenester og nærmiljøarbeid på Stovner, Haugenstua, Vestli og Fossum. Hver sommer samler bydelen ferieaktiviteter og sommerjobber for ungdom, og den støtter idrett og kultur for barn og unge hele året.",
  },
  {
    name: "Bydel Søndre Nordstrand",
    sector: "district",
    areas: ["bydel-sondre-nordstrand", "holmlia", "mortensrud"],
    themes: ["N", "O", "S"],
    offers: ["funding", "network"],
    description:
      "Bydel Søndre Nordstrand er bydelen for Holmlia, Bjørndal, Mortensrud og Prinsdal. Gjennom Oslo sør-satsingen samarbeider bydelen med frivillige, skoler og næringsliv om arbeidstrening, kulturtilbud for ungdom og bedre møteplasser.",
  },
  {
    name: "Bydel Gamle Oslo",
    sector: "district",
    areas: ["bydel-gamle-oslo", "toyen", "gronland"],
    themes: ["N", "O", "S"],
    offers: ["funding", "expertise", "premises"],
    description:
      "Bydel Gamle Oslo driver tjenester og nærmiljøarbeid på blant annet Tøyen, Grønland og Kampen. Bydelen driver leksehjelp i aktivitetshuset og støtter nabolagshager, foreldrenettverk og arbeidspraksis i samarbeid med lokale aktører.",
  },

  // --- Municipal agencies and enterprises ---
  {
    name: "Utdanningsetaten",
    sector: "municipal_agency",
    areas: ["oslo"],
    themes: ["O"],
    offers: ["expertise", "premises"],
    description:
      "Utdanningsetaten har ansvar for grunnskolene og de videregående skolene i Oslo. I områdesatsingene bidrar etaten med mentorordninger, samarbeid om leksehjelp og tiltak som skal få flere unge til å fullføre videregående opplæring.",
  },
  {
    name: "Bymiljøetaten",
    sector: "municipal_agency",
    areas: ["oslo"],
    themes: ["N"],
    offers: ["expertise", "funding", "equipment"],
    description:
      "Bymiljøetaten forvalter parker, friområder, gater og byrom i Oslo. Etaten oppgraderer lekeplasser og parker, bedrer belysning og skoleveier og låner ut containere og utstyr til dugnader.",
  },
  {
    name: "Oslobygg KF",
    sector: "municipal_agency",
    areas: ["oslo"],
    themes: ["N", "O"],
    offers: ["premises", "expertise"],
    description:
      "Oslobygg KF eier og drifter skoler, barnehager, idrettshaller og andre kommunale bygg i Oslo. I områdesatsingene åpner foretaket gymsaler og skolelokaler for frivillige aktiviteter på kveldstid og i helgene.",
  },
  {
    name: "Kulturetaten",
    sector: "municipal_agency",
    areas: ["oslo"],
    themes: ["N", "O"],
    offers: ["funding", "network"],
    description:
      "Kulturetaten gir tilskudd til kunst, kultur og frivillige kulturaktiviteter i Oslo. Etaten støtter teater, musikk og sommeraktiviteter for barn og unge i bydelene.",
  },
  {
    name: "Boligbygg Oslo KF",
    sector: "municipal_agency",
    areas: ["oslo"],
    themes: ["N"],
    offers: ["premises"],
    description:
      "Boligbygg Oslo KF eier og forvalter kommunale boliger i Oslo. Foretaket samarbeider med beboere og frivillige om trivsel og fellesarealer, og låner ut bakgårder og lokaler til nabolagshager og møteplasser.",
  },
  {
    name: "Deichman Grorud",
    sector: "municipal_agency",
    areas: ["bydel-grorud", "grorud"],
    themes: ["O", "N"],
    offers: ["premises", "activities"],
    description:
      "Biblioteket på Grorud er en gratis møteplass med bøker på mange språk, studieplasser og arrangementer. Vi holder lesestunder for små barn, bibliotekkvelder med lesehjelp og spill for skoleelever og låner ut rom til lokale foreninger.",
  },
  {
    name: "Stavanger kommune – Levekårsløftet",
    sector: "municipal_agency",
    areas: ["stavanger", "storhaug", "hillevag"],
    themes: ["N", "O", "F"],
    offers: ["funding", "network", "expertise"],
    description:
      "Levekårsløftet i Stavanger kommune koordinerer områdesatsingen på Storhaug og i Hillevåg. Vi driver lokalkontor og mobilt kontor, forvalter nærmiljøtilskudd sammen med bydelsgruppen og hjelper beboere og foreninger med å sette ideer ut i livet.",
  },
  {
    name: "Stavanger kommune – Bymiljø og utbygging",
    sector: "municipal_agency",
    areas: ["stavanger"],
    themes: ["F"],
    offers: ["expertise", "funding", "equipment"],
    description:
      "Bymiljø og utbygging planlegger og bygger parker, lekeplasser, gater og skoleveier i Stavanger. I levekårssonene jobber vi med belysning, nye sitteplasser og tryggere krysninger, basert på innspill fra beboerne.",
  },

  // --- State agencies ---
  {
    name: "NAV Grorud",
    sector: "state_agency",
    areas: ["bydel-grorud"],
    themes: ["S", "O"],
    offers: ["expertise", "network", "funding"],
    description:
      "NAV Grorud hjelper innbyggere i Bydel Grorud med arbeid, kvalifisering og økonomisk rådgivning. Kontoret samarbeider med lokale arbeidsgivere om arbeidspraksis og praksisplasser, og driver Jobbsjansen og ungdomsveiledning.",
  },
  {
    name: "NAV Alna",
    sector: "state_agency",
    areas: ["bydel-alna", "furuset"],
    themes: ["S"],
    offers: ["expertise", "network"],
    description:
      "NAV Alna gir veiledning, kurs og arbeidsrettet oppfølging til innbyggerne i Bydel Alna. Sammen med bedrifter på Furuset og i Alnabru-området tilbyr kontoret arbeidspraksis og norskopplæring knyttet til jobb.",
  },
  {
    name: "NAV Stovner",
    sector: "state_agency",
    areas: ["bydel-stovner", "haugenstua"],
    themes: ["S", "O"],
    offers: ["expertise", "funding"],
    description:
      "NAV Stovner følger opp arbeidssøkere og ungdom i Bydel Stovner. Kontoret formidler sommerjobber til ungdom, holder CV-kurs og samarbeider med lokale bedrifter om praksisplasser.",
  },
  {
    name: "NAV Søndre Nordstrand",
    sector: "state_agency",
    areas: ["bydel-sondre-nordstrand"],
    themes: ["S"],
    offers: ["expertise", "network"],
    description:
      "NAV Søndre Nordstrand jobber for at flere unge voksne på Holmlia og Mortensrud kommer i arbeid eller utdanning. Kontoret tilbyr arbeidstrening med fast veileder og tett samarbeid med lokale arbeidsgivere.",
  },
  {
    name: "NAV Gamle Oslo",
    sector: "state_agency",
    areas: ["bydel-gamle-oslo"],
    themes: ["S"],
    offers: ["expertise", "network"],
    description:
      "NAV Gamle Oslo gir arbeidsrettet oppfølging og kvalifisering til innbyggere i Gamle Oslo. Kontoret følger opp deltakere i arbeidspraksis og fagbrevløp hos bedrifter på Tøyen og Grønland.",
  },
  {
    name: "NAV Stavanger",
    sector: "state_agency",
    areas: ["stavanger", "storhaug", "hillevag"],
    themes: ["N", "O"],
    offers: ["expertise", "network"],
    description:
      "NAV Stavanger gir veiledning om arbeid, kurs og økonomi og er til stede der folk bor. I Levekårsløftet møter veilederne beboere på foreldrekafeer og i det mobile kontoret, og de samarbeider om ferieaktiviteter for barn.",
  },
  {
    name: "Husbanken",
    sector: "state_agency",
    areas: ["oslo", "stavanger"],
    themes: ["N", "F"],
    offers: ["funding", "expertise"],
    description:
      "Husbanken er statens boligpolitiske virksomhet og gir lån, tilskudd og kompetanse om bolig og bomiljø. I områdesatsingene bidrar Husbanken med tilskudd til bomiljøtiltak og råd om boligsosialt arbeid.",
  },
  {
    name: "IMDi",
    sector: "state_agency",
    areas: ["oslo", "stavanger"],
    themes: ["S", "O", "N"],
    offers: ["funding", "expertise"],
    description:
      "Integrerings- og mangfoldsdirektoratet gir tilskudd og faglige råd til kommuner og frivillige som jobber med integrering. IMDi støtter kvalifiseringsprogrammer som Jobbsjansen, foreldretiltak og språktrening.",
  },

  // --- Voluntary organisations ---
  {
    name: "Leksehjelpa Romsås",
    sector: "voluntary",
    areas: ["romsas"],
    themes: ["O"],
    offers: ["volunteers", "activities"],
    description:
      "Leksehjelpa Romsås er en frivillig gruppe som gir gratis leksehjelp til elever fra 1. til 10. trinn. Vi holder åpent tre ettermiddager i uka med hjelp i matematikk, norsk og engelsk, og serverer frukt og brødskiver. Studenter, pensjonister og foreldre er med som leksehjelpere.",
  },
  {
    name: "Romsås Ballvenner IL",
    sector: "voluntary",
    areas: ["romsas", "bydel-grorud"],
    themes: ["O", "N"],
    offers: ["activities", "volunteers", "equipment"],
    description:
      "Romsås Ballvenner er et idrettslag for barn og unge med fotball og futsal for alle aldre. Vi har lave treningsavgifter, gratis prøvetreninger og et eget lager med sko og drakter til utlån. Hver sommer arrangerer vi fotballskole.",
  },
  {
    name: "Romsås Vestre Vel",
    sector: "voluntary",
    areas: ["romsas"],
    themes: ["N"],
    offers: ["volunteers", "network"],
    description:
      "Velforeningen jobber for et trivelig og trygt nabolag på vestsiden av Romsås. Vi arrangerer vårdugnad, julegrantenning og felles hagedager, og driver nærmiljøhagen sammen med beboerne.",
  },
  {
    name: "Furuset Nord Velforening",
    sector: "voluntary",
    areas: ["furuset"],
    themes: ["N"],
    offers: ["volunteers", "activities"],
    description:
      "Furuset Nord Velforening samler naboer til dugnader, loppemarked og den årlige nabolagsfesten. Vi tar opp saker om grøntområder, trafikk og belysning med bydelen.",
  },
  {
    name: "Furuset Språkkafé",
    sector: "voluntary",
    areas: ["furuset", "bydel-alna"],
    themes: ["N", "S"],
    offers: ["volunteers", "activities"],
    description:
      "Furuset Språkkafé er et frivillig tilbud der voksne kan øve på norsk i en uformell setting. Frivillige samtaleverter leder samtaler om hverdagen, jobbsøking og møter med skole og lege. Kafeen er åpen to kvelder i uka, og alle nivåer er velkomne.",
  },
  {
    name: "Haugenstua Basketklubb",
    sector: "voluntary",
    areas: ["haugenstua", "bydel-stovner"],
    themes: ["O"],
    offers: ["activities", "equipment"],
    description:
      "Haugenstua Basketklubb tilbyr basketball for barn og ungdom fra 10 år. Klubben driver nattbasket på fredagskvelder, sommercamp og lag i seriespill, og frivillige trenere følger opp spillerne også utenfor banen.",
  },
  {
    name: "Jentekraft Bjerke",
    sector: "voluntary",
    areas: ["bydel-bjerke", "veitvet"],
    themes: ["O", "N"],
    offers: ["activities", "volunteers"],
    description:
      "Jentekraft Bjerke er en frivillig forening for jenter mellom 12 og 18 år. Vi har aktivitetskvelder med trening, dans, matlaging og samtalegrupper, og jentene bestemmer selv mye av innholdet.",
  },
  {
    name: "Grorud Kulturverksted",
    sector: "voluntary",
    areas: ["grorud", "bydel-grorud"],
    themes: ["N", "O"],
    offers: ["activities", "premises"],
    description:
      "Grorud Kulturverksted er et åpent verksted for musikk, dans, teater og kunst. Vi holder kurs for barn og voksne, låner ut øvingsrom til lokale band og arrangerer konserter og utstillinger på Grorud.",
  },
  {
    name: "Groruddalen Dialogforum",
    sector: "voluntary",
    areas: ["bydel-alna", "bydel-grorud", "bydel-stovner"],
    themes: ["N", "O"],
    offers: ["network", "premises"],
    description:
      "Groruddalen Dialogforum er et nettverk av menigheter, moskeer og andre tros- og livssynssamfunn i Groruddalen. Vi arrangerer dialogmøter, felles dugnader og foreldresamlinger, og låner ut lokaler til aktiviteter for barn og unge.",
  },
  {
    name: "Sjakklubben Springeren Grorud",
    sector: "voluntary",
    areas: ["grorud"],
    themes: ["O"],
    offers: ["activities"],
    description:
      "Sjakklubben Springeren samler sjakkspillere i alle aldre på Grorud. Vi har klubbkvelder hver uke, sjakkurs for nybegynnere og turneringer for barn i samarbeid med biblioteket.",
    staleConfirmation: true,
  },
  {
    name: "Nabohjelp Stovner",
    sector: "voluntary",
    areas: ["bydel-stovner", "haugenstua"],
    themes: ["N"],
    offers: ["volunteers"],
    description:
      "Nabohjelp Stovner er en gruppe frivillige som hjelper naboer med handling, følge til lege og småreparasjoner. Vi arrangerer også kaffetreff for eldre og nye innbyggere i bydelen.",
  },
  {
    name: "Alna Seniorforening",
    sector: "voluntary",
    areas: ["bydel-alna"],
    themes: ["N"],
    offers: ["volunteers", "activities"],
    description:
      "Alna Seniorforening samler pensjonister til turer, trim og sosiale treff. Medlemmene er også frivillige samtaleverter på språkkafé og hjelper til på nabolagsarrangementer.",
    staleConfirmation: true,
  },
  {
    name: "Bjerke Frivillighetshus",
    sector: "voluntary",
    areas: ["bydel-bjerke", "veitvet"],
    themes: ["N", "S"],
    offers: ["volunteers", "premises", "network"],
    description:
      "Bjerke Frivillighetshus er et møtested for frivillige på Veitvet. Huset har kjøkken og møterom til utlån, låner ut dugnadsutstyr og formidler frivillige til lag, foreninger og naboer som trenger en hånd.",
  },
  {
    name: "Holmlia Ungdomsteater",
    sector: "voluntary",
    areas: ["holmlia"],
    themes: ["O", "N"],
    offers: ["activities"],
    description:
      "Holmlia Ungdomsteater lager forestillinger med og for ungdom mellom 13 og 20 år. Ungdommene skriver manus, spiller, lager musikk og styrer lyd og lys, med hjelp fra profesjonelle instruktører.",
  },
  {
    name: "Mortensrud Sykkelverksted",
    sector: "voluntary",
    areas: ["mortensrud"],
    themes: ["N"],
    offers: ["equipment", "volunteers"],
    description:
      "Mortensrud Sykkelverksted er et frivillig verksted der alle kan få hjelp til å reparere sykkelen sin. Vi setter i stand brukte sykler og deler dem ut til barn, og holder kurs i enkelt sykkelvedlikehold.",
  },
  {
    name: "Grønland Nabolagshage",
    sector: "voluntary",
    areas: ["gronland", "toyen"],
    themes: ["N"],
    offers: ["volunteers", "activities"],
    description:
      "Grønland Nabolagshage er en felles hage i en bakgård der naboer dyrker grønnsaker, urter og blomster. Vi har hagedag hver søndag, kurs i dyrking og kompostering og samarbeid med skoler og barnehager.",
  },
  {
    name: "Lervig Kajakklubb",
    sector: "voluntary",
    areas: ["lervig", "storhaug"],
    themes: ["N"],
    offers: ["activities", "equipment"],
    description:
      "Lervig Kajakklubb tilbyr padling for alle i Storhaug. Klubben holder gratis introduksjonskurs, låner ut kajakker og utstyr og arrangerer turpadling langs kysten om sommeren.",
  },
  {
    name: "Emmaus Nabolagsforening",
    sector: "voluntary",
    areas: ["emmaus"],
    themes: ["N"],
    offers: ["volunteers", "network"],
    description:
      "Emmaus Nabolagsforening jobber for et inkluderende og aktivt nabolag. Vi arrangerer gatefest, loppemarked og ryddeaksjoner, og søker nærmiljøtilskudd til aktiviteter for barn og familier.",
  },
  {
    name: "Storhaug Leksehjelp",
    sector: "voluntary",
    areas: ["storhaug", "badedammen", "emmaus"],
    themes: ["O"],
    offers: ["volunteers"],
    description:
      "Storhaug Leksehjelp gir gratis leksehjelp til barn og unge to ettermiddager i uka. Mens barna gjør lekser, driver vi en foreldrekafé med norskprat og informasjon om skolen.",
  },
  {
    name: "Hillevåg Aktivitetslag",
    sector: "voluntary",
    areas: ["hillevag"],
    themes: ["O", "N"],
    offers: ["activities", "volunteers"],
    description:
      "Hillevåg Aktivitetslag ble startet av foreldre som ville ha flere gratis aktiviteter for barna i nabolaget. Laget arrangerer ferieaktiviteter, turer og fotball i løkka, og frivillige foreldre og ungdomsledere står for det meste av arbeidet.",
    registeredOn: "2026-03-09",
  },
  {
    name: "Haugenstua Flerkulturelle Kvinnenettverk",
    sector: "voluntary",
    areas: ["haugenstua"],
    themes: ["N", "S"],
    offers: ["network", "activities"],
    description:
      "Et nettverk for kvinner på Haugenstua med bakgrunn fra mange land. Vi møtes til samtalegrupper, matlaging og kurs om helse, jobbsøking og norsk arbeidsliv.",
    status: "pending",
    registeredOn: "2026-08-24",
  },
  {
    name: "Veitvet Vaffelkafé",
    sector: "voluntary",
    areas: ["veitvet"],
    themes: ["N"],
    offers: ["activities"],
    description:
      "Veitvet Vaffelkafé var en frivillig kafé med vafler og kaffe for naboer hver lørdag. Kafeen er lagt ned, og arbeidet videreføres av Bjerke Frivillighetshus.",
    status: "archived",
  },

  // --- Business ---
  {
    name: "Nærbutikken Romsås",
    sector: "business",
    areas: ["romsas"],
    themes: ["S", "N"],
    offers: ["work_placements", "premises"],
    description:
      "Nærbutikken Romsås er en dagligvarebutikk på senteret med lange åpningstider. Butikken tar imot arbeidspraksis og lærlinger, og sponser premier og mat til nabolagsarrangementer.",
  },
  {
    name: "Grorud Bakeri & Kafé",
    sector: "business",
    areas: ["grorud"],
    themes: ["S"],
    offers: ["work_placements", "premises"],
    description:
      "Grorud Bakeri & Kafé baker brød og kaker hver morgen og serverer lunsj ved torget. Bakeriet tilbyr praksisplasser i bakeri, kafé og kasse for deltakere i Jobbsjansen og andre kvalifiseringsløp.",
  },
  {
    name: "Alna Logistikk AS",
    sector: "business",
    areas: ["bydel-alna", "furuset"],
    themes: ["S"],
    offers: ["work_placements"],
    description:
      "Alna Logistikk AS driver lager og distribusjon for netthandel og dagligvare. Bedriften tilbyr arbeidspraksis på lager og i truckkjøring, med mulighet for fast ansettelse.",
  },
  {
    name: "Furuset Byggservice AS",
    sector: "business",
    areas: ["furuset"],
    themes: ["S"],
    offers: ["work_placements", "equipment"],
    description:
      "Furuset Byggservice AS gjør oppussing, vedlikehold og småreparasjoner for borettslag og private. Vi tar inn lærlinger og praksiskandidater og låner ut verktøy til dugnader.",
  },
  {
    name: "Romsåstunet Borettslag",
    sector: "business",
    areas: ["romsas"],
    themes: ["N"],
    offers: ["premises", "funding"],
    description:
      "Romsåstunet Borettslag har rundt 300 leiligheter og et stort fellesareal. Borettslaget låner ut fellesrommet til leksehjelp og beboermøter, og har satt av plass til nærmiljøhage.",
  },
  {
    name: "Haugenstua Terrasse Borettslag",
    sector: "business",
    areas: ["haugenstua"],
    themes: ["N"],
    offers: ["premises"],
    description:
      "Haugenstua Terrasse Borettslag jobber for trivsel og trygghet i nabolaget. Borettslaget arrangerer dugnader, har et selskapslokale til utleie og samarbeider med bydelen om trygge skoleveier.",
  },
  {
    name: "Stovner Bilverksted AS",
    sector: "business",
    areas: ["bydel-stovner"],
    themes: ["S"],
    offers: ["work_placements"],
    description:
      "Stovner Bilverksted AS reparerer og vedlikeholder personbiler og varebiler. Verkstedet tar imot lærlinger i bilfag og sommerjobbere fra bydelens sommerjobbprogram.",
    staleConfirmation: true,
  },
  {
    name: "Tøyen Catering AS",
    sector: "business",
    areas: ["toyen", "gronland"],
    themes: ["S"],
    offers: ["work_placements", "expertise"],
    description:
      "Tøyen Catering AS lager lunsj til barnehager, seniorsentre og bedrifter. Kjøkkenet tilbyr praksisplasser og fagbrevløp som kokk i samarbeid med NAV.",
  },
  {
    name: "Holmlia Regnskapskontor AS",
    sector: "business",
    areas: ["holmlia"],
    themes: ["S"],
    offers: ["expertise", "work_placements"],
    description:
      "Holmlia Regnskapskontor AS fører regnskap for små bedrifter og foreninger i Søndre Nordstrand. Kontoret tar imot praksiskandidater i kontorarbeid og holder gratis kurs i regnskap for frivillige lag.",
    staleConfirmation: true,
  },
  {
    name: "Lervig Kaffebrenneri AS",
    sector: "business",
    areas: ["lervig"],
    themes: ["N", "F"],
    offers: ["premises", "funding"],
    description:
      "Lervig Kaffebrenneri AS brenner kaffe og driver kafé på kaien i Lervig. Kafeen er base for padlekurs og lokale arrangementer, og sponser nabolagsfester i Storhaug.",
  },
  {
    name: "Storhaug Mat og Marked AS",
    sector: "business",
    areas: ["storhaug", "emmaus"],
    themes: ["N"],
    offers: ["funding", "premises"],
    description:
      "Storhaug Mat og Marked AS er en nærbutikk med ferskvarer, frukt og krydder fra hele verden. Butikken sponser gatefester og loddsalg, og låner ut lageret sitt til loppemarked.",
    registeredOn: "2025-02-03",
  },
  {
    name: "Storhaug Sykkel og Service AS",
    sector: "business",
    areas: ["storhaug"],
    themes: ["F", "N"],
    offers: ["equipment", "work_placements"],
    description:
      "Storhaug Sykkel og Service AS selger og reparerer sykler og elsykler. Vi vil gjerne bidra med sykkelkurs for barn og reparasjonsdager i nabolaget.",
    status: "pending",
    registeredOn: "2026-08-17",
  },
  {
    name: "Groruddalen Eiendomsformidling AS",
    sector: "business",
    areas: ["oslo"],
    themes: ["N"],
    offers: ["network"],
    description:
      "Groruddalen Eiendomsformidling AS selger boliger i hele Groruddalen. Kontakt oss for gratis verdivurdering.",
    status: "rejected",
    decisionReason:
      "Laget er et register over organisasjoner som samarbeider om tiltak i områdesatsingene. Vi fant ingen tilknytning til et tiltak, og beskrivelsen er markedsføring. Ta gjerne kontakt med områdeløftet hvis dere ønsker å bidra til et konkret tiltak.",
    registeredOn: "2026-05-04",
  },

  // --- Residents' groups (no organisation number) ---
  {
    name: "Beboernettverket Romsås nord",
    sector: "residents_group",
    areas: ["romsas"],
    themes: ["N"],
    offers: ["volunteers", "network"],
    description:
      "Et uformelt nettverk av beboere på nordsiden av Romsås. Vi arrangerer nabovandringer, gir innspill til bydelen om parken og uterommene og hjelper til på hagedager og dugnader.",
    noWebsite: true,
    noPhone: true,
  },
  {
    name: "Foreldregruppa på Haugenstua",
    sector: "residents_group",
    areas: ["haugenstua"],
    themes: ["O", "N"],
    offers: ["volunteers"],
    description:
      "Foreldre på Haugenstua som vil ha et trygt nabolag for barna. Vi går natteravn, har foreldrevakter på nattbasket og har kartlagt skoleveien sammen med elevene.",
    noWebsite: true,
    noPhone: true,
  },
  {
    name: "Dugnadsgjengen Veitvet",
    sector: "residents_group",
    areas: ["veitvet"],
    themes: ["N"],
    offers: ["volunteers", "equipment"],
    description:
      "Dugnadsgjengen er naboer på Veitvet som samles til vårrydding, planting og små forbedringer i nærmiljøet. Alle kan bli med, og vi har sekker, hansker og rakker til utlån.",
    noWebsite: true,
    noPhone: true,
    staleConfirmation: true,
  },
  {
    name: "Naboer for Grorud torg",
    sector: "residents_group",
    areas: ["grorud"],
    themes: ["N"],
    offers: ["network", "volunteers"],
    description:
      "Naboer som vil gjøre Grorud torg til et levende sted å møtes. Vi teller folk, samler ideer og vil gjerne arrangere markedsdager, konserter og aktiviteter for barn på torget.",
    noWebsite: true,
    noPhone: true,
  },
  {
    name: "Mødrenettverket Holmlia",
    sector: "residents_group",
    areas: ["holmlia"],
    themes: ["O", "N"],
    offers: ["network", "volunteers"],
    description:
      "Mødre på Holmlia som møtes til kaffe, turer og samtaler om skole og oppvekst. Nettverket syr kostymer til ungdomsteateret og hjelper nye familier å finne fram i bydelen.",
    noWebsite: true,
    noPhone: true,
  },
  {
    name: "Tøyen Foreldrenettverk",
    sector: "residents_group",
    areas: ["toyen"],
    themes: ["O", "N"],
    offers: ["network", "volunteers"],
    description:
      "Foreldre på Tøyen som samarbeider om trygge oppvekstvilkår. Vi sprer informasjon om leksehjelp og fritidstilbud på flere språk og arrangerer foreldrekvelder.",
    noWebsite: true,
    noPhone: true,
  },
  {
    name: "Naboene i Badedammen",
    sector: "residents_group",
    areas: ["badedammen"],
    themes: ["F", "N"],
    offers: ["volunteers"],
    description:
      "Naboer rundt Badedammen som tar vare på parken og nærmiljøet. Vi har gitt innspill til ny belysning og sitteplasser, og arrangerer ryddedager og grillkvelder i parken.",
    noWebsite: true,
    noPhone: true,
  },
  {
    name: "Lervig Beboerinitiativ",
    sector: "residents_group",
    areas: ["lervig"],
    themes: ["N"],
    offers: ["volunteers", "network"],
    description:
      "Beboere i de nye boligene i Lervig som vil bli bedre kjent med naboene. Vi planlegger felles middager, ryddedager og aktiviteter for barnefamilier.",
    noWebsite: true,
    noPhone: true,
    status: "pending",
    registeredOn: "2026-08-27",
  },
];

// ---------------------------------------------------------------------------------------------
// People (all invented)
// ---------------------------------------------------------------------------------------------

interface UserSeed {
  email: string;
  name: string;
  role: UserRole;
  /** Coordinators: programmes they are assigned to. */
  programmes?: ProgrammeSlug[];
  /** Partners: organisation name, role; owners registered the organisation. */
  memberships?: [string, MembershipRole][];
  createdOn?: string;
}

const USERS: UserSeed[] = [
  { email: DEMO_ACCOUNTS.admin, name: "Ada Administrator", role: "admin", createdOn: "2022-01-03" },
  {
    email: DEMO_ACCOUNTS.coordinator,
    name: "Kari Koordinator",
    role: "coordinator",
    programmes: ["groruddalssatsingen"],
    createdOn: "2022-01-04",
  },
  {
    email: "satsing-koordinator@laget.test",
    name: "Sigrid Satsing",
    role: "coordinator",
    programmes: ["oslo-sor-satsingen", "oslo-indre-ost-satsingen"],
    createdOn: "2022-01-05",
  },
  {
    email: "stavanger-koordinator@laget.test",
    name: "Stine Stavanger",
    role: "coordinator",
    programmes: ["levekarsloftet"],
    createdOn: "2022-01-06",
  },
  {
    email: DEMO_ACCOUNTS.partner,
    name: "Per Partner",
    role: "none",
    memberships: [["Leksehjelpa Romsås", "owner"]],
  },
  {
    email: "lars.lekser@laget.test",
    name: "Lars Lekser",
    role: "none",
    memberships: [["Leksehjelpa Romsås", "editor"]],
  },
  {
    email: "berit.butikk@laget.test",
    name: "Berit Butikk",
    role: "none",
    memberships: [["Nærbutikken Romsås", "owner"]],
  },
  {
    email: "viktor.vel@laget.test",
    name: "Viktor Velforening",
    role: "none",
    memberships: [
      ["Romsås Vestre Vel", "owner"],
      ["Beboernettverket Romsås nord", "editor"],
    ],
  },
  {
    email: "amina.aktivitet@laget.test",
    name: "Amina Aktivitet",
    role: "none",
    memberships: [["Haugenstua Basketklubb", "owner"]],
  },
  {
    email: "jonas.jobb@laget.test",
    name: "Jonas Jobbsjanse",
    role: "none",
    memberships: [["NAV Grorud", "owner"]],
  },
  {
    email: "selma.sprak@laget.test",
    name: "Selma Språkkafé",
    role: "none",
    memberships: [["Furuset Språkkafé", "owner"]],
  },
  {
    email: "hanne.hage@laget.test",
    name: "Hanne Hagelag",
    role: "none",
    memberships: [["Grønland Nabolagshage", "owner"]],
  },
  {
    email: "lise.lervig@laget.test",
    name: "Lise Lervig",
    role: "none",
    memberships: [
      ["Lervig Kajakklubb", "owner"],
      ["Lervig Beboerinitiativ", "owner"],
    ],
  },
  {
    email: "emil.emmaus@laget.test",
    name: "Emil Emmaus",
    role: "none",
    memberships: [["Emmaus Nabolagsforening", "owner"]],
  },
  {
    email: "nora.ny@laget.test",
    name: "Nora Nyregistrert",
    role: "none",
    memberships: [["Haugenstua Flerkulturelle Kvinnenettverk", "owner"]],
  },
  {
    email: "sindre.sykkel@laget.test",
    name: "Sindre Sykkel",
    role: "none",
    memberships: [["Storhaug Sykkel og Service AS", "owner"]],
  },
];

// ---------------------------------------------------------------------------------------------
// Tiltak (initiatives)
// ---------------------------------------------------------------------------------------------

interface InitiativeSeed {
  slug: string;
  title: string;
  programme: ProgrammeSlug;
  /** Sub-programme slug within the programme. */
  sub: string;
  area: string;
  status: InitiativeStatus;
  start: string;
  end: string | null;
  createdOn: string;
  lead: string;
  summary: string;
  description: string;
  isPublic?: false;
  /** Participations besides the lead's; the PRNG adds a few more. */
  partners?: [string, ParticipationRole, ParticipationStatus, string?][];
  soughtSectors?: Sector[];
  soughtOffers?: Offer[];
}

const INITIATIVES: InitiativeSeed[] = [
  // --- Groruddalssatsingen ---
  {
    slug: "leksehjelp-pa-romsas",
    title: "Leksehjelp på Romsås",
    programme: "groruddalssatsingen",
    sub: "oppvekst-og-utdanning",
    area: "romsas",
    status: "ongoing",
    start: "2023-08-21",
    end: "2027-06-18",
    createdOn: "2023-06-12",
    lead: "Leksehjelpa Romsås",
    summary: "Gratis leksehjelp for barn og unge tre ettermiddager i uka på Romsås.",
    description:
      "Frivillige leksehjelpere møter elever fra barneskolen og ungdomsskolen i fellesrommet til Romsåstunet borettslag. Tiltaket samarbeider med skolene om hvilke fag elevene trenger mest hjelp i, og med bydelen om å rekruttere frivillige. Foreldre er velkomne til å sitte med, og det serveres et enkelt måltid.",
    partners: [
      ["Utdanningsetaten", "partner", "active"],
      ["Romsåstunet Borettslag", "venue", "active"],
    ],
    soughtSectors: ["voluntary"],
    soughtOffers: ["volunteers"],
  },
  {
    slug: "jobbsjansen-grorud",
    title: "Jobbsjansen Grorud",
    programme: "groruddalssatsingen",
    sub: "sysselsetting",
    area: "grorud",
    status: "ongoing",
    start: "2024-01-08",
    end: "2026-12-18",
    createdOn: "2023-11-20",
    lead: "NAV Grorud",
    summary: "Kvalifiseringsprogram for hjemmeværende innvandrerkvinner som vil ut i arbeid.",
    description:
      "Deltakerne får norskopplæring, arbeidspraksis og tett oppfølging fra en fast veileder i opptil to år. Lokale arbeidsgivere tilbyr praksisplasser, og målet er fast jobb eller utdanning. Tiltaket får tilskudd fra IMDi.",
    partners: [
      ["IMDi", "funder", "active"],
      ["Grorud Bakeri & Kafé", "partner", "active"],
      ["Bydel Grorud", "partner", "active"],
    ],
    soughtSectors: ["business"],
    soughtOffers: ["work_placements"],
  },
  {
    slug: "sommeraktiviteter-for-ungdom",
    title: "Sommeraktiviteter for ungdom",
    programme: "groruddalssatsingen",
    sub: "oppvekst-og-utdanning",
    area: "bydel-stovner",
    status: "completed",
    start: "2026-06-22",
    end: "2026-08-14",
    createdOn: "2026-04-15",
    lead: "Bydel Stovner",
    summary: "Gratis aktiviteter, turer og sommerjobber for ungdom fra 13 til 18 år i skoleferien.",
    description:
      "Bydel Stovner samler sommertilbudene fra idrettslag, frivillige og fritidsklubber i ett felles program. Ungdommene kan velge mellom fotballskole, basketcamp, kanotur, dans og kreative verksteder, og alt er gratis. Noen av de eldste ungdommene får sommerjobb som aktivitetsledere.",
    partners: [
      ["Haugenstua Basketklubb", "partner", "active"],
      ["Kulturetaten", "funder", "active"],
    ],
  },
  {
    slug: "oppgradering-av-romsas-senter-parken",
    title: "Oppgradering av Romsås senter-parken",
    programme: "groruddalssatsingen",
    sub: "narmiljo",
    area: "romsas",
    status: "ongoing",
    start: "2025-04-01",
    end: "2026-10-31",
    createdOn: "2025-01-20",
    lead: "Bymiljøetaten",
    summary: "Parken ved Romsås senter får ny belysning, flere sitteplasser, ny lekeplass og bedre gangveier.",
    description:
      "Beboerne har vært med på å bestemme innholdet gjennom åpne verksteder, en nabovandring og en spørreundersøkelse. Arbeidet gjøres i etapper slik at parken kan brukes gjennom hele anleggsperioden. Den nye lekeplassen og en aktivitetsflate for ungdom står ferdig høsten 2026.",
    partners: [
      ["Bydel Grorud", "funder", "active"],
      ["Beboernettverket Romsås nord", "contributor", "active"],
      ["Romsås Vestre Vel", "contributor", "active"],
    ],
  },
  {
    slug: "sprakkafe-pa-furuset",
    title: "Språkkafé på Furuset",
    programme: "groruddalssatsingen",
    sub: "narmiljo",
    area: "furuset",
    status: "ongoing",
    start: "2024-09-03",
    end: "2026-12-17",
    createdOn: "2024-08-12",
    lead: "Furuset Språkkafé",
    summary: "Uformell norsktrening over en kopp kaffe hver tirsdag og torsdag.",
    description:
      "Frivillige samtaleverter hjelper deltakerne å øve på norsk i hverdagslige situasjoner, som å snakke med legen, skolen eller en arbeidsgiver. Språkkafeen er åpen for alle uansett nivå og krever ingen påmelding. Bydelen og lokale foreninger bidrar med lokaler og rekruttering av samtaleverter.",
    partners: [
      ["Bydel Alna", "funder", "active"],
      ["Alna Seniorforening", "contributor", "active"],
    ],
    soughtSectors: ["municipal_agency"],
    soughtOffers: ["premises", "volunteers"],
  },
  {
    slug: "arbeidspraksis-i-lokale-butikker",
    title: "Arbeidspraksis i lokale butikker",
    programme: "groruddalssatsingen",
    sub: "sysselsetting",
    area: "bydel-grorud",
    status: "ongoing",
    start: "2025-02-03",
    end: "2026-12-31",
    createdOn: "2024-12-09",
    lead: "Bydel Grorud",
    summary: "Butikker og kafeer på Grorud og Romsås tilbyr arbeidspraksis for unge voksne som står utenfor arbeid.",
    description:
      "Hver deltaker får en praksisplass i en lokal butikk eller kafé og en fast kontaktperson på arbeidsplassen. NAV Grorud følger opp deltakerne og arbeidsgiverne underveis. Flere av praksisplassene har blitt til deltidsjobber eller lærlingplasser.",
    partners: [
      ["NAV Grorud", "partner", "active"],
      ["Nærbutikken Romsås", "partner", "active"],
      ["Grorud Bakeri & Kafé", "partner", "active"],
    ],
    soughtSectors: ["business"],
    soughtOffers: ["work_placements"],
  },
  {
    slug: "nattbasket-pa-haugenstua",
    title: "Nattbasket på Haugenstua",
    programme: "groruddalssatsingen",
    sub: "oppvekst-og-utdanning",
    area: "haugenstua",
    status: "ongoing",
    start: "2024-10-04",
    end: "2027-06-25",
    createdOn: "2024-09-02",
    lead: "Haugenstua Basketklubb",
    summary: "Åpen basketball i hallen fredagskvelder for ungdom mellom 13 og 20 år.",
    description:
      "Hallen er åpen fra klokka 20 til midnatt, med trenere og frivillige voksne til stede. Det er gratis og uten krav om medlemskap, og det serveres mat i pausen. Tiltaket gir ungdom et trygt sted å være på fredagskvelder og rekrutterer nye spillere til klubben.",
    partners: [
      ["Bydel Stovner", "funder", "active"],
      ["Oslobygg KF", "venue", "active"],
      ["Foreldregruppa på Haugenstua", "contributor", "active"],
    ],
  },
  {
    slug: "vardugnad-pa-veitvet",
    title: "Vårdugnad på Veitvet",
    programme: "groruddalssatsingen",
    sub: "narmiljo",
    area: "veitvet",
    status: "completed",
    start: "2026-04-18",
    end: "2026-05-09",
    createdOn: "2026-03-02",
    lead: "Dugnadsgjengen Veitvet",
    summary: "Felles vårrydding av grøntområder, lekeplasser og stier på Veitvet.",
    description:
      "Beboere, borettslag og skoleklasser ryddet søppel, raket løv og plantet blomsterløk over tre lørdager. Bymiljøetaten stilte med containere og hentet sekkene etterpå. Dugnaden ble avsluttet med grilling og kaker for alle som var med.",
    partners: [
      ["Bymiljøetaten", "contributor", "active"],
      ["Bjerke Frivillighetshus", "partner", "active"],
    ],
  },
  {
    slug: "grorud-torg-som-moteplass",
    title: "Grorud torg som møteplass",
    programme: "groruddalssatsingen",
    sub: "narmiljo",
    area: "grorud",
    status: "planned",
    start: "2026-10-01",
    end: "2027-06-30",
    createdOn: "2026-06-15",
    lead: "Bydel Grorud",
    summary: "Plan for å gjøre Grorud torg til et levende og trygt sted å møtes hele året.",
    description:
      "Bydelen vil prøve ut midlertidige benker, ny belysning og faste markedsdager på torget, i samarbeid med næringsdrivende og beboere. Første steg er en kartlegging av hvordan torget brukes i dag. Vi søker partnere som kan stå for arrangementer og aktiviteter.",
    partners: [
      ["Naboer for Grorud torg", "partner", "active"],
      ["Grorud Bakeri & Kafé", "contributor", "active"],
      [
        "Grorud Kulturverksted",
        "partner",
        "invited",
        "Hei! Vi ønsker konserter og kulturaktiviteter på torget neste år. Vil dere være med og planlegge?",
      ],
    ],
    soughtSectors: ["business", "voluntary"],
    soughtOffers: ["activities", "equipment"],
  },
  {
    slug: "foreldrenettverk-for-nyankomne-familier",
    title: "Foreldrenettverk for nyankomne familier",
    programme: "groruddalssatsingen",
    sub: "oppvekst-og-utdanning",
    area: "bydel-alna",
    status: "ongoing",
    start: "2025-01-13",
    end: "2026-12-18",
    createdOn: "2024-11-25",
    lead: "Bydel Alna",
    summary: "Foreldresamlinger og nettverk som hjelper nyankomne familier å finne fram i skole og barnehage.",
    description:
      "Familieveiledere og foreldre som har bodd lenge i bydelen leder samlinger om skolehverdagen, fritidsaktiviteter og barns rettigheter. Samlingene holdes på flere språk, med tolk ved behov. Målet er at foreldrene skal bli trygge samarbeidspartnere for skolen.",
    partners: [
      ["IMDi", "funder", "active"],
      ["Groruddalen Dialogforum", "partner", "active"],
      [
        "Furuset Språkkafé",
        "contributor",
        "requested",
        "Mange av foreldrene kommer også på språkkafeen. Vi kan holde samtalegrupper om skole og barnehage.",
      ],
    ],
  },
  {
    slug: "alle-med-i-idretten-pa-romsas",
    title: "Alle med i idretten på Romsås",
    programme: "groruddalssatsingen",
    sub: "oppvekst-og-utdanning",
    area: "romsas",
    status: "ongoing",
    start: "2025-08-18",
    end: "2027-06-30",
    createdOn: "2025-06-16",
    lead: "Romsås Ballvenner IL",
    summary: "Lavere terskel for å begynne med idrett: gratis prøvetreninger, utstyrslån og følge til kamper.",
    description:
      "Klubben tilbyr gratis prøvetreninger i fotball og futsal og låner ut sko og klær fra et eget utstyrslager. Frivillige foreldre følger barn som ikke har noen å reise med til kamper. Leksehjelpa Romsås og klubben har felles ettermiddager der leksene gjøres før treningen.",
    partners: [
      ["Leksehjelpa Romsås", "partner", "active"],
      ["Bydel Grorud", "funder", "active"],
      [
        "Nærbutikken Romsås",
        "funder",
        "requested",
        "Vi kan sponse frukt og drikke til kampene og gjerne bidra til utstyrslageret. Kan vi bli med?",
      ],
    ],
    soughtSectors: ["business"],
    soughtOffers: ["equipment", "funding"],
  },
  {
    slug: "sommerjobb-for-ungdom-i-stovner",
    title: "Sommerjobb for ungdom i Stovner",
    programme: "groruddalssatsingen",
    sub: "sysselsetting",
    area: "bydel-stovner",
    status: "completed",
    start: "2026-06-15",
    end: "2026-08-07",
    createdOn: "2026-03-16",
    lead: "NAV Stovner",
    summary: "Fire ukers lønnet sommerjobb for ungdom mellom 16 og 18 år.",
    description:
      "Ungdommene jobbet med parkvedlikehold, i butikker og på sommeraktivitetene i bydelen, med en fast arbeidsleder. Før oppstart fikk alle et kurs i arbeidslivets spilleregler og hjelp til å skrive CV. Sommeren 2026 fikk 45 ungdommer jobb gjennom tiltaket.",
    partners: [
      ["Bydel Stovner", "partner", "active"],
      ["Stovner Bilverksted AS", "partner", "active"],
    ],
  },
  {
    slug: "kvinner-i-arbeid-furuset",
    title: "Kvinner i arbeid – Furuset",
    programme: "groruddalssatsingen",
    sub: "sysselsetting",
    area: "furuset",
    status: "ongoing",
    start: "2025-03-03",
    end: "2027-02-26",
    createdOn: "2025-01-27",
    lead: "NAV Alna",
    summary: "Arbeidsrettet løp for kvinner på Furuset som vil ut i jobb, med norskopplæring og praksis.",
    description:
      "Deltakerne møtes to dager i uka til norskopplæring, datakurs og jobbsøking, og har praksis hos lokale arbeidsgivere resten av uka. Barnepass under samlingene gjør det mulig for flere å delta. Alna Logistikk og Furuset Byggservice tilbyr praksisplasser.",
    partners: [
      ["Alna Logistikk AS", "partner", "active"],
      ["Furuset Byggservice AS", "partner", "active"],
      ["Furuset Språkkafé", "contributor", "active"],
    ],
  },
  {
    slug: "naermiljohage-pa-romsas",
    title: "Nærmiljøhage på Romsås",
    programme: "groruddalssatsingen",
    sub: "narmiljo",
    area: "romsas",
    status: "ongoing",
    start: "2025-04-26",
    end: "2026-10-15",
    createdOn: "2025-03-10",
    lead: "Romsås Vestre Vel",
    summary: "Felles dyrkingskasser og et drivhus der naboer dyrker grønnsaker sammen.",
    description:
      "Hagen har 30 dyrkingskasser som deles ut til husstander og til skoleklasser. Hver lørdag er det felles hagedag med kaffe og tips fra erfarne dyrkere. Sesongen avsluttes med innhøstingsfest der alle tar med en rett laget av egne grønnsaker.",
    partners: [
      ["Romsåstunet Borettslag", "venue", "active"],
      ["Beboernettverket Romsås nord", "partner", "active"],
    ],
  },
  {
    slug: "lesestund-og-bibliotekkvelder-pa-grorud",
    title: "Lesestund og bibliotekkvelder på Grorud",
    programme: "groruddalssatsingen",
    sub: "oppvekst-og-utdanning",
    area: "grorud",
    status: "ongoing",
    start: "2025-09-01",
    end: "2027-06-30",
    createdOn: "2025-06-23",
    lead: "Deichman Grorud",
    summary: "Lesestunder for små barn og kvelder med lesehjelp og spill for skoleelever.",
    description:
      "Biblioteket holder lesestund for barnehagebarn på flere språk hver onsdag formiddag. På torsdagskvelder er det bibliotekkveld med lesehjelp, brettspill og sjakk for elever på mellomtrinnet. Frivillige fra Leksehjelpa Romsås og sjakklubben er med og veileder.",
    partners: [
      ["Leksehjelpa Romsås", "contributor", "active"],
      ["Sjakklubben Springeren Grorud", "contributor", "active"],
    ],
  },
  {
    slug: "trygg-skolevei-pa-haugenstua",
    title: "Trygg skolevei på Haugenstua",
    programme: "groruddalssatsingen",
    sub: "narmiljo",
    area: "haugenstua",
    status: "planned",
    start: "2026-11-02",
    end: "2027-08-31",
    createdOn: "2026-05-04",
    lead: "Bymiljøetaten",
    summary: "Bedre belysning, fartsdempere og nye gangfelt langs skoleveiene på Haugenstua.",
    description:
      "Foreldre har kartlagt de mest utrygge stedene på skoleveien sammen med elevene. Bymiljøetaten prioriterer tiltakene ut fra kartleggingen og starter med belysning før vinteren. Borettslagene bidrar med å rydde sikt ved innkjøringene.",
    partners: [
      ["Foreldregruppa på Haugenstua", "partner", "active"],
      [
        "Haugenstua Basketklubb",
        "contributor",
        "requested",
        "Mange av spillerne våre går denne skoleveien. Vi kan stille med frivillige på trygghetsvandringene.",
      ],
      [
        "Haugenstua Terrasse Borettslag",
        "contributor",
        "invited",
        "Kan borettslaget hjelpe til med å rydde busker ved innkjøringene langs skoleveien?",
      ],
    ],
    soughtSectors: ["residents_group", "business"],
    soughtOffers: ["volunteers"],
  },
  {
    slug: "mentorordning-for-elever-i-videregaende",
    title: "Mentorordning for elever i videregående",
    programme: "groruddalssatsingen",
    sub: "oppvekst-og-utdanning",
    area: "bydel-grorud",
    status: "ongoing",
    start: "2025-08-25",
    end: "2027-06-18",
    createdOn: "2025-06-09",
    lead: "Utdanningsetaten",
    summary: "Studenter og unge voksne følger opp elever som står i fare for å slutte i videregående skole.",
    description:
      "Hver elev får en mentor som de møter en gang i uka gjennom skoleåret, til samtaler, leksehjelp eller en tur. Mentorene er studenter og unge voksne som selv har vokst opp i Groruddalen. Skolenes rådgivere og bydelens ungdomstjeneste velger ut elevene sammen.",
    partners: [
      ["Bydel Grorud", "partner", "active"],
      ["NAV Grorud", "contributor", "active"],
      [
        "Leksehjelpa Romsås",
        "partner",
        "invited",
        "Hei! Mange av elevene deres fortsetter på videregående. Vil dere være med og rekruttere mentorer blant de eldste leksehjelperne?",
      ],
    ],
    soughtSectors: ["voluntary"],
    soughtOffers: ["volunteers", "expertise"],
  },
  {
    slug: "jentekraft-aktivitetskvelder-for-jenter",
    title: "Jentekraft – aktivitetskvelder for jenter",
    programme: "groruddalssatsingen",
    sub: "oppvekst-og-utdanning",
    area: "bydel-bjerke",
    status: "ongoing",
    start: "2024-09-05",
    end: "2026-12-17",
    createdOn: "2024-08-19",
    lead: "Jentekraft Bjerke",
    summary: "Trening, matlaging og samtalegrupper for jenter mellom 12 og 18 år.",
    description:
      "Jentene bestemmer selv innholdet, som har vært alt fra boksing og dans til kokekurs og selvforsvar. Voksne kvinner fra nærmiljøet er med som frivillige ledere. Kveldene holdes på frivillighetshuset på Veitvet, og det er gratis å delta.",
    partners: [
      ["Bjerke Frivillighetshus", "venue", "active"],
      ["Bydel Bjerke", "funder", "active"],
    ],
  },
  {
    slug: "kartlegging-av-moteplasser-i-bjerke",
    title: "Kartlegging av møteplasser i Bjerke",
    programme: "groruddalssatsingen",
    sub: "narmiljo",
    area: "bydel-bjerke",
    status: "planned",
    start: "2026-09-14",
    end: "2027-01-29",
    createdOn: "2026-08-03",
    lead: "Bydel Bjerke",
    isPublic: false,
    summary: "Intern kartlegging av lokaler og møteplasser som lag og foreninger kan bruke.",
    description:
      "Bydelen går gjennom skoler, borettslagslokaler og kommunale bygg for å finne rom som står ledige på kveldstid og i helgene. Resultatet skal gjøre det enklere for frivillige å låne lokaler. Kartleggingen er under arbeid og ikke publisert ennå.",
    partners: [
      ["Oslobygg KF", "partner", "active"],
      [
        "Boligbygg Oslo KF",
        "partner",
        "invited",
        "Vi kartlegger lokaler som frivillige kan låne. Kan dere bidra med oversikten over fellesarealer i kommunale boliger?",
      ],
    ],
    soughtSectors: ["municipal_agency", "business"],
    soughtOffers: ["premises"],
  },
  {
    slug: "nabolagsfest-pa-furuset",
    title: "Nabolagsfest på Furuset",
    programme: "groruddalssatsingen",
    sub: "narmiljo",
    area: "furuset",
    status: "completed",
    start: "2025-08-30",
    end: "2025-08-30",
    createdOn: "2025-05-26",
    lead: "Furuset Nord Velforening",
    summary: "Årlig nabolagsfest med mat fra mange land, musikk og aktiviteter for barn.",
    description:
      "Velforeningen inviterte til fest på plassen ved Furuset senter, med matboder drevet av lokale foreninger og en scene for lokale artister. Rundt 800 naboer var innom i løpet av dagen. Festen planlegges igjen neste sommer.",
    partners: [
      ["Groruddalen Dialogforum", "partner", "active"],
      ["Alna Seniorforening", "contributor", "active"],
      ["Bydel Alna", "funder", "active"],
    ],
  },

  // --- Oslo sør-satsingen ---
  {
    slug: "ungdomsscene-pa-holmlia",
    title: "Ungdomsscene på Holmlia",
    programme: "oslo-sor-satsingen",
    sub: "oppvekst-og-utdanning",
    area: "holmlia",
    status: "ongoing",
    start: "2025-01-20",
    end: "2026-12-18",
    createdOn: "2024-11-18",
    lead: "Holmlia Ungdomsteater",
    summary: "Teater, musikk og scenekunst for ungdom, med forestillinger to ganger i året.",
    description:
      "Ungdommene skriver og spiller egne forestillinger med støtte fra profesjonelle instruktører. Øvingene er to kvelder i uka, og alle som vil kan være med – på scenen, bak scenen eller med lyd og lys. Vårens forestilling handlet om å vokse opp mellom to kulturer.",
    partners: [
      ["Kulturetaten", "funder", "active"],
      ["Mødrenettverket Holmlia", "contributor", "active"],
    ],
  },
  {
    slug: "arbeidstrening-pa-mortensrud",
    title: "Arbeidstrening på Mortensrud",
    programme: "oslo-sor-satsingen",
    sub: "sysselsetting",
    area: "mortensrud",
    status: "ongoing",
    start: "2025-05-05",
    end: "2027-04-30",
    createdOn: "2025-03-24",
    lead: "NAV Søndre Nordstrand",
    summary: "Arbeidstrening med fast veileder for unge voksne mellom 18 og 30 år.",
    description:
      "Deltakerne får arbeidstrening hos lokale bedrifter og i sykkelverkstedet, kombinert med kurs og jobbsøking. Veilederen følger opp både deltaker og arbeidsgiver. Flere deltakere har gått videre til fagbrev eller fast jobb.",
    partners: [
      ["Holmlia Regnskapskontor AS", "partner", "active"],
      ["Mortensrud Sykkelverksted", "partner", "active"],
    ],
    soughtSectors: ["business"],
    soughtOffers: ["work_placements"],
  },
  {
    slug: "sykkelverksted-for-alle",
    title: "Sykkelverksted for alle",
    programme: "oslo-sor-satsingen",
    sub: "narmiljo",
    area: "mortensrud",
    status: "completed",
    start: "2024-04-06",
    end: "2025-10-25",
    createdOn: "2024-02-26",
    lead: "Mortensrud Sykkelverksted",
    summary: "Gratis sykkelreparasjon og kurs i sykkelvedlikehold for barn og voksne.",
    description:
      "Verkstedet holdt åpent hver lørdag fra april til oktober, og frivillige mekanikere lærte bort enkle reparasjoner. Brukte sykler ble satt i stand og delt ut til barn som ikke hadde egen sykkel. Over to sesonger ble mer enn 600 sykler reparert.",
    partners: [
      ["Bymiljøetaten", "funder", "active"],
      ["Bydel Søndre Nordstrand", "partner", "ended"],
    ],
  },
  {
    slug: "mentorordning-for-unge-arbeidssokere",
    title: "Mentorordning for unge arbeidssøkere (pilot)",
    programme: "oslo-sor-satsingen",
    sub: "sysselsetting",
    area: "bydel-sondre-nordstrand",
    status: "planned",
    start: "2026-10-05",
    end: "2027-06-30",
    createdOn: "2026-08-10",
    lead: "Bydel Søndre Nordstrand",
    isPublic: false,
    summary: "Pilot der erfarne yrkesaktive blir mentorer for unge arbeidssøkere.",
    description:
      "Bydelen planlegger en pilot med 20 mentorpar, der mentorene rekrutteres fra lokale bedrifter. Mentorene får opplæring og møter den unge jevnlig i et halvt år. Tiltaket er under planlegging og ikke publisert.",
    partners: [
      ["NAV Søndre Nordstrand", "partner", "active"],
      [
        "Holmlia Regnskapskontor AS",
        "partner",
        "invited",
        "Kan noen hos dere tenke seg å være mentor for en ung arbeidssøker i piloten?",
      ],
    ],
    soughtSectors: ["business"],
    soughtOffers: ["expertise", "network"],
  },

  // --- Oslo indre øst-satsingen ---
  {
    slug: "nabolagshage-pa-gronland",
    title: "Nabolagshage på Grønland",
    programme: "oslo-indre-ost-satsingen",
    sub: "narmiljo",
    area: "gronland",
    status: "ongoing",
    start: "2024-05-04",
    end: "2026-10-31",
    createdOn: "2024-03-18",
    lead: "Grønland Nabolagshage",
    summary: "En felles hage i bakgården der naboer dyrker, lærer og møtes.",
    description:
      "Hagen har pallekarmer, urtebed og et lite drivhus, og er åpen for alle i nabolaget. Hver søndag er det felles hagearbeid og kaffe. Skoler og barnehager i området bruker hagen i undervisningen.",
    partners: [
      ["Boligbygg Oslo KF", "venue", "active"],
      ["Tøyen Foreldrenettverk", "contributor", "active"],
    ],
  },
  {
    slug: "leksehjelp-pa-toyen",
    title: "Leksehjelp på Tøyen",
    programme: "oslo-indre-ost-satsingen",
    sub: "oppvekst-og-utdanning",
    area: "toyen",
    status: "ongoing",
    start: "2024-08-26",
    end: "2027-06-18",
    createdOn: "2024-06-10",
    lead: "Bydel Gamle Oslo",
    summary: "Leksehjelp og et varmt måltid for elever på mellomtrinnet og ungdomstrinnet.",
    description:
      "Leksehjelpen er åpen mandag til torsdag i aktivitetshuset, med frivillige og ansatte fra bydelen. Elevene får et varmt måltid før de setter i gang. Foreldrenettverket hjelper til med å nå familier som ikke kjenner tilbudet.",
    partners: [
      ["Tøyen Foreldrenettverk", "partner", "active"],
      ["Utdanningsetaten", "partner", "active"],
    ],
    soughtSectors: ["voluntary"],
    soughtOffers: ["volunteers"],
  },
  {
    slug: "kjokkenpraksis-pa-gronland",
    title: "Kjøkkenpraksis på Grønland",
    programme: "oslo-indre-ost-satsingen",
    sub: "sysselsetting",
    area: "gronland",
    status: "ongoing",
    start: "2025-09-01",
    end: "2026-12-18",
    createdOn: "2025-06-30",
    lead: "Tøyen Catering AS",
    summary: "Praksisplasser i storkjøkken med mål om fagbrev eller fast jobb.",
    description:
      "Deltakerne jobber på kjøkkenet fire dager i uka og lærer matlaging, hygiene og bestilling av varer. NAV Gamle Oslo følger opp underveis, og de som vil kan ta fagbrev som kokk. Kjøkkenet leverer lunsj til to barnehager og et seniorsenter.",
    partners: [["NAV Gamle Oslo", "partner", "active"]],
  },

  // --- Levekårsløftet (Stavanger) ---
  {
    slug: "belysning-og-sitteplasser-ved-badedammen",
    title: "Belysning og sitteplasser ved Badedammen",
    programme: "levekarsloftet",
    sub: "fysiske-tiltak-og-byrom",
    area: "badedammen",
    status: "completed",
    start: "2024-04-15",
    end: "2024-10-25",
    createdOn: "2024-02-19",
    lead: "Stavanger kommune – Bymiljø og utbygging",
    summary: "Bedre belysning langs stiene og nye benker i parken ved Badedammen.",
    description:
      "Beboerne kom med innspill på nabomøter og på en nabovandring i parken. Belysningen langs turstien og ved lekeplassen ble skiftet ut, og det kom åtte nye benker. Levekårsløftet finansierte deler av arbeidet.",
    partners: [
      ["Naboene i Badedammen", "contributor", "active"],
      ["Stavanger kommune – Levekårsløftet", "funder", "active"],
    ],
  },
  {
    slug: "kajakk-for-alle-i-lervig",
    title: "Kajakk for alle i Lervig",
    programme: "levekarsloftet",
    sub: "narmiljo-og-deltakelse",
    area: "lervig",
    status: "ongoing",
    start: "2025-05-03",
    end: "2026-09-27",
    createdOn: "2025-03-31",
    lead: "Lervig Kajakklubb",
    summary: "Gratis padlekurs og utlån av kajakk for barn, unge og familier på Storhaug.",
    description:
      "Klubben holder introduksjonskurs hver helg fra mai til september, med instruktører og alt utstyr. Deltakerne lærer grunnleggende padleteknikk og sikkerhet på sjøen. Familier som har tatt kurset kan låne kajakk gratis resten av sesongen.",
    partners: [
      ["Lervig Kaffebrenneri AS", "venue", "active"],
      ["Stavanger kommune – Levekårsløftet", "funder", "active"],
    ],
  },
  {
    slug: "naermiljotilskudd-storhaug-2026",
    title: "Nærmiljøtilskudd Storhaug 2026",
    programme: "levekarsloftet",
    sub: "narmiljo-og-deltakelse",
    area: "storhaug",
    status: "ongoing",
    start: "2026-01-05",
    end: "2026-12-18",
    createdOn: "2025-11-24",
    lead: "Stavanger kommune – Levekårsløftet",
    summary: "Tilskudd til arrangementer og aktiviteter som skaper møteplasser på Storhaug.",
    description:
      "Velforeninger, beboergrupper, frivillige lag og lokale bedrifter kan søke om støtte til arrangementer og aktiviteter. Bydelsgruppen behandler søknadene fire ganger i året. Lokalkontoret hjelper gjerne med søknaden.",
    partners: [
      ["Emmaus Nabolagsforening", "partner", "active"],
      ["Naboene i Badedammen", "contributor", "active"],
      ["Lervig Kaffebrenneri AS", "partner", "active"],
    ],
    soughtSectors: ["residents_group", "voluntary"],
    soughtOffers: ["activities"],
  },
  {
    slug: "leksehjelp-og-foreldrekafe-pa-storhaug",
    title: "Leksehjelp og foreldrekafé på Storhaug",
    programme: "levekarsloftet",
    sub: "oppvekst-og-levekar",
    area: "emmaus",
    status: "ongoing",
    start: "2024-08-19",
    end: "2027-06-18",
    createdOn: "2024-06-17",
    lead: "Storhaug Leksehjelp",
    summary: "Leksehjelp for barn og en foreldrekafé i samme lokale to ettermiddager i uka.",
    description:
      "Mens barna får leksehjelp av frivillige, møtes foreldrene til kaffe, norskprat og samtaler om skolen. Helsesykepleier og skolens miljøarbeider er innom jevnlig. Tiltaket er et samarbeid mellom frivillige og Levekårsløftet.",
    partners: [
      ["Stavanger kommune – Levekårsløftet", "funder", "active"],
      ["NAV Stavanger", "contributor", "active"],
      [
        "Emmaus Nabolagsforening",
        "contributor",
        "requested",
        "Vi kan hjelpe med å spre informasjon i nabolaget og stille med frivillige på foreldrekafeen.",
      ],
    ],
    soughtSectors: ["voluntary"],
    soughtOffers: ["volunteers"],
  },
  {
    slug: "mobilt-kontor-i-hillevag",
    title: "Mobilt kontor i Hillevåg",
    programme: "levekarsloftet",
    sub: "narmiljo-og-deltakelse",
    area: "hillevag",
    status: "ongoing",
    start: "2025-03-03",
    end: "2026-11-27",
    createdOn: "2025-01-13",
    lead: "Stavanger kommune – Levekårsløftet",
    summary: "En campingvogn som fast møtepunkt mellom Levekårsløftet og beboerne i Hillevåg.",
    description:
      "Det mobile kontoret står på ulike steder i Hillevåg hver uke, med kaffe og ansatte som tar imot ideer, spørsmål og søknader om nærmiljøtilskudd. Besøkene har gitt mange nye kontakter og flere søknader fra beboergrupper. Ruten publiseres hver måned.",
    partners: [
      ["NAV Stavanger", "partner", "active"],
      ["Husbanken", "contributor", "active"],
    ],
  },
  {
    slug: "trygg-og-gronn-skolevei-i-bergeland",
    title: "Trygg og grønn skolevei i Bergeland",
    programme: "levekarsloftet",
    sub: "fysiske-tiltak-og-byrom",
    area: "bergeland",
    status: "planned",
    start: "2026-10-12",
    end: "2027-09-30",
    createdOn: "2026-06-22",
    lead: "Stavanger kommune – Bymiljø og utbygging",
    summary: "Planlagt oppgradering av skoleveien med trær, bedre belysning og tryggere krysninger.",
    description:
      "Elevene har tegnet inn utrygge og triste steder på et kart, og forslagene deres er med i planen. Arbeidet starter med de farligste krysningene. Vi søker beboere og næringsdrivende som vil være med og ta vare på de nye plantefeltene.",
    soughtSectors: ["residents_group", "business"],
    soughtOffers: ["volunteers"],
  },
  {
    slug: "ferieaktiviteter-i-hillevag",
    title: "Ferieaktiviteter i Hillevåg",
    programme: "levekarsloftet",
    sub: "oppvekst-og-levekar",
    area: "hillevag",
    status: "completed",
    start: "2026-06-22",
    end: "2026-08-07",
    createdOn: "2026-04-20",
    lead: "Hillevåg Aktivitetslag",
    summary: "Gratis dagaktiviteter for barn mellom 6 og 13 år de første sju ukene av sommerferien.",
    description:
      "Barna kunne velge mellom bading, fotball, turer i nærområdet og kreative verksteder. Frivillige foreldre og ungdomsledere var med hver dag, og lunsj var inkludert. Rundt 120 barn deltok i løpet av sommeren.",
    partners: [
      ["Stavanger kommune – Levekårsløftet", "funder", "active"],
      ["NAV Stavanger", "partner", "active"],
    ],
  },
  {
    slug: "gatefest-i-emmaus",
    title: "Gatefest i Emmaus",
    programme: "levekarsloftet",
    sub: "narmiljo-og-deltakelse",
    area: "emmaus",
    status: "completed",
    start: "2025-06-14",
    end: "2025-06-14",
    createdOn: "2025-04-07",
    lead: "Emmaus Nabolagsforening",
    summary: "Gatefest med langbord, musikk, loppemarked og aktiviteter for barna.",
    description:
      "Gatene ble stengt for biltrafikk en lørdag i juni, og naboene satte opp langbord, loppemarked og aktiviteter for barna. Lokale butikker sponset premier til loddsalget. Festen samlet folk fra alle generasjoner og mange nasjonaliteter.",
    partners: [
      ["Storhaug Mat og Marked AS", "funder", "active"],
      ["Naboene i Badedammen", "contributor", "active"],
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Updates (oppdateringer)
// ---------------------------------------------------------------------------------------------

interface UpdateSeed {
  on: string;
  by: string;
  date: string;
  title: string;
  body: string;
  visibility?: UpdateVisibility;
  eventDate?: string;
  hidden?: { date: string; reason: string };
}

const UPDATES: UpdateSeed[] = [
  {
    on: "leksehjelp-pa-romsas",
    by: "Leksehjelpa Romsås",
    date: "2026-08-25",
    title: "Leksehjelpa åpner igjen etter sommeren",
    body: "Fra mandag 31. august er leksehjelpa åpen igjen mandag, tirsdag og torsdag fra klokka 15 til 17. Vi holder til i fellesrommet til borettslaget, som før.\n\nVi har fått med fem nye frivillige i sommer, men trenger fortsatt flere som kan hjelpe med matematikk på ungdomstrinnet. Send oss en e-post hvis du har lyst til å bidra.",
  },
  {
    on: "leksehjelp-pa-romsas",
    by: "Leksehjelpa Romsås",
    date: "2026-06-19",
    title: "Takk for et fint skoleår",
    body: "Siste leksehjelp før sommeren ble feiret med pizza og vafler. I løpet av skoleåret har 84 elever vært innom minst én gang, og rundt 30 kommer fast hver uke.\n\nTusen takk til alle frivillige, til borettslaget som låner oss lokalet, og til skolene for godt samarbeid.",
  },
  {
    on: "leksehjelp-pa-romsas",
    by: "Utdanningsetaten",
    date: "2026-03-10",
    visibility: "partners",
    title: "Felles planleggingsmøte med skolene",
    body: "Kontaktlærere fra skolene på Romsås og leksehjelpa møttes for å se på hvilke fag elevene trenger mest hjelp i denne våren. Vi ble enige om å prioritere lesing på mellomtrinnet og matematikk før eksamen på 10. trinn.\n\nNeste møte blir i juni, der vi evaluerer våren og planlegger høsten.",
  },
  {
    on: "jobbsjansen-grorud",
    by: "NAV Grorud",
    date: "2026-08-18",
    title: "Nytt kull i Jobbsjansen",
    body: "Tolv nye deltakere startet i Jobbsjansen denne uka. De første ukene handler om norsk, kartlegging av erfaring og hva hver enkelt ønsker å jobbe med.\n\nVi søker flere arbeidsgivere som kan tilby praksisplass fra november, særlig innen butikk, renhold og barnehage.",
  },
  {
    on: "jobbsjansen-grorud",
    by: "Grorud Bakeri & Kafé",
    date: "2026-05-05",
    title: "To praksisplasser ble til jobb",
    body: "Begge deltakerne som har hatt praksis hos oss i vinter, har nå fått deltidsstilling i bakeriet. De har lært alt fra deigbaking til kassa, og kundene har lagt merke til dem.\n\nVi tar gjerne imot nye praksiskandidater til høsten.",
  },
  {
    on: "jobbsjansen-grorud",
    by: "IMDi",
    date: "2026-02-02",
    visibility: "coordinators",
    title: "Tilskudd for 2026 er innvilget",
    body: "Tilskuddet til Jobbsjansen Grorud for 2026 er innvilget på samme nivå som i fjor. Rapporten for 2025 må sendes inn innen 1. mars.\n\nTa kontakt hvis dere trenger hjelp med rapporteringsskjemaet.",
  },
  {
    on: "sommeraktiviteter-for-ungdom",
    by: "Bydel Stovner",
    date: "2026-06-01",
    title: "Sommerprogrammet er klart",
    body: "Nå kan du melde deg på sommeraktivitetene i Bydel Stovner! Programmet har fotballskole, basketcamp, kanotur i marka, dansekurs og kreative verksteder. Alt er gratis for ungdom mellom 13 og 18 år.\n\nPåmeldingen åpner mandag, og det er først til mølla på turene med overnatting.",
  },
  {
    on: "sommeraktiviteter-for-ungdom",
    by: "Haugenstua Basketklubb",
    date: "2026-07-03",
    title: "Basketcamp med 60 deltakere",
    body: "Første uka av sommerferien arrangerte vi basketcamp i hallen på Haugenstua. 60 ungdommer var med, og mange av dem hadde aldri spilt basketball før.\n\nTakk til bydelen for maten og til de unge lederne som gjorde en kjempejobb hele uka.",
  },
  {
    on: "sommeraktiviteter-for-ungdom",
    by: "Bydel Stovner",
    date: "2026-08-20",
    title: "Oppsummering av sommeren",
    body: "Over 400 ungdommer deltok på minst én aktivitet i sommer, og 24 ungdommer hadde sommerjobb som aktivitetsledere. Kanoturen og dansekurset var mest populært.\n\nVi samler nå inn tilbakemeldinger fra deltakere og foreldre, slik at neste sommer blir enda bedre.",
  },
  {
    on: "oppgradering-av-romsas-senter-parken",
    by: "Bymiljøetaten",
    date: "2026-08-12",
    title: "Lekeplassen er snart ferdig",
    body: "Anleggsarbeidet med den nye lekeplassen er i sluttfasen, og lekeplassen åpner etter planen i midten av september. Gangveien fra senteret mot skolen er stengt i to uker til mens vi legger ny asfalt.\n\nVi beklager ulempene og takker for tålmodigheten.",
  },
  {
    on: "oppgradering-av-romsas-senter-parken",
    by: "Bydel Grorud",
    date: "2026-08-28",
    eventDate: "2026-09-17",
    title: "Velkommen til åpning av lekeplassen",
    body: "Torsdag 17. september klokka 17 åpner vi den nye lekeplassen i parken ved senteret. Det blir musikk, saft og boller og aktiviteter for barna.\n\nAlle er hjertelig velkommen!",
  },
  {
    on: "oppgradering-av-romsas-senter-parken",
    by: "Beboernettverket Romsås nord",
    date: "2025-04-22",
    title: "Innspill fra nabovandringen",
    body: "Tjue naboer gikk sammen gjennom parken en kveld i april og noterte hva som fungerer og hva som mangler. Ønskene som gikk igjen, var bedre lys langs stien, flere benker i solveggen og et sted for de eldste barna.\n\nInnspillene er sendt til Bymiljøetaten, som har lovet å svare før sommeren.",
  },
  {
    on: "sprakkafe-pa-furuset",
    by: "Furuset Språkkafé",
    date: "2026-08-27",
    title: "Språkkafeen er tilbake",
    body: "Språkkafeen er åpen igjen hver tirsdag og torsdag klokka 18–20. Ta med en venn og øv på norsk i en avslappet atmosfære – det er ingen påmelding, og alle nivåer er velkomne.\n\nNytt denne høsten er temakvelder om jobbintervju og samtaler med lege og skole.",
  },
  {
    on: "sprakkafe-pa-furuset",
    by: "Alna Seniorforening",
    date: "2026-03-15",
    title: "Seniorer som samtaleverter",
    body: "Åtte medlemmer fra seniorforeningen er nå faste samtaleverter på språkkafeen. Mange av oss har god tid og liker å bli kjent med nye naboer.\n\nVil du også være samtalevert? Du trenger ingen erfaring, bare lyst til å prate.",
  },
  {
    on: "sprakkafe-pa-furuset",
    by: "Furuset Språkkafé",
    date: "2026-01-20",
    visibility: "partners",
    title: "Vi trenger et større lokale",
    body: "Vi har hatt over 40 deltakere de siste kveldene, og lokalet er for lite. Vi leter etter et større rom på Furuset som kan brukes tirsdag og torsdag kveld.\n\nHar noen av partnerne forslag, eller et lokale vi kan låne?",
  },
  {
    on: "arbeidspraksis-i-lokale-butikker",
    by: "Nærbutikken Romsås",
    date: "2026-06-09",
    title: "Erfaringer fra et halvt år med praksis",
    body: "Vi har hatt tre praksiskandidater siden januar. Det krever litt ekstra tid til opplæring, men vi har fått dyktige medarbeidere ut av det – og én av dem jobber nå fast hos oss hver lørdag.\n\nVi anbefaler andre butikker på Romsås å bli med.",
  },
  {
    on: "arbeidspraksis-i-lokale-butikker",
    by: "NAV Grorud",
    date: "2026-04-14",
    visibility: "partners",
    title: "Frokostmøte for arbeidsgivere",
    body: "Takk til alle arbeidsgiverne som kom på frokostmøtet. Vi gikk gjennom hvordan oppfølgingen fungerer, og flere ønsket kortere vei til veilederen når noe oppstår.\n\nFra mai får hver arbeidsgiver et direktenummer til veilederen som følger opp deres kandidater.",
  },
  {
    on: "arbeidspraksis-i-lokale-butikker",
    by: "Grorud Bakeri & Kafé",
    date: "2026-05-22",
    title: "Bløtkake til halv pris hele helgen!",
    body: "Kom innom bakeriet på Grorud og få bløtkake, wienerbrød og rundstykker til halv pris fra fredag til søndag.\n\nVi har også nye lunsjretter på menyen.",
    hidden: {
      date: "2026-05-23",
      reason:
        "Oppdateringer skal handle om tiltaket. Reklame for butikkens tilbud hører ikke hjemme her – skriv gjerne om hvordan det går med praksisplassene i stedet.",
    },
  },
  {
    on: "nattbasket-pa-haugenstua",
    by: "Haugenstua Basketklubb",
    date: "2026-08-29",
    title: "Nattbasket starter opp igjen fredag",
    body: "Fredag 4. september er hallen åpen igjen fra klokka 20 til midnatt. Det er gratis, og du trenger ikke være medlem – bare ta med innesko.\n\nVi serverer pasta og frukt i pausen. Velkommen!",
  },
  {
    on: "nattbasket-pa-haugenstua",
    by: "Foreldregruppa på Haugenstua",
    date: "2026-02-18",
    title: "Foreldre på vakt",
    body: "Hver fredag er to foreldre fra foreldregruppa til stede i hallen sammen med trenerne. Vi har laget en vaktliste for resten av sesongen, og det er fortsatt ledige plasser.\n\nDet er en fin måte å bli kjent med ungdommene og andre foreldre på.",
  },
  {
    on: "nattbasket-pa-haugenstua",
    by: "Oslobygg KF",
    date: "2026-01-12",
    visibility: "coordinators",
    title: "Utvidet åpningstid i hallen",
    body: "Etter avtale med skolen kan hallen brukes til nattbasket fram til klokka 00.30 fra og med februar. Vaktmesteren låser opp og sjekker at alt er i orden etterpå.\n\nGi beskjed hvis det blir behov for endringer i vinterferien.",
  },
  {
    on: "vardugnad-pa-veitvet",
    by: "Dugnadsgjengen Veitvet",
    date: "2026-04-08",
    eventDate: "2026-04-18",
    title: "Bli med på vårdugnad!",
    body: "Vi rydder Veitvet tre lørdager på rad, fra 18. april. Oppmøte klokka 11 ved skolen, der vi deler ut hansker, sekker og rakker.\n\nAvslutningen blir 9. mai med grilling og kaker for alle som har vært med.",
  },
  {
    on: "vardugnad-pa-veitvet",
    by: "Bjerke Frivillighetshus",
    date: "2026-04-27",
    title: "Dugnadsutstyr til utlån",
    body: "Frivillighetshuset har kjøpt inn flere trillebårer og rakker som kan lånes gratis til dugnader i bydelen. Utstyret kan hentes på huset i åpningstiden.\n\nSend oss en e-post med dato og hva dere trenger.",
  },
  {
    on: "vardugnad-pa-veitvet",
    by: "Dugnadsgjengen Veitvet",
    date: "2026-05-11",
    title: "Takk for innsatsen!",
    body: "Over 150 naboer var med på vårdugnaden i år, og vi fylte fire containere med hageavfall og søppel. Skoleklassene plantet 300 blomsterløk langs gangveien.\n\nTakk til Bymiljøetaten for containerne og til frivillighetshuset for kaffe og grillmat.",
  },
  {
    on: "grorud-torg-som-moteplass",
    by: "Naboer for Grorud torg",
    date: "2026-07-03",
    title: "Vi teller folk på torget",
    body: "I sommer har vi talt hvor mange som går over og oppholder seg på torget til ulike tider av døgnet. Det er mest folk rundt middagstid og tidlig kveld, men nesten ingen blir stående.\n\nTellingene brukes i kartleggingen som bydelen gjør før tiltaket starter.",
  },
  {
    on: "grorud-torg-som-moteplass",
    by: "Bydel Grorud",
    date: "2026-08-24",
    eventDate: "2026-09-23",
    title: "Åpent møte om Grorud torg",
    body: "Hvordan vil du at Grorud torg skal være? Onsdag 23. september inviterer vi til åpent møte på torget klokka 18. Vi viser forslag til benker, belysning og markedsdager, og vil gjerne høre dine ideer.\n\nDet blir kaffe, og tolk på flere språk.",
  },
  {
    on: "foreldrenettverk-for-nyankomne-familier",
    by: "Bydel Alna",
    date: "2026-05-28",
    title: "Foreldresamling om overgangen til ungdomsskolen",
    body: "Over 30 foreldre kom på samlingen om hva som skjer når barna begynner på ungdomsskolen. Rådgivere fra to skoler svarte på spørsmål om karakterer, valgfag og fritidstilbud.\n\nSamlingen ble holdt på norsk, arabisk, somali og urdu.",
  },
  {
    on: "foreldrenettverk-for-nyankomne-familier",
    by: "Groruddalen Dialogforum",
    date: "2026-03-03",
    title: "Samlinger i trossamfunnene",
    body: "Gjennom dialogforumet har vi holdt to foreldresamlinger i lokalene til tros- og livssynssamfunn i Alna. Det har gjort det lettere å nå foreldre som sjelden kommer på foreldremøter på skolen.\n\nVi planlegger flere samlinger til høsten.",
  },
  {
    on: "foreldrenettverk-for-nyankomne-familier",
    by: "IMDi",
    date: "2025-12-10",
    visibility: "partners",
    title: "Erfaringsdeling med andre bydeler",
    body: "IMDi inviterer til et digitalt erfaringsmøte for foreldretiltak i områdesatsingene i januar. Foreldrenettverket i Alna er spurt om å fortelle om arbeidet med flerspråklige samlinger.\n\nInvitasjon med lenke sendes til kontaktadressene til partnerne.",
  },
  {
    on: "alle-med-i-idretten-pa-romsas",
    by: "Romsås Ballvenner IL",
    date: "2026-08-31",
    title: "Gratis prøvetreninger hele september",
    body: "Alle barn mellom 6 og 16 år kan prøve fotball og futsal gratis hele september. Du trenger ikke eget utstyr – vi låner ut sko, leggskinn og drakter.\n\nTreningene er på kunstgressbanen mandag og onsdag klokka 17.",
  },
  {
    on: "alle-med-i-idretten-pa-romsas",
    by: "Leksehjelpa Romsås",
    date: "2026-02-10",
    title: "Lekser før trening",
    body: "Hver onsdag møtes fotballspillerne hos leksehjelpa klokka 15.30 før treningen. Det har blitt populært, og trenerne merker at spillerne kommer mer opplagte på trening.\n\nVi trenger én frivillig til som kan være med på onsdager.",
  },
  {
    on: "alle-med-i-idretten-pa-romsas",
    by: "Romsås Ballvenner IL",
    date: "2026-05-19",
    visibility: "partners",
    title: "Utstyrslageret er nesten tomt",
    body: "Vi har lånt ut over 200 par sko og mange drakter i vår, og lageret er nesten tomt. Vi tar gjerne imot brukt utstyr i god stand, og søker i tillegg om midler til innkjøp.\n\nVet noen av partnerne om en aktuell støtteordning?",
  },
  {
    on: "naermiljohage-pa-romsas",
    by: "Romsåstunet Borettslag",
    date: "2026-04-02",
    title: "Vann til hagen",
    body: "Borettslaget har satt opp en ny vannkran ved fellesarealet, så hagen har vann hele sesongen. Slangen henger på veggen ved sykkelboden.\n\nHusk å skru av kranen etter bruk.",
  },
  {
    on: "naermiljohage-pa-romsas",
    by: "Beboernettverket Romsås nord",
    date: "2026-05-16",
    title: "Alle kassene er delt ut",
    body: "Alle de 30 dyrkingskassene er delt ut for sesongen, og ti husstander står på venteliste. Vi ser på om det er plass til flere kasser langs gjerdet.\n\nHagedag er hver lørdag klokka 11, og alle er velkomne – også de som ikke har egen kasse.",
  },
  {
    on: "naermiljohage-pa-romsas",
    by: "Romsås Vestre Vel",
    date: "2026-08-26",
    eventDate: "2026-09-19",
    title: "Innhøstingsfest i nærmiljøhagen",
    body: "Lørdag 19. september feirer vi innhøstingen med langbord i hagen. Ta med en rett laget av det du har dyrket – eller bare kom og smak!\n\nVi starter klokka 14, og det blir aktiviteter for barna.",
  },
  {
    on: "lesestund-og-bibliotekkvelder-pa-grorud",
    by: "Sjakklubben Springeren Grorud",
    date: "2026-01-29",
    eventDate: "2026-02-12",
    title: "Sjakkturnering for barn",
    body: "Torsdag 12. februar arrangerer vi sjakkturnering for barn på mellomtrinnet under bibliotekkvelden. Alle som kan reglene kan være med, og det blir premie til alle deltakerne.\n\nPåmelding i skranken på biblioteket.",
  },
  {
    on: "lesestund-og-bibliotekkvelder-pa-grorud",
    by: "Leksehjelpa Romsås",
    date: "2026-03-26",
    visibility: "partners",
    title: "Faste frivillige på torsdager",
    body: "To frivillige fra leksehjelpa er nå fast med på bibliotekkveldene. Det fungerer godt at elevene møter kjente voksne begge steder.\n\nVi foreslår et felles møte før sommeren for å planlegge høsten.",
  },
  {
    on: "lesestund-og-bibliotekkvelder-pa-grorud",
    by: "Deichman Grorud",
    date: "2026-08-21",
    title: "Høstens program på biblioteket",
    body: "Lesestunden for barnehagebarn er tilbake hver onsdag klokka 10, og denne høsten også på tigrinja og polsk. Bibliotekkveldene på torsdager starter 10. september, med lesehjelp, brettspill og sjakk.\n\nAlle arrangementene er gratis.",
  },
  {
    on: "trygg-skolevei-pa-haugenstua",
    by: "Foreldregruppa på Haugenstua",
    date: "2026-06-12",
    title: "Kartleggingen av skoleveien er ferdig",
    body: "Sammen med elevene på 5. og 6. trinn har vi merket av stedene på skoleveien der barna føler seg utrygge. Det gjelder særlig to krysninger uten gangfelt og en mørk undergang.\n\nKartet er overlevert Bymiljøetaten, som bruker det i planleggingen.",
  },
  {
    on: "trygg-skolevei-pa-haugenstua",
    by: "Bymiljøetaten",
    date: "2026-08-19",
    title: "Plan for arbeidet er klar",
    body: "Basert på kartleggingen starter vi med ny belysning i undergangen i november. Fartsdempere og gangfelt kommer på plass i løpet av våren 2027.\n\nVi informerer beboerne i nærheten før arbeidet starter.",
  },
  {
    on: "mentorordning-for-elever-i-videregaende",
    by: "NAV Grorud",
    date: "2026-06-05",
    visibility: "partners",
    title: "Sommerjobb for elever med mentor",
    body: "Elever i mentorordningen som ønsker sommerjobb neste år, kan få hjelp med CV og søknader av ungdomsveilederne våre. Vi holder et eget kurs for dem i mars.\n\nMentorene er velkomne til å være med.",
  },
  {
    on: "mentorordning-for-elever-i-videregaende",
    by: "Utdanningsetaten",
    date: "2026-08-17",
    title: "Vi søker flere mentorer",
    body: "Til høsten har vi plass til 40 elever i mentorordningen, men foreløpig bare 28 mentorer. Er du student eller ung voksen med tilknytning til Groruddalen? Som mentor møter du en elev en gang i uka gjennom skoleåret.\n\nDu får opplæring og oppfølging underveis.",
  },
  {
    on: "jentekraft-aktivitetskvelder-for-jenter",
    by: "Bjerke Frivillighetshus",
    date: "2026-02-24",
    title: "Kokekurs med jentegruppa",
    body: "Denne måneden har jentene i Jentekraft hatt kokekurs på kjøkkenet vårt, med retter fra hjemlandene til flere av deltakerne. Den siste kvelden inviterte de familiene sine på middag.\n\nKjøkkenet kan også lånes av andre grupper.",
  },
  {
    on: "jentekraft-aktivitetskvelder-for-jenter",
    by: "Jentekraft Bjerke",
    date: "2026-08-30",
    title: "Jentekraft er tilbake!",
    body: "Vi starter opp igjen tirsdag 8. september klokka 18 på frivillighetshuset på Veitvet. Første kveld lager vi mat sammen og planlegger høsten – hva vil dere gjøre?\n\nAlle jenter mellom 12 og 18 år er velkomne, og det er gratis.",
  },
  {
    on: "kartlegging-av-moteplasser-i-bjerke",
    by: "Bydel Bjerke",
    date: "2026-08-14",
    visibility: "partners",
    title: "Oppstart av kartleggingen",
    body: "Kartleggingen starter i september. Vi sender et kort skjema til skoler, borettslag og foreninger om hvilke lokaler de har, og når de står ledige.\n\nOslobygg hjelper oss med oversikten over kommunale bygg.",
  },
  {
    on: "nabolagsfest-pa-furuset",
    by: "Groruddalen Dialogforum",
    date: "2025-08-20",
    title: "Matboder fra mange trossamfunn",
    body: "Seks tros- og livssynssamfunn i Groruddalen har meldt seg på med egne matboder på nabolagsfesten. Inntektene går til fellesaktiviteter for barn og unge.\n\nKom og smak!",
  },
  {
    on: "nabolagsfest-pa-furuset",
    by: "Furuset Nord Velforening",
    date: "2025-09-02",
    title: "Takk for en fantastisk fest",
    body: "Rundt 800 naboer var innom nabolagsfesten på lørdag. Det var mat fra over 15 land, konserter med lokale artister og ansiktsmaling for barna.\n\nTusen takk til alle foreningene som sto i matbodene, og til bydelen for støtten.",
  },
  {
    on: "ungdomsscene-pa-holmlia",
    by: "Mødrenettverket Holmlia",
    date: "2026-04-15",
    title: "Kostymeverksted",
    body: "Hver tirsdag fram til premieren syr vi kostymer sammen med ungdommene. Vi har fått mange stoffer i gave, men trenger flere symaskiner.\n\nHar du en symaskin du ikke bruker? Vi henter gjerne.",
  },
  {
    on: "ungdomsscene-pa-holmlia",
    by: "Holmlia Ungdomsteater",
    date: "2026-05-30",
    title: "Utsolgt vårforestilling",
    body: "Alle tre forestillingene av «Mellom to hjem» ble utsolgt. Ungdommene har skrevet manuset selv, basert på egne erfaringer med å vokse opp mellom to kulturer.\n\nTakk til alle som kom, og til foreldrene som sydde kostymer og solgte kaffe.",
  },
  {
    on: "ungdomsscene-pa-holmlia",
    by: "Holmlia Ungdomsteater",
    date: "2026-08-24",
    title: "Nye medlemmer velkommen",
    body: "Høstens øvinger starter mandag 7. september. Vi ser etter nye skuespillere, musikere og folk som vil jobbe med lyd, lys og scenografi.\n\nDu trenger ingen erfaring. Møt opp, eller send oss en e-post.",
  },
  {
    on: "arbeidstrening-pa-mortensrud",
    by: "Holmlia Regnskapskontor AS",
    date: "2026-03-18",
    title: "Kontorpraksis hos oss",
    body: "Vi har hatt to deltakere i praksis siden januar, med arkivering, fakturering og kundekontakt. Det har vært lærerikt for oss også.\n\nVi tar imot én ny deltaker fra april.",
  },
  {
    on: "arbeidstrening-pa-mortensrud",
    by: "NAV Søndre Nordstrand",
    date: "2026-06-23",
    title: "Halvveis i året",
    body: "Siden januar har 18 unge voksne vært med i arbeidstreningen. Fem har gått over i jobb, og tre har begynt på et fagbrevløp.\n\nVi trenger flere bedrifter som kan ta imot deltakere til høsten, særlig innen kontor, lager og bilfag.",
  },
  {
    on: "sykkelverksted-for-alle",
    by: "Bymiljøetaten",
    date: "2025-05-06",
    title: "Nytt verktøy til verkstedet",
    body: "Verkstedet har fått nye arbeidsstativ og verktøysett gjennom tilskuddet fra Bymiljøetaten. Nå kan flere sykler repareres samtidig.\n\nVelkommen innom på lørdager klokka 11–15.",
  },
  {
    on: "sykkelverksted-for-alle",
    by: "Mortensrud Sykkelverksted",
    date: "2025-10-28",
    title: "Sesongen er over – 640 sykler reparert",
    body: "Siste verkstedlørdag er gjennomført. Over to sesonger har vi reparert 640 sykler og delt ut 85 istandsatte sykler til barn.\n\nTakk til alle frivillige mekanikere og til Bymiljøetaten for støtten. Vi jobber med å finne en måte å fortsette på.",
  },
  {
    on: "nabolagshage-pa-gronland",
    by: "Tøyen Foreldrenettverk",
    date: "2026-05-12",
    title: "Barnehagene planter",
    body: "Tre barnehager har fått hver sin pallekarm i hagen denne våren. Barna har sådd gulrøtter, reddik og solsikker, og kommer innom hver uke for å vanne.\n\nHagen har blitt et fint sted for foreldre å møtes i hentetiden.",
  },
  {
    on: "nabolagshage-pa-gronland",
    by: "Grønland Nabolagshage",
    date: "2026-08-09",
    title: "Rekordavling av tomater",
    body: "Drivhuset har gitt rekordavling i sommer, og vi har delt ut tomater til naboer og til seniorsenteret. Urtebedene står også i full blomst.\n\nSøndagens hagedag er klokka 12 – ta gjerne med barna.",
  },
  {
    on: "leksehjelp-pa-toyen",
    by: "Tøyen Foreldrenettverk",
    date: "2026-02-05",
    title: "Foreldrekveld i aktivitetshuset",
    body: "Over 25 foreldre kom på foreldrekvelden, der leksehjelperne fortalte hvordan de jobber. Mange ville vite hvordan de kan hjelpe barna hjemme selv om de ikke kan så mye norsk.\n\nVi lager nå en enkel veiledning på flere språk.",
  },
  {
    on: "leksehjelp-pa-toyen",
    by: "Bydel Gamle Oslo",
    date: "2026-08-26",
    title: "Leksehjelpen er i gang igjen",
    body: "Leksehjelpen i aktivitetshuset åpner igjen mandag 31. august. Vi har åpent mandag til torsdag klokka 14.30–17, og det serveres varm mat hver dag.\n\nNye elever er velkomne – det er bare å møte opp.",
  },
  {
    on: "kjokkenpraksis-pa-gronland",
    by: "NAV Gamle Oslo",
    date: "2026-03-04",
    visibility: "partners",
    title: "Faste oppfølgingsmøter",
    body: "Vi har avtalt faste oppfølgingsmøter med Tøyen Catering hver fjerde uke. Deltakerne får samme veileder gjennom hele praksisperioden.\n\nMeld fra til veilederen hvis en deltaker er borte mer enn to dager.",
  },
  {
    on: "kjokkenpraksis-pa-gronland",
    by: "Tøyen Catering AS",
    date: "2026-08-11",
    title: "To deltakere i fast jobb",
    body: "To av deltakerne som begynte i kjøkkenpraksis i fjor høst, har nå fått fast jobb – den ene hos oss og den andre på et hotellkjøkken i sentrum. En tredje har begynt på fagbrevløp som kokk.\n\nVi tar inn fire nye deltakere i september.",
  },
  {
    on: "belysning-og-sitteplasser-ved-badedammen",
    by: "Naboene i Badedammen",
    date: "2024-05-21",
    title: "Nabovandring i parken",
    body: "Vi gikk en runde i parken sammen med kommunen og pekte på de mørkeste stedene. Mange ønsket seg også benker i skyggen.\n\nKommunen lovet å ta med innspillene i planen.",
  },
  {
    on: "belysning-og-sitteplasser-ved-badedammen",
    by: "Stavanger kommune – Bymiljø og utbygging",
    date: "2024-10-30",
    title: "Ny belysning er på plass",
    body: "Den nye belysningen langs turstien og ved lekeplassen er på plass, og vi har satt ut åtte nye benker. Naboene ønsket særlig bedre lys om kvelden, og det har vi prioritert.\n\nTakk for alle innspillene på nabomøtene og nabovandringen.",
  },
  {
    on: "kajakk-for-alle-i-lervig",
    by: "Lervig Kaffebrenneri AS",
    date: "2026-06-03",
    title: "Kaffe og kajakk",
    body: "Padlerne har base hos oss på kaien, og vi byr på kaffe og kakao etter kurset. Det har blitt en fin møteplass for familiene i Lervig.\n\nVi har også satt av en hylle til flytevester.",
  },
  {
    on: "kajakk-for-alle-i-lervig",
    by: "Lervig Kajakklubb",
    date: "2026-08-16",
    title: "Siste kurshelger før høsten",
    body: "Det er fortsatt ledige plasser på introduksjonskursene de to siste helgene i september. Kurset er gratis og passer for alle fra ti år, og vi stiller med kajakk, vest og våtdrakt.\n\nPåmelding på nettsiden vår.",
  },
  {
    on: "naermiljotilskudd-storhaug-2026",
    by: "Emmaus Nabolagsforening",
    date: "2026-06-18",
    title: "Tilskudd til gatefesten",
    body: "Vi har fått nærmiljøtilskudd til årets gatefest i Emmaus. Pengene går til telt, lydanlegg og aktiviteter for barna.\n\nTusen takk til bydelsgruppen!",
  },
  {
    on: "naermiljotilskudd-storhaug-2026",
    by: "Stavanger kommune – Levekårsløftet",
    date: "2026-08-20",
    title: "Søknadsfrist 1. oktober",
    body: "Neste frist for å søke nærmiljøtilskudd på Storhaug er 1. oktober. Velforeninger, beboergrupper, frivillige lag og lokale bedrifter kan søke om støtte til arrangementer og aktiviteter som skaper møteplasser.\n\nVi hjelper gjerne med søknaden på lokalkontoret, eller når det mobile kontoret er i nærheten.",
  },
  {
    on: "leksehjelp-og-foreldrekafe-pa-storhaug",
    by: "NAV Stavanger",
    date: "2026-04-09",
    visibility: "partners",
    title: "NAV på foreldrekafeen",
    body: "En veileder fra NAV Stavanger er til stede på foreldrekafeen første torsdag i måneden og svarer på spørsmål om jobb, kurs og økonomi.\n\nGi beskjed hvis det er ønske om bestemte temaer.",
  },
  {
    on: "leksehjelp-og-foreldrekafe-pa-storhaug",
    by: "Storhaug Leksehjelp",
    date: "2026-08-24",
    title: "Oppstart for høsten",
    body: "Leksehjelpen og foreldrekafeen åpner igjen tirsdag 1. september. Vi holder åpent tirsdag og torsdag klokka 15–17.\n\nVi trenger flere frivillige leksehjelpere, særlig i matematikk og naturfag.",
  },
  {
    on: "mobilt-kontor-i-hillevag",
    by: "NAV Stavanger",
    date: "2026-05-20",
    title: "NAV-veileder i campingvogna",
    body: "Annenhver onsdag er en veileder fra NAV med i det mobile kontoret. Du kan spørre om jobb, kurs, bostøtte og økonomi uten å bestille time.\n\nSe ruten for hvor campingvogna står hver uke.",
  },
  {
    on: "mobilt-kontor-i-hillevag",
    by: "Stavanger kommune – Levekårsløftet",
    date: "2026-08-31",
    title: "Ruten for september",
    body: "I september står det mobile kontoret ved skolen på mandager, ved butikken på onsdager og på torget på fredager, alltid mellom klokka 14 og 18. Kom innom for en kopp kaffe, still spørsmål eller fortell oss om ideene dine.\n\nVi hjelper også med søknader om nærmiljøtilskudd.",
  },
  {
    on: "trygg-og-gronn-skolevei-i-bergeland",
    by: "Stavanger kommune – Bymiljø og utbygging",
    date: "2026-08-05",
    title: "Elevenes kart er klart",
    body: "Elevene har merket av over 60 steder på skoleveien som de synes er utrygge eller triste. Mange av dem handler om mørke strekninger og krysninger der bilene kjører fort.\n\nKartet er grunnlaget for planen, som legges fram for bydelsgruppen i september.",
  },
  {
    on: "ferieaktiviteter-i-hillevag",
    by: "Hillevåg Aktivitetslag",
    date: "2026-08-10",
    title: "Takk for en fin sommer",
    body: "Sju uker med bading, fotball, turer og verksteder er over. Rundt 120 barn deltok, og mange kom hver eneste dag.\n\nTakk til alle frivillige foreldre og ungdomsledere, og til Levekårsløftet og NAV for støtten.",
  },
  {
    on: "gatefest-i-emmaus",
    by: "Emmaus Nabolagsforening",
    date: "2025-06-16",
    title: "Gatefesten samlet hele nabolaget",
    body: "Lørdagens gatefest samlet flere hundre naboer rundt langbordene. Loppemarkedet ga over 8 000 kroner til neste års aktiviteter for barna.\n\nTakk til Storhaug Mat og Marked for premiene til loddsalget, og til alle som ryddet etterpå.",
  },
];

// ---------------------------------------------------------------------------------------------
// Message pools for participations
// ---------------------------------------------------------------------------------------------

const REQUEST_MESSAGES = [
  "Vi har frivillige som kan bidra noen timer i uka, og vil gjerne være med.",
  "Dette passer godt med det vi allerede gjør for barn og unge i området. Kan vi bli med?",
  "Vi har lokaler i nærheten som kan brukes på kveldstid, og bidrar gjerne.",
];
const INVITATION_MESSAGES = [
  "Vi tror dere kan bidra med mye her. Vil dere være med som partner?",
  "Tiltaket mangler partnere fra deres sektor. Har dere mulighet til å bli med?",
  "Hei! Vi trenger noen som kjenner nabolaget godt. Er dette noe for dere?",
];
const DECLINED_REQUEST_MESSAGES = [
  "Takk for interessen! Tiltaket har nok partnere i denne fasen, men vi tar kontakt når vi utvider.",
  "Takk! Vi har dessverre ikke rom for flere partnere nå, men vil gjerne samarbeide om andre tiltak.",
];
const DECLINED_INVITATION_MESSAGES = [
  "Vi har dessverre ikke kapasitet dette halvåret.",
  "Dette passer ikke for oss akkurat nå, men spør gjerne igjen neste år.",
];

const ROLES_BY_SECTOR: Record<Sector, ParticipationRole[]> = {
  district: ["funder", "partner"],
  municipal_agency: ["partner", "contributor", "venue"],
  state_agency: ["funder", "partner"],
  voluntary: ["partner", "contributor"],
  business: ["venue", "contributor", "partner"],
  residents_group: ["contributor", "partner"],
};

// ---------------------------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------------------------

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Reader = Pick<Db, "select">;

function hasRows(db: Reader): boolean {
  return (
    db.select({ id: programmes.id }).from(programmes).limit(1).get() !== undefined ||
    db.select({ id: organisations.id }).from(organisations).limit(1).get() !== undefined ||
    db.select({ id: users.id }).from(users).limit(1).get() !== undefined
  );
}

/** True when no programme, organisation or user exists. */
export function isDatabaseEmpty(db: Db): boolean {
  return !hasRows(db);
}

/** Fills an EMPTY database with deterministic demo data; throws DatabaseNotEmptyError if any programme, organisation or user exists. */
export async function seedDemoData(
  db: Db,
  options: { passwordHash?: string } = {},
): Promise<SeedSummary> {
  if (!isDatabaseEmpty(db)) throw new DatabaseNotEmptyError();
  const passwordHash = options.passwordHash ?? (await hashPassword(DEMO_PASSWORD));
  return db.transaction(
    (tx) => {
      // Checked again under the write lock, in case someone else seeded while we hashed.
      if (hasRows(tx)) throw new DatabaseNotEmptyError();
      return insertAll(tx, passwordHash);
    },
    { behavior: "immediate" },
  );
}

function insertAll(tx: Tx, passwordHash: string): SeedSummary {
  // Independent streams, so that editing one section does not reshuffle the others.
  const rngOrgNumbers = mulberry32(0x1a6e7);
  const rngOrgDates = mulberry32(0x5eed01);
  const rngParticipations = mulberry32(0x5eed02);
  const rngUpdates = mulberry32(0x5eed03);

  // --- Areas ---------------------------------------------------------------------------------
  const areaIds = new Map<string, number>();
  for (const level of [0, 1, 2]) {
    const rows = AREAS.filter((a) => areaDepth(a) === level).map((a) => ({
      slug: a.slug,
      name: a.name,
      kind: a.kind,
      parentId: a.parent === null ? null : must(areaIds, a.parent, "area"),
      population: a.population ?? null,
      liftStartYear: a.lift?.[0] ?? null,
      liftEndYear: a.lift?.[1] ?? null,
    }));
    if (rows.length === 0) continue;
    for (const r of tx.insert(areas).values(rows).returning({ id: areas.id, slug: areas.slug }).all()) {
      areaIds.set(r.slug, r.id);
    }
  }

  // --- Programmes, sub-programmes, programme areas --------------------------------------------
  const programmeIds = new Map<ProgrammeSlug, number>();
  const programmeRows = tx
    .insert(programmes)
    .values(
      PROGRAMMES.map((p, i) => ({
        slug: p.slug,
        name: p.name,
        municipality: p.municipality,
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        description: p.description,
        createdAt: on("2022-01-03", 9, i * 5),
      })),
    )
    .returning({ id: programmes.id, slug: programmes.slug })
    .all();
  for (const r of programmeRows) programmeIds.set(r.slug as ProgrammeSlug, r.id);

  /** `${programmeSlug}/${subprogrammeSlug}` → id */
  const subprogrammeIds = new Map<string, number>();
  /** `${programmeSlug}/${themeCode}` → id */
  const themeIds = new Map<string, number>();
  const subRows = PROGRAMMES.flatMap((p) =>
    p.subprogrammes.map((s, position) => ({
      programmeId: must(programmeIds, p.slug, "programme"),
      slug: s.slug,
      name: s.name,
      description: s.description,
      position,
    })),
  );
  const programmeSlugById = new Map([...programmeIds].map(([slug, id]) => [id, slug]));
  for (const r of tx
    .insert(subprogrammes)
    .values(subRows)
    .returning({ id: subprogrammes.id, programmeId: subprogrammes.programmeId, slug: subprogrammes.slug })
    .all()) {
    const programmeSlug = must(programmeSlugById, r.programmeId, "programme id");
    subprogrammeIds.set(`${programmeSlug}/${r.slug}`, r.id);
    const seed = PROGRAMMES.find((p) => p.slug === programmeSlug)?.subprogrammes.find(
      (s) => s.slug === r.slug,
    );
    if (seed) themeIds.set(`${programmeSlug}/${seed.code}`, r.id);
  }

  const programmeAreaRows = PROGRAMMES.flatMap((p) =>
    p.areas.map((a) => ({
      programmeId: must(programmeIds, p.slug, "programme"),
      areaId: must(areaIds, a, "area"),
    })),
  );
  tx.insert(programmeAreas).values(programmeAreaRows).run();

  /** area slug → programmes it belongs to */
  const programmesByArea = new Map<string, ProgrammeSlug[]>();
  for (const p of PROGRAMMES) {
    for (const a of p.areas) programmesByArea.set(a, [...(programmesByArea.get(a) ?? []), p.slug]);
  }
  const programmesOfOrg = (org: OrganisationSeed): ProgrammeSlug[] => {
    const set = new Set<ProgrammeSlug>();
    for (const a of org.areas) for (const p of must(programmesByArea, a, "area")) set.add(p);
    return PROGRAMMES.map((p) => p.slug).filter((s) => set.has(s));
  };

  // --- Users and coordinator assignments ------------------------------------------------------
  // Organisation registration dates first: a partner's account is as old as their first organisation.
  const orgCreatedAt = new Map<string, Date>();
  for (const org of ORGANISATIONS) {
    const created = org.registeredOn
      ? on(org.registeredOn, randInt(rngOrgDates, 8, 20), randInt(rngOrgDates, 0, 59))
      : addDays(on("2022-01-10", 9), randInt(rngOrgDates, 0, 400));
    orgCreatedAt.set(org.name, org.staleConfirmation ? addDays(created, -200) : created);
  }

  const userCreatedAt = (u: UserSeed): Date => {
    if (u.createdOn) return on(u.createdOn, 9);
    const first = u.memberships?.find(([, role]) => role === "owner");
    if (first) return must(orgCreatedAt, first[0], "organisation");
    const editorOf = u.memberships?.[0];
    if (!editorOf) throw new Error(`User ${u.email} has neither createdOn nor memberships`);
    return addDays(must(orgCreatedAt, editorOf[0], "organisation"), 45);
  };

  const userIds = new Map<string, number>();
  for (const r of tx
    .insert(users)
    .values(
      USERS.map((u) => ({
        email: u.email,
        name: u.name,
        passwordHash,
        role: u.role,
        createdAt: userCreatedAt(u),
      })),
    )
    .returning({ id: users.id, email: users.email })
    .all()) {
    userIds.set(r.email, r.id);
  }
  const userId = (email: string) => must(userIds, email, "user");

  const coordinatorOf = new Map<ProgrammeSlug, number>();
  const assignmentRows: { userId: number; programmeId: number; createdAt: Date }[] = [];
  for (const u of USERS) {
    for (const p of u.programmes ?? []) {
      if (!coordinatorOf.has(p)) coordinatorOf.set(p, userId(u.email));
      assignmentRows.push({
        userId: userId(u.email),
        programmeId: must(programmeIds, p, "programme"),
        createdAt: on(u.createdOn ?? "2022-01-10", 12),
      });
    }
  }
  tx.insert(coordinatorAssignments).values(assignmentRows).run();
  const coordinatorFor = (p: ProgrammeSlug) => must(coordinatorOf, p, "coordinator for programme");
  const adminId = userId(DEMO_ACCOUNTS.admin);

  // --- Organisations --------------------------------------------------------------------------
  const nextOrgNumber = orgNumberSequence(rngOrgNumbers);

  const ownerOf = new Map<string, string>(); // organisation name → owner email
  const membersOf = new Map<string, string[]>(); // organisation name → member emails, owners first
  for (const u of USERS) {
    for (const [orgName, role] of u.memberships ?? []) {
      if (role === "owner" && !ownerOf.has(orgName)) ownerOf.set(orgName, u.email);
      const list = membersOf.get(orgName) ?? [];
      if (role === "owner") list.unshift(u.email);
      else list.push(u.email);
      membersOf.set(orgName, list);
    }
  }

  interface OrgInfo {
    id: number;
    seed: OrganisationSeed;
    status: OrganisationStatus;
    approvedAt: Date | null;
    programmes: ProgrammeSlug[];
  }
  const orgInfo = new Map<string, OrgInfo>();
  const slugCounts = new Map<string, number>();

  const orgRows = ORGANISATIONS.map((org, index) => {
    const status = org.status ?? "approved";
    const slug = slugify(org.name);
    slugCounts.set(slug, (slugCounts.get(slug) ?? 0) + 1);
    const createdAt = must(orgCreatedAt, org.name, "organisation");
    const progs = programmesOfOrg(org);
    const decider = coordinatorFor(progs[0] ?? "groruddalssatsingen");
    const isOslo = org.areas.some((a) => !isStavangerArea(a));
    const phone = org.noPhone
      ? null
      : `${isOslo ? "22" : "51"} 00 ${pad2(Math.floor(index / 10) + 10)} ${pad2((index * 7) % 100)}`;

    let approvedAt: Date | null = null;
    let lastConfirmedAt: Date | null = null;
    let updatedAt: Date | null = null;
    let decidedByUserId: number | null = null;
    if (status === "approved" || status === "archived") {
      approvedAt = addDays(createdAt, randInt(rngOrgDates, 1, 6));
      decidedByUserId = decider;
      lastConfirmedAt = org.staleConfirmation
        ? daysBeforeNow(randInt(rngOrgDates, 395, 560))
        : maxDate(approvedAt, daysBeforeNow(randInt(rngOrgDates, 4, 300)));
      updatedAt = lastConfirmedAt;
    }
    if (status === "archived") {
      updatedAt = on("2025-11-14", 13);
      lastConfirmedAt = on("2024-10-02", 11);
      decidedByUserId = decider;
    }
    if (status === "rejected") {
      decidedByUserId = decider;
      updatedAt = addDays(createdAt, 3);
    }

    const owner = ownerOf.get(org.name);
    const row = {
      slug,
      name: org.name,
      sector: org.sector,
      orgNumber: org.sector === "residents_group" ? null : nextOrgNumber(),
      description: org.description,
      website: org.noWebsite ? null : `https://${slug}.example.no`,
      contactEmail: `post@${slug}.example.no`,
      contactPhone: phone,
      status,
      decisionReason: status === "rejected" ? (org.decisionReason ?? null) : null,
      registeredByUserId: owner ? userId(owner) : null,
      decidedByUserId,
      createdAt,
      updatedAt,
      approvedAt,
      lastConfirmedAt,
    };
    orgInfo.set(org.name, { id: 0, seed: org, status, approvedAt, programmes: progs });
    return row;
  });
  for (const [slug, n] of slugCounts) if (n > 1) throw new Error(`Duplicate organisation slug ${slug}`);

  for (const r of tx
    .insert(organisations)
    .values(orgRows)
    .returning({ id: organisations.id, name: organisations.name })
    .all()) {
    must(orgInfo, r.name, "organisation").id = r.id;
  }
  const org = (name: string) => must(orgInfo, name, "organisation");

  const orgAreaRows = ORGANISATIONS.flatMap((o) =>
    o.areas.map((a) => ({ organisationId: org(o.name).id, areaId: must(areaIds, a, "area") })),
  );
  tx.insert(organisationAreas).values(orgAreaRows).run();

  const orgThemeRows: { organisationId: number; subprogrammeId: number }[] = [];
  for (const o of ORGANISATIONS) {
    const seen = new Set<number>();
    for (const p of org(o.name).programmes) {
      for (const code of o.themes) {
        const id = themeIds.get(`${p}/${code}`);
        if (id !== undefined && !seen.has(id)) {
          seen.add(id);
          orgThemeRows.push({ organisationId: org(o.name).id, subprogrammeId: id });
        }
      }
    }
  }
  tx.insert(organisationThemes).values(orgThemeRows).run();

  const orgOfferRows = ORGANISATIONS.flatMap((o) =>
    o.offers.map((offer) => ({ organisationId: org(o.name).id, offer })),
  );
  tx.insert(organisationOffers).values(orgOfferRows).run();

  // --- Memberships ----------------------------------------------------------------------------
  const membershipRows = USERS.flatMap((u) =>
    (u.memberships ?? []).map(([orgName, role]) => {
      const created = must(orgCreatedAt, orgName, "organisation");
      if (role === "owner") {
        return {
          userId: userId(u.email),
          organisationId: org(orgName).id,
          role,
          status: "active" as const,
          createdAt: created,
          decidedAt: null,
          decidedByUserId: null,
        };
      }
      const invitedAt = addDays(created, 45);
      const owner = ownerOf.get(orgName);
      return {
        userId: userId(u.email),
        organisationId: org(orgName).id,
        role,
        status: "active" as const,
        createdAt: invitedAt,
        decidedAt: addDays(invitedAt, 1),
        decidedByUserId: owner ? userId(owner) : adminId,
      };
    }),
  );
  tx.insert(memberships).values(membershipRows).run();

  // --- Initiatives ----------------------------------------------------------------------------
  for (const i of INITIATIVES) {
    const p = PROGRAMMES.find((x) => x.slug === i.programme);
    if (!p?.areas.includes(i.area)) throw new Error(`${i.slug}: area ${i.area} is outside ${i.programme}`);
    if (org(i.lead).status !== "approved") throw new Error(`${i.slug}: lead is not approved`);
    if (i.end !== null && i.start > i.end) throw new Error(`${i.slug}: start after end`);
  }
  const initiativeIds = new Map<string, number>();
  for (const r of tx
    .insert(initiatives)
    .values(
      INITIATIVES.map((i) => ({
        slug: i.slug,
        title: i.title,
        summary: i.summary,
        description: i.description,
        programmeId: must(programmeIds, i.programme, "programme"),
        subprogrammeId: must(subprogrammeIds, `${i.programme}/${i.sub}`, "subprogramme"),
        areaId: must(areaIds, i.area, "area"),
        status: i.status,
        startDate: i.start,
        endDate: i.end,
        leadOrganisationId: org(i.lead).id,
        isPublic: i.isPublic ?? true,
        createdByUserId: coordinatorFor(i.programme),
        createdAt: on(i.createdOn, 9, 30),
        updatedAt: i.status === "completed" && i.end ? addDays(on(i.end, 15), 7) : null,
      })),
    )
    .returning({ id: initiatives.id, slug: initiatives.slug })
    .all()) {
    initiativeIds.set(r.slug, r.id);
  }

  const soughtSectorRows = INITIATIVES.flatMap((i) =>
    (i.soughtSectors ?? []).map((sector) => ({
      initiativeId: must(initiativeIds, i.slug, "initiative"),
      sector,
    })),
  );
  if (soughtSectorRows.length > 0) tx.insert(initiativeSoughtSectors).values(soughtSectorRows).run();
  const soughtOfferRows = INITIATIVES.flatMap((i) =>
    (i.soughtOffers ?? []).map((offer) => ({
      initiativeId: must(initiativeIds, i.slug, "initiative"),
      offer,
    })),
  );
  if (soughtOfferRows.length > 0) tx.insert(initiativeSoughtOffers).values(soughtOfferRows).run();

  // --- Participations -------------------------------------------------------------------------
  /** `${initiative}|${organisation}` → the earliest update that organisation posts there. */
  const firstUpdate = new Map<string, Date>();
  for (const u of UPDATES) {
    const key = `${u.on}|${u.by}`;
    const at = on(u.date, 8);
    const prev = firstUpdate.get(key);
    if (!prev || at < prev) firstUpdate.set(key, at);
  }

  /** `${initiative}|${organisation}` → when the active participation started. */
  const activeSince = new Map<string, Date>();
  const participationRows: (typeof participations.$inferInsert)[] = [];
  const latest = daysBeforeNow(3);

  for (const i of INITIATIVES) {
    const initiativeId = must(initiativeIds, i.slug, "initiative");
    const created = on(i.createdOn, 9, 30);
    const coordinator = coordinatorFor(i.programme);
    const taken = new Set<string>([i.lead]);

    const leadKey = `${i.slug}|${i.lead}`;
    const leadFirst = firstUpdate.get(leadKey);
    if (leadFirst && leadFirst < created) throw new Error(`${leadKey}: update before the tiltak existed`);
    participationRows.push({
      initiativeId,
      organisationId: org(i.lead).id,
      role: "lead",
      status: "active",
      requestedByUserId: null,
      decidedByUserId: coordinator,
      createdAt: created,
      decidedAt: created,
      startedAt: created,
    });
    activeSince.set(leadKey, created);

    type Planned = { name: string; role: ParticipationRole; status: ParticipationStatus; message?: string };
    const planned: Planned[] = (i.partners ?? []).map(([name, role, status, message]) => ({
      name,
      role,
      status,
      ...(message ? { message } : {}),
    }));
    for (const pl of planned) {
      if (taken.has(pl.name)) throw new Error(`${i.slug}: ${pl.name} listed twice`);
      const info = org(pl.name);
      if (info.status !== "approved" || info.approvedAt === null || info.approvedAt >= created) {
        throw new Error(`${i.slug}: ${pl.name} was not approved before the tiltak was created`);
      }
      taken.add(pl.name);
    }

    // A few more partners, chosen among approved organisations in the programme's areas,
    // preferring sectors the tiltak does not have yet.
    const target = randInt(rngParticipations, 1, 5);
    const extraCount = Math.max(0, target - planned.length);
    const presentSectors = new Set([...taken].map((n) => org(n).seed.sector));
    const theme = PROGRAMMES.find((p) => p.slug === i.programme)?.subprogrammes.find(
      (s) => s.slug === i.sub,
    )?.code;
    const candidates = shuffled(
      rngParticipations,
      ORGANISATIONS.filter((o) => {
        const info = org(o.name);
        return (
          info.status === "approved" &&
          !taken.has(o.name) &&
          info.programmes.includes(i.programme) &&
          theme !== undefined &&
          o.themes.includes(theme) &&
          // City- and nation-wide bodies join only where listed explicitly above.
          o.areas.some((a) => AREAS.find((x) => x.slug === a)?.kind !== "municipality") &&
          o.areas.some((a) => isNearby(a, i.area)) &&
          info.approvedAt !== null &&
          info.approvedAt < created
        );
      }),
    ).sort((a, b) => Number(presentSectors.has(a.sector)) - Number(presentSectors.has(b.sector)));
    for (const o of candidates.slice(0, extraCount)) {
      const roll = rngParticipations();
      let status: ParticipationStatus;
      if (i.status === "completed") status = roll < 0.75 ? "active" : "ended";
      else if (i.status === "planned")
        status = roll < 0.5 ? "active" : roll < 0.75 ? "invited" : roll < 0.9 ? "requested" : "declined";
      else
        status =
          roll < 0.68
            ? "active"
            : roll < 0.78
              ? "requested"
              : roll < 0.86
                ? "invited"
                : roll < 0.94
                  ? "ended"
                  : "declined";
      if (status === "requested" && !membersOf.has(o.name)) status = "invited";
      planned.push({ name: o.name, role: pick(rngParticipations, ROLES_BY_SECTOR[o.sector]), status });
      taken.add(o.name);
    }

    for (const pl of planned) {
      const key = `${i.slug}|${pl.name}`;
      const member = membersOf.get(pl.name)?.[0];
      const memberId = member ? userId(member) : null;
      const organisationId = org(pl.name).id;
      const base = { initiativeId, organisationId, role: pl.role, status: pl.status };
      const openedAt = minDate(addDays(created, randInt(rngParticipations, 2, 40)), latest);

      if (pl.status === "active" || pl.status === "ended") {
        const first = firstUpdate.get(key);
        let startedAt = first ? minDate(openedAt, addDays(first, -1)) : openedAt;
        if (startedAt < created) startedAt = created;
        if (first && first < startedAt) throw new Error(`${key}: update before the participation`);
        // Half asked to join (a member requested), the rest were invited by the coordinator.
        const askedToJoin = memberId !== null && rngParticipations() < 0.5;
        const requestedAt = addDays(startedAt, -randInt(rngParticipations, 1, 6));
        const row: typeof participations.$inferInsert = {
          ...base,
          message: askedToJoin ? pick(rngParticipations, REQUEST_MESSAGES) : null,
          requestedByUserId: askedToJoin ? memberId : coordinator,
          decidedByUserId: askedToJoin ? coordinator : memberId ?? coordinator,
          createdAt: maxDate(created, requestedAt),
          decidedAt: startedAt,
          startedAt,
        };
        if (pl.status === "ended") {
          if (first) throw new Error(`${key}: ended participations post no updates in the seed`);
          const endCap = i.end ? minDate(on(i.end, 16), latest) : latest;
          row.endedAt = maxDate(addDays(startedAt, 1), minDate(addDays(startedAt, randInt(rngParticipations, 60, 200)), endCap));
        } else {
          activeSince.set(key, startedAt);
        }
        participationRows.push(row);
      } else if (pl.status === "invited") {
        participationRows.push({
          ...base,
          message: pl.message ?? pick(rngParticipations, INVITATION_MESSAGES),
          requestedByUserId: coordinator,
          createdAt: maxDate(addDays(created, 1), daysBeforeNow(randInt(rngParticipations, 3, 25))),
        });
      } else if (pl.status === "requested") {
        if (memberId === null) throw new Error(`${key}: a request needs a member to ask`);
        participationRows.push({
          ...base,
          message: pl.message ?? pick(rngParticipations, REQUEST_MESSAGES),
          requestedByUserId: memberId,
          createdAt: maxDate(addDays(created, 1), daysBeforeNow(randInt(rngParticipations, 2, 20))),
        });
      } else {
        // declined: either a request the coordinator said no to, or an invitation the organisation declined
        const wasRequest = memberId !== null && rngParticipations() < 0.5;
        const decidedAt = addDays(openedAt, randInt(rngParticipations, 1, 10));
        participationRows.push({
          ...base,
          message: wasRequest
            ? pick(rngParticipations, REQUEST_MESSAGES)
            : pick(rngParticipations, INVITATION_MESSAGES),
          decisionMessage: wasRequest
            ? pick(rngParticipations, DECLINED_REQUEST_MESSAGES)
            : pick(rngParticipations, DECLINED_INVITATION_MESSAGES),
          requestedByUserId: wasRequest ? memberId : coordinator,
          decidedByUserId: wasRequest ? coordinator : memberId,
          createdAt: openedAt,
          decidedAt: minDate(decidedAt, latest),
        });
      }
    }
  }
  tx.insert(participations).values(participationRows).run();

  // --- Updates --------------------------------------------------------------------------------
  const updateRows = UPDATES.map((u) => {
    const key = `${u.on}|${u.by}`;
    if (!activeSince.has(key)) throw new Error(`${key}: updates need an active participation`);
    const initiative = INITIATIVES.find((i) => i.slug === u.on);
    if (!initiative) throw new Error(`Unknown initiative ${u.on}`);
    const createdAt = on(u.date, randInt(rngUpdates, 8, 20), randInt(rngUpdates, 0, 59));
    if (createdAt > SEED_NOW) throw new Error(`${key}: update in the future`);
    const author = membersOf.get(u.by)?.[0];
    return {
      initiativeId: must(initiativeIds, u.on, "initiative"),
      organisationId: org(u.by).id,
      authorUserId: author ? userId(author) : null,
      title: u.title,
      body: u.body,
      visibility: u.visibility ?? "public",
      eventDate: u.eventDate ?? null,
      hiddenAt: u.hidden ? on(u.hidden.date, 9, 15) : null,
      hiddenByUserId: u.hidden ? coordinatorFor(initiative.programme) : null,
      hiddenReason: u.hidden?.reason ?? null,
      createdAt,
    };
  });
  tx.insert(updates).values(updateRows).run();

  // --- Grants (issue 20): db/seed-grants.ts -------------------------------------------------
  const grants = insertGrants(tx, {
    userId,
    organisationId: (name) => org(name).id,
    areaId: (slug) => must(areaIds, slug, "area"),
    programmeId: (slug) => must(programmeIds, slug as ProgrammeSlug, "programme"),
    coordinatorId: (slug) => coordinatorFor(slug as ProgrammeSlug),
    passwordHash,
  });

  // --- Goals and indicators (issue 21): db/seed-goals.ts ---------------------------------------
  const goals = insertGoals(tx, { coordinatorId: (slug) => coordinatorFor(slug as ProgrammeSlug) });

  // --- Plans of the year and their budgets (issue 21): db/seed-plans.ts -------------------------
  const plans = insertPlans(tx, { coordinatorId: (slug) => coordinatorFor(slug as ProgrammeSlug) });

  // --- Report narratives (issue 21): db/seed-reports.ts ----------------------------------------
  const reports = insertReportNarratives(tx, { coordinatorId: (slug) => coordinatorFor(slug as ProgrammeSlug) });

  // --- The successor programme and its 2027 draft (issue 21): db/seed-closing.ts ----------------
  const closing = insertClosing(tx, { coordinatorId: (slug) => coordinatorFor(slug as ProgrammeSlug) });

  // --- Area outlines (issue 25): db/seed-boundaries.ts ----------------------------------------
  seedOsloBoundaries(tx);

  // --- Meetings and stops (issue 22): db/seed-meetings.ts ---------------------------------------
  insertMeetings(tx, { coordinatorId: (slug) => coordinatorFor(slug as ProgrammeSlug) });

  return {
    programmes: programmeRows.length + closing.programmes,
    subprogrammes: subRows.length + closing.subprogrammes,
    areas: AREAS.length,
    programmeAreas: programmeAreaRows.length + closing.programmeAreas,
    users: USERS.length + GRANT_USERS.length,
    coordinatorAssignments: assignmentRows.length + closing.coordinatorAssignments,
    organisations: orgRows.length,
    organisationAreas: orgAreaRows.length,
    organisationThemes: orgThemeRows.length,
    organisationOffers: orgOfferRows.length,
    memberships: membershipRows.length,
    initiatives: INITIATIVES.length + closing.initiatives,
    initiativeSoughtSectors: soughtSectorRows.length,
    initiativeSoughtOffers: soughtOfferRows.length,
    participations: participationRows.length + closing.participations,
    updates: updateRows.length,
    ...grants,
    ...goals,
    ...plans,
    ...reports,
  };
}

function areaDepth(area: AreaSeed): number {
  let depth = 0;
  let parent = area.parent;
  while (parent !== null) {
    depth++;
    const next = AREAS.find((a) => a.slug === parent);
    if (!next) throw new Error(`Unknown parent area ${parent}`);
    parent = next.parent;
  }
  return depth;
}

function ancestorsOrSelf(slug: string): string[] {
  const chain: string[] = [];
  let current = AREAS.find((a) => a.slug === slug);
  while (current) {
    chain.push(current.slug);
    const parentSlug = current.parent;
    current = parentSlug === null ? undefined : AREAS.find((a) => a.slug === parentSlug);
  }
  return chain;
}

/**
 * Whether an organisation serving `orgArea` is a natural partner for a tiltak in `initiativeArea`:
 * it works in that area or above it (district, municipality), or somewhere in the same district.
 */
function isNearby(orgArea: string, initiativeArea: string): boolean {
  const up = ancestorsOrSelf(initiativeArea);
  if (up.includes(orgArea)) return true;
  const district = up.find((slug) => AREAS.find((a) => a.slug === slug)?.kind === "district");
  return district !== undefined && ancestorsOrSelf(orgArea).includes(district);
}

function isStavangerArea(slug: string): boolean {
  let current = AREAS.find((a) => a.slug === slug);
  while (current && current.parent !== null) {
    const parentSlug: string = current.parent;
    current = AREAS.find((a) => a.slug === parentSlug);
  }
  return current?.slug === "stavanger";
}
