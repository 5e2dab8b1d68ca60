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
  confirmMailSubject: "Bekreft e-postadressen din i Laget",
  confirmMailText: (name: string, link: string) =>
    `Hei, ${name}!\n\nÅpne lenken for å bekrefte e-postadressen din og fullføre registreringen i Laget:\n\n${link}\n\nLenken virker i 24 timer og kan brukes én gang. Har du ikke registrert deg, kan du se bort fra denne e-posten.`,
  accountExistsMailSubject: "Noen prøvde å registrere seg med e-postadressen din i Laget",
  accountExistsMailText: (loginLink: string, resetLink: string) =>
    `Hei!\n\nNoen prøvde nettopp å lage en ny konto i Laget med denne e-postadressen. Du har allerede en konto.\n\nVar det deg, kan du logge inn her og registrere organisasjonen eller be om å bli med derfra:\n${loginLink}\n\nHar du glemt passordet, kan du lage et nytt her:\n${resetLink}\n\nVar det ikke deg, kan du se bort fra denne e-posten. Kontoen din er ikke endret.`,
  confirmedNotice: "Takk! E-postadressen er bekreftet, og du er logget inn. Det du registrerte eller ba om, ser du her.",
  unconfirmedHint: "Har du nettopp registrert deg? Da må du først åpne lenken vi sendte på e-post.",
};
