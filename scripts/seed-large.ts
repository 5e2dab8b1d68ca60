/**
 * `npm run seed:large`: migrates and fills an empty DATABASE_URL with national-scale invented data
 * (db/seed-large.ts). Counts: `npm run seed:large -- --organisations=2000 --updates=10000` or
 * SEED_ORGANISATIONS=2000 …; defaults 20 000 organisations, 5 000 tiltak, 40 000 participations,
 * 200 000 updates, 30 000 users. Refuses a database that holds data, and production unless
 * SEED_DEMO_DATA=true.
 */
import { migrateDatabase, openDatabase } from "../db/connection";
import { DatabaseNotEmptyError } from "../db/seed";
import { largeSeedCountsFrom, seedLargeData } from "../db/seed-large";
import { readEnv } from "../app/utils/env.server";

const env = readEnv();
if (env.NODE_ENV === "production" && process.env.SEED_DEMO_DATA !== "true") {
  console.error("Refusing to put generated data into a production database (set SEED_DEMO_DATA=true to insist).");
  process.exit(1);
}
let counts;
try {
  counts = largeSeedCountsFrom(process.argv.slice(2), process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const db = openDatabase(env.databasePath);
migrateDatabase(db);
const started = performance.now();
try {
  const summary = await seedLargeData(db, counts);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Large data set written to ${env.databasePath} in ${seconds} s:`, summary);
} catch (error) {
  if (error instanceof DatabaseNotEmptyError) {
    console.error(`${env.databasePath} already holds data; the large data set goes only into an empty database.`);
    process.exit(1);
  }
  throw error;
} finally {
  db.$client.close();
}
