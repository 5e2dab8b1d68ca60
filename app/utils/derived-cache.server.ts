import type { Db } from "../../db/connection";
import { getDb, publicDataVersion } from "./db.server";

/**
 * Results derived from the whole data set (the collaboration matrix and network of a programme or
 * the nation) cost a scan of every public participation: tens of milliseconds at national scale,
 * for a figure that changes only when somebody commits. They are computed once per data version
 * (db/data-version.ts: any commit by any connection changes it) and reused until the next commit, so
 * a write is reflected in the very next read. The page around them is still rendered per request.
 *
 * Only for results whose inputs are the database and the key alone — never per person.
 */
type CacheState = {
  db: Db;
  version: number;
  values: Map<string, unknown>;
  /** The weights of the entries that have one (memoisePerDataVersion's `weight`), and their sum. */
  weights: Map<string, number>;
  weight: number;
};
/** On globalThis for the same reason as the handle it belongs to (app/utils/db.server.ts). */
const globalForCache = globalThis as unknown as { __lagetDerived?: CacheState };

/**
 * The most that weighed entries may weigh together (in their own unit: list entries). Keys that
 * come from a visitor's choices (a filter combination) are unbounded in number; their values are
 * the weighed ones, and the oldest go first.
 */
export const DERIVED_CACHE_MAX_WEIGHT = 1_000_000;

function cache(): CacheState {
  const db = getDb();
  const version = publicDataVersion();
  let state = globalForCache.__lagetDerived;
  // Bound to the handle in use: a test that swaps databases never sees the other one's results.
  if (state?.db !== db) {
    state = { db, version, values: new Map(), weights: new Map(), weight: 0 };
    globalForCache.__lagetDerived = state;
  }
  if (version !== state.version) {
    state.version = version;
    state.values.clear();
    state.weights.clear();
    state.weight = 0;
  }
  return state;
}

/**
 * `compute()` once per data version and key. With `weight`, the value counts against
 * DERIVED_CACHE_MAX_WEIGHT, and the oldest weighed values are dropped past it (to be computed again
 * when asked for); a value heavier than the whole budget is returned without being kept.
 */
export function memoisePerDataVersion<T>(key: string, compute: () => T, options?: { weight: (value: T) => number }): T {
  const state = cache();
  if (state.values.has(key)) return state.values.get(key) as T;
  const value = compute();
  if (!options) {
    state.values.set(key, value);
    return value;
  }
  const weight = options.weight(value);
  if (weight > DERIVED_CACHE_MAX_WEIGHT) return value;
  for (const [oldestKey, oldestWeight] of state.weights) {
    if (state.weight + weight <= DERIVED_CACHE_MAX_WEIGHT) break;
    state.weights.delete(oldestKey);
    state.values.delete(oldestKey);
    state.weight -= oldestWeight;
  }
  state.values.set(key, value);
  state.weights.set(key, weight);
  state.weight += weight;
  return value;
}
