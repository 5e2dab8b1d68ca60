/**
 * Password rules (NIST SP 800-63B / OWASP ASVS): 10–256 characters, no composition rules, paste
 * allowed; refused when it is one of the ~30 000 most common passwords (the list zxcvbn ships) or
 * contains the e-mail address's local part.
 */
import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));
  return common;
}

export function commonPasswordCount(): number {
  return commonPasswords().size;
}

export type PasswordProblem = "passwordLength" | "passwordCommon" | "passwordContainsEmail";

export function passwordProblem(password: string, email: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN || length > PASSWORD_MAX) return "passwordLength";
  if (commonPasswords().has(password.toLowerCase())) return "passwordCommon";
  const local = email.split("@")[0]?.trim().toLowerCase() ?? "";
  if (local.length >= 3 && password.toLowerCase().includes(local)) return "passwordContainsEmail";
  return null;
}
