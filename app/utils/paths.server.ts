import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project root: the nearest folder above this module holding Laget's package.json.
 * Found by walking up because this code runs from app/ (tsx, vitest) and from build/ (the bundle),
 * and paths must not depend on the directory the server was started from.
 */
function findProjectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, "package.json");
    if (existsSync(candidate)) {
      try {
        if (JSON.parse(readFileSync(candidate, "utf8")).name === "laget") return dir;
      } catch {
        // not ours; keep walking
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export const projectRoot = findProjectRoot();

/** Resolves a path given relative to the project root (absolute paths are kept). */
export function fromRoot(...segments: string[]): string {
  return path.resolve(projectRoot, ...segments);
}
