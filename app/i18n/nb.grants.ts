/**
 * Bokmål text of the grants (nærmiljøtilskudd, issue 20): the words every grant page shares
 * (./nb.grants.words.ts) and each group of pages' own. Part of ./nb.ts. The workspaces load all of
 * it; the public grant pages only the shared words and their own (./index.ts). Decision letters are
 * in ./nb.mail.ts (server only).
 */
import { adminPages } from "./nb.grants.admin";
import { applyPages } from "./nb.grants.apply";
import { groupPages } from "./nb.grants.group";
import { publicPages } from "./nb.grants.public";
import { grantWords } from "./nb.grants.words";

export const grants = {
  ...grantWords,
  /** Each group of pages keeps its own words in its own file. */
  adminPages,
  applyPages,
  groupPages,
  publicPages,
};
