/**
 * Norwegian alphabetical order (A–Å) in SQL. SQLite compares text byte by byte, which puts Å (U+00C5)
 * before Æ (U+00C6) and Ø (U+00D8), and every capital before every small letter. better-sqlite3 cannot
 * register a collation, so a sortable name gets a generated sort key whose byte order is the Norwegian
 * order (see organisations.sort_name in schema.ts, indexed for the directory):
 *
 * (The key is computed in two generated columns, `sort_name_base` and `sort_name`: see
 * norwegianSortKeySqlInTwoSteps.)
 *
 * - ASCII case is folded (lower()), and the accented letters Norwegian treats as variants lose the
 *   accent (é → e, ü → y);
 * - æ, ø, å become `{`, `|`, `}` — the three characters right after "z" in ASCII — so they sort after
 *   z and in that order; ä and ö sort as æ and ø, as Norwegian dictionaries do;
 * - "aa" is the historic spelling of å (Aasen, Aall, Kvaal) and sorts as å, as in the CLDR collation
 *   for Norwegian: "Aasen" comes after "Øst", next to "Ål". Two a's that meet by accident in a
 *   compound are rare in organisation names; that trade-off is accepted.
 *
 * Being a generated column, the key can never disagree with the name whatever path writes it (model,
 * seed, a repair script), and the migration needs no backfill.
 */
const LETTER_KEYS: readonly (readonly [string, string])[] = [
  // After lower(), so "Aa" is already "aa".
  ["aa", "}"],
  ["Æ", "{"], ["æ", "{"], ["Ä", "{"], ["ä", "{"],
  ["Ø", "|"], ["ø", "|"], ["Ö", "|"], ["ö", "|"],
  ["Å", "}"], ["å", "}"],
  ["Ü", "y"], ["ü", "y"],
  ["É", "e"], ["é", "e"], ["È", "e"], ["è", "e"], ["Ê", "e"], ["ê", "e"],
  ["Á", "a"], ["á", "a"], ["À", "a"], ["à", "a"], ["Â", "a"], ["â", "a"],
  ["Ó", "o"], ["ó", "o"], ["Ò", "o"], ["ò", "o"], ["Ô", "o"], ["ô", "o"],
  ["Í", "i"], ["í", "i"], ["Ú", "u"], ["ú", "u"], ["Ç", "c"], ["ç", "c"], ["Ñ", "n"], ["ñ", "n"],
];

const replaced = (expr: string, keys: readonly (readonly [string, string])[]) =>
  keys.reduce((inner, [from, to]) => `replace(${inner}, '${from}', '${to}')`, expr);

/** The SQL expression of the sort key of a text column; the values are our constants, never input. */
export function norwegianSortKeySql(column: string): string {
  return replaced(`lower(trim("${column}"))`, LETTER_KEYS);
}

/**
 * The same key in two steps, for two generated columns: the first half of the replacements over the
 * name, then the second half over the first column. One expression of 40 nested replace() calls is
 * more than the parser of SQLite before 3.46 can take (its stack has room for about 27), and such a
 * SQLite (Litestream 0.3's, Debian 12's sqlite3) then cannot open the database at all: "malformed
 * database schema (organisations) - parser stack overflow" (ADR 015). Twenty deep is well inside.
 */
export function norwegianSortKeySqlInTwoSteps(column: string, firstStepColumn: string): [first: string, second: string] {
  const half = Math.ceil(LETTER_KEYS.length / 2);
  return [replaced(`lower(trim("${column}"))`, LETTER_KEYS.slice(0, half)), replaced(`"${firstStepColumn}"`, LETTER_KEYS.slice(half))];
}
