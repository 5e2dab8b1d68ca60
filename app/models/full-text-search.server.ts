/**
 * Turning what a person typed into a safe FTS5 MATCH expression: the one way every search in Laget
 * (the directory, the tiltak list, the open-data API) does it.
 *
 * The words are the runs of letters, digits and combining marks (æ, ø, å and accents stay part of a
 * word); each is quoted, so quotes, stars, brackets, column filters and minus signs are never syntax,
 * and made a prefix ("leks"*), so "leks" finds "leksehjelp"; all words are required (AND). Upper-case
 * AND, OR, NOT and NEAR are dropped: someone typing them meant an operator, and since every word is
 * required anyway, dropping them gives the result they expect. At most 8 words of 40 characters.
 */
export const MAX_QUERY_CHARS = 200;
const MAX_TERMS = 8;
const MAX_TERM_CHARS = 40;
const OPERATORS = new Set(["AND", "OR", "NOT", "NEAR"]);

/** The words of a search as FTS5 will see them, duplicates (in any case) removed. */
export function searchTerms(input: string | null | undefined): string[] {
  if (!input) return [];
  const words = input.normalize("NFC").slice(0, MAX_QUERY_CHARS).match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const word of words) {
    if (OPERATORS.has(word)) continue;
    const term = word.slice(0, MAX_TERM_CHARS);
    const key = term.toLocaleLowerCase("nb-NO");
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(term);
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

/** `"leks"* AND "romsås"*` for "leks, romsås!"; null when there is nothing to search for. */
export function ftsMatchExpression(input: string | null | undefined): string | null {
  const terms = searchTerms(input);
  return terms.length === 0 ? null : terms.map((term) => `"${term}"*`).join(" AND ");
}
