import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { emailField, idList, optionalText, requiredText } from "./common";

/** Parses as the server does: a FormData through conform, so empty fields behave as in a real form. */
function parse(schema: z.ZodType, entries: [string, string][]) {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return parseWithZod(form, { schema });
}

describe("shared form fields", () => {
  const schema = z.object({ name: requiredText(10), note: optionalText(10, { multiline: true }), email: emailField.optional(), ids: idList });

  it("trims and accepts good input", () => {
    const result = parse(schema, [["name", "  Æøå  "], ["note", "a\nb"], ["email", " kari@example.no "], ["ids", "3"], ["ids", "3"], ["ids", "4"]]);
    expect(result.status).toBe("success");
    expect(result.status === "success" && result.value).toEqual({ name: "Æøå", note: "a\nb", email: "kari@example.no", ids: [3, 4] });
  });

  it("lets optional text be left empty", () => {
    const result = parse(schema, [["name", "x"], ["note", ""]]);
    expect(result.status === "success" && result.value).toEqual({ name: "x", note: "", ids: [] });
  });

  it("gives translation keys for every mistake", () => {
    const result = parse(schema, [["name", "   "], ["note", "x".repeat(11)], ["email", "ikke-epost"], ["ids", "abc"]]);
    expect(result.status).toBe("error");
    const error = result.reply().error!;
    expect(error.name).toEqual(["required"]);
    expect(error.note).toEqual(["tooLong"]);
    expect(error.email).toEqual(["email"]);
    expect(error["ids[0]"]).toEqual(["invalidChoice"]);
  });

  it("refuses control characters but allows line breaks in multi-line text", () => {
    expect(parse(schema, [["name", "a\u0000b"]]).reply().error?.name).toEqual(["controlCharacters"]);
    expect(parse(schema, [["name", "a\nb"]]).reply().error?.name).toEqual(["controlCharacters"]);
    expect(parse(schema, [["name", "ok"], ["note", "a\u0007"]]).reply().error?.note).toEqual(["controlCharacters"]);
  });
});
