/** English text of closing a period and creating the successor (/koordinator/avslutning). Keys mirror ./nb.planning.closing.ts. */
import type { Messages } from "./nb";

export const closing: Messages["planning"]["closing"] = {};
