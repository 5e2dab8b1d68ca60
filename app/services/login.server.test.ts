import { describe, expect, it } from "vitest";
import { users } from "../../db/schema";
import { getDb } from "~/utils/db.server";
import { attemptLogin } from "./login.server";
import { hashPassword, verifyPassword } from "./password.server";

function countingVerify() {
  const calls = { n: 0 };
  const verify = (hash: string, password: string) => {
    calls.n++;
    return verifyPassword(hash, password);
  };
  return { calls, verify };
}

describe("login with the brute-force limit", () => {
  it("accepts the right password and refuses a wrong one with the same answer as an unknown e-mail", async () => {
    const passwordHash = await hashPassword("riktig passord 2026");
    getDb().insert(users).values({ email: "Kari@Example.test", name: "Kari", passwordHash }).run();
    const ok = await attemptLogin("kari@example.test", "riktig passord 2026", "192.0.2.1");
    expect(ok.ok).toBe(true);
    const wrong = await attemptLogin("kari@example.test", "galt passord", "192.0.2.1");
    const unknown = await attemptLogin("ingen@example.test", "galt passord", "192.0.2.1");
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("hashes for unknown e-mails too, so timing does not reveal accounts", async () => {
    const { calls, verify } = countingVerify();
    await attemptLogin("finnes-ikke@example.test", "noe", "192.0.2.50", verify);
    expect(calls.n).toBe(1);
  });

  it("blocks the 11th failed attempt for an account within 15 minutes, without hashing", async () => {
    const passwordHash = await hashPassword("riktig passord 2026");
    getDb().insert(users).values({ email: "offer@example.test", name: "Offer", passwordHash }).run();
    const { calls, verify } = countingVerify();
    for (let i = 0; i < 10; i++) {
      // A different address each time: the account's own counter is what blocks.
      const result = await attemptLogin("offer@example.test", `feil ${i}`, `192.0.2.${100 + i}`, verify);
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    expect(calls.n).toBe(10);
    const eleventh = await attemptLogin("offer@example.test", "riktig passord 2026", "192.0.2.200", verify);
    expect(eleventh.ok).toBe(false);
    expect(eleventh.ok === false && eleventh.reason).toBe("blocked");
    expect(eleventh.ok === false && eleventh.reason === "blocked" && eleventh.retryAfterSeconds).toBeGreaterThan(0);
    expect(calls.n).toBe(10);
  });

  it("blocks an address after 10 failures across different accounts", async () => {
    const { calls, verify } = countingVerify();
    for (let i = 0; i < 10; i++) await attemptLogin(`konto${i}@example.test`, "feil", "198.51.100.7", verify);
    const result = await attemptLogin("en-annen@example.test", "feil", "198.51.100.7", verify);
    expect(result.ok === false && result.reason).toBe("blocked");
    expect(calls.n).toBe(10);
  });

  it("evaluates at most 10 of 50 simultaneous wrong passwords for one account from one address", async () => {
    const passwordHash = await hashPassword("riktig passord 2026");
    getDb().insert(users).values({ email: "samtidig@example.test", name: "Samtidig", passwordHash }).run();
    const { calls, verify } = countingVerify();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => attemptLogin("samtidig@example.test", `feil ${i}`, "192.0.2.77", verify)));
    expect(calls.n).toBe(10);
    expect(results.filter((r) => r.ok === false && r.reason === "invalid")).toHaveLength(10);
    expect(results.filter((r) => r.ok === false && r.reason === "blocked")).toHaveLength(40);
  });

  it("evaluates at most 10 of 50 simultaneous attempts on one account from 50 addresses", async () => {
    const passwordHash = await hashPassword("riktig passord 2026");
    getDb().insert(users).values({ email: "mange@example.test", name: "Mange", passwordHash }).run();
    const { calls, verify } = countingVerify();
    await Promise.all(Array.from({ length: 50 }, (_, i) => attemptLogin("mange@example.test", `feil ${i}`, `203.0.113.${i + 1}`, verify)));
    expect(calls.n).toBe(10);
  });

  it("does not count a successful login as a failed attempt", async () => {
    const passwordHash = await hashPassword("riktig passord 2026");
    getDb().insert(users).values({ email: "ofte@example.test", name: "Ofte", passwordHash }).run();
    for (let i = 0; i < 12; i++) expect((await attemptLogin("ofte@example.test", "riktig passord 2026", "192.0.2.88")).ok).toBe(true);
  });
});
