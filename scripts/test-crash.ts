/**
 * `npm run test:crash`: the long crash test, 200 `kill -9`s of the real server under concurrent
 * writes (scripts/durability/crash.ts). `npm test` runs the short form (scripts/crash.test.ts).
 * Options: --kills N (default 200), --port P (default 3250). Needs a production build.
 */
import { parseArgs } from "node:util";
import { runCrashTest } from "./durability/crash";

const { values } = parseArgs({ options: { kills: { type: "string", default: "200" }, port: { type: "string", default: "3250" } } });
const result = await runCrashTest({
  kills: Number(values.kills),
  port: Number(values.port),
  onProgress: (message) => console.log(message),
});
const { missing, halfWritten, foreignKeyProblems, failures, ...summary } = result;
console.log(JSON.stringify({ ...summary, missing: missing.length, halfWritten: halfWritten.length, foreignKeyProblems: foreignKeyProblems.length, failures: failures.length }, null, 2));
for (const write of missing) console.error("lost:", JSON.stringify(write));
for (const problem of halfWritten) console.error("half-written:", problem);
for (const failure of failures.slice(0, 20)) console.error("failed:", JSON.stringify(failure));
const ok = result.integrity === "ok" && missing.length === 0 && halfWritten.length === 0 && foreignKeyProblems.length === 0 && failures.length === 0;
console.log(ok ? "crash test passed" : "crash test FAILED");
process.exit(ok ? 0 : 1);
