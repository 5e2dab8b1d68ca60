/**
 * Correlated subqueries as columns, lists as JSON: a row's related values (its areas, themes, participations …)
 * come along in the same statement instead of one more query per kind, which keeps a page within
 * its statement budget (issue 7). Each subquery should be an index lookup on the row's key.
 */
import { sql, type SQL } from "drizzle-orm";

/**
 * `(query)` as a scalar subquery column. The query is nested on purpose: in a select from one table,
 * drizzle writes the columns of a top-level sql`` field without their table name, and a correlated
 * `"organisation_id" = "id"` would then compare two columns of the inner table. Nested SQL keeps
 * them qualified.
 */
export function scalar<T>(query: SQL) {
  return sql<T>`(${query})`;
}

/** `(SELECT json_group_array(v) FROM (query))`: the query selects one scalar column named `v`. */
export function jsonList<T>(query: SQL) {
  return sql<T[]>`(SELECT json_group_array(v) FROM (${query}))`.mapWith((v: string) => JSON.parse(v) as T[]);
}

/**
 * Like jsonList for rows: the query selects `json_object(…) AS v`. json() restores the JSON type
 * that a value loses on its way out of a subquery, so the objects are not stored as strings.
 */
export function jsonObjects<T>(query: SQL) {
  return sql<T[]>`(SELECT json_group_array(json(v)) FROM (${query}))`.mapWith((v: string) => JSON.parse(v) as T[]);
}
