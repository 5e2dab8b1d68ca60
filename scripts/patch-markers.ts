/**
 * Whether the patch-package patches in patches/ are in node_modules. The server's speed (ADR 007,
 * 008, 011) and hydration surviving an early key press (ADR 009) depend on them, and nothing fails
 * loudly without them: an install that skipped its postinstall (`--ignore-scripts`) or a package
 * replaced afterwards would serve slower, or break on a fast click, without a word. So `npm start`
 * looks for a short string each patch adds to each file it patches, and refuses to serve when one
 * is missing.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export type PatchMarker = {
  /** The patch in patches/. */
  patch: string;
  /** The patched file, relative to the project root. */
  file: string;
  /** A string the patch adds to that file, found nowhere in the unpatched one. */
  marker: string;
};

export const PATCH_MARKERS: PatchMarker[] = [
  {
    patch: "@remix-run+router+1.23.3.patch",
    file: "node_modules/@remix-run/router/dist/router.cjs.js",
    marker: "ranked.answers.set(key, copyMatches(matches))",
  },
  {
    patch: "@remix-run+react+2.17.5.patch",
    file: "node_modules/@remix-run/react/dist/server.js",
    marker: "const serverRoutesCache = new WeakMap();",
  },
  {
    patch: "react-router-dom+6.30.4.patch",
    file: "node_modules/react-router-dom/server.js",
    marker: "const dataRoutesCache = new WeakMap();",
  },
  {
    patch: "react-dom+18.3.1.patch",
    file: "node_modules/react-dom/cjs/react-dom-server.node.development.js",
    marker: "Laget's patch (ADR 008): only the bytes written",
  },
  {
    patch: "react-dom+18.3.1.patch",
    file: "node_modules/react-dom/cjs/react-dom-server.node.production.min.js",
    marker: "Laget patch (ADR 008)",
  },
  {
    patch: "react-dom+18.3.1.patch",
    file: "node_modules/react-dom/cjs/react-dom.development.js",
    marker: "Laget's patch: the shell suspended",
  },
  {
    patch: "react-dom+18.3.1.patch",
    file: "node_modules/react-dom/cjs/react-dom.production.min.js",
    marker: "if(6===c)return Ck(a,b),Dk(a,B()),null",
  },
];

/** The markers missing under `root` (a file that is not there counts as missing). */
export function missingPatches(root: string, markers: PatchMarker[] = PATCH_MARKERS): PatchMarker[] {
  return markers.filter(({ file, marker }) => {
    const target = path.join(root, file);
    return !existsSync(target) || !readFileSync(target, "utf8").includes(marker);
  });
}

/** The message `npm start` stops with, naming each patch that is not applied. */
export function missingPatchesMessage(missing: PatchMarker[]): string {
  const patches = [...new Set(missing.map((m) => m.patch))];
  return [
    `Not starting: ${patches.length === 1 ? "a patch is" : `${patches.length} patches are`} not applied to node_modules:`,
    ...missing.map((m) => `  patches/${m.patch} (${m.file} lacks "${m.marker}")`),
    "Run `npm install` (its postinstall applies patches/ with patch-package), or, if a patched package",
    "changed version, redo the patch for the new version (docs/decisions/007, 008, 009, 011).",
  ].join("\n");
}
