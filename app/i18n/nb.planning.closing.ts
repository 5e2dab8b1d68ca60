/** Bokmål text of closing a period and creating the successor (/koordinator/avslutning). Part of ./nb.planning.ts. */
export const closing = {};
