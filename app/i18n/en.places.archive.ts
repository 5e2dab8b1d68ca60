/** English text of a closed programme's or area lift's archive marking and outcomes on public pages. Keys mirror ./nb.places.archive.ts. */
import type { Messages } from "./nb";

export const archive: Messages["places"]["archive"] = {
  programmeClosed: (year) => `Closed ${year}`,
  programmeClosedText: "The programme is closed. Its pages stay as an archive, and nobody can join its initiatives any more.",
  liftClosed: (year) => `The area lift was closed in ${year}`,
  initiativeClosed: (year) => `The period was closed in ${year}. Nobody can join the initiative any more.`,
  outcomeHeading: "After the period",
  outcome: {
    ordinary_operations: (by, from) => `Continued in ordinary operations${by ? ` by ${by}` : ""}${from ? ` from ${from}` : ""}`,
    continued_by_partner: (by, from) => `Continued by ${by || "a partner"}${from ? ` from ${from}` : ""}`,
    successor: (programme) => `Continued in ${programme || "a successor programme"}`,
    ended: "Ended",
  },
  reason: (text) => `Reason: ${text}`,
  successorLink: (title) => `See the initiative “${title}” in the new programme`,
  predecessorLink: (title, programme) => `Continues “${title}” from ${programme}`,
  successorProgramme: (name) => `Continued in ${name}`,
  predecessorProgramme: (name) => `Continues ${name}`,
};
