import { defineConfig } from "drizzle-kit";

// Paths are relative to the project root: run drizzle-kit through `npm run db:generate`.
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  out: "./db/migrations",
  dbCredentials: { url: process.env.DATABASE_URL?.replace(/^file:/, "") ?? "db/laget.sqlite" },
  strict: true,
  verbose: true,
});
