/** Bokmål text of a closed programme's or area lift's archive marking and outcomes on public pages. Part of ./nb.places.ts. */
export const archive = {
  /** The marking on a closed programme's pages. */
  programmeClosed: (year: number) => `Avsluttet ${year}`,
  programmeClosedText: "Satsingen er avsluttet. Sidene står som et arkiv, og ingen kan bli med i tiltakene lenger.",
  liftClosed: (year: number) => `Områdeløftet ble avsluttet ${year}`,
  initiativeClosed: (year: number) => `Perioden ble avsluttet ${year}. Ingen kan bli med i tiltaket lenger.`,
  outcomeHeading: "Etter perioden",
  outcome: {
    ordinary_operations: (by: string, from: string) => `Videreført i ordinær drift${by ? ` av ${by}` : ""}${from ? ` fra ${from}` : ""}`,
    continued_by_partner: (by: string, from: string) => `Videreført av ${by || "en partner"}${from ? ` fra ${from}` : ""}`,
    successor: (programme: string) => `Videreført i ${programme || "en ny satsing"}`,
    ended: "Avsluttet",
  },
  reason: (text: string) => `Begrunnelse: ${text}`,
  successorLink: (title: string) => `Se tiltaket «${title}» i den nye satsingen`,
  predecessorLink: (title: string, programme: string) => `Viderefører «${title}» fra ${programme}`,
  successorProgramme: (name: string) => `Videreført i ${name}`,
  predecessorProgramme: (name: string) => `Viderefører ${name}`,
};
