const BASE = "http://laget.invalid";

/**
 * Where to go after logging in or switching language: only a path on this site. The value is parsed
 * as a browser would (dot segments removed, `%2e` read as a dot), and the path that comes out is
 * checked again, since normalising can turn a harmless-looking `/.//evil.example` into the
 * protocol-relative `//evil.example`. What is returned starts with exactly one `/`, holds no
 * backslash (raw or encoded at its start), no control character and no userinfo, and resolves to
 * this site; anything else gives `fallback`.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/min-side"): string {
  if (typeof to !== "string" || !isSitePath(to)) return fallback;
  let url: URL;
  try {
    url = new URL(to, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.username || url.password) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Checked after normalisation, and stable under a second one: a browser reading the Location
  // header resolves it the same way.
  if (!isSitePath(path) || new URL(path, BASE).href !== url.href) return fallback;
  return path;
}

/** A path that a browser can only read as one on this site. */
function isSitePath(value: string): boolean {
  if (!value.startsWith("/") || value.startsWith("//")) return false;
  // Tabs and newlines are dropped by URL parsers (`/\t/evil` becomes `//evil`); backslashes count as slashes.
  if (/[\u0000-\u0020\u007f\\]/.test(value)) return false;
  // An encoded slash or backslash right after the first one is refused, for servers and proxies that decode it.
  if (/^\/%(2f|5c)/i.test(value)) return false;
  return true;
}
