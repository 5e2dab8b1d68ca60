/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL. */
import { migrateDatabase, openDatabase } from "../db/connection";
import { readEnv } from "../app/utils/env.server";

const env = readEnv();
const db = openDatabase(env.databasePath);
migrateDatabase(db);
db.$client.close();
console.log(`Migrations applied to ${env.databasePath}`);
