/**
 * Norwegian organisation numbers (organisasjonsnummer): nine digits, the last a MOD11 check digit
 * computed from the first eight with the weights 3 2 7 6 5 4 3 2. A remainder giving check digit 10
 * means no valid number exists with those eight digits.
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** The check digit for eight leading digits, or null when the number cannot exist (remainder 1). */
export function orgNumberCheckDigit(firstEight: string): number | null {
  if (!/^\d{8}$/.test(firstEight)) return null;
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(firstEight[i]), 0);
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/** People write "987 654 321" or "987654321"; spaces are allowed in input and removed. */
export function normaliseOrgNumber(input: string): string {
  return input.replace(/[\s\u00a0]/g, "");
}

export type OrgNumberProblem = "length" | "digits" | "checksum";

/** Why a (normalised) organisation number is invalid, or null when it is valid. */
export function orgNumberProblem(value: string): OrgNumberProblem | null {
  if (!/^\d*$/.test(value)) return "digits";
  if (value.length !== 9) return "length";
  const expected = orgNumberCheckDigit(value.slice(0, 8));
  return expected !== null && expected === Number(value[8]) ? null : "checksum";
}

export function isValidOrgNumber(input: string): boolean {
  return orgNumberProblem(normaliseOrgNumber(input)) === null;
}

/**
 * An organisation number as people read it, in groups of three: "970 653 058" (with no-break spaces,
 * so it never wraps). For display only: inputs, open data, CSV and JSON-LD keep the nine digits.
 * Anything that is not nine digits is shown as it is.
 */
export function formatOrgNumber(value: string): string {
  return /^\d{9}$/.test(value) ? `${value.slice(0, 3)}\u00a0${value.slice(3, 6)}\u00a0${value.slice(6)}` : value;
}
