import { describe, expect, it } from "vitest";
import { formatOrgNumber, isValidOrgNumber, normaliseOrgNumber, orgNumberCheckDigit, orgNumberProblem } from "./org-number";

describe("organisation number (MOD11, weights 3 2 7 6 5 4 3 2)", () => {
  it("accepts numbers whose check digit matches", () => {
    // 97408 7 8 1: 9·3+7·2+4·7+0·6+8·5+7·4+8·3+1·2 = 27+14+28+0+40+28+24+2 = 163; 163 % 11 = 9; 11-9 = 2
    expect(orgNumberCheckDigit("97408781")).toBe(2);
    expect(isValidOrgNumber("974087812")).toBe(true);
    expect(orgNumberProblem("974087812")).toBeNull();
  });

  it("accepts a number whose remainder is 0 (check digit 0)", () => {
    // 91000002: 27+2 ... find by construction: the digit must be 0 when the sum is divisible by 11
    const prefix = findPrefix((sum) => sum % 11 === 0);
    expect(orgNumberCheckDigit(prefix)).toBe(0);
    expect(isValidOrgNumber(`${prefix}0`)).toBe(true);
  });

  it("refuses a wrong check digit", () => {
    expect(isValidOrgNumber("974087813")).toBe(false);
    expect(orgNumberProblem("974087813")).toBe("checksum");
  });

  it("refuses every number whose remainder is 1, since no check digit can exist", () => {
    const prefix = findPrefix((sum) => sum % 11 === 1);
    expect(orgNumberCheckDigit(prefix)).toBeNull();
    for (let digit = 0; digit <= 9; digit++) expect(isValidOrgNumber(`${prefix}${digit}`)).toBe(false);
    expect(orgNumberProblem(`${prefix}0`)).toBe("checksum");
  });

  it("refuses the wrong length", () => {
    expect(orgNumberProblem("97408781")).toBe("length");
    expect(orgNumberProblem("9740878122")).toBe("length");
    expect(orgNumberProblem("")).toBe("length");
  });

  it("refuses letters and other characters", () => {
    expect(orgNumberProblem("97408781A")).toBe("digits");
    expect(orgNumberProblem("974-087-812")).toBe("digits");
    expect(isValidOrgNumber("NO974087812")).toBe(false);
  });

  it("allows spaces between digit groups, as people write them", () => {
    expect(normaliseOrgNumber("974 087 812")).toBe("974087812");
    expect(isValidOrgNumber("974 087 812")).toBe(true);
    expect(isValidOrgNumber(" 974087812 ")).toBe(true);
    expect(isValidOrgNumber("974\u00a0087\u00a0812")).toBe(true);
  });
});

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];
function findPrefix(predicate: (sum: number) => boolean): string {
  for (let n = 91_000_000; n < 99_999_999; n++) {
    const digits = String(n);
    const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
    if (predicate(sum)) return digits;
  }
  throw new Error("no prefix found");
}

describe("formatOrgNumber", () => {
  it("groups nine digits in threes with no-break spaces, and leaves anything else alone", () => {
    expect(formatOrgNumber("970653058")).toBe("970\u00a0653\u00a0058");
    expect(formatOrgNumber("12345")).toBe("12345");
    expect(formatOrgNumber("")).toBe("");
  });
});
