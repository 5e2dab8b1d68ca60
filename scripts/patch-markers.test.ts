/**
 * The check `npm start` makes before serving (scripts/patch-markers.ts): each marker is a line the
 * patch adds, to the file it names; the installed packages have every one; and a missing or
 * unpatched file is reported by patch, with what to do.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fromRoot } from "../app/utils/paths.server";
import { missingPatches, missingPatchesMessage, PATCH_MARKERS } from "./patch-markers";

const scratch = mkdtempSync(path.join(tmpdir(), "laget-patches-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The lines a patch adds, per file it patches. */
function addedLines(patch: string): Map<string, string> {
  const added = new Map<string, string>();
  let file = "";
  for (const line of readFileSync(fromRoot("patches", patch), "utf8").split("\n")) {
    if (line.startsWith("+++ b/")) file = line.slice("+++ b/".length);
    else if (line.startsWith("+")) added.set(file, `${added.get(file) ?? ""}${line.slice(1)}\n`);
  }
  return added;
}

describe("patch markers", () => {
  it("cover every patch in patches/ and every file it patches, with text the patch adds", () => {
    const patches = readdirSync(fromRoot("patches")).filter((name) => name.endsWith(".patch"));
    expect(new Set(PATCH_MARKERS.map((m) => m.patch))).toEqual(new Set(patches));
    for (const patch of patches) {
      const added = addedLines(patch);
      const marked = PATCH_MARKERS.filter((m) => m.patch === patch);
      expect(new Set(marked.map((m) => m.file))).toEqual(new Set(added.keys()));
      for (const { file, marker } of marked) expect(added.get(file)).toContain(marker);
    }
  });

  it("are all in the installed packages", () => {
    expect(missingPatches(fromRoot("."))).toEqual([]);
  });

  it("report a file without its patch, and a file that is not there, by patch", () => {
    const [present, absent] = [PATCH_MARKERS[0]!, PATCH_MARKERS[1]!];
    mkdirSync(path.dirname(path.join(scratch, present.file)), { recursive: true });
    writeFileSync(path.join(scratch, present.file), "the unpatched file");
    const missing = missingPatches(scratch, [present, absent]);
    expect(missing).toEqual([present, absent]);
    const message = missingPatchesMessage(missing);
    expect(message).toContain("2 patches are not applied");
    expect(message).toContain(`patches/${present.patch}`);
    expect(message).toContain(`patches/${absent.patch}`);
    expect(message).toContain("npm install");

    writeFileSync(path.join(scratch, present.file), `before ${present.marker} after`);
    expect(missingPatches(scratch, [present])).toEqual([]);
  });
});
