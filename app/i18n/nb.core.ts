/**
 * All of Laget's interface text in bokmål: the single source of UI text. Other languages mirror these
 * keys (their files are typed by `Messages`, so a missing key fails the typecheck and a test).
 * Functions take the values a sentence needs, so word order and plural stay in the translation.
 */
import type {
  AreaKind,
  InitiativeStatus,
  Offer,
  OrganisationStatus,
  ParticipationRole,
  ParticipationStatus,
  Sector,
  UpdateVisibility,
} from "~/validation/enums";

import { numberIn, plural } from "./format";
import { directory } from "./nb.directory";
import { initiatives } from "./nb.initiatives";
import { account } from "./nb.account";
import { openData } from "./nb.open-data";
import { admin } from "./nb.admin";
import { membership } from "./nb.membership";
import { notifications } from "./nb.notifications";
import { coordinator } from "./nb.coordinator";
import { partner } from "./nb.partner";

const nf = numberIn("nb-NO");

export const nb = {
  meta: {
    lang: "nb",
    locale: "nb-NO",
    appName: "Laget",
    tagline: "Hvem er med på laget?",
    titleSuffix: " – Laget",
  },
  shell: {
    skipToContent: "Hopp til hovedinnhold",
    mainNavigation: "Hovedmeny",
    home: "Forside",
    homeLinkLabel: "Laget – til forsiden",
    footerHeading: "Om Laget",
    footerText:
      "Laget viser hvem som samarbeider om hva i områdesatsingene: bydeler, kommunale etater, statlige virksomheter, frivillige organisasjoner, næringsliv og beboere.",
    footerLinks: "Lenker i bunnteksten",
  },
  /** The language switch in the header (POST /sprak). */
  language: {
    /**
     * The other language's own name, on the switch button (with that language's lang). Kept in this
     * catalogue because the browser loads only the page's own language (app/entry.client.tsx).
     */
    otherName: "English",
    invalid: "Ukjent språk. Velg nb (norsk bokmål) eller en (engelsk).",
  },
  nav: {
    partners: "Partnere",
    initiatives: "Tiltak",
    areas: "Områder",
    collaboration: "Samarbeid",
    updates: "Oppdateringer",
    openData: "Åpne data",
    accessibility: "Tilgjengelighet",
    privacy: "Personvern",
  },
  home: {
    title: "Laget – hvem er med på laget?",
    heading: "Hvem er med på laget?",
    intro:
      "Områdesatsingene løfter nabolag der levekårene er krevende. Ingen sektor klarer det alene: bydelen, kommunale etater, staten, frivillige lag og organisasjoner, lokalt næringsliv og beboerne må jobbe sammen. Laget viser hvem som er med, og hva de gjør.",
    programmesHeading: "Satsingene",
    programmesEmpty: "Ingen satsinger er registrert ennå.",
    period: (start: number, end: number | null) => (end ? `${start}–${end}` : `fra ${start}`),
    municipality: "Kommune",
    periodLabel: "Periode",
    partnerCount: (n: number) => `${nf(n)} ${plural(n, "partner", "partnere")}`,
    initiativeCount: (n: number) => `${nf(n)} tiltak`,
    browsePartners: "Se alle partnerne",
  },
  partners: {
    title: "Partnere",
    heading: "Partnere",
    intro: "Organisasjoner og grupper som er med i områdesatsingene.",
    count: (n: number) => `${nf(n)} ${plural(n, "partner", "partnere")}`,
    empty: "Det er ingen godkjente partnere ennå.",
    sector: "Sektor",
    areas: "Områder",
    noAreas: "Ikke oppgitt",
    name: "Navn",
  },
  pagination: {
    label: "Sider",
    previous: "Forrige side",
    next: "Neste side",
    page: (n: number) => `Side ${nf(n)}`,
    pageOf: (n: number, total: number) => `Side ${nf(n)} av ${nf(total)}`,
    currentPage: (n: number) => `Side ${nf(n)}, denne siden`,
  },
  errors: {
    notFoundTitle: "Fant ikke siden",
    notFoundText: "Siden du lette etter finnes ikke, eller den er flyttet.",
    serverErrorTitle: "Noe gikk galt",
    serverErrorText:
      "Det oppstod en uventet feil hos oss. Prøv igjen om litt. Hvis feilen fortsetter, kontakt oss og oppgi referansen under.",
    forbiddenTitle: "Ingen tilgang",
    forbiddenText: "Du har ikke tilgang til denne siden.",
    foreignOrigin: "Forespørselen ble avvist fordi den ikke kom fra Lagets egne sider.",
    bodyTooLarge: "Forespørselen er for stor. Skjemaer kan være opptil 2 MB og opplastinger opptil 5 MB.",
    badRequestTitle: "Ugyldig forespørsel",
    badRequestText: "Forespørselen kunne ikke behandles.",
    reference: "Referanse",
    backHome: "Til forsiden",
    statusTitle: (status: number) => `Feil ${status}`,
  },
  auth: {
    loginTitle: "Logg inn",
    loginHeading: "Logg inn",
    loginIntro: "For partnere, koordinatorer og administratorer. Innbyggere trenger ingen konto for å se hvem som samarbeider.",
    email: "E-post",
    password: "Passord",
    loginButton: "Logg inn",
    wrongCredentials: "E-postadressen eller passordet er feil.",
    tooManyAttempts: (minutes: number) =>
      `For mange mislykkede forsøk. Vent ${minutes} ${plural(minutes, "minutt", "minutter")} og prøv igjen, eller be om nytt passord.`,
    forgotPasswordLink: "Glemt passordet?",
    noAccount: "Har organisasjonen din ingen konto?",
    registerLink: "Registrer organisasjonen",
    logout: "Logg ut",
    logoutTitle: "Logg ut",
    logoutIntro: "Vil du logge ut av Laget?",
    loggedOut: "Du er logget ut.",
    loggedInAs: (name: string) => `Logget inn som ${name}`,
    myPage: "Min side",
    account: "Konto",
    admin: "Administrasjon",
    coordinator: "Koordinator",
    forgotTitle: "Glemt passord",
    forgotHeading: "Glemt passord",
    forgotIntro: "Skriv e-postadressen du logger inn med. Hvis den har en konto, sender vi en lenke for å lage nytt passord. Lenken virker i én time.",
    forgotButton: "Send lenke",
    forgotSent: "Hvis adressen har en konto i Laget, har vi sendt en lenke til den. Sjekk e-posten din, også søppelpost.",
    resetTitle: "Lag nytt passord",
    resetHeading: "Lag nytt passord",
    resetIntro: "Velg et passord på minst 10 tegn. Lange setninger er gode passord.",
    newPassword: "Nytt passord",
    passwordHint: "Minst 10 tegn. Du kan lime inn fra en passordbehandler.",
    resetButton: "Lagre nytt passord",
    resetDone: "Passordet er endret. Du kan logge inn med det nye passordet.",
    resetInvalid: "Lenken er ugyldig, brukt eller utløpt.",
    requestNewLink: "Be om en ny lenke",
    resetMailSubject: "Nytt passord i Laget",
    resetMailText: (link: string) =>
      `Hei!\n\nNoen (forhåpentligvis du) har bedt om å lage nytt passord for kontoen din i Laget.\nÅpne lenken innen én time for å velge et nytt passord:\n\n${link}\n\nHar du ikke bedt om dette, kan du se bort fra e-posten. Passordet ditt er ikke endret.\n\nHilsen Laget`,
  },
  registration: {
    title: "Registrer organisasjonen",
    heading: "Registrer organisasjonen din",
    intro:
      "Registrer organisasjonen din for å bli med i områdesatsingene. En koordinator godkjenner organisasjonen før den vises offentlig. Du kan logge inn med en gang.",
    loggedInIntro: (name: string) => `Du er logget inn som ${name}. Organisasjonen registreres med deg som eier.`,
    accountLegend: "Deg",
    name: "Navnet ditt",
    nameHint: "Navnet vises bare for koordinatorer og andre i organisasjonen din.",
    email: "E-post",
    emailHint: "Du logger inn med denne adressen.",
    password: "Passord",
    organisationLegend: "Organisasjonen",
    orgName: "Organisasjonens navn",
    sector: "Sektor",
    chooseSector: "Velg sektor",
    orgNumber: "Organisasjonsnummer",
    orgNumberHint: "9 sifre, fra Enhetsregisteret. Beboergrupper uten organisasjonsnummer kan la feltet stå tomt.",
    areas: "Områder dere jobber i",
    areasHint: "Velg alle som passer. Velger du en bydel, gjelder det hele bydelen.",
    themes: "Temaer dere jobber med",
    themesHint: "Delprogrammene i satsingene.",
    submit: "Registrer",
    orgNumberTaken: (name: string) => `${name} er allerede registrert i Laget med dette organisasjonsnummeret.`,
    askToJoin: (name: string) => `Be om å bli med i ${name}`,
    emailTaken: "Det finnes allerede en konto med denne e-postadressen.",
    emailTakenLogin: "Logg inn og registrer organisasjonen derfra",
    tooMany: (minutes: number) => `For mange forsøk fra denne adressen. Vent ${minutes} ${plural(minutes, "minutt", "minutter")} og prøv igjen.`,
    coordinatorMailSubject: (name: string) => `Ny organisasjon venter på godkjenning: ${name}`,
    coordinatorMailText: (name: string, sector: string, link: string) =>
      `Hei!\n\n${name} (${sector}) har registrert seg i Laget og venter på godkjenning.\n\nGå til koordinatorsiden for å godkjenne eller avvise: ${link}\n\nHilsen Laget`,
  },
  myPage: {
    title: "Min side",
    heading: "Min side",
    greeting: (name: string) => `Hei, ${name}!`,
    registered: "Takk! Organisasjonen er registrert. En koordinator ser på registreringen så snart som mulig.",
    organisationsHeading: "Organisasjonene dine",
    noOrganisations: "Du er ikke med i noen organisasjon ennå.",
    registerAnother: "Registrer en organisasjon",
    status: "Status",
    yourRole: "Din rolle",
    pendingExplanation: "Organisasjonen venter på godkjenning fra en koordinator. Den vises ikke offentlig før den er godkjent.",
    rejectedExplanation: (reason: string) => `Registreringen ble avvist. Begrunnelse: ${reason}`,
    membershipRoles: { owner: "Eier", editor: "Redaktør" },
    members: "Medlemmer",
    publicProfile: "Offentlig profil",
  },
  devOutbox: {
    heading: "Utboks (bare i utvikling)",
    intro: "E-poster Laget ville ha sendt. Uten SMTP_URL blir de liggende her og i loggen.",
    empty: "Utboksen er tom.",
    to: "Til",
  },
  validation: {
    required: "Fyll ut feltet.",
    tooLong: "Teksten er for lang.",
    tooMany: "Du har valgt for mange.",
    controlCharacters: "Teksten inneholder tegn som ikke kan brukes.",
    email: "Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no.",
    choose: "Velg et av alternativene.",
    invalidChoice: "Valget er ikke gyldig.",
    unreadable: "Feltet kunne ikke leses. Last siden på nytt og prøv igjen.",
    formNotProcessed: "Skjemaet kunne ikke behandles. Last siden på nytt og prøv igjen.",
    passwordLength: "Passordet må ha mellom 10 og 256 tegn.",
    passwordCommon: "Passordet er blant de mest brukte passordene. Velg et annet.",
    passwordContainsEmail: "Passordet kan ikke inneholde e-postadressen din.",
    passwordMismatch: "Passordene er ikke like.",
    orgNumberRequired: "Skriv organisasjonsnummeret. Bare beboergrupper kan la det stå tomt.",
    orgNumberLength: "Organisasjonsnummeret har 9 sifre.",
    orgNumberDigits: "Organisasjonsnummeret kan bare inneholde sifre.",
    orgNumberChecksum: "Organisasjonsnummeret er ikke gyldig. Sjekk at du har skrevet det riktig.",
    orgNumberTaken: "Organisasjonen er allerede registrert i Laget.",
    emailTaken: "Det finnes allerede en konto med denne e-postadressen. Logg inn i stedet.",
    url: "Skriv en gyldig nettadresse som begynner med https:// eller http://.",
    invalidToken: "Lenken er ugyldig eller utløpt. Be om en ny.",
    formProblems: (n: number) => `Skjemaet har ${n} ${plural(n, "feil", "feil")}. Rett opp og send på nytt.`,
  },
  sectors: {
    district: "Bydel",
    municipal_agency: "Kommunal etat eller foretak",
    state_agency: "Statlig virksomhet",
    voluntary: "Frivillig lag eller organisasjon",
    business: "Næringsliv",
    residents_group: "Beboergruppe",
  } satisfies Record<Sector, string>,
  organisationStatuses: {
    pending: "Venter på godkjenning",
    approved: "Godkjent",
    rejected: "Avvist",
    archived: "Arkivert",
  } satisfies Record<OrganisationStatus, string>,
  offers: {
    premises: "Lokaler",
    volunteers: "Frivillige",
    work_placements: "Arbeidspraksis",
    expertise: "Kompetanse",
    funding: "Finansiering",
    network: "Nettverk",
    activities: "Aktiviteter",
    equipment: "Utstyr",
  } satisfies Record<Offer, string>,
  areaKinds: {
    municipality: "Kommune",
    district: "Bydel",
    sub_district: "Delbydel",
    living_condition_zone: "Levekårssone",
    other: "Område",
  } satisfies Record<AreaKind, string>,
  initiativeStatuses: {
    planned: "Planlagt",
    ongoing: "Pågår",
    completed: "Avsluttet",
  } satisfies Record<InitiativeStatus, string>,
  participationRoles: {
    lead: "Ansvarlig",
    partner: "Partner",
    contributor: "Bidragsyter",
    funder: "Finansiør",
    venue: "Vertskap",
  } satisfies Record<ParticipationRole, string>,
  participationStatuses: {
    requested: "Forespurt",
    invited: "Invitert",
    active: "Aktiv",
    declined: "Avslått",
    ended: "Avsluttet",
  } satisfies Record<ParticipationStatus, string>,
  directory,
  initiatives,
  openData,
  admin,
  account,
  membership,
  notifications,
  coordinator,
  partner,
  updateVisibilities: {
    public: "Offentlig",
    partners: "Partnere i tiltaket",
    coordinators: "Bare koordinatorer",
  } satisfies Record<UpdateVisibility, string>,
};

/** The shape every language must have: the same keys, strings for strings, same-signature functions. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R
    : { [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof nb>;
