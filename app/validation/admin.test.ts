import { describe, expect, it } from "vitest";
import { parseForm } from "~/utils/forms.server";
import { areaSchema, auditFilterSchema, programmeSchema } from "./admin";

describe("the admin forms' validation", () => {
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(entries)) data.append(k, v);
    return data;
  };

  it("refuses a slug with capitals or spaces, and a period ending before it starts", () => {
    const parsed = parseForm(
      form({ intent: "saveProgramme", name: "X", slug: "Bydel Grorud", municipality: "Oslo", periodStart: "2020", periodEnd: "2019" }),
      programmeSchema
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.result.error).toMatchObject({ slug: ["slugFormat"] });
    const ok = parseForm(
      form({ intent: "saveProgramme", name: "X", slug: "", municipality: "Oslo", periodStart: "2020", periodEnd: "2019" }),
      programmeSchema
    );
    expect(ok.ok ? null : ok.result.error).toEqual({ periodEnd: ["periodOrder"] });
    const empty = parseForm(form({ intent: "saveProgramme", name: "", municipality: "", periodStart: "" }), programmeSchema);
    expect(empty.ok ? null : empty.result.error).toEqual({ name: ["enterProgrammeName"], municipality: ["enterMunicipality"], periodStart: ["yearRequired"] });
  });

  it("reads an area's optional numbers and refuses a lift ending without a start", () => {
    const parsed = parseForm(
      form({ intent: "saveArea", name: "A", kind: "district", parentId: "", population: "", liftStartYear: "", liftEndYear: "" }),
      areaSchema
    );
    expect(parsed.ok && parsed.value).toMatchObject({ slug: "", parentId: null, population: null, liftStartYear: null, liftEndYear: null });
    const bad = parseForm(form({ intent: "saveArea", name: "A", kind: "planet", population: "7 000", liftEndYear: "2026" }), areaSchema);
    expect(bad.ok ? null : bad.result.error).toEqual({ kind: ["chooseAreaKind"], population: ["population"] });
    const lift = parseForm(form({ intent: "saveArea", name: "A", kind: "district", liftEndYear: "2026" }), areaSchema);
    expect(lift.ok ? null : lift.result.error).toEqual({ liftStartYear: ["liftEndWithoutStart"] });
    const order = parseForm(
      form({ intent: "saveArea", name: "A", kind: "district", liftStartYear: "2026", liftEndYear: "2020" }),
      areaSchema
    );
    expect(order.ok ? null : order.result.error).toEqual({ liftEndYear: ["liftOrder"] });
    const blank = parseForm(form({ intent: "saveArea", name: "   ", kind: "district", liftStartYear: "20x6" }), areaSchema);
    expect(blank.ok ? null : blank.result.error).toEqual({ name: ["enterAreaName"], liftStartYear: ["year"] });
  });

  it("checks the audit filters' dates", () => {
    const parsed = parseForm(form({ fra: "2026-02-30", til: "" }), auditFilterSchema);
    expect(parsed.ok ? null : parsed.result.error).toEqual({ fra: ["isoDate"] });
    const order = parseForm(form({ fra: "2026-03-02", til: "2026-03-01", id: "abc" }), auditFilterSchema);
    expect(order.ok ? null : order.result.error).toMatchObject({ id: ["entityId"] });
    const good = parseForm(form({ handling: "user.role_changed", fra: "2026-03-01", til: "2026-03-02", id: "7" }), auditFilterSchema);
    expect(good.ok && good.value).toEqual({
      handling: "user.role_changed",
      aktor: "",
      type: "",
      id: 7,
      fra: "2026-03-01",
      til: "2026-03-02",
    });
  });
});
