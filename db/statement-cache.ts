import type Database from "better-sqlite3";

/**
 * Keeps the compiled form of the statements a connection runs, keyed by their SQL text.
 *
 * drizzle builds a query's SQL and hands it to `prepare` every time it runs, and SQLite compiles it
 * anew: on a rendered page that compiling was 3–5 % of the CPU (issue 7's profile), for the same
 * few dozen SQL texts over and over. A cached statement is handed out again with its result mode
 * reset (drizzle switches statements to raw mode for its own row mapping, and a later caller
 * expects objects). Safe because every use of a statement is synchronous: it runs before anyone
 * else can ask for the same text. A statement still busy in `iterate()` is never handed out;
 * the caller gets a fresh one. The least recently used statement goes once `maxEntries` are held,
 * since queries with `IN (…)` lists of varying length make many texts.
 */
export function cacheStatements(sqlite: Database.Database, maxEntries = 500): void {
  const compile = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, Database.Statement>();
  const prepare = (source: string): Database.Statement => {
    const cached = cache.get(source);
    if (cached !== undefined && !cached.busy) {
      cache.delete(source);
      cache.set(source, cached);
      if (cached.reader) cached.raw(false).pluck(false).expand(false);
      return cached;
    }
    const statement = compile(source);
    if (cached === undefined) {
      cache.set(source, statement);
      if (cache.size > maxEntries) cache.delete(cache.keys().next().value as string);
    }
    return statement;
  };
  sqlite.prepare = prepare as Database.Database["prepare"];
}
