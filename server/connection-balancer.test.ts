/**
 * The primary's share-out of connections (server/connection-balancer.ts): each new connection goes
 * to the worker with the fewest open ones, ties taking turns, so ten connections opened at once are
 * split five and five however busy either worker is; a closed connection frees its worker's place.
 */
import type { Worker } from "node:cluster";
import { EventEmitter } from "node:events";
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createServer } from "node:http";
import { createConnectionBalancer, serveHandedConnections, type ConnectionBalancer } from "./connection-balancer";

/** Stands in for a cluster worker: keeps the sockets it is handed and reports when one closes. */
class FakeWorker extends EventEmitter {
  readonly sockets: net.Socket[] = [];
  constructor(readonly id: number) {
    super();
  }
  send(_message: unknown, socket: net.Socket, callback: (error: Error | null) => void) {
    this.sockets.push(socket);
    socket.once("close", () => this.emit("message", { type: "laget:connection-closed" }));
    callback(null);
    return true;
  }
}

const PORT = 3261;
let balancer: ConnectionBalancer | undefined;
const clients: net.Socket[] = [];
afterEach(() => {
  for (const client of clients.splice(0)) client.destroy();
  balancer?.close();
});

async function connect(count: number) {
  await Promise.all(
    Array.from({ length: count }, () => new Promise<void>((resolve) => clients.push(net.connect(PORT, "127.0.0.1", () => resolve())))),
  );
}

async function listenWithTwoWorkers(): Promise<{ lb: ConnectionBalancer; a: FakeWorker; b: FakeWorker }> {
  const lb = (balancer = createConnectionBalancer());
  const a = new FakeWorker(1);
  const b = new FakeWorker(2);
  for (const worker of [a, b]) lb.addWorker(worker as unknown as Worker);
  await lb.listen(PORT, "127.0.0.1");
  return { lb, a, b };
}

async function until(condition: () => boolean) {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).toBe(true);
}

describe("the connection balancer", () => {
  it("splits connections opened at once evenly and refills the worker whose connections closed", async () => {
    const { lb, a, b } = await listenWithTwoWorkers();

    await connect(10);
    await until(() => a.sockets.length + b.sockets.length === 10);
    expect([a.sockets.length, b.sockets.length]).toEqual([5, 5]);

    for (const socket of a.sockets.slice(0, 3)) socket.destroy();
    await until(() => lb.loads().get(1) === 2);
    await connect(4);
    await until(() => a.sockets.length + b.sockets.length === 14);
    // Three go to the worker that had room, then the tie (5 and 5) is broken by taking turns.
    expect(lb.loads()).toEqual(new Map([[1, 5], [2, 6]]));
    expect(a.sockets).toHaveLength(8);
  });

  it("gives nothing to a worker that is gone, and refuses when no worker is there", async () => {
    const { lb, a, b } = await listenWithTwoWorkers();
    lb.removeWorker(a as unknown as Worker);
    await connect(4);
    await until(() => b.sockets.length === 4);
    expect(a.sockets).toHaveLength(0);

    lb.removeWorker(b as unknown as Worker);
    const refused = net.connect(PORT, "127.0.0.1");
    clients.push(refused);
    await new Promise<void>((resolve) => refused.once("close", () => resolve()));
    expect(b.sockets).toHaveLength(4);
  });

  it("reports a port it cannot open", async () => {
    const holder = net.createServer().listen(PORT, "127.0.0.1");
    await new Promise((resolve) => holder.once("listening", resolve));
    balancer = createConnectionBalancer();
    await expect(balancer.listen(PORT, "127.0.0.1")).rejects.toThrow(/EADDRINUSE/);
    holder.close();
  });

  it("lets the worker's HTTP server answer on a handed connection, without Nagle's delay, and close it when idle", async () => {
    const http = createServer((_req, res) => res.end("hei"));
    const handed = serveHandedConnections(http);
    const relay = net.createServer({ pauseOnConnect: true }, (socket) => {
      const setNoDelay = socket.setNoDelay.bind(socket);
      let noDelay = false;
      socket.setNoDelay = (value?: boolean) => ((noDelay = value !== false), setNoDelay(value));
      // What the IPC channel delivers in a worker: the message and the socket.
      process.emit("message", { type: "laget:connection" }, socket);
      expect(noDelay).toBe(true);
      expect(handed.openConnections()).toBe(1);
    });
    await new Promise<void>((resolve) => relay.listen(PORT, "127.0.0.1", () => resolve()));
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/`);
      expect(await response.text()).toBe("hei");
      // Kept alive and idle now; the server tracks it as its own, so a shutdown can close it.
      expect(handed.openConnections()).toBe(1);
      http.closeIdleConnections();
      await until(() => handed.openConnections() === 0);
    } finally {
      relay.close();
      http.close();
    }
  });
});
