/** Bokmål text for the account page (/konto), confirming a new e-mail address (/konto/epost/…) and the data download (/konto/data.json). Part of the catalogue in ./nb.ts. */
import { numberIn, plural } from "./format";

const nf = numberIn("nb-NO");

export const account = {
  title: "Kontoen din",
  heading: "Kontoen din",
  intro: "Her endrer du navn, e-postadresse og passord, ser hvor du er logget inn, laster ned dataene dine og sletter kontoen.",

  /** Shown after a change, from the `?lagret=` flag (role="status"). */
  saved: {
    navn: "Navnet er endret.",
    sprak: "Språket er endret. E-post og varsler kommer heretter på det språket, og sidene vises på det.",
    epost: "Vi har sendt en lenke til den nye e-postadressen. Sjekk innboksen der (også søppelpost) og åpne lenken innen 24 timer for å bekrefte endringen. Til da logger du inn med den gamle adressen.",
    "epost-bekreftet": "E-postadressen er endret. Du er logget ut på andre enheter.",
    passord: "Passordet er endret. Du er logget ut på alle andre enheter.",
    okt: "Du er logget ut på enheten.",
    okter: "Du er logget ut på alle andre enheter.",
  },

  /** Errors next to the fields; keys the shared validation catalogue does not have. */
  errors: {
    signInAgain: "Logg inn på nytt med innloggingstjenesten, og lag passordet innen ti minutter.",
    wrongPassword: "Passordet er feil.",
    tooManyAttempts: (minutes: number) =>
      `For mange feil passord. Vent ${nf(minutes)} ${plural(minutes, "minutt", "minutter")} og prøv igjen.`,
    sameEmail: "Dette er allerede e-postadressen din.",
    emailTaken: "En annen konto bruker allerede denne e-postadressen. Velg en annen adresse.",
    confirmDelete: "Kryss av for å bekrefte at du vil slette kontoen.",
    sessionGone: "Fant ikke innloggingen. Den kan allerede være avsluttet.",
    notDone: "Endringen ble ikke gjort. Se hvorfor lenger ned.",
  },

  languageSection: {
    heading: "Språk",
    label: "Språk for e-post, varsler og sidene",
    hint: "E-post fra Laget skrives på dette språket, også når noen andre gjør noe som angår deg.",
    submit: "Lagre språk",
  },

  nameSection: {
    heading: "Navn",
    label: "Navnet ditt",
    hint: "Navnet vises bare for koordinatorer og andre i organisasjonene dine.",
    submit: "Lagre navn",
  },

  emailSection: {
    heading: "E-postadresse",
    current: (email: string) => `Du logger inn med ${email}.`,
    explanation: "Vi sender en lenke til den nye adressen. Endringen gjelder først når du har åpnet lenken.",
    newEmail: "Ny e-postadresse",
    currentPassword: "Nåværende passord",
    currentPasswordHint: "For å sikre at det er du som endrer adressen.",
    submit: "Send bekreftelseslenke",
  },

  passwordSection: {
    noPassword: "Kontoen har ikke passord: du logger inn med en innloggingstjeneste. Du kan lage et passord innen ti minutter etter at du logget inn.",
    heading: "Passord",
    explanation: "Når du endrer passordet, blir du logget ut på alle andre enheter.",
    currentPassword: "Nåværende passord",
    newPassword: "Nytt passord",
    newPasswordHint: "Minst 10 tegn. Lange setninger er gode passord, og du kan lime inn fra en passordbehandler.",
    submit: "Endre passord",
  },

  sessionsSection: {
    heading: "Hvor du er logget inn",
    intro: "Dette er enhetene og nettleserne som er logget inn på kontoen din nå. Kjenner du ikke igjen en av dem, logg den ut og endre passordet.",
    thisDevice: "Denne enheten",
    device: (browser: string | null, os: string | null) =>
      browser && os ? `${browser} på ${os}` : (browser ?? os ?? "Ukjent nettleser"),
    started: "Logget inn",
    lastSeen: "Sist aktiv",
    endOne: "Logg ut",
    endOneLabel: (device: string, started: string) => `Logg ut ${device}, logget inn ${started}`,
    endOthers: "Logg ut alle andre enheter",
    noOthers: "Du er ikke logget inn noe annet sted.",
  },

  dataSection: {
    heading: "Dataene dine",
    intro: "Last ned alt Laget har lagret om deg: profilen, medlemskapene, innloggingene, varslene, forespørslene og oppdateringene du har skrevet, og hva du har gjort i Laget. Filen er i JSON-format.",
    download: "Last ned dataene mine (JSON)",
  },

  deleteSection: {
    heading: "Slett kontoen",
    explanation:
      "Kontoen og innloggingene dine slettes, og du blir meldt ut av organisasjonene dine. Organisasjonene og det de har gjort i Laget blir liggende, men uten navnet ditt. Dette kan ikke angres.",
    ownerExplanation:
      "Er du den siste eieren av en organisasjon som er godkjent eller har andre medlemmer, må du først gjøre et annet medlem til eier.",
    currentPassword: "Nåværende passord",
    confirm: "Ja, jeg vil slette kontoen min for godt",
    submit: "Slett kontoen",
    lastOwner: (names: string[]) =>
      `Du er den siste eieren av ${names.join(", ")}. Gjør et annet medlem til eier før du sletter kontoen, slik at organisasjonen fortsatt har noen som kan styre den.`,
    membersLink: (name: string) => `Medlemmer i ${name}`,
    lastAdmin: "Du er den eneste administratoren i Laget. Utnevn en annen administrator før du sletter kontoen.",
    grantRecords:
      "Du står i protokollen fra et møte i en bydelsgruppe eller har erklært habilitet i en søknad. Det er offentlige dokumenter som skal bevares slik de ble ført, og kontoen kan derfor ikke slettes her. Ta kontakt med den som administrerer tilskuddsordningen.",
  },

  /** The front page's message after deletion (`/?konto-slettet`). */
  deletedNotice: "Kontoen din er slettet. Takk for at du var med på laget.",

  confirmEmail: {
    title: "Bekreft ny e-postadresse",
    heading: "Bekreft ny e-postadresse",
    intro: (email: string) => `Vil du bruke ${email} som e-postadresse i Laget? Du logger inn med den nye adressen etterpå.`,
    submit: "Bekreft ny e-postadresse",
    invalid: "Lenken er ugyldig, allerede brukt eller utløpt. Du kan be om en ny fra kontosiden.",
    taken: "En annen konto har tatt i bruk denne e-postadressen siden du ba om endringen. Be om endring til en annen adresse fra kontosiden.",
    done: "E-postadressen er endret. Logg inn med den nye adressen.",
    toAccount: "Til kontosiden",
    toLogin: "Logg inn",
  },

  mail: {
    confirmSubject: "Bekreft ny e-postadresse i Laget",
    confirmText: (name: string, link: string) =>
      `Hei, ${name}!\n\nDu har bedt om å bruke denne adressen for kontoen din i Laget.\nÅpne lenken innen 24 timer for å bekrefte:\n\n${link}\n\nHar du ikke bedt om dette, kan du se bort fra e-posten. Ingenting er endret.\n\nHilsen Laget`,
    noticeSubject: "Noen har bedt om å endre e-postadressen din i Laget",
    noticeText: (name: string) =>
      `Hei, ${name}!\n\nNoen har bedt om å endre e-postadressen for kontoen din i Laget til en ny adresse. Endringen gjelder først når lenken vi sendte til den nye adressen, er åpnet.\n\nVar dette ikke deg, bør du logge inn og endre passordet med en gang.\n\nHilsen Laget`,
  },
};
