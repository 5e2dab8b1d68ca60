/**
 * Bokmål text of e-mails that only the server writes. Part of ./nb.ts, but never sent to the browser
 * (not in the core catalogue that entry.client.tsx loads), so it costs no page weight.
 */
export const mail = {
  /** Signing up (app/models/signup.server.ts). */
  signup: {
    confirmMailSubject: "Bekreft e-postadressen din i Laget",
    confirmMailText: (name: string, link: string) =>
      `Hei, ${name}!\n\nÅpne lenken for å bekrefte e-postadressen din og fullføre registreringen i Laget:\n\n${link}\n\nLenken virker i 24 timer og kan brukes én gang. Har du ikke registrert deg, kan du se bort fra denne e-posten.`,
    accountExistsMailSubject: "Noen prøvde å registrere seg med e-postadressen din i Laget",
    accountExistsMailText: (loginLink: string, resetLink: string) =>
      `Hei!\n\nNoen prøvde nettopp å lage en ny konto i Laget med denne e-postadressen. Du har allerede en konto.\n\nVar det deg, kan du logge inn her og registrere organisasjonen eller be om å bli med derfra:\n${loginLink}\n\nHar du glemt passordet, kan du lage et nytt her:\n${resetLink}\n\nVar det ikke deg, kan du se bort fra denne e-posten. Kontoen din er ikke endret.`,
  },
};
