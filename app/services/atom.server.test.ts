import { describe, expect, it } from "vitest";
import { escapeXml, renderAtomFeed, tagUri, type AtomFeed } from "./atom.server";

type XmlElement = { name: string; attributes: Record<string, string>; children: (XmlElement | string)[] };

/**
 * A small, strict XML parser for the tests (no XML library is installed): throws on anything that
 * is not well-formed (unescaped < or &, unknown entities, unquoted or repeated attributes, tags that
 * do not match), and decodes entities so the tests can compare the text a feed reader would see.
 */
function parseXml(xml: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: ${JSON.stringify(xml.slice(i, i + 40))}`);
  };
  const decode = (raw: string): string => {
    if (/[<]/.test(raw)) fail("raw < in text");
    return raw.replace(/&([^;]*);?/g, (m, name: string) => {
      if (!m.endsWith(";")) fail("& without ;");
      const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
      if (name in named) return named[name]!;
      if (/^#x[0-9a-f]+$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (/^#\d+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)));
      return fail(`unknown entity &${name};`);
    });
  };
  const skipSpace = () => {
    while (/\s/.test(xml[i] ?? "")) i++;
  };
  if (xml.startsWith("<?xml")) {
    i = xml.indexOf("?>") + 2;
    if (i < 2) fail("unterminated declaration");
  }
  skipSpace();
  const parseElement = (): XmlElement => {
    if (xml[i] !== "<") fail("expected <");
    i++;
    const name = /^[A-Za-z_][\w.:-]*/.exec(xml.slice(i))?.[0] ?? fail("bad tag name");
    i += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      skipSpace();
      if (xml.startsWith("/>", i)) {
        i += 2;
        return { name, attributes, children: [] };
      }
      if (xml[i] === ">") {
        i++;
        break;
      }
      const attr = /^[A-Za-z_][\w.:-]*/.exec(xml.slice(i))?.[0] ?? fail("bad attribute");
      i += attr.length;
      if (xml[i] !== "=") fail("expected =");
      i++;
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") fail("unquoted attribute");
      const end = xml.indexOf(quote!, i + 1);
      if (end < 0) fail("unterminated attribute");
      if (attr in attributes) fail("repeated attribute");
      attributes[attr] = decode(xml.slice(i + 1, end));
      i = end + 1;
    }
    const children: (XmlElement | string)[] = [];
    for (;;) {
      if (i >= xml.length) fail(`unclosed <${name}>`);
      if (xml.startsWith("</", i)) {
        i += 2;
        if (!xml.startsWith(name, i)) fail(`mismatched </…> for <${name}>`);
        i += name.length;
        skipSpace();
        if (xml[i] !== ">") fail("expected >");
        i++;
        return { name, attributes, children };
      }
      if (xml[i] === "<") children.push(parseElement());
      else {
        const next = xml.indexOf("<", i);
        const text = xml.slice(i, next < 0 ? xml.length : next);
        children.push(decode(text));
        i += text.length;
      }
    }
  };
  const root = parseElement();
  skipSpace();
  if (i !== xml.length) fail("content after the root element");
  return root;
}

const elements = (e: XmlElement, name: string) => e.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === name);
const child = (e: XmlElement, name: string) => elements(e, name)[0];
const text = (e: XmlElement | undefined) => (e ? e.children.filter((c) => typeof c === "string").join("") : undefined);

const nasty = `Tom & Jerry <script>alert("x")</script> 'sitat' ]]> æøå`;

const feed: AtomFeed = {
  id: "https://laget.example/oppdateringer.atom",
  title: "Oppdateringer – Laget",
  subtitle: "Nytt & viktig",
  selfUrl: "https://laget.example/oppdateringer.atom?tiltak=a&omrade=b",
  alternateUrl: "https://laget.example/oppdateringer?tiltak=a&omrade=b",
  updated: new Date("2020-01-01T00:00:00Z"),
  lang: "nb",
  entries: [
    {
      id: tagUri("laget.example", "2026", "oppdatering-2"),
      title: nasty,
      published: new Date("2026-08-25T10:00:00Z"),
      updated: new Date("2026-08-26T09:30:00Z"),
      authorName: "Grorud Bakeri & Kafé",
      content: `Første avsnitt.\n\n${nasty}\u0000\u0007 slutt`,
      link: "https://laget.example/tiltak/a#oppdatering-2",
    },
    {
      id: tagUri("laget.example", "2026", "oppdatering-1"),
      title: "Eldre",
      published: new Date("2026-05-01T08:00:00Z"),
      updated: new Date("2026-05-01T08:00:00Z"),
      authorName: "NAV Grorud",
      content: "Tekst",
      link: "https://laget.example/tiltak/b#oppdatering-1",
    },
  ],
};

describe("escapeXml", () => {
  it("escapes the five XML special characters", () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &apos; f");
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("drops characters XML cannot carry and keeps everything else", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\uFFFEe")).toBe("abcde");
    expect(escapeXml("linje\nlinje\ttab æøå 🙂")).toBe("linje\nlinje\ttab æøå 🙂");
  });
});

describe("renderAtomFeed", () => {
  const xml = renderAtomFeed(feed);
  const root = parseXml(xml);

  it("is well-formed Atom 1.0 with the feed's metadata", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(root.name).toBe("feed");
    expect(root.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(root.attributes["xml:lang"]).toBe("nb");
    expect(text(child(root, "id"))).toBe(feed.id);
    expect(text(child(root, "title"))).toBe("Oppdateringer – Laget");
    expect(text(child(root, "subtitle"))).toBe("Nytt & viktig");
    const links = elements(root, "link");
    expect(links.find((l) => l.attributes.rel === "self")?.attributes.href).toBe(feed.selfUrl);
    expect(links.find((l) => l.attributes.rel === "alternate")?.attributes.href).toBe(feed.alternateUrl);
  });

  it("says it was updated when the newest entry was", () => {
    expect(text(child(root, "updated"))).toBe("2026-08-26T09:30:00.000Z");
    const empty = parseXml(renderAtomFeed({ ...feed, entries: [] }));
    expect(text(child(empty, "updated"))).toBe("2020-01-01T00:00:00.000Z");
    expect(elements(empty, "entry")).toEqual([]);
  });

  it("writes each entry with id, title, dates, author, link and text content, escaped and intact", () => {
    const entries = elements(root, "entry");
    expect(entries).toHaveLength(2);
    const first = entries[0]!;
    expect(text(child(first, "id"))).toBe("tag:laget.example,2026:oppdatering-2");
    expect(text(child(first, "title"))).toBe(nasty);
    expect(text(child(first, "published"))).toBe("2026-08-25T10:00:00.000Z");
    expect(text(child(first, "updated"))).toBe("2026-08-26T09:30:00.000Z");
    expect(text(child(child(first, "author")!, "name"))).toBe("Grorud Bakeri & Kafé");
    expect(child(first, "link")?.attributes).toMatchObject({ rel: "alternate", href: feed.entries[0]!.link });
    const content = child(first, "content")!;
    expect(content.attributes.type).toBe("text");
    expect(text(content)).toBe(`Første avsnitt.\n\n${nasty} slutt`);
    // Nothing from the text turned into markup.
    expect(elements(first, "script")).toEqual([]);
    expect(xml).not.toContain("<script>");
  });
});

describe("tagUri", () => {
  it("builds a tag: URI and keeps the specific part within the allowed characters", () => {
    expect(tagUri("Laget.Example", "2026", "oppdatering-12")).toBe("tag:laget.example,2026:oppdatering-12");
    expect(tagUri("laget.example", "2026", "a b#c")).toBe("tag:laget.example,2026:a-b-c");
  });
});

describe("the test's XML parser", () => {
  it("rejects what is not well-formed", () => {
    expect(() => parseXml("<a>&</a>")).toThrow();
    expect(() => parseXml("<a><b></a>")).toThrow();
    expect(() => parseXml('<a x="1" x="2"/>')).toThrow();
    expect(() => parseXml("<a x=1/>")).toThrow();
    expect(() => parseXml("<a>&nbsp;</a>")).toThrow();
    expect(parseXml("<a x='&lt;'>&amp;<b/></a>")).toEqual({ name: "a", attributes: { x: "<" }, children: ["&", { name: "b", attributes: {}, children: [] }] });
  });
});
