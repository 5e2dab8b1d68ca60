/**
 * Responses meant for one person are never stored by a browser's or a proxy's cache (ASVS 14.3.2):
 * every answer to a request that is not anonymous (a session cookie, any cookie but the language
 * one, an Authorization header) and every answer that sets a cookie gets
 * `Cache-Control: private, no-store`, whatever the route said. Decided when the headers are written,
 * so it also covers redirects, error pages and resource routes.
 */
import type { NextFunction, Request, Response } from "express";
import { anonymousLanguage } from "./response-cache";

export const PRIVATE_CACHE_CONTROL = "private, no-store";

export function privateResponses(req: Request, res: Response, next: NextFunction) {
  const personal = anonymousLanguage(req) === undefined;
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: unknown[]) {
    if (personal || res.hasHeader("Set-Cookie") || setsCookieIn(args)) res.setHeader("Cache-Control", PRIVATE_CACHE_CONTROL);
    return (writeHead as (...a: unknown[]) => Response).apply(this, args);
  } as typeof res.writeHead;
  next();
}

/** Headers passed to writeHead itself (as an object or a flat array) rather than set before. */
function setsCookieIn(args: unknown[]): boolean {
  return args.some((arg) => {
    if (Array.isArray(arg)) return arg.some((item, i) => i % 2 === 0 && String(item).toLowerCase() === "set-cookie");
    return typeof arg === "object" && arg !== null && Object.keys(arg).some((name) => name.toLowerCase() === "set-cookie");
  });
}
