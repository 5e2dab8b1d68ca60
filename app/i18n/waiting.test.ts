/** Waiting ages on the coordinator dashboard read as people say them: "i dag", "1 dag", "2 dager". */
import { describe, expect, it } from "vitest";
import { getMessages } from "~/i18n";

describe("waiting ages", () => {
  it("says today, not 0 days, and one day in the singular", () => {
    const nb = getMessages("nb").coordinator.dashboard;
    expect(nb.joinRequestItem("Lag", "Tiltak", 0)).toBe("Lag → Tiltak (i dag)");
    expect(nb.joinRequestItem("Lag", "Tiltak", 1)).toBe("Lag → Tiltak (venter 1 dag)");
    expect(nb.joinRequestItem("Lag", "Tiltak", 2)).toBe("Lag → Tiltak (venter 2 dager)");
    expect(nb.oldest(0)).toBe("den eldste kom i dag");
    expect(nb.oldest(1)).toBe("eldste har ventet 1 dag");
    const en = getMessages("en").coordinator.dashboard;
    expect(en.joinRequestItem("Org", "Initiative", 0)).toBe("Org → Initiative (today)");
    expect(en.oldest(1)).toBe("the oldest has waited 1 day");
  });
});
