import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password.server";
import { commonPasswordCount, passwordProblem } from "./password-policy.server";

describe("password hashing", () => {
  it("stores argon2id with at least 19 MiB, 2 iterations and 1 lane", async () => {
    const stored = await hashPassword("en lang og god setning");
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(stored);
    expect(match).not.toBeNull();
    expect(Number(match![1])).toBeGreaterThanOrEqual(19 * 1024);
    expect(Number(match![2])).toBeGreaterThanOrEqual(2);
    expect(Number(match![3])).toBe(1);
    expect(await verifyPassword(stored, "en lang og god setning")).toBe(true);
    expect(await verifyPassword(stored, "en lang og god setning!")).toBe(false);
    expect(await verifyPassword("ikke en hash", "x")).toBe(false);
  });
});

describe("password rules", () => {
  it("ships a list of at least 10 000 common passwords", () => {
    expect(commonPasswordCount()).toBeGreaterThanOrEqual(10_000);
  });

  it("wants 10 to 256 characters and nothing else about composition", () => {
    expect(passwordProblem("kort", "a@b.no")).toBe("passwordLength");
    expect(passwordProblem("x".repeat(257), "a@b.no")).toBe("passwordLength");
    expect(passwordProblem("bare små bokstaver her", "a@b.no")).toBeNull();
    expect(passwordProblem("æøå æøå æøå", "a@b.no")).toBeNull();
    expect(passwordProblem("🙂".repeat(10), "a@b.no")).toBeNull();
  });

  it("refuses common passwords whatever their case", () => {
    expect(passwordProblem("password123", "a@b.no")).toBe("passwordCommon");
    expect(passwordProblem("PASSWORD123", "a@b.no")).toBe("passwordCommon");
    expect(passwordProblem("1234567890", "a@b.no")).toBe("passwordCommon");
  });

  it("refuses a password containing the e-mail's local part", () => {
    expect(passwordProblem("kari.nordmann2026", "Kari.Nordmann@example.no")).toBe("passwordContainsEmail");
    expect(passwordProblem("noe helt annet 2026", "kari.nordmann@example.no")).toBeNull();
  });
});
