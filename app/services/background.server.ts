/**
 * Work done after the answer has gone out. Some answers must not tell, by what they say or by how
 * long they take, whether an e-mail address has an account (registering, asking to join, asking for
 * a new password): the route answers the same at once, and what differs for a known address runs
 * here, in the same process, right after.
 *
 * A failed task is logged, never thrown. `settleBackgroundWork` waits for every task in flight: the
 * server awaits it before closing the database on shutdown, and tests await it before they look.
 */
import { log } from "~/utils/log.server";

const pending = new Set<Promise<void>>();

export function afterResponse(name: string, task: () => Promise<void> | void): void {
  const run: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
    .then(task)
    .catch((error: unknown) => {
      log.error("background task failed", { task: name, error: error instanceof Error ? { name: error.name, message: error.message } : String(error) });
    })
    .finally(() => pending.delete(run));
  pending.add(run);
}

/** Resolves when no task is in flight (tasks started meanwhile included). */
export async function settleBackgroundWork(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}
