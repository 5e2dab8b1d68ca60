/**
 * Every form schema in app/validation against hostile forms (app/testing/hostile-input.ts), read the
 * way actions read them (parseForm: conform + zod from FormData): parsing never throws, and every
 * refusal names its problems with keys of the Norwegian catalogue, so the person always gets
 * Norwegian text (never zod's English defaults).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { nb } from "~/i18n/nb";
import { hostileForm } from "~/testing/hostile-input";
import { parseForm } from "~/utils/forms.server";
import * as account from "./account";
import * as admin from "./admin";
import * as auth from "./auth";
import * as coordinator from "./coordinator";
import * as feedback from "./feedback";
import * as membership from "./membership";
import * as participation from "./participation";
import * as profile from "./profile";
import * as registration from "./registration";
import * as update from "./update";

const MODULES = { account, admin, auth, coordinator, feedback, membership, participation, profile, registration, update };

/** Field names a schema reads, and the values its `intent` (or other literal) fields accept. */
function shapeOf(schema: z.ZodType): { fields: string[]; literals: string[] } {
  const fields = new Set<string>();
  const literals = new Set<string>();
  const walk = (node: z.ZodType) => {
    const def = (node as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
    switch (def.type) {
      case "object":
        for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>)) {
          fields.add(key);
          walk(child);
        }
        break;
      case "union":
        (def.options as z.ZodType[]).forEach(walk);
        break;
      case "literal":
        for (const v of def.values as unknown[]) if (typeof v === "string") literals.add(v);
        break;
      case "pipe":
        walk(def.in as z.ZodType);
        break;
      case "optional":
      case "default":
      case "nullable":
        walk(def.innerType as z.ZodType);
        break;
    }
  };
  walk(schema);
  return { fields: [...fields], literals: [...literals] };
}

const formSchemas = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => value instanceof z.ZodType && shapeOf(value).fields.length > 0)
    .map(([name, value]) => ({ name: `${module}.${name}`, schema: value as z.ZodType })),
);

/**
 * Keys the forms can show: the shared `validation` messages, and the keys of section-specific error
 * texts that a page translates itself (e.g. `yearRange` on the admin pages).
 */
const MESSAGE_KEYS = new Set<string>(Object.keys(nb.validation));
const collectKeys = (node: unknown) => {
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (typeof value === "string" || typeof value === "function") MESSAGE_KEYS.add(key);
    else collectKeys(value);
  }
};
collectKeys(nb);

function toFormData(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(name, item);
  return data;
}

describe("form schemas under hostile input", () => {
  it("covers every form schema", () => {
    expect(formSchemas.length).toBeGreaterThanOrEqual(25);
  });

  for (const { name, schema } of formSchemas) {
    it(name, () => {
      const { fields, literals } = shapeOf(schema);
      fc.assert(
        fc.property(hostileForm(fields, literals), (form) => {
          const parsed = parseForm(toFormData(form), schema);
          if (parsed.ok) return;
          const keys = Object.values(parsed.result.error ?? {}).flatMap((errors) => errors ?? []);
          expect(keys.length, `${name}: refused without a reason`).toBeGreaterThan(0);
          for (const key of keys) expect(MESSAGE_KEYS.has(key), `${name}: "${key.slice(0, 80)}" is not a Norwegian message key`).toBe(true);
        }),
        { numRuns: 60 },
      );
    });
  }
});
