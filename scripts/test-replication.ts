/**
 * `npm run test:replication`: the long replication test (scripts/durability/replication.ts), several
 * rounds of writes, `kill -9` of the server and Litestream, the database deleted and restored from
 * the replica; prints the loss window (RPO) and the time to recover (RTO) of each round and their
 * worst. `npm test` runs the short form (scripts/replication.test.ts).
 * Options: --rounds N (default 5), --load-ms MS (default 20000), --sync-interval D (default 1s),
 * --margin-ms MS (default 3000), --port P (default 3710), --replica-url URL (default: a fresh
 * directory per round; e.g. s3://laget-replika/test, with LITESTREAM_S3_ENDPOINT, LITESTREAM_S3_REGION,
 * LITESTREAM_ACCESS_KEY_ID and LITESTREAM_SECRET_ACCESS_KEY taken from the environment). Needs a
 * production build.
 */
import { parseArgs } from "node:util";
import { runReplicationTest } from "./durability/replication";

const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    "load-ms": { type: "string", default: "20000" },
    "sync-interval": { type: "string", default: "1s" },
    "margin-ms": { type: "string", default: "3000" },
    port: { type: "string", default: "3710" },
    "replica-url": { type: "string" },
  },
});
const replicaEnv = Object.fromEntries(
  ["LITESTREAM_S3_ENDPOINT", "LITESTREAM_S3_REGION", "LITESTREAM_ACCESS_KEY_ID", "LITESTREAM_SECRET_ACCESS_KEY"].flatMap((name) =>
    process.env[name] ? [[name, process.env[name]!]] : [],
  ),
);
const result = await runReplicationTest({
  rounds: Number(values.rounds),
  loadMs: Number(values["load-ms"]),
  syncInterval: values["sync-interval"],
  marginMs: Number(values["margin-ms"]),
  port: Number(values.port),
  replicaUrl: values["replica-url"],
  replicaEnv,
  onProgress: (message) => console.log(message),
});
const max = (pick: (r: (typeof result.rounds)[number]) => number) => Math.max(...result.rounds.map(pick));
const median = (pick: (r: (typeof result.rounds)[number]) => number) => {
  const sorted = result.rounds.map(pick).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
console.log(
  JSON.stringify(
    {
      rounds: result.rounds.length,
      syncInterval: result.syncInterval,
      marginMs: result.marginMs,
      acknowledged: result.rounds.reduce((sum, r) => sum + r.acknowledged, 0),
      lost: result.rounds.reduce((sum, r) => sum + r.lost, 0),
      lossWindowMs: { median: median((r) => r.lossWindowMs), max: max((r) => r.lossWindowMs) },
      newestSurvivorAgeMs: { median: median((r) => r.newestSurvivorAgeMs), max: max((r) => r.newestSurvivorAgeMs) },
      restoreCommandMs: { median: median((r) => r.restoreCommandMs), max: max((r) => r.restoreCommandMs) },
      litestreamRestoreMs: { median: median((r) => r.litestreamRestoreMs), max: max((r) => r.litestreamRestoreMs) },
      startMs: { median: median((r) => r.startMs), max: max((r) => r.startMs) },
      rtoMs: { median: median((r) => r.rtoMs), max: max((r) => r.rtoMs) },
      databaseBytes: max((r) => r.databaseBytes),
      busyCheckpoints: result.rounds.reduce((sum, r) => sum + r.busyCheckpoints, 0),
      durationS: Math.round(result.durationMs / 1000),
    },
    null,
    2,
  ),
);
const problems = result.rounds.flatMap((r) => r.problems.map((p) => `round ${r.round}: ${p}`));
for (const problem of problems) console.error(problem);
console.log(problems.length === 0 ? "replication test passed" : "replication test FAILED");
process.exit(problems.length === 0 ? 0 : 1);
