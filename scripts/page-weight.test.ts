/**
 * Page weight: the JavaScript and CSS that each public page makes a browser load, measured gzipped
 * from the production build (build/, or LAGET_BUILD_DIR). A page is rendered by the real build, and
 * what its HTML names under /build/ (scripts, module preloads, the inline module script's imports,
 * style sheets) is followed through the static imports of every JavaScript file. Budgets from issue 7:
 * at most 120 kB of JavaScript and 25 kB of CSS per page, gzipped (kB = 1000 bytes).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoData } from "../db/seed";
import { PUBLIC_PAGES } from "../e2e/public-pages";
import { getRequest, loadBuiltApp, type BuiltApp } from "../app/testing/built-app.server";
import { getDb } from "../app/utils/db.server";
import { fromRoot } from "../app/utils/paths.server";
import { sectionsForPath, type CatalogueSection } from "../app/i18n";

/** The catalogue modules each section brings: the dynamic imports of SECTIONS in app/i18n/index.ts. */
const SECTION_CHUNKS: Record<CatalogueSection, string[]> = {
  workspace: ["admin", "coordinator", "grants", "planning"],
  publicGrants: ["grants.words", "grants.public"],
  places: ["places"],
  meetings: ["meetings"],
  meetingsWork: ["meetings.work"],
  about: ["open-data"],
};

const JS_BUDGET = 120_000;
const CSS_BUDGET = 25_000;
const PUBLIC_PATH = "/build/";
const clientDir = fromRoot(process.env.LAGET_BUILD_DIR ?? "build", "client");

/** The asset a /build/ URL names, as a path inside the client build. */
function assetFile(url: string): string {
  return path.join(clientDir, url.slice(PUBLIC_PATH.length));
}

/**
 * The /build/ assets a browser loads for the page: style sheets, scripts, module preloads and the
 * inline module script's imports, then every JavaScript file those import statically. The route
 * list inside the inline manifest names modules too, but those load only on navigation.
 */
export function assetsOfPage(html: string, catalogueChunks: readonly string[] = []): { js: Set<string>; css: Set<string> } {
  const lang = /<html lang="([a-z]+)"/.exec(html)?.[1];
  const urls = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]!);
  const css = new Set(urls(/<link rel="stylesheet" href="(\/build\/[^"]+\.css)"/g));
  const js = new Set<string>();
  const queue = [
    ...urls(/<link rel="modulepreload" href="(\/build\/[^"]+\.js)"/g),
    ...urls(/<script[^>]* src="(\/build\/[^"]+\.js)"/g),
    ...urls(/(?:\bfrom|\bimport\(?)\s*"(\/build\/[^"]+\.js)"/g),
  ];
  while (queue.length) {
    const url = queue.pop()!;
    if (js.has(url)) continue;
    js.add(url);
    const source = readFileSync(assetFile(url), "utf8");
    // esbuild's ESM output: `import{a}from"/build/_shared/chunk-X.js"` and `import"./x.js"`; of the
    // dynamic imports, entry.client.tsx loads the core catalogue of the page's language before
    // hydrating (nb.core-*.js), and the catalogue sections the page's path needs (nb.admin-*,
    // nb.places-*…: `catalogueChunks`); other sections load only on their own pages.
    for (const match of source.matchAll(/(?:\bfrom|\bimport)\s*(\(?)\s*["']((?:\.{1,2}|\/build)\/[^"']+\.js)["']/g)) {
      const target = match[2]!;
      const dynamic = match[1] === "(";
      const chunk = path.posix.basename(target);
      if (dynamic && !["core", ...catalogueChunks].some((name) => chunk.startsWith(`${lang}.${name}-`))) continue;
      queue.push(target.startsWith("/") ? target : path.posix.join(path.posix.dirname(url), target));
    }
  }
  return { js, css };
}

function gzippedSize(urls: Set<string>): number {
  let total = 0;
  for (const url of urls) total += gzipSync(readFileSync(assetFile(url))).length;
  return total;
}

const pages = PUBLIC_PAGES.filter((page) => !page.status);
let app: BuiltApp;

beforeAll(async () => {
  await seedDemoData(getDb());
  app = await loadBuiltApp();
});

describe("page weight of the public pages", () => {
  const figures: Record<string, { jsFiles: number; jsGzipKb: number; cssGzipKb: number }> = {};

  it.each(pages)("$path loads at most 120 kB of JavaScript and 25 kB of CSS, gzipped", async ({ path: pagePath }) => {
    const response = await app(getRequest(pagePath, { headers: { "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0" } }));
    expect(response.status).toBe(200);
    const sections = sectionsForPath(pagePath);
    const { js, css } = assetsOfPage(await response.text(), sections.flatMap((name) => SECTION_CHUNKS[name]));
    // A page that names no script would hide a broken measurement, not a light page.
    expect(js.size).toBeGreaterThan(2);
    // …and the page's text catalogue must be among what is counted (a renamed chunk would drop it).
    expect([...js].some((url) => /\/(nb|en)\.core-[^/]+\.js$/.test(url)), "the message catalogue is counted").toBe(true);
    for (const chunk of sections.flatMap((name) => SECTION_CHUNKS[name])) {
      expect([...js].some((url) => new RegExp(`/(nb|en)\\.${chunk}-[^/]+\\.js$`).test(url)), `the ${chunk} catalogue is counted`).toBe(true);
    }
    expect(css.size).toBeGreaterThan(0);
    const jsBytes = gzippedSize(js);
    const cssBytes = gzippedSize(css);
    figures[pagePath] = { jsFiles: js.size, jsGzipKb: jsBytes / 1000, cssGzipKb: cssBytes / 1000 };
    expect(jsBytes, `JavaScript of ${pagePath}: ${[...js].join(", ")}`).toBeLessThanOrEqual(JS_BUDGET);
    expect(cssBytes, `CSS of ${pagePath}`).toBeLessThanOrEqual(CSS_BUDGET);
  });

  it("reports the figures", () => {
    expect(Object.keys(figures)).toHaveLength(pages.length);
    console.table(figures);
  });
});
