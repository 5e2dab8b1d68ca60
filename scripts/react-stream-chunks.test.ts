/**
 * React's Node stream renderer as patched at `npm install` (patches/react-dom+18.3.1.patch, ADR 008):
 * the production build gathers string chunks and encodes them once per 16 kB or per flush, instead
 * of calling TextEncoder once per chunk. The bytes must be exactly what the development build writes
 * (React's own encoding into 2 kB views) — Norwegian letters, emoji split across chunk borders, long
 * texts and content that arrives later through Suspense included.
 *
 * React 18.3.1 as published wrote a stray NUL byte where a letter of two bytes met the end of a 2 kB
 * view (it sent the whole view, unwritten last byte included). The production build's encoder has no
 * views; the development build (the tests' and `npm run dev`'s) is patched to send only the bytes it
 * wrote. A page with "ø" at such a border once failed a test with "foresp\0ørsel".
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { Writable } from "node:stream";
import { Suspense, createElement as h, type ReactNode } from "react";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
type Fizz = typeof import("react-dom/server");
// The package's exports hide its builds; they sit beside its package.json.
const builds = path.join(path.dirname(require.resolve("react-dom/package.json")), "cjs");
const productionFile = path.join(builds, "react-dom-server.node.production.min.js");
const developmentFile = path.join(builds, "react-dom-server.node.development.js");
const patched = require(productionFile) as Fizz;
/** React's own encoding into 2 kB views: the reference for the bytes. */
const reference = require(developmentFile) as Fizz;

/** Renders to a Writable the way entry.server.tsx does, and keeps every write. */
function render(fizz: Fizz, tree: ReactNode): Promise<{ html: string; writes: number }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    });
    sink.on("finish", () => resolve({ html: Buffer.concat(chunks).toString("utf8"), writes: chunks.length }));
    const { pipe } = fizz.renderToPipeableStream(tree, {
      onShellReady: () => pipe(sink),
      onShellError: reject,
      onError: reject,
    });
  });
}

/** Suspends once, then shows its text: as the loader data that Remix streams into the document. */
function Later({ text, arrived }: { text: string; arrived: { done: boolean } }): ReactNode {
  if (!arrived.done) throw new Promise<void>((resolve) => setTimeout(() => ((arrived.done = true), resolve()), 5));
  return h("p", { "data-later": "ja" }, text);
}

function page(rows: number): ReactNode {
  return h(
    "html",
    { lang: "nb" },
    h("head", null, h("title", null, "Partnere – Laget")),
    h(
      "body",
      null,
      h("h1", { className: "text-2xl font-bold" }, "Hvem er med på laget? Æ Ø Å æ ø å"),
      h(
        "ul",
        null,
        Array.from({ length: rows }, (_, i) =>
          h("li", { key: i, id: `rad-${i}`, title: `"${i}" & <${i}>` }, `Bydel Grorud ${i} 🙂 nærmiljø`, h("a", { href: `/partnere/p-${i}` }, "Les mer")),
        ),
      ),
      h("p", null, "ø".repeat(5000) + "🎉".repeat(3000)),
      h(Suspense, { fallback: h("span", null, "laster") }, h(Later, { text: "Kom senere: blåbær 🫐", arrived: { done: false } })),
    ),
  );
}

describe("React's stream renderer, patched", () => {
  it("runs the patched production build", () => {
    expect(readFileSync(productionFile, "utf8")).toContain("Laget patch");
  });

  it("runs the patched development build", () => {
    expect(readFileSync(developmentFile, "utf8")).toContain("currentView.subarray(0, writtenBytes)");
  });

  it("writes exactly the bytes the development build writes, and never a NUL byte", async () => {
    for (const rows of [0, 3, 400]) {
      const before = await render(reference, page(rows));
      const after = await render(patched, page(rows));
      expect(after.html).toBe(before.html);
      expect(after.html).toContain("Kom senere: blåbær 🫐");
    }
  });

  it("writes no NUL byte where a two-byte letter meets the end of a 2 kB view, in either build", async () => {
    // "ø" at every offset around the first views' ends.
    for (let pad = 2030; pad < 2060; pad++) {
      const tree = h("html", null, h("body", null, h("p", null, "a".repeat(pad)), h("p", null, "forespørsel ".repeat(400))));
      for (const fizz of [reference, patched]) expect((await render(fizz, tree)).html).not.toContain("\u0000");
    }
  });

  it("writes a large document in a few large pieces, not thousands of small ones", async () => {
    const { html, writes } = await render(patched, page(2000));
    const bytes = Buffer.byteLength(html);
    expect(bytes).toBeGreaterThan(200_000);
    // At most one write per 16 kB of text (a character can be several bytes) plus the ends of the
    // two flushes; the unpatched renderer writes one per 2 kB view or long text.
    expect(writes).toBeLessThanOrEqual(Math.ceil(bytes / 16_384) + 4);
    expect((await render(reference, page(2000))).writes).toBeGreaterThan(4 * writes);
  });
});
