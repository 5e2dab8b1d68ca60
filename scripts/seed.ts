/**
 * `npm run db:seed`: migrates and fills an empty DATABASE_URL with the demo data.
 * Refuses a database that already holds data, and production unless SEED_DEMO_DATA=true.
 */
import { migrateDatabase, openDatabase } from "../db/connection";
import { DatabaseNotEmptyError, seedDemoData } from "../db/seed";
import { readEnv } from "../app/utils/env.server";

const env = readEnv();
if (env.NODE_ENV === "production" && process.env.SEED_DEMO_DATA !== "true") {
  console.error("Refusing to put demo data into a production database (set SEED_DEMO_DATA=true to insist).");
  process.exit(1);
}
const db = openDatabase(env.databasePath);
migrateDatabase(db);
try {
  const summary = await seedDemoData(db);
  console.log(`Demo data written to ${env.databasePath}:`, summary);
} catch (error) {
  if (error instanceof DatabaseNotEmptyError) {
    console.error(`${env.databasePath} already holds data; demo data goes only into an empty database.`);
    process.exit(1);
  }
  throw error;
} finally {
  db.$client.close();
}
