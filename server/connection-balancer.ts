/**
 * How the cluster's primary shares connections among the workers: each new connection goes to the
 * worker with the fewest open connections (ADR 008).
 *
 * node:cluster's own round robin hands a connection to whichever worker has acknowledged the last
 * one. A worker busy rendering acknowledges late, so when many connections open at once (a browser's
 * six, a proxy's keep-alive pool, a load test's ten) the idle worker takes most of them, and keeps
 * them for as long as they stay open: 9 against 1 was seen. The busy worker then queues nine
 * clients while the other core idles, and the slowest pages take twice as long as they need to.
 * Counting open connections keeps the split even (5 and 5), whatever each worker is doing when
 * they arrive.
 *
 * The primary accepts with `pauseOnConnect` (it never reads a byte) and sends the socket itself to
 * the chosen worker over the IPC channel, as cluster does; the worker's HTTP server takes it as if it
 * had accepted it, and says when it has closed.
 */
import type { Worker } from "node:cluster";
import net from "node:net";
import type { Server } from "node:http";

const HANDOFF = "laget:connection";
const CLOSED = "laget:connection-closed";

type Message = { type?: unknown };
const isMessage = (message: unknown, type: string): boolean =>
  typeof message === "object" && message !== null && (message as Message).type === type;

export type ConnectionBalancer = {
  /** Starts accepting on the port; rejects when it cannot (a port in use). */
  listen(port: number, host: string): Promise<void>;
  /** A worker that has its HTTP server ready takes its share from now on. */
  addWorker(worker: Worker): void;
  /** A worker that is gone (or going) gets no more connections. */
  removeWorker(worker: Worker): void;
  /** Stops accepting; connections already handed over stay with their workers. */
  close(): void;
  /** Open connections per worker id, for the tests. */
  loads(): Map<number, number>;
};

export function createConnectionBalancer(): ConnectionBalancer {
  const open = new Map<Worker, number>();
  // Ties go to the worker after the one that won the last tie, so equal loads alternate.
  let lastChosen = -1;

  const choose = (): Worker | undefined => {
    const workers = [...open.keys()];
    let best: Worker | undefined;
    let bestIndex = -1;
    for (let step = 1; step <= workers.length; step++) {
      const index = (lastChosen + step) % workers.length;
      const worker = workers[index]!;
      if (best === undefined || open.get(worker)! < open.get(best)!) {
        best = worker;
        bestIndex = index;
      }
    }
    lastChosen = bestIndex;
    return best;
  };

  // noDelay as node:http's own server sets it: without it a response written in two parts waits for
  // the client's delayed acknowledgement (some 40 ms) before its second part goes out.
  const server = net.createServer({ pauseOnConnect: true, noDelay: true }, (socket) => {
    const worker = choose();
    if (!worker) {
      socket.destroy();
      return;
    }
    open.set(worker, open.get(worker)! + 1);
    worker.send({ type: HANDOFF }, socket, (error) => {
      if (!error) return;
      // The worker went away between the choice and the handover.
      if (open.has(worker)) open.set(worker, Math.max(0, open.get(worker)! - 1));
      socket.destroy();
    });
  });

  const onMessage = (worker: Worker) => (message: unknown) => {
    if (isMessage(message, CLOSED) && open.has(worker)) open.set(worker, Math.max(0, open.get(worker)! - 1));
  };
  const listeners = new WeakMap<Worker, (message: unknown) => void>();

  return {
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => {
          server.off("error", reject);
          resolve();
        });
      }),
    addWorker(worker) {
      if (open.has(worker)) return;
      open.set(worker, 0);
      const listener = onMessage(worker);
      listeners.set(worker, listener);
      worker.on("message", listener);
    },
    removeWorker(worker) {
      open.delete(worker);
      const listener = listeners.get(worker);
      if (listener) worker.off("message", listener);
    },
    close() {
      server.close();
    },
    loads: () => new Map([...open].map(([worker, count]) => [worker.id, count])),
  };
}

/**
 * The worker's side: connections the primary hands over go to this process's HTTP server, and the
 * primary hears when each has closed. `openConnections` tells the shutdown when the last is done.
 */
export function serveHandedConnections(server: Server): { openConnections(): number } {
  // node:http starts tracking its connections (the request and header timeouts that guard against
  // slow clients, and closeIdleConnections) when it starts listening. This server never listens
  // itself, so that is started here.
  server.emit("listening");
  let count = 0;
  process.on("message", (message: unknown, handle: unknown) => {
    if (!isMessage(message, HANDOFF) || !(handle instanceof net.Socket)) return;
    count++;
    handle.once("close", () => {
      count--;
      if (process.connected) process.send?.({ type: CLOSED });
    });
    // node:http sets this when it accepts a connection itself; a handed one needs it here too.
    handle.setNoDelay(true);
    server.emit("connection", handle);
    handle.resume();
  });
  return { openConnections: () => count };
}
