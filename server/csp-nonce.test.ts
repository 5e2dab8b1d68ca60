import { describe, expect, it } from "vitest";
import { NONCE_BYTES, createNonceSource } from "./csp-nonce";

describe("CSP nonces", () => {
  it("gives 16 fresh random bytes per nonce, across refills of the pool", () => {
    const next = createNonceSource(4);
    const nonces = Array.from({ length: 1000 }, next);
    expect(new Set(nonces).size).toBe(nonces.length);
    for (const nonce of nonces) {
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(Buffer.from(nonce, "base64")).toHaveLength(NONCE_BYTES);
    }
  });
});
