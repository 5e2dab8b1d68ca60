import { sql, type SQL, type SQLWrapper } from "drizzle-orm";

/** Case-insensitive "contains" for ASCII (SQLite's lower()); exact case also matches non-ASCII letters. */
export function contains(column: SQLWrapper, needle: string): SQL {
  return sql`(instr(lower(${column}), lower(${needle})) > 0 OR instr(${column}, ${needle}) > 0)`;
}
