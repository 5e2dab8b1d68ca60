/**
 * The units the local Enhetsregisteret (./enhetsregisteret-server.ts) knows, in the register's own
 * shape (brreg/openAPI specs/enhetsregisteret.yml, schema Enhet). Invented numbers that pass MOD11
 * (999 991 0xx), names and addresses invented. Each stands for one answer the real register gives.
 */
import { orgNumberCheckDigit } from "~/validation/org-number";

/** The first number with a valid check digit from a given eight-digit start. */
function invented(start: number): string {
  for (let first = start; ; first++) {
    const digit = orgNumberCheckDigit(String(first));
    if (digit !== null) return `${first}${digit}`;
  }
}
export type RegisterAddress = { adresse: string[]; postnummer: string; poststed: string; kommunenummer: string; kommune: string; landkode: string; land: string };
export type RegisterEnhet = {
  organisasjonsnummer: string;
  navn: string;
  organisasjonsform: { kode: string; beskrivelse: string };
  forretningsadresse?: RegisterAddress;
  postadresse?: RegisterAddress;
  naeringskode1?: { kode: string; beskrivelse: string };
  registreringsdatoEnhetsregisteret: string;
  registrertIFrivillighetsregisteret: boolean;
  registrertIForetaksregisteret: boolean;
  konkurs: boolean;
  underAvvikling: boolean;
  underTvangsavviklingEllerTvangsopplosning: boolean;
  maalform: string;
  slettedato?: string;
};

const oslo = (adresse: string, postnummer: string, poststed: string): RegisterAddress => ({
  adresse: [adresse],
  postnummer,
  poststed,
  kommunenummer: "0301",
  kommune: "OSLO",
  landkode: "NO",
  land: "Norge",
});

const base = {
  registreringsdatoEnhetsregisteret: "2011-03-14",
  registrertIForetaksregisteret: false,
  konkurs: false,
  underAvvikling: false,
  underTvangsavviklingEllerTvangsopplosning: false,
  maalform: "Bokmål",
};

/** A voluntary association in Frivillighetsregisteret (FLI, industry 94.991). */
export const VOLUNTARY = invented(99999100);
/** A limited company (AS, industry 56.101 restaurants). */
export const COMPANY = invented(99999110);
/** A municipal agency (ORGL under a municipality, industry 84.110). */
export const MUNICIPAL = invented(99999120);
/** Bankrupt (konkurs). */
export const BANKRUPT = invented(99999130);
/** Being dissolved (underAvvikling). */
export const DISSOLVING = invented(99999140);
/** Deleted from the register (slettedato), still in open data. */
export const DELETED = invented(99999150);
/** Removed from open data: the register answers 410 Gone. */
export const REMOVED = invented(99999160);
/** Answers after three seconds, past Laget's two-second timeout. */
export const SLOW = invented(99999170);
/** Answers 500. */
export const FAILING = invented(99999180);
/** Valid MOD11, but no unit has it: the register answers 404. */
export const UNKNOWN = invented(99999190);

export const UNITS: RegisterEnhet[] = [
  {
    ...base,
    organisasjonsnummer: VOLUNTARY,
    navn: "HAUGERUD NABOLAGSLAG",
    organisasjonsform: { kode: "FLI", beskrivelse: "Forening/lag/innretning" },
    forretningsadresse: oslo("Haugerudveien 40", "0673", "OSLO"),
    naeringskode1: { kode: "94.991", beskrivelse: "Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted" },
    registrertIFrivillighetsregisteret: true,
  },
  {
    ...base,
    organisasjonsnummer: COMPANY,
    navn: "KAFÉ TRIVSEL AS",
    organisasjonsform: { kode: "AS", beskrivelse: "Aksjeselskap" },
    forretningsadresse: oslo("Tvetenveien 150", "0671", "OSLO"),
    naeringskode1: { kode: "56.101", beskrivelse: "Drift av restauranter og kafeer" },
    registrertIFrivillighetsregisteret: false,
    registrertIForetaksregisteret: true,
  },
  {
    ...base,
    organisasjonsnummer: MUNICIPAL,
    navn: "OSLO KOMMUNE BYDEL ALNA",
    organisasjonsform: { kode: "ORGL", beskrivelse: "Organisasjonsledd" },
    forretningsadresse: oslo("Strømsveien 102", "0663", "OSLO"),
    naeringskode1: { kode: "84.110", beskrivelse: "Generell offentlig administrasjon" },
    registrertIFrivillighetsregisteret: false,
  },
  {
    ...base,
    organisasjonsnummer: BANKRUPT,
    navn: "GAMLE BRYGGA EVENTS AS",
    organisasjonsform: { kode: "AS", beskrivelse: "Aksjeselskap" },
    forretningsadresse: oslo("Brynsveien 5", "0667", "OSLO"),
    naeringskode1: { kode: "82.300", beskrivelse: "Kongress-, messe- og utstillingsvirksomhet" },
    registrertIFrivillighetsregisteret: false,
    konkurs: true,
  },
  {
    ...base,
    organisasjonsnummer: DISSOLVING,
    navn: "FURUSET SJAKKLUBB",
    organisasjonsform: { kode: "FLI", beskrivelse: "Forening/lag/innretning" },
    forretningsadresse: oslo("Furusetveien 7", "1053", "OSLO"),
    naeringskode1: { kode: "93.120", beskrivelse: "Idrettslag og -klubber" },
    registrertIFrivillighetsregisteret: true,
    underAvvikling: true,
  },
  {
    ...base,
    organisasjonsnummer: DELETED,
    navn: "TRASOP ULLSTRIKK",
    organisasjonsform: { kode: "FLI", beskrivelse: "Forening/lag/innretning" },
    naeringskode1: { kode: "94.991", beskrivelse: "Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted" },
    registrertIFrivillighetsregisteret: false,
    slettedato: "2024-05-02",
  },
];
