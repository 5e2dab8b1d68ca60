/** Laget's interface text in English: the core (en.core.ts) and the workspaces, as in ./nb.ts. */
import type { Messages } from "./nb";
import { admin } from "./en.admin";
import { coordinator } from "./en.coordinator";
import { enCore } from "./en.core";
import { grants } from "./en.grants";
import { mail } from "./en.mail";
import { meetings } from "./en.meetings";
import { meetingsWork } from "./en.meetings.work";
import { openData } from "./en.open-data";
import { places } from "./en.places";
import { planning } from "./en.planning";

export const en: Messages = { ...enCore, admin, coordinator, grants, planning, places, meetings, meetingsWork, openData, mail };
