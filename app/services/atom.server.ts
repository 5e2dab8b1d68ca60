/**
 * Atom 1.0 (RFC 4287) feeds as text. Pure: the route gathers the entries and absolute URLs, this
 * module only writes well-formed, escaped XML.
 */

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

export type AtomEntry = {
  /** A permanent IRI: a tag: URI or an absolute URL. */
  id: string;
  title: string;
  published: Date | number;
  updated: Date | number;
  authorName: string;
  /** Plain text; sent as content type="text". */
  content: string;
  /** Absolute URL of the page that shows the entry. */
  link: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  /** Absolute URL of the feed itself. */
  selfUrl: string;
  /** Absolute URL of the HTML page with the same content. */
  alternateUrl: string;
  /** Used when there are no entries; otherwise the newest entry's `updated`. */
  updated: Date | number;
  lang?: string;
  entries: AtomEntry[];
};

/**
 * Escapes text for XML content and attribute values. Characters XML 1.0 forbids (most control
 * characters, lone surrogates, U+FFFE/U+FFFF) are dropped, since no escape makes them legal.
 */
export function escapeXml(value: string): string {
  return value
    .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A tag: URI (RFC 4151), e.g. tag:laget.no,2026:oppdatering-12: stable even if the site moves. */
export function tagUri(authority: string, date: string, specific: string): string {
  return `tag:${authority.toLowerCase()},${date}:${specific.replace(/[^A-Za-z0-9\-._~:/?@!$&'()*+,;=]/g, "-")}`;
}

const iso = (value: Date | number) => new Date(value).toISOString();

export function renderAtomFeed(feed: AtomFeed): string {
  const newest = feed.entries.reduce<number | null>((max, e) => {
    const t = new Date(e.updated).getTime();
    return max === null || t > max ? t : max;
  }, null);
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.lang ? ` xml:lang="${escapeXml(feed.lang)}"` : ""}>`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`] : []),
    `  <updated>${iso(newest ?? feed.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternateUrl)}"/>`,
  ];
  for (const entry of feed.entries) {
    lines.push(
      `  <entry>`,
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title type="text">${escapeXml(entry.title)}</title>`,
      `    <published>${iso(entry.published)}</published>`,
      `    <updated>${iso(entry.updated)}</updated>`,
      `    <author><name>${escapeXml(entry.authorName)}</name></author>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `    <content type="text">${escapeXml(entry.content)}</content>`,
      `  </entry>`,
    );
  }
  lines.push(`</feed>`, ``);
  return lines.join("\n");
}
