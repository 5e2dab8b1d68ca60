/**
 * `npm run test:crash`: the long crash test, 200 `kill -9`s of the real server under concurrent
 * writes (scripts/durability/crash.ts). `npm test` runs the short form (scripts/crash.test.ts).
 * Options: --kills N (default 200), --port P (default 3250). Needs a production build.
 */
import { parseArgs } from "node:util";
import { problemsIn } from "./durability/checks";
import { runCrashTest } from "./durability/crash";

const { values } = parseArgs({ options: { kills: { type: "string", default: "200" }, port: { type: "string", default: "3250" } } });
const result = await runCrashTest({
  kills: Number(values.kills),
  port: Number(values.port),
  onProgress: (message) => console.log(message),
});
const problems = [...problemsIn(result), ...result.failures.map((failure) => `failed: ${JSON.stringify(failure)}`)];
const { missing, halfWritten, foreignKeyProblems, failures, ...summary } = result;
console.log(JSON.stringify({ ...summary, missing: missing.length, halfWritten: halfWritten.length, foreignKeyProblems: foreignKeyProblems.length, failures: failures.length }, null, 2));
for (const problem of problems) console.error(problem);
console.log(problems.length === 0 ? "crash test passed" : "crash test FAILED");
process.exit(problems.length === 0 ? 0 : 1);
