/** Bokmål text for the open-data documentation and API (/apne-data, /api/v1/*), the accessibility statement (/tilgjengelighet) and the privacy page (/personvern). Part of the catalogue in ./nb.ts. */
import { numberIn } from "./format";

const nf = numberIn("nb-NO");

type Doc = { name: string; description: string };
type FieldDoc = Doc & { type: string };

export const openData = {
  /** The API's error messages (JSON `error.message`). Values people typed are shown in «». */
  api: {
    unknownParameter: (name: string, allowed: string) =>
      `Ukjent parameter «${name}». Her kan du bruke: ${allowed}.`,
    repeatedParameter: (name: string) => `Parameteren «${name}» kan bare oppgis én gang.`,
    invalidPage: "«page» må være et helt tall, 1 eller høyere.",
    invalidPerPage: (max: number) => `«per_page» må være et helt tall fra 1 til ${nf(max)}.`,
    invalidFormat: "«format» kan bare være json eller csv.",
    invalidValue: (name: string, value: string, allowed: string) =>
      `«${value}» er ikke en gyldig verdi for «${name}». Gyldige verdier er: ${allowed}.`,
    invalidSlug: (name: string) =>
      `«${name}» må være et kortnavn med små bokstaver a–z, sifre og bindestrek, for eksempel bydel-grorud.`,
    tooLong: (name: string, max: number) => `«${name}» kan ha høyst ${nf(max)} tegn.`,
    unknownArea: (slug: string) => `Fant ikke noe område med kortnavnet «${slug}».`,
    unknownProgramme: (slug: string) => `Fant ikke noen satsing med kortnavnet «${slug}».`,
    unknownSubprogramme: (slug: string) => `Fant ikke noe delprogram med kortnavnet «${slug}».`,
    methodNotAllowed: "Åpne data kan bare leses. Bruk GET, HEAD eller OPTIONS.",
    internalError: "Noe gikk galt hos oss. Prøv igjen om litt.",
  },

  /** /apne-data */
  docs: {
    title: "Åpne data",
    description:
      "Hent Lagets data om partnere, tiltak og hvem som samarbeider, som JSON eller CSV. Fritt til bruk under NLOD 2.0. Ingen personopplysninger.",
    heading: "Åpne data fra Laget",
    intro:
      "Alt som vises offentlig i Laget, kan du også hente som data: partnerne, tiltakene og hvem som er med i hvilke tiltak. Dataene passer for utviklere som vil lage egne tjenester, og for journalister og forskere som vil telle og sammenligne. Du trenger ingen nøkkel eller konto.",
    noPersonalDataHeading: "Ingen personopplysninger",
    noPersonalData:
      "Vi publiserer aldri navn, e-postadresser eller telefonnumre til personer, og heller ingen bruker-id-er. Kontaktadressene som er med, er organisasjonenes egne felles adresser (for eksempel post@organisasjon.no), som organisasjonene selv har valgt å vise offentlig.",
    contentsLabel: "Innhold på siden",

    publishedHeading: "Hva vi publiserer",
    published: [
      "Partnere: organisasjoner og grupper som en koordinator har godkjent.",
      "Tiltak: tiltak som er offentlige og ikke arkivert.",
      "Deltakelser: hvilke godkjente partnere som er med i hvilke offentlige tiltak nå, og med hvilken rolle.",
    ],
    notPublished:
      "Dette er ikke med: organisasjoner som venter på godkjenning, er avvist eller arkivert, tiltak som ikke er offentlige, forespørsler og invitasjoner som ikke er godtatt, deltakelser som er avsluttet, og alt om brukerkontoer.",

    examplesHeading: "Prøv selv",
    examplesIntro: "Lenkene under åpner dataene rett i nettleseren.",
    examples: {
      organisations: "Alle partnere, 50 om gangen",
      voluntaryInGrorud: "Frivillige organisasjoner i Bydel Grorud, også Romsås og Grorud",
      search: "Partnere som nevner leksehjelp",
      ongoing: "Tiltak som pågår i Groruddalssatsingen",
      leads: "Hvem som er ansvarlig for hvilke tiltak",
      organisationsCsv: "Alle partnere som CSV-fil",
    },

    endpointsHeading: "Endepunktene",
    endpointPath: "Adresse",
    parametersCaption: (path: string) => `Parametere for ${path}`,
    fieldsCaption: (what: string) => `Felt for hver ${what}`,
    colParameter: "Parameter",
    colField: "Felt",
    colType: "Type",
    colDescription: "Beskrivelse",
    validValues: "Gyldige verdier:",
    commonParameters: "Alle endepunktene tar også page, per_page og format, se under.",

    organisations: {
      heading: "Partnere",
      what: "partner",
      description: "Godkjente partnere, sortert etter navn.",
      parameters: [
        { name: "sector", description: "Bare partnere fra denne sektoren." },
        { name: "area", description: "Bare partnere i dette området eller et område under det. Kortnavnet til området, for eksempel bydel-grorud." },
        { name: "theme", description: "Bare partnere som jobber med dette delprogrammet, i alle satsinger som har det. Kortnavnet, for eksempel sysselsetting." },
        { name: "offer", description: "Bare partnere som kan bidra med dette." },
        { name: "q", description: "Fritekstsøk i navn, beskrivelse og hva partneren kan bidra med. Alle ordene må finnes; et ord finner også lengre ord som begynner likt. Høyst 200 tegn." },
      ] satisfies Doc[],
      fields: [
        { name: "slug", type: "tekst", description: "Kortnavnet, som også står i adressen til partnersiden." },
        { name: "name", type: "tekst", description: "Navnet." },
        { name: "sector", type: "tekst", description: "Sektoren, som kode (se gyldige verdier for sector)." },
        { name: "orgNumber", type: "tekst eller null", description: "Organisasjonsnummeret i Enhetsregisteret, 9 sifre. Null for beboergrupper uten organisasjonsnummer." },
        { name: "description", type: "tekst", description: "Partnerens egen beskrivelse." },
        { name: "website", type: "tekst eller null", description: "Nettsiden." },
        { name: "contactEmail", type: "tekst eller null", description: "Organisasjonens offentlige kontaktadresse for e-post." },
        { name: "contactPhone", type: "tekst eller null", description: "Organisasjonens offentlige telefonnummer." },
        { name: "areas", type: "liste", description: "Områdene partneren jobber i, hver med slug og name." },
        { name: "themes", type: "liste", description: "Delprogrammene partneren jobber med, hver med slug, name og programme (satsingen, med slug og name)." },
        { name: "offers", type: "liste", description: "Hva partneren kan bidra med, som koder (se gyldige verdier for offer)." },
        { name: "approvedAt", type: "tidspunkt eller null", description: "Når partneren ble godkjent (ISO 8601, UTC)." },
        { name: "url", type: "tekst", description: "Full adresse til partnersiden i Laget." },
      ] satisfies FieldDoc[],
    },
    initiatives: {
      heading: "Tiltak",
      what: "tiltak",
      description: "Offentlige tiltak som ikke er arkivert, sortert etter tittel.",
      parameters: [
        { name: "programme", description: "Bare tiltak i denne satsingen. Kortnavnet, for eksempel groruddalssatsingen." },
        { name: "subprogramme", description: "Bare tiltak i dette delprogrammet. Kortnavnet, for eksempel oppvekst-og-utdanning." },
        { name: "area", description: "Bare tiltak i dette området eller et område under det." },
        { name: "status", description: "Bare tiltak med denne statusen." },
      ] satisfies Doc[],
      fields: [
        { name: "slug", type: "tekst", description: "Kortnavnet, som også står i adressen til tiltakssiden." },
        { name: "title", type: "tekst", description: "Tittelen." },
        { name: "summary", type: "tekst", description: "Et kort sammendrag." },
        { name: "description", type: "tekst", description: "Den lange beskrivelsen." },
        { name: "programme", type: "objekt", description: "Satsingen, med slug og name." },
        { name: "subprogramme", type: "objekt", description: "Delprogrammet, med slug og name." },
        { name: "area", type: "objekt", description: "Området tiltaket hører til, med slug og name." },
        { name: "status", type: "tekst", description: "Status, som kode (se gyldige verdier for status)." },
        { name: "startDate", type: "dato eller null", description: "Startdato (ÅÅÅÅ-MM-DD)." },
        { name: "endDate", type: "dato eller null", description: "Sluttdato (ÅÅÅÅ-MM-DD)." },
        { name: "leadOrganisation", type: "tekst eller null", description: "Kortnavnet til partneren som er ansvarlig for tiltaket." },
        { name: "soughtSectors", type: "liste", description: "Sektorer tiltaket søker partnere fra, som koder." },
        { name: "soughtOffers", type: "liste", description: "Hva tiltaket trenger hjelp med, som koder (som offer)." },
        { name: "url", type: "tekst", description: "Full adresse til tiltakssiden i Laget." },
      ] satisfies FieldDoc[],
    },
    participations: {
      heading: "Deltakelser",
      what: "deltakelse",
      description:
        "Hvem som er med i hvilke tiltak nå: aktive deltakelser for godkjente partnere i offentlige tiltak, sortert etter tiltak og partner.",
      parameters: [
        { name: "initiative", description: "Bare deltakelser i dette tiltaket (kortnavnet)." },
        { name: "organisation", description: "Bare deltakelser for denne partneren (kortnavnet)." },
        { name: "role", description: "Bare deltakelser med denne rollen." },
      ] satisfies Doc[],
      fields: [
        { name: "initiative", type: "tekst", description: "Kortnavnet til tiltaket." },
        { name: "organisation", type: "tekst", description: "Kortnavnet til partneren." },
        { name: "role", type: "tekst", description: "Rollen i tiltaket, som kode (se gyldige verdier for role)." },
        { name: "startedAt", type: "tidspunkt eller null", description: "Når partneren ble med (ISO 8601, UTC)." },
      ] satisfies FieldDoc[],
    },

    pagingHeading: "Sider og svarformat",
    pagingIntro:
      "Svarene kommer i sider. Du velger side med page (fra 1) og antall per side med per_page (standard 50, høyst 100). Hvert svar har tre deler:",
    pagingParts: [
      "data: listen med partnere, tiltak eller deltakelser på denne siden.",
      "meta: page (denne siden), perPage (antall per side), total (antall treff i alt) og totalPages (antall sider).",
      "links: self (denne siden), next (neste side) og prev (forrige side) som fulle adresser, eller null når det ikke finnes noen.",
    ],
    pagingExampleCaption: "Eksempel på et svar (forkortet):",
    pagingEmpty: "Ber du om en side etter den siste, får du en tom liste.",

    csvHeading: "CSV for regneark",
    csvIntro:
      "Legg til format=csv for å få en CSV-fil i stedet for JSON. Filtrene virker på samme måte.",
    csvPoints: (cap: number) => [
      `Uten page og per_page får du alle treffene i én fil, høyst ${nf(cap)} rader. Med page eller per_page får du bare den siden. Antall treff i alt står i svarhodet X-Total-Count.`,
      "Første rad har feltnavnene. Lister (områder, temaer, tilbud) står i én celle, skilt med semikolon. Områder og temaer har både kortnavn og navn i hver sin kolonne.",
      "Filen er kommaseparert, i UTF-8 med byte-rekkefølgemerke (BOM), så æ, ø og å vises riktig i Excel. Bruker Excel norsk oppsett og legger alt i én kolonne, åpner du filen med Data → Fra tekst/CSV og velger komma som skilletegn.",
      "For å beskytte deg mot formler i regneark får celler som begynner med =, +, -, @, tabulator eller linjeskift en apostrof foran.",
    ],

    errorsHeading: "Feil",
    errorsIntro:
      "Er en parameter feil, for eksempel per_page=1000 eller en sektor som ikke finnes, svarer vi med status 400 og en forklaring på norsk (på engelsk hvis du har valgt engelsk i Laget):",
    errorCodes: [
      { name: "unknown_parameter", description: "Parameteren finnes ikke for dette endepunktet. Sjekk stavemåten." },
      { name: "invalid_parameter", description: "Verdien er ikke gyldig, eller parameteren er oppgitt flere ganger." },
      { name: "not_found", description: "Området, satsingen eller delprogrammet du filtrerer på, finnes ikke." },
    ] satisfies Doc[],
    errorCodesCaption: "Feilkoder",
    colCode: "Kode",

    corsHeading: "Bruk fra nettleseren (CORS)",
    cors:
      "Alle svar har Access-Control-Allow-Origin: *, så du kan hente dataene med JavaScript fra en hvilken som helst nettside. Forespørsler med OPTIONS (preflight) blir besvart. Svarhodene X-Total-Count og Link kan leses.",

    cachingHeading: "Mellomlagring og pågang",
    caching:
      "Svarene kan mellomlagres i 60 sekunder (Cache-Control: public, max-age=60), så en endring i Laget kan bruke opptil et minutt på å vises. Vi har ingen fast grense for antall forespørsler, men vær snill: hent CSV-filen i stedet for å bla gjennom alle sidene, og vent gjerne litt mellom forespørslene. Trafikk som gjør tjenesten treg for andre, kan bli stanset.",

    referenceHeading: "Kortnavn du kan filtrere på",
    referenceIntro: "Områder, satsinger og delprogram som finnes i Laget nå.",
    areasCaption: "Områder",
    programmesCaption: "Satsinger og delprogram",
    colSlug: "Kortnavn",
    colName: "Navn",
    colSubprogrammes: "Delprogram (kortnavn)",
    colParent: "Ligger i",

    versionHeading: "Versjoner",
    version:
      "Adressene begynner med /api/v1. Vi kan legge til nye felt i versjon 1, så programmet ditt bør tåle felt det ikke kjenner. Endringer som kan ødelegge for deg, kommer i en ny versjon med ny adresse.",

    licenceHeading: "Lisens og kreditering",
    licence:
      "Dataene er fritt tilgjengelige under Norsk lisens for offentlige data (NLOD) 2.0. Du kan kopiere, bruke, endre og dele dem, også kommersielt.",
    licenceLink: "Les lisensen NLOD 2.0 hos data.norge.no",
    attributionIntro: "Når du bruker dataene, skriv at de kommer fra Laget, for eksempel slik:",
    attribution: "Inneholder data under Norsk lisens for offentlige data (NLOD) tilgjengeliggjort av Laget.",
    licenceDisclaimer:
      "Partnerne skriver selv beskrivelsene sine. Vi kan ikke garantere at alt er riktig eller oppdatert.",
  },

  /** /tilgjengelighet */
  accessibility: {
    title: "Tilgjengelighetserklæring",
    description:
      "Hvordan Laget følger kravene til universell utforming, hva som ikke fungerer godt nok ennå, og hvordan du gir oss tilbakemelding.",
    heading: "Tilgjengelighetserklæring for Laget",
    updated: "Sist oppdatert 22. november 2026.",
    intro:
      "Laget skal kunne brukes av alle, også med skjermleser, forstørring, tastatur eller talestyring, på mobil og på store skjermer. Her står hvilke krav vi følger, hvordan vi tester, hva som ikke er godt nok ennå, og hvordan du sier fra.",

    requirementsHeading: "Krav vi følger",
    requirements:
      "Laget skal oppfylle kravene i WCAG 2.1 på nivå AA. Kravet kommer fra likestillings- og diskrimineringsloven og forskrift om universell utforming av informasjons- og kommunikasjonsteknologiske (IKT-)løsninger. Vi sikter mot WCAG 2.2 nivå AA, som er den nyeste versjonen.",

    statusHeading: "Status",
    status:
      "Vi mener at Laget i stor grad oppfyller kravene, men ikke alle. Det vi vet ikke er godt nok, står under «Kjente mangler».",

    testingHeading: "Slik tester vi",
    testing: [
      "Automatiske tester med verktøyet axe sjekker alle offentlige sider hver gang vi endrer koden.",
      "Vi går gjennom sidene med bare tastatur, og med skjermleser.",
      "Vi sjekker at sidene virker i 320 piksler bredde (som en liten mobil) uten at du må bla sideveis.",
      "Vi sjekker at sidene og skjemaene virker uten JavaScript.",
      "Vi sjekker fargekontrast og at alle knapper og lenker er store nok å treffe.",
    ],

    limitationsHeading: "Kjente mangler",
    limitations: [
      "Tegningen av samarbeidsnettverket på /samarbeid er vanskelig å bruke med skjermleser og tastatur. Den samme informasjonen står derfor også i en tabell under tegningen.",
      "Partnerne skriver selv beskrivelser og oppdateringer. Vi gir dem råd om klart språk og gode lenketekster, men kan ikke garantere at alt de skriver er lett å lese.",
      "Laget finnes også på engelsk, men det partnerne skriver (beskrivelser og oppdateringer), vises på språket de skrev det på, som oftest norsk.",
      "Logoer lastes opp av partnerne. Logoen har partnerens navn som alternativ tekst, men tekst inne i en logo kan ha for svak kontrast.",
      "Er du logget inn og ikke gjør noe på en stund, blir du logget ut av sikkerhetshensyn. Tekst du har skrevet i et skjema uten å sende det, kan da gå tapt.",
    ],

    feedbackHeading: "Si fra om noe ikke virker",
    feedbackIntro:
      "Møter du på noe som er vanskelig å bruke, vil vi gjerne vite det. Bruk skjemaet, eller skriv til",
    feedbackAddress: "tilgjengelighet@laget.no",
    feedbackReply: "Oppgir du e-postadressen din, svarer vi deg så snart vi kan.",
    messageLabel: "Hva fungerer ikke?",
    messageHint: "Fortell hva du prøvde å gjøre, og hva som skjedde. Høyst 5 000 tegn.",
    pageLabel: "Hvilken side gjelder det? (valgfritt)",
    pageHint: "Lim inn adressen, eller skriv navnet på siden.",
    emailLabel: "E-postadressen din (valgfritt)",
    emailHint: "Fyll ut hvis du vil ha svar. Vi bruker den bare til å svare deg.",
    submit: "Send tilbakemelding",
    thanks: "Takk! Vi har fått tilbakemeldingen din, og ser på den så snart vi kan.",
    tooMany: "Du har sendt mange meldinger på kort tid. Vent litt og prøv igjen, eller skriv til tilgjengelighet@laget.no.",
    mailSubject: "Tilbakemelding om tilgjengelighet i Laget",
    mailText: (message: string, page: string, email: string) =>
      `Ny tilbakemelding fra skjemaet på /tilgjengelighet.\n\nSiden det gjelder: ${page || "(ikke oppgitt)"}\nSvar til: ${email || "(ingen e-postadresse oppgitt)"}\n\nMelding:\n${message}\n`,

    complaintHeading: "Klage",
    complaint:
      "Får du ikke svar fra oss, eller er du ikke fornøyd med svaret, kan du klage til Tilsynet for universell utforming av ikt. Tilsynet følger opp at nettsteder oppfyller kravene.",
    complaintLink: "Tilsynet for universell utforming av ikt (uutilsynet.no)",
  },

  /** /personvern */
  privacy: {
    title: "Personvern",
    description: "Hvilke opplysninger Laget lagrer, hvorfor, hvor lenge, hvem som ser dem, og hvilke rettigheter du har.",
    heading: "Personvernerklæring for Laget",
    updated: "Sist oppdatert 22. november 2026.",
    intro:
      "Laget viser hvem som samarbeider i områdesatsingene. For det trenger vi noen opplysninger om de som logger inn, men så få som mulig. Innbyggere kan bruke Laget uten konto, og da lagrer vi ingenting om deg, med mindre du sender oss en melding.",

    storedHeading: "Hva vi lagrer, hvorfor og hvor lenge",
    colWhat: "Opplysninger",
    colWhy: "Hvorfor",
    colBasis: "Grunnlag",
    colHowLong: "Hvor lenge",
    stored: [
      {
        title: "Kontoen din",
        what: "Navn, e-postadresse og en sikker kode (hash) laget av passordet. Selve passordet lagrer vi aldri.",
        why: "Så du kan logge inn og arbeide for organisasjonen din.",
        basis: "Nødvendig for å gi deg tjenesten du har bedt om.",
        howLong: "Til du sletter kontoen.",
      },
      {
        title: "Innloggingsøkter",
        what: "Når økten startet og sist ble brukt, og en kort beskrivelse av nettleseren din.",
        why: "Så du holdes innlogget, og kan se og avslutte øktene dine.",
        basis: "Nødvendig for å gi deg tjenesten.",
        howLong: "Høyst 30 dager, og høyst 12 timer for koordinatorer og administratorer. Økten slettes når du logger ut.",
      },
      {
        title: "Organisasjonen",
        what: "Navn, sektor, organisasjonsnummer, beskrivelse, nettside, felles kontaktadresse og telefon, områder, temaer og hva dere kan bidra med.",
        why: "For å vise hvem som er med på laget. Opplysningene blir offentlige når en koordinator har godkjent organisasjonen.",
        basis: "Organisasjonen har selv registrert seg for å bli vist.",
        howLong: "Så lenge organisasjonen er med. Organisasjoner som slutter, blir arkivert og vises ikke lenger.",
      },
      {
        title: "Endringslogg",
        what: "Hvem som gjorde hva og når, for eksempel godkjente en organisasjon eller endret et tiltak.",
        why: "For sikkerhet, for å kunne rette feil og svare på spørsmål om hva som har skjedd.",
        basis: "Berettiget interesse i en trygg og etterprøvbar tjeneste.",
        howLong: "5 år.",
      },
      {
        title: "E-post vi sender (utboksen)",
        what: "Mottaker, emne og tekst. Også tilbakemeldinger fra skjemaet om tilgjengelighet.",
        why: "For å sende e-post, for eksempel lenke til nytt passord, og kunne se at den kom fram.",
        basis: "Nødvendig for å gi deg tjenesten.",
        howLong: "90 dager.",
      },
      {
        title: "Tellere mot misbruk",
        what: "IP-adressen, og ved innlogging e-postadressen det ble prøvd med, og tidspunktet.",
        why: "For å stoppe gjetting av passord og masseutsending fra skjemaer.",
        basis: "Berettiget interesse i å holde tjenesten sikker.",
        howLong: "24 timer.",
      },
    ],

    whoHeading: "Hvem ser hva",
    who: [
      "Innbyggere og alle andre ser bare godkjente organisasjoner, offentlige tiltak og offentlige oppdateringer. Det samme gjelder de åpne dataene.",
      "Navn og kontaktopplysninger til personer blir aldri vist offentlig, med mindre du selv velger å vise deg som kontaktperson for organisasjonen.",
      "De andre i organisasjonen din ser navnet ditt.",
      "Koordinatorene i satsingen ser organisasjoner som venter på godkjenning, forespørsler om å bli med i tiltak, og navn og e-post til de som har registrert en organisasjon.",
      "Administratorene kan se det som trengs for å drifte tjenesten. Vi selger ikke opplysninger og deler dem ikke med andre.",
    ],

    rightsHeading: "Rettighetene dine",
    rightsIntro: "Du bestemmer over opplysningene om deg. Du har rett til",
    rightAccess: "innsyn: du kan laste ned alle opplysningene vi har om deg som en JSON-fil fra",
    rightRectification: "retting: du kan rette navnet og e-postadressen din på",
    rightDeletion:
      "sletting: du kan slette kontoen din på",
    rightDeletionDetails:
      "Da slettes navnet ditt, e-postadressen din og øktene dine. Endringsloggen beholder hva som ble gjort, men ikke hvem som gjorde det.",
    rightObjection: "å protestere mot og be om begrensning av bruken. Skriv til oss, så svarer vi innen 30 dager.",
    accountPage: "kontosiden din",

    cookiesHeading: "Informasjonskapsler (cookies)",
    cookiesIntro: "Laget bruker bare to informasjonskapsler, og begge er nødvendige for at tjenesten skal virke:",
    cookiesCaption: "Informasjonskapsler i Laget",
    colCookie: "Navn",
    colPurpose: "Formål",
    colDuration: "Varighet",
    cookies: [
      {
        name: "laget_sesjon",
        purpose: "Holder deg innlogget. Settes bare når du logger inn.",
        duration: "Til du logger ut, høyst 30 dager.",
      },
      {
        name: "laget_sprak",
        purpose: "Husker hvilket språk du har valgt. Settes bare når du velger språk.",
        duration: "Ett år.",
      },
    ],
    noTracking:
      "Vi bruker ingen sporing, ingen analyseverktøy og ingen annonser, og sidene henter ikke innhold fra andre nettsteder.",

    contactHeading: "Kontakt og klage",
    contact: "Har du spørsmål om personvern i Laget, eller vil du bruke rettighetene dine, skriv til",
    contactAddress: "personvern@laget.no",
    complaint:
      "Mener du at vi behandler opplysninger om deg i strid med reglene, kan du klage til Datatilsynet.",
    complaintLink: "Datatilsynet (datatilsynet.no)",
  },
};
