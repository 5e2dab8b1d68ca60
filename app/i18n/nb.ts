/**
 * All of Laget's interface text in bokmål, the single source of UI text: the core (nb.core.ts, what
 * every page may show) and the coordinator and admin workspaces (kept apart so the browser loads them
 * only on those pages, see ./index.ts). Other languages mirror these keys (typed by `Messages`).
 */
import { admin } from "./nb.admin";
import { coordinator } from "./nb.coordinator";
import { nbCore } from "./nb.core";
import { grants } from "./nb.grants";
import { mail } from "./nb.mail";
import { meetings } from "./nb.meetings";
import { meetingsWork } from "./nb.meetings.work";
import { openData } from "./nb.open-data";
import { places } from "./nb.places";
import { planning } from "./nb.planning";

export const nb = { ...nbCore, admin, coordinator, grants, planning, places, meetings, meetingsWork, openData, mail };

/** The shape every language must have: the same keys, strings for strings, same-signature functions. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => R
    : { [K in keyof T]: Widen<T[K]> };
export type Messages = Widen<typeof nb>;
