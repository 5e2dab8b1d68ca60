/**
 * Bokmål text for signing up from the registration and join forms: the "check your e-mail" answer,
 * the confirmation page and the two e-mails (the link, and the notice to an address that already
 * has an account). Part of ./nb.ts.
 */
export const signup = {
  sentTitle: "Sjekk e-posten din",
  sentHeading: "Sjekk e-posten din",
  sentText:
    "Vi har sendt en e-post til adressen du oppga. Åpne lenken i den innen 24 timer for å bekrefte adressen og fullføre. Finner du den ikke, se i søppelposten.",
  sentJoinText:
    "Vi har sendt en e-post til adressen du oppga. Åpne lenken i den innen 24 timer for å bekrefte adressen og logge inn; der ser du forespørselen din.",
  confirmTitle: "Bekreft e-postadressen",
  confirmHeading: "Bekreft e-postadressen",
  confirmIntro: "Trykk på knappen for å bekrefte e-postadressen og logge inn.",
  confirmButton: "Bekreft og logg inn",
  confirmInvalid: "Lenken er ugyldig, brukt eller utløpt. Logg inn med e-post og passord, så sender vi en ny lenke.",
  confirmedNotice: "Takk! E-postadressen er bekreftet, og du er logget inn. Det du registrerte eller ba om, ser du her.",
  unconfirmedHint: "Har du nettopp registrert deg? Da må du først åpne lenken vi sendte på e-post.",
};
