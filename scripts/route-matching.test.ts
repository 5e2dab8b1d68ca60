/**
 * React Router 6's route matching, as patched at `npm install` (patches/@remix-run+router+1.23.3.patch,
 * ADR 007): the server's copy memoises the ranked branches of a route table and the compiled path
 * patterns. The answers must stay exactly what the unpatched code gives, however often a table is
 * matched.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
// The CommonJS build is what the server loads (the browser bundle uses the untouched ES module).
const routerFile = require.resolve("@remix-run/router");
const { matchRoutes } = require("@remix-run/router") as typeof import("@remix-run/router");

const routes = [
  {
    id: "root",
    path: "/",
    children: [
      { id: "home", index: true },
      { id: "partners", path: "partnere" },
      { id: "partner", path: "partnere/:slug" },
      { id: "initiative", path: "tiltak/:slug" },
      { id: "coordinator", path: "koordinator", children: [{ id: "coordinator-index", index: true }, { id: "coordinator-tiltak", path: "tiltak/:slug" }] },
      { id: "case", path: "Sak", caseSensitive: true },
      { id: "splat", path: "*" },
    ],
  },
];

const matched = (path: string) => matchRoutes(routes, path)?.map((m) => [m.route.id, m.params]) ?? null;

describe("route matching, memoised", () => {
  it("runs the patched build", () => {
    expect(routerFile).toMatch(/router\.cjs\.js$/);
    expect(readFileSync(routerFile, "utf8")).toContain("Laget patch");
  });

  it("gives the same answers on every call with the same table", () => {
    for (let round = 0; round < 3; round++) {
      expect(matched("/")).toEqual([["root", {}], ["home", {}]]);
      expect(matched("/partnere")).toEqual([["root", {}], ["partners", {}]]);
      expect(matched("/partnere/leksehjelpa-romsas")).toEqual([["root", { slug: "leksehjelpa-romsas" }], ["partner", { slug: "leksehjelpa-romsas" }]]);
      expect(matched("/PARTNERE/Æøå")).toEqual([["root", { slug: "Æøå" }], ["partner", { slug: "Æøå" }]]);
      expect(matched("/koordinator/tiltak/x")?.map(([id]) => id)).toEqual(["root", "coordinator", "coordinator-tiltak"]);
      expect(matched("/Sak")?.map(([id]) => id)).toEqual(["root", "case"]);
      expect(matched("/sak")?.map(([id]) => id)).toEqual(["root", "splat"]);
      expect(matched("/finnes/ikke")).toEqual([["root", { "*": "finnes/ikke" }], ["splat", { "*": "finnes/ikke" }]]);
    }
  });

  it("ranks a new table on its own", () => {
    const other = [{ id: "only", path: "/partnere" }];
    expect(matchRoutes(other, "/partnere")?.map((m) => m.route.id)).toEqual(["only"]);
    expect(matched("/partnere")?.map(([id]) => id)).toEqual(["root", "partners"]);
  });
});
