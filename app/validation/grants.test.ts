import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { en } from "~/i18n/en";
import { nb } from "~/i18n/nb";
import {
  applicationDraftSchema,
  decisionSchema,
  declarationSchema,
  grantsErrorText,
  osloLocalToInstant,
  parseNorwegianAmount,
  roundSchema,
  schemeSchema,
} from "./grants";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(name, v);
  return data;
}
const errors = (result: { reply: () => { error?: Record<string, string[] | null> | null } }) =>
  Object.fromEntries(Object.entries(result.reply().error ?? {}).map(([k, v]) => [k, v?.[0]]));

describe("Norwegian amounts", () => {
  it.each([
    ["12 500", 1_250_000],
    ["12 500,50", 1_250_050],
    ["12500", 1_250_000],
    ["kr 12500", 1_250_000],
    ["kr. 12 500", 1_250_000],
    ["12 500 kr", 1_250_000],
    ["KR 12 500,-", 1_250_000],
    ["12\u00a0500", 1_250_000], // no-break space, as Intl writes it
    ["12\u202f500,5", 1_250_050], // narrow no-break space
    ["12\u2009500", 1_250_000], // thin space
    ["1 250 000", 125_000_000],
    ["0", 0],
    ["  40 000  ", 4_000_000],
    ["99,99", 9_999],
  ])("reads %j as %i øre", (input, ore) => {
    expect(parseNorwegianAmount(input)).toEqual({ ok: true, ore });
  });

  it.each([
    ["12.500.50", "amountFormat"],
    ["12.500", "amountFormat"],
    ["abc", "amountFormat"],
    ["", "amountFormat"],
    ["12 50", "amountFormat"],
    ["1 2500", "amountFormat"],
    ["12,5,0", "amountFormat"],
    ["kr", "amountFormat"],
    ["12 500 kroner ekstra", "amountFormat"],
    ["1e5", "amountFormat"],
    ["-500", "amountNegative"],
    ["−500", "amountNegative"],
    ["kr -12 500", "amountNegative"],
    ["12 500,505", "amountDecimals"],
    ["1,001", "amountDecimals"],
    ["999 999 999 999 999", "amountTooLarge"],
    ["100 000 001", "amountTooLarge"],
  ])("refuses %j (%s)", (input, reason) => {
    expect(parseNorwegianAmount(input)).toEqual({ ok: false, reason });
  });

  it("every refusal has a clear message in both languages", () => {
    for (const reason of ["amountFormat", "amountNegative", "amountDecimals", "amountTooLarge"] as const) {
      expect(grantsErrorText(nb, reason)).toMatch(/beløp/i);
      expect(grantsErrorText(en, reason)).toMatch(/amount/i);
    }
    expect(grantsErrorText(nb, "amountFormat")).toContain("12 500,50");
  });
});

describe("Oslo time", () => {
  it("turns a deadline in Oslo into the UTC instant, winter and summer", () => {
    expect(new Date(osloLocalToInstant("2027-02-15", "12:00")).toISOString()).toBe("2027-02-15T11:00:00.000Z");
    expect(new Date(osloLocalToInstant("2026-04-15", "12:00")).toISOString()).toBe("2026-04-15T10:00:00.000Z");
    expect(new Date(osloLocalToInstant("2026-03-29", "00:00")).toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(new Date(osloLocalToInstant("2026-10-25", "23:59")).toISOString()).toBe("2026-10-25T22:59:00.000Z");
  });
});

describe("grant forms", () => {
  it("a round's deadline is read in Oslo time and must come after it opens", () => {
    const ok = parseWithZod(form({ name: "Vår 2027", opensOn: "2027-01-10", deadlineOn: "2027-03-01", deadlineTime: "12:00", budget: "kr 300 000" }), { schema: roundSchema });
    expect(ok.status).toBe("success");
    if (ok.status === "success") {
      expect(ok.value.deadlineAt).toBe(Date.parse("2027-03-01T11:00:00Z"));
      expect(ok.value.budgetOre).toBe(30_000_000);
    }
    const bad = parseWithZod(form({ name: "Vår", opensOn: "2027-03-10", deadlineOn: "2027-03-01", budget: "12.500" }), { schema: roundSchema });
    expect(errors(bad)).toMatchObject({ budget: "amountFormat" });
    const order = parseWithZod(form({ name: "Vår", opensOn: "2027-03-10", deadlineOn: "2027-03-01", budget: "1000" }), { schema: roundSchema });
    expect(errors(order)).toMatchObject({ deadlineOn: "deadlineAfterOpens" });
  });

  it("a scheme needs areas, someone who may apply, and a decision time when continuous", () => {
    const result = parseWithZod(
      form({ programmeId: "1", name: "Ordning", maxAmount: "40 000", ownSharePercent: "50", appealBody: "Klagenemnda", reportDueDays: "60", isContinuous: "on" }),
      { schema: schemeSchema },
    );
    expect(errors(result)).toMatchObject({ areaIds: "chooseAreas" });
    const second = parseWithZod(
      form({ programmeId: "1", name: "Ordning", areaIds: "3", maxAmount: "40 000", ownSharePercent: "50", appealBody: "Klagenemnda", reportDueDays: "60", isContinuous: "on" }),
      { schema: schemeSchema },
    );
    expect(errors(second)).toMatchObject({ sectors: "chooseApplicants", decisionWithinDays: "decisionWithinDays" });
  });

  it("a draft takes empty fields but refuses a malformed amount and a half-written budget line", () => {
    expect(parseWithZod(form({}), { schema: applicationDraftSchema }).status).toBe("success");
    const result = parseWithZod(
      form({ amountApplied: "12.500.50", "budgetLines[0].description": "Leie", "budgetLines[0].amount": "" }),
      { schema: applicationDraftSchema },
    );
    expect(errors(result)).toMatchObject({ amountApplied: "amountFormat", budgetLines: "budgetLineIncomplete" });
    const ok = parseWithZod(
      form({ amountApplied: "12 500", "budgetLines[0].description": "Leie", "budgetLines[0].amount": "kr 10 000", "budgetLines[1].description": "Mat", "budgetLines[1].amount": "5 000,50" }),
      { schema: applicationDraftSchema },
    );
    expect(ok.status).toBe("success");
    if (ok.status === "success") {
      expect(ok.value.amountApplied).toBe(1_250_000);
      expect(ok.value.budgetLines).toEqual([
        { description: "Leie", amountOre: 1_000_000 },
        { description: "Mat", amountOre: 500_050 },
      ]);
    }
  });

  it("a rejection or partial grant needs a reason (§ 24), a full grant does not", () => {
    expect(errors(parseWithZod(form({ applicationId: "1", outcome: "rejected" }), { schema: decisionSchema }))).toMatchObject({ reason: "enterDecisionReason" });
    expect(errors(parseWithZod(form({ applicationId: "1", outcome: "partly_granted", amount: "5 000" }), { schema: decisionSchema }))).toMatchObject({ reason: "enterDecisionReason" });
    expect(errors(parseWithZod(form({ applicationId: "1", outcome: "partly_granted", reason: "Budsjett" }), { schema: decisionSchema }))).toMatchObject({ amount: "enterPartialAmount" });
    expect(parseWithZod(form({ applicationId: "1", outcome: "granted" }), { schema: decisionSchema }).status).toBe("success");
  });

  it("a declared conflict needs its reason", () => {
    expect(errors(parseWithZod(form({ conflict: "yes" }), { schema: declarationSchema }))).toMatchObject({ reason: "enterConflictReason" });
    const ok = parseWithZod(form({ conflict: "no", reason: "ignored" }), { schema: declarationSchema });
    expect(ok.status === "success" && ok.value).toEqual({ hasConflict: false, reason: null });
  });

  it("every key the grant schemas give has a text in both languages", () => {
    for (const key of Object.keys(nb.grants.validation)) {
      expect(grantsErrorText(en, key), key).not.toBe(key);
    }
  });
});
