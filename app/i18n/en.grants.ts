/** English text of the grants; keys mirror ./nb.grants.ts. Part of ./en.ts. */
import type { Messages } from "./nb";
import { adminPages } from "./en.grants.admin";
import { applyPages } from "./en.grants.apply";
import { groupPages } from "./en.grants.group";
import { publicPages } from "./en.grants.public";
import { grantWords } from "./en.grants.words";

export const grants: Messages["grants"] = {
  ...grantWords,
  adminPages,
  applyPages,
  groupPages,
  publicPages,
};
