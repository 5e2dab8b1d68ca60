/** URL slugs in Norwegian: "Leksehjelpa Romsås" → "leksehjelpa-romsas". */
export function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "uten-navn";
}

/** The first of `base`, `base-2`, `base-3` … that `taken` does not contain. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/**
 * Slugs that are a page's own path segment beside the things' addresses (/koordinator/tiltak/ny,
 * /koordinator/tilskudd/ny): a thing named "Ny" gets "ny-2" instead of hiding behind the form.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["ny"]);
