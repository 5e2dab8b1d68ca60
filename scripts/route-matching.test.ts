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

  it("gives each caller its own copy of a kept answer", () => {
    const first = matchRoutes(routes, "/partnere/a")!;
    // A caller that changes its answer (a loader writing to its params) changes nothing for the next.
    (first[0]!.params as Record<string, string>).slug = "endret";
    first.pop();
    const second = matchRoutes(routes, "/partnere/a")!;
    expect(second.map((m) => [m.route.id, m.params, m.pathname])).toEqual([
      ["root", { slug: "a" }, "/"],
      ["partner", { slug: "a" }, "/partnere/a"],
    ]);
    // As unpatched: the matches of one answer share one params object and point at the table's routes.
    expect(second[0]!.params).toBe(second[1]!.params);
    expect(second[1]!.route).toBe(routes[0]!.children[2]);
    expect(second).not.toBe(matchRoutes(routes, "/partnere/a"));
  });

  it("keeps answering right past the number of paths it keeps", () => {
    for (let i = 0; i < 2500; i++) expect(matched(`/partnere/p${i}`)?.[1]).toEqual(["partner", { slug: `p${i}` }]);
    expect(matched("/partnere/p0")?.[1]).toEqual(["partner", { slug: "p0" }]);
    expect(matched("/ingen/slik/side")?.[0]).toEqual(["root", { "*": "ingen/slik/side" }]);
  });

  it("ranks a new table on its own", () => {
    const other = [{ id: "only", path: "/partnere" }];
    expect(matchRoutes(other, "/partnere")?.map((m) => m.route.id)).toEqual(["only"]);
    expect(matched("/partnere")?.map(([id]) => id)).toEqual(["root", "partners"]);
  });
});

describe("the route tree a page renders with, built once per build", () => {
  // What @remix-run/react's RemixServer renders through (patches/react-router-dom+6.30.4.patch and
  // patches/@remix-run+react+2.17.5.patch): the data routes of a tree are derived once and shared,
  // while location, matches and data stay those of each request.
  const { createStaticHandler } = require("@remix-run/router") as typeof import("@remix-run/router");
  const { createStaticRouter } = require("react-router-dom/server") as typeof import("react-router-dom/server");
  const contextFor = async (path: string, table: typeof routes | { id: string; path: string }[] = routes) => {
    const context = await createStaticHandler(table).query(new Request(`http://laget.test${path}`));
    if (context instanceof Response) throw new Error("unexpected redirect");
    return context;
  };

  it("runs the patched builds", () => {
    expect(readFileSync(require.resolve("react-router-dom/server"), "utf8")).toContain("Laget patch");
    expect(readFileSync(require.resolve("@remix-run/react/dist/server.js"), "utf8")).toContain("Laget patch");
  });

  it("shares the data routes between requests and keeps each request's own state", async () => {
    const first = createStaticRouter(routes, await contextFor("/partnere/a"));
    const second = createStaticRouter(routes, await contextFor("/koordinator/tiltak/b"));
    expect(second.routes).toBe(first.routes);
    expect(first.state.location.pathname).toBe("/partnere/a");
    expect(first.state.matches.map((m) => [m.route.id, m.params])).toEqual([["root", { slug: "a" }], ["partner", { slug: "a" }]]);
    expect(second.state.matches.map((m) => m.route.id)).toEqual(["root", "coordinator", "coordinator-tiltak"]);
    // The matches point at the shared data routes, as unpatched code points at its own copy.
    expect(second.state.matches[0]!.route).toBe(first.routes[0]);
    const other = [{ id: "only", path: "/partnere" }];
    expect(createStaticRouter(other, await contextFor("/partnere", other)).routes).not.toBe(first.routes);
  });
});
