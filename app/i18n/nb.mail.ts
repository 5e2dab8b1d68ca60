/**
 * Bokmål text of e-mails that only the server writes. Part of ./nb.ts, but never sent to the browser
 * (not in the core catalogue that entry.client.tsx loads), so it costs no page weight.
 */
import type { GrantOutcome } from "~/validation/enums";
import { dateTimeFormat, numberFormat } from "./format";

/** What a decision letter says (app/models/grant/decision.server.ts fills it in). */
export type GrantLetter = {
  applicant: string;
  title: string;
  scheme: string;
  round: string;
  outcome: GrantOutcome;
  amountAppliedOre: number;
  amountGrantedOre: number;
  reason: string;
  conditions: string;
  /** YYYY-MM-DD */
  reportDueOn: string | null;
  decidedOn: string;
  appealDeadline: string;
  appealBody: string;
  link: string;
};

/** Øre as kroner: whole kroner without decimals, else with two. */
export const amountIn = (locale: string) => (ore: number) =>
  numberFormat(locale).format(Math.round(Number(ore) || 0) / 100).replace(/\u00a0/g, " ");
/** A calendar date (YYYY-MM-DD) written out; read as UTC noon so no time zone moves the day. */
export const isoDateIn = (locale: string) => (iso: string) => {
  const date = new Date(`${String(iso)}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? String(iso) : dateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
};
const nbAmount = amountIn("nb-NO");
const nbDate = isoDateIn("nb-NO");

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
  /** Grants (app/models/grant/*): the decision letter and the report reminders, in the recipient's language. */
  grants: {
    decisionSubject: (title: string) => `Vedtak om tilskudd: ${title}`,
    /** The decision letter (enkeltvedtak): decision, reason, conditions, report due date, and the right to appeal (forvaltningsloven §§ 24, 28–29). */
    decisionText: (p: GrantLetter) => {
      const kr = (ore: number) => `kr ${nbAmount(ore)}`;
      const outcome =
        p.outcome === "granted"
          ? `Søknaden er innvilget med ${kr(p.amountGrantedOre)}.`
          : p.outcome === "partly_granted"
            ? `Søknaden er delvis innvilget med ${kr(p.amountGrantedOre)} av ${kr(p.amountAppliedOre)} som det ble søkt om.`
            : "Søknaden er avslått.";
      const lines = [
        `Hei, ${p.applicant}!`,
        "",
        `${p.scheme}, ${p.round}: vedtak ${nbDate(p.decidedOn)} om søknaden «${p.title}».`,
        "",
        outcome,
      ];
      if (p.reason) lines.push("", `Begrunnelse: ${p.reason}`);
      if (p.outcome !== "rejected") {
        if (p.conditions) lines.push("", `Vilkår: ${p.conditions}`);
        if (p.reportDueOn) lines.push("", `Rapport om hvordan pengene ble brukt, skal leveres i Laget innen ${nbDate(p.reportDueOn)}. Ubrukte midler må betales tilbake.`);
      }
      lines.push(
        "",
        `Du kan klage på vedtaket innen tre uker etter at du fikk dette brevet, det vil si innen ${nbDate(p.appealDeadline)} (forvaltningsloven §§ 28 og 29). Klagen sendes fra søknadens side i Laget. Gruppen vurderer klagen på nytt; tas den ikke til følge, sendes den til ${p.appealBody}. Du kan også be om å se dokumentene i saken (forvaltningsloven § 18).`,
        "",
        p.link,
        "",
        "Hilsen Laget",
      );
      return lines.join("\n");
    },
    reportReminderSubject: (title: string) => `Påminnelse: rapport for «${title}»`,
    reportReminderText: (title: string, due: string, link: string) =>
      `Hei!\n\nRapporten for «${title}» skal leveres innen ${nbDate(due)}. Fortell hva som ble gjort, hvor mange som deltok, og hva pengene gikk til:\n\n${link}\n\nHilsen Laget`,
  },
};
