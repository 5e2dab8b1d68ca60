/**
 * Bokmål text of single sign-on's administrator page (/admin/innlogging) and the mail sent instead of
 * a reset link when staff must use it. Part of the admin section (./nb.admin.ts). The /logg-inn
 * button and its error messages are in the core (nb.core.ts, auth): every public page carries it.
 */
export const sso = {
  nav: "Innlogging",
  title: "Innlogging",
  intro: "Her ser du hvilke innloggingstjenester (OpenID Connect) Laget er satt opp med, og du kan kreve at ansatte bruker dem.",
  providersCaption: "Innloggingstjenester",
  providerName: "Navn på knappen",
  providerKey: "Nøkkel",
  providerKind: "Brukes av",
  redirectUri: "Adresse for tilbakesending (redirect URI)",
  kinds: { staff: "Ansatte", residents: "Innbyggere" },
  none: "Ingen innloggingstjenester er satt opp. Driftsansvarlig setter dem opp med miljøvariablene OIDC_<NAVN>_… (se driftsdokumentasjonen).",
  requireHeading: "Krev innlogging for ansatte",
  requireLabel: "Ansatte må logge inn med organisasjonens innloggingstjeneste",
  requireHint: "Gjelder administratorer, koordinatorer og medlemmer av bydelsgrupper. De kan ikke lenger logge inn med passord, og lenken for nytt passord sendes ikke til dem.",
  save: "Lagre",
  savedOn: "Lagret. Ansatte må nå logge inn med organisasjonens innloggingstjeneste.",
  savedOff: "Lagret. Ansatte kan logge inn med passord igjen.",
  unchanged: "Innstillingen var allerede slik. Ingenting er endret.",
  noStaffProvider: "Sett opp en innloggingstjeneste for ansatte før du krever den, ellers kan ingen ansatte logge inn.",
  mailSubject: "Logg inn i Laget med organisasjonens innlogging",
  mailText: (names: string, url: string) =>
    `Noen ba om nytt passord for kontoen din i Laget.\n\nFor din rolle krever Laget at du logger inn med ${names}, så passord brukes ikke. Gå til ${url} og velg knappen for ${names}.\n\nHar du ikke bedt om dette, kan du se bort fra e-posten.`,
};
