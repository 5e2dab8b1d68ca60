/**
 * The documentation of /api/v1/grants on /apne-data, in both languages. Kept out of the core message
 * catalogue, which every public page loads in the browser (its page weight budget, README "Response
 * cache and page weight"): the /apne-data loader sends the words of the request's language instead.
 */
import type { Language } from "~/i18n";

type Doc = { name: string; description: string };
type FieldDoc = Doc & { type: string };
export type GrantsEndpointDocs = {
  heading: string;
  what: string;
  description: string;
  parameters: Doc[];
  fields: FieldDoc[];
  published: string;
  example: string;
};

const DOCS: Record<Language, GrantsEndpointDocs> = {
  nb: {
    heading: "Tilskudd",
    what: "tilskudd",
    description:
      "Søknader som har fått tilskudd, helt eller delvis, i søknadsrunder der vedtaksbrevene er sendt, nyeste vedtak først. Avslåtte søknader er ikke med.",
    parameters: [{ name: "scheme", description: "Bare tilskudd fra denne ordningen. Kortnavnet, for eksempel naermiljotilskudd-storhaug." }],
    fields: [
      { name: "scheme", type: "objekt", description: "Tilskuddsordningen, med slug og name." },
      { name: "round", type: "tekst", description: "Navnet på søknadsrunden." },
      { name: "title", type: "tekst", description: "Aktiviteten det er gitt tilskudd til." },
      { name: "recipient", type: "objekt", description: "Mottakeren: kind er organisation (med slug, name og sector) eller private_person (uten navn eller andre opplysninger)." },
      { name: "area", type: "objekt eller null", description: "Området aktiviteten er i, med slug og name." },
      { name: "outcome", type: "tekst", description: "granted (innvilget) eller partly_granted (delvis innvilget)." },
      { name: "amountGranted", type: "tall", description: "Beløpet som er innvilget, i kroner (øre som desimaler)." },
      { name: "decidedOn", type: "dato", description: "Vedtaksdatoen (ÅÅÅÅ-MM-DD)." },
      { name: "url", type: "tekst", description: "Full adresse til ordningens side i Laget." },
    ],
    published:
      "Tilskudd: søknader som har fått tilskudd, helt eller delvis, når vedtaksbrevene er sendt. Avslag publiseres ikke, og en privatperson som har fått tilskudd, vises bare som privatperson, aldri med navn.",
    example: "Alle tildelte tilskudd som CSV-fil",
  },
  en: {
    heading: "Grants",
    what: "grant",
    description:
      "Applications granted in full or in part, in application rounds whose decision letters have been sent, newest decision first. Rejected applications are not included.",
    parameters: [{ name: "scheme", description: "Only grants of this scheme. Its short name, for example naermiljotilskudd-storhaug." }],
    fields: [
      { name: "scheme", type: "object", description: "The grant scheme, with slug and name." },
      { name: "round", type: "text", description: "The name of the application round." },
      { name: "title", type: "text", description: "The activity the grant is for." },
      { name: "recipient", type: "object", description: "The recipient: kind is organisation (with slug, name and sector) or private_person (no name or other details)." },
      { name: "area", type: "object or null", description: "The area of the activity, with slug and name." },
      { name: "outcome", type: "text", description: "granted or partly_granted." },
      { name: "amountGranted", type: "number", description: "The amount granted, in kroner (øre as decimals)." },
      { name: "decidedOn", type: "date", description: "The date of the decision (YYYY-MM-DD)." },
      { name: "url", type: "text", description: "Full address of the scheme's page in Laget." },
    ],
    published:
      "Grants: applications granted in full or in part, once the decision letters have been sent. Rejections are not published, and a private person who received a grant is shown only as a private person, never by name.",
    example: "All grants awarded as a CSV file",
  },
};

export function grantsEndpointDocs(lang: Language): GrantsEndpointDocs {
  return DOCS[lang];
}
