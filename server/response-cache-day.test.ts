/**
 * The response cache keeps a copy for one public data version on one day in Norway: pages depend on
 * the date too (a tiltak past its end date shows as ended from the next day on), so a new day must
 * not be answered with yesterday's copy, nor with a 304 for it. An Express app of its own, with a
 * page that prints the day it was rendered on.
 */
import type { AddressInfo } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublicDataVersion } from "../db/data-version";
import { createResponseCache } from "./response-cache";

let day = "2026-03-31";
let renders = 0;
const version: PublicDataVersion = { version: 7, epoch: "e", changedAtSeconds: 1_700_000_000, previousChangedAtSeconds: 1_600_000_000 };
let base = "";
let close = () => {};

beforeAll(async () => {
  const app = express();
  app.set("etag", false); // the cache sets the validators (Remix never calls res.send)
  let nonces = 0;
  app.use((_req, res, next) => {
    res.locals.cspNonce = `n${++nonces}`;
    next();
  });
  app.use(createResponseCache({ isCacheablePath: (path) => path === "/tiltak", maxBytes: 1_000_000, dataVersion: () => version, buildVersion: "b", startedAtSeconds: 1_650_000_000, today: () => day }).middleware);
  app.get("/tiltak", (_req, res) => {
    renders += 1;
    res.type("html").send(`<!doctype html><script nonce="${res.locals.cspNonce as string}"></script><p>${day}</p>`);
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

afterAll(() => close());

describe("response cache across a day in Norway", () => {
  it("renders anew on a new day, and does not confirm yesterday's copy", async () => {
    const first = await fetch(`${base}/tiltak`);
    expect(await first.text()).toContain("2026-03-31");
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    const again = await fetch(`${base}/tiltak`);
    expect(again.headers.get("x-cache")).toBe("hit");
    expect(renders).toBe(1);

    day = "2026-04-01";
    const nextDay = await fetch(`${base}/tiltak`, { headers: { "If-None-Match": etag, "If-Modified-Since": lastModified } });
    expect(nextDay.status).toBe(200);
    expect(await nextDay.text()).toContain("2026-04-01");
    expect(renders).toBe(2);
    expect(nextDay.headers.get("etag")).not.toBe(etag);
    // A date of another day says nothing about today's copy: only the ETag may confirm it.
    const byDate = await fetch(`${base}/tiltak`, { headers: { "If-Modified-Since": lastModified } });
    expect(byDate.status).toBe(200);
    const byTag = await fetch(`${base}/tiltak`, { headers: { "If-None-Match": nextDay.headers.get("etag")! } });
    expect(byTag.status).toBe(304);
  });
});
