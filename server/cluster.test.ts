/**
 * The production server as a cluster (WEB_CONCURRENCY=2, server/server.ts): two worker processes
 * serve the port; a browser's copy confirmed by one is confirmed by the other (the validators come
 * from the database, not the process); a write is in the very next read whichever process answers;
 * a worker that dies is replaced while the other goes on serving; SIGTERM stops them all cleanly and
 * removes the pid file.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, test } from "vitest";
import { startServer } from "../scripts/durability/server-process";
import { prepareDatabase } from "../scripts/durability/workload";

const dir = mkdtempSync(path.join(tmpdir(), "laget-cluster-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type LogLine = { msg: string; pid?: number; worker?: number; processes?: number };
const parsed = (lines: string[]): LogLine[] =>
  lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as LogLine];
    } catch {
      return [];
    }
  });

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test("two worker processes serve, a dead one is replaced, SIGTERM stops them all", { timeout: 90_000 }, async () => {
  const fixture = await prepareDatabase(path.join(dir, "db"), 1);
  const server = await startServer({ databasePath: fixture.databasePath, port: 3250, logLevel: "info", env: { WEB_CONCURRENCY: "2" } });
  const workersListening = () => parsed(server.logLines).filter((l) => l.msg === "worker ready");

  const first = await until("two workers", () => (workersListening().length >= 2 ? workersListening() : undefined));
  expect(new Set(first.map((l) => l.pid)).size).toBe(2);
  await until("the primary's listening line", () => parsed(server.logLines).find((l) => l.msg === "listening" && l.processes === 2));
  expect(existsSync(`${fixture.databasePath}.pid`)).toBe(true);

  // Both processes answer: keep-alive off, so each request is a new connection for the primary to hand out.
  const pages = await Promise.all(
    Array.from({ length: 20 }, () => fetch(`${server.baseUrl}/partnere`, { headers: { Connection: "close" } }).then((r) => r.status)),
  );
  expect(pages.every((status) => status === 200)).toBe(true);

  // A new connection each time: the primary hands them to the workers in turn, so both answer.
  const fresh = (url: string, headers: Record<string, string> = {}) => fetch(`${server.baseUrl}${url}`, { headers: { ...headers, Connection: "close" } });
  const etag = (await fresh("/tiltak")).headers.get("etag");
  expect(etag).toMatch(/^W\/".+"$/);
  const revalidations = await Promise.all(Array.from({ length: 6 }, () => fresh("/tiltak", { "If-None-Match": etag! }).then((r) => r.status)));
  expect(revalidations).toEqual([304, 304, 304, 304, 304, 304]);

  const sqlite = new Database(fixture.databasePath);
  const organisation = sqlite.prepare("SELECT slug, name FROM organisations WHERE status = 'approved' LIMIT 1").get() as { slug: string; name: string };
  for (let i = 0; i < 4; i++) expect(await (await fresh(`/partnere/${organisation.slug}`)).text()).toContain(organisation.name);
  sqlite.prepare("UPDATE organisations SET name = ? WHERE slug = ?").run(`${organisation.name} Omdøpt`, organisation.slug);
  sqlite.close();
  for (let i = 0; i < 4; i++) expect(await (await fresh(`/partnere/${organisation.slug}`)).text()).toContain(`${organisation.name} Omdøpt`);
  expect((await fresh("/tiltak", { "If-None-Match": etag! })).status).toBe(200);

  // A worker killed outright is replaced; the port never stops answering meanwhile.
  process.kill(first[0]!.pid!, "SIGKILL");
  await until("the primary to notice", () => parsed(server.logLines).find((l) => l.msg === "a server process died; starting another"));
  expect((await fetch(`${server.baseUrl}/healthz`, { headers: { Connection: "close" } })).status).toBe(200);
  const replacement = await until("a replacement worker", () => workersListening().find((l) => !first.some((f) => f.pid === l.pid)));
  expect(replacement.pid).toBeGreaterThan(0);

  expect(await server.stop()).toBe(0);
  const stopped = parsed(server.logLines).filter((l) => l.msg === "stopped");
  // Each of the two live workers, then the primary.
  expect(stopped).toHaveLength(3);
  expect(existsSync(`${fixture.databasePath}.pid`)).toBe(false);
});
