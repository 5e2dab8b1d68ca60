// The physical limit the benchmark compares Laget against: a minimal node:http server that answers
// each path with a copy of Laget's own response for it, held in memory. No framework, no database,
// no rendering: what is left is Node's HTTP stack and the bytes on the wire.
// Usage: node scripts/bench/static-server.mjs <pages.json> <port>
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const [pagesFile, port] = process.argv.slice(2);
/** @type {Record<string, { contentType: string; body: string }>} */
const pages = JSON.parse(readFileSync(pagesFile, "utf8"));
const bodies = new Map(
  Object.entries(pages).map(([path, page]) => [path, { contentType: page.contentType, body: Buffer.from(page.body) }]),
);

createServer((req, res) => {
  const page = bodies.get(req.url ?? "/");
  if (!page) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "Content-Type": page.contentType, "Content-Length": page.body.length });
  res.end(page.body);
}).listen(Number(port), "127.0.0.1", () => process.stdout.write("ready\n"));
