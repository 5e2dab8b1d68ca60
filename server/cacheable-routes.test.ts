/**
 * The routes of the production build that declare themselves cacheable (ADR 012), and the paths the
 * response cache therefore answers: the same paths as the list of patterns the cache kept before
 * the routes declared it. Needs a build (`npx remix build`, or LAGET_BUILD_DIR); `npm test` builds
 * before vitest.
 */
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import { fromRoot } from "../app/utils/paths.server";
import { cacheablePathTest, cacheableRouteIds } from "./cacheable-routes";

let build: ServerBuild;

beforeAll(async () => {
  const file = fromRoot(process.env.LAGET_BUILD_DIR ?? "build", "index.js");
  if (!existsSync(file)) throw new Error(`No production build at ${file}: run \`npx remix build\` first.`);
  build = (await import(pathToFileURL(file).href)) as ServerBuild;
});

/** The patterns server/response-cache.ts held until the routes declared it themselves. */
const FORMER_PATTERNS = [
  /^\/$/,
  /^\/(partnere|tiltak|omrader|oppdateringer)(\/[^/]+)?$/,
  /^\/(samarbeid|apne-data|tilgjengelighet|personvern|oppdateringer\.atom)$/,
  /^\/api\/v1\/(organisations|initiatives|participations)$/,
];

describe("routes that declare themselves cacheable", () => {
  it("are the public pages, the feed and the open-data endpoints", () => {
    expect(cacheableRouteIds(build.routes)).toEqual(
      [
        "routes/_index",
        "routes/api.v1.grants",
        "routes/api.v1.initiatives",
        "routes/api.v1.organisations",
        "routes/api.v1.participations",
        "routes/api.v1.programmes",
        "routes/apne-data",
        "routes/kart",
        "routes/moter.$slug",
        "routes/moter._index",
        "routes/moter[.]atom",
        "routes/moter[.]ics",
        "routes/omrader.$slug",
        "routes/omrader._index",
        "routes/oppdateringer._index",
        "routes/oppdateringer[.]atom",
        "routes/partnere.$slug",
        "routes/partnere._index",
        "routes/personvern",
        "routes/samarbeid",
        "routes/satsinger.$slug._index",
        "routes/satsinger.$slug.plan.$year",
        "routes/satsinger._index",
        "routes/tilgjengelighet",
        "routes/tilskudd.$slug",
        "routes/tilskudd._index",
        "routes/tiltak.$slug",
        "routes/tiltak._index",
      ].sort(),
    );
  });

  it("include the grants in public (issue 20) and none of the grants' personal pages", () => {
    const cacheable = cacheablePathTest(build.routes);
    for (const path of ["/tilskudd", "/tilskudd/naermiljotilskudd-storhaug", "/api/v1/grants"]) expect({ path, cacheable: cacheable(path) }).toEqual({ path, cacheable: true });
    for (const path of ["/min-side/tilskudd", "/min-side/tilskudd/1", "/bydelsgruppe", "/bydelsgruppe/1", "/bydelsgruppe/1/protokoll", "/koordinator/tilskudd", "/tilskudd/a/b"])
      expect({ path, cacheable: cacheable(path) }).toEqual({ path, cacheable: false });
  });

  it("make the same paths cacheable as the former patterns", () => {
    const cacheable = cacheablePathTest(build.routes);
    const paths = [
      "/",
      "/partnere",
      "/partnere/romsas-idrettslag",
      "/partnere/%C3%A6rlig-%C3%B8l",
      "/tiltak",
      "/tiltak/leksehjelp",
      "/omrader",
      "/omrader/romsas",
      "/oppdateringer",
      "/oppdateringer.atom",
      "/samarbeid",
      "/apne-data",
      "/tilgjengelighet",
      "/personvern",
      "/api/v1/organisations",
      "/api/v1/initiatives",
      "/api/v1/participations",
      // Not as written, or not public:
      "/partnere/",
      "/partnere//x",
      "/partnere/a/b",
      "/Partnere",
      "/samarbeid/",
      "/api/v1/organisations/1",
      "/api/v1",
      "/logg-inn",
      "/min-side",
      "/koordinator",
      "/admin",
      "/konto",
      "/varsler",
      "/healthz",
      "/sprak",
      "/registrer",
      "/filer/logo/x.webp",
      "/finnes-ikke",
      "/build/entry.js",
    ];
    for (const path of paths) {
      // Twice: the second answer comes from the kept answers.
      for (let i = 0; i < 2; i++) expect([path, cacheable(path)]).toEqual([path, FORMER_PATTERNS.some((pattern) => pattern.test(path))]);
    }
  });

  it("leaves out a path whose only match is the catch-all (the former patterns let /oppdateringer/x through, to a 404 never kept)", () => {
    expect(cacheablePathTest(build.routes)("/oppdateringer/x")).toBe(false);
  });
});
