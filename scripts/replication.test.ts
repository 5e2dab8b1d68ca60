/**
 * The short replication test that `npm test` runs (scripts/durability/replication.ts): `npm start`
 * with Litestream replicating to a directory, 8 s of writes over HTTP, `kill -9` of the server and
 * Litestream, the database deleted, `npm run db:restore -- --from-replica`, and `npm start` again.
 * The long form, with more rounds and the figures, is `npm run test:replication`.
 */
import { expect, test } from "vitest";
import { runReplicationTest } from "./durability/replication";

test("after kill -9 and the database deleted, the replica restores every write acknowledged 3 s before the kill", { timeout: 240_000 }, async () => {
  const result = await runReplicationTest({ rounds: 1, port: 3701, loadMs: 8_000, syncInterval: "1s", marginMs: 3_000 });
  const [round] = result.rounds;
  expect(round!.problems).toEqual([]);
  // The writers got going (about 60–200 writes in 8 s on this machine; the floor leaves room for a busy one).
  expect(round!.acknowledged).toBeGreaterThan(20);
  console.log(
    `replication test: ${round!.acknowledged} writes acknowledged, ${round!.lost} lost (loss window ${round!.lossWindowMs} ms), ` +
      `restore ${round!.restoreCommandMs} ms (litestream ${round!.litestreamRestoreMs} ms), start ${round!.startMs} ms, ${Math.round(result.durationMs / 1000)} s`,
  );
});
