/**
 * 50 concurrent writers for 20 s against the real built server: every write gets the expected
 * success answer, none meets SQLITE_BUSY (in its answer or in the server's log), and every
 * acknowledged write is in the database afterwards. The writes are the signed-in ones of
 * scripts/durability/workload.ts (no password hashing), so the test loads the database.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { checkDatabase, problemsIn } from "./durability/checks";
import { startServer } from "./durability/server-process";
import { prepareDatabase, Workload } from "./durability/workload";

const dir = mkdtempSync(path.join(tmpdir(), "laget-concurrency-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WRITERS = 50;
const WRITE_MS = 20_000;

test("50 concurrent writers for 20 s: 0 errors, 0 SQLITE_BUSY", { timeout: 120_000 }, async () => {
  const fixture = await prepareDatabase(dir, WRITERS);
  const server = await startServer({ databasePath: fixture.databasePath, port: 3230, logLevel: "info" });
  const workload = new Workload(fixture);
  const writeUntil = Date.now() + WRITE_MS;
  await workload.run(server.baseUrl, WRITERS, () => Date.now() > writeUntil);
  expect(await server.stop()).toBe(0);

  const busy = server.logLines.filter((line) => /SQLITE_BUSY|database is locked/i.test(line));
  const requestLines = server.logLines.filter((line) => line.includes('"msg":"request"')).map((line) => JSON.parse(line) as { method: string; status: number });
  const posts = requestLines.filter((line) => line.method === "POST");
  expect(busy).toEqual([]);
  expect(workload.failures).toEqual([]);
  expect(workload.unanswered).toBe(0);
  // The server's own log agrees: every POST it finished was answered with the redirect to "saved".
  expect(posts.filter((line) => line.status !== 302)).toEqual([]);
  expect(posts.length).toBe(workload.acknowledged.length);

  expect(problemsIn(checkDatabase(fixture.databasePath, workload.acknowledged))).toEqual([]);
  expect(workload.acknowledged.length).toBeGreaterThan(WRITERS);
  const perKind = (kind: string) => workload.acknowledged.filter((w) => w.kind === kind).length;
  console.log(
    `concurrency: ${WRITERS} writers, ${workload.acknowledged.length} writes in ${WRITE_MS / 1000} s ` +
      `(${Math.round(workload.acknowledged.length / (WRITE_MS / 1000))}/s; ${perKind("registration")} registrations, ` +
      `${perKind("update")} updates, ${perKind("join")} join requests), 0 errors, 0 SQLITE_BUSY`,
  );
});
