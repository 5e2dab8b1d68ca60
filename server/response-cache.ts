/**
 * A response cache for anonymous readers of the public pages (see docs/decisions/005-response-cache.md;
 * which routes are public pages, each route declares: ADR 012).
 *
 * An anonymous GET or HEAD of a public page is answered from a rendered copy while nothing public has
 * changed since the copy was made. The copy is keyed by the URL (path and query) and the reader's
 * language, and it is valid for one *public data version*: a counter in the database that triggers
 * move on with every committed change to what public pages show, by any connection of any process
 * (db/data-version.ts). A changed version empties the cache before the request is looked up, so a
 * committed write is never followed by a stale read.
 *
 * Each answer from the cache gets the nonce of its own response (set by securityHeaders in
 * server/server.ts) in place of the nonce the copy was rendered with. ETag and Last-Modified let a
 * repeat visit revalidate; a 304 carries no Content-Security-Policy, so the browser keeps the policy
 * that matches the nonce in the body it stored.
 */
import type { NextFunction, Request, Response } from "express";
import type { Language } from "../app/i18n";
import { LANGUAGE_COOKIE, languageFromCookies } from "../app/services/language.server";
import { readCookies } from "../app/utils/cookies";
import type { PublicDataVersion } from "../db/data-version";

/**
 * The language of an anonymous request, or undefined when the request is not anonymous: any cookie
 * but the language cookie (a session, even an expired one) or an Authorization header may change
 * the page, and the cache must never answer for a signed-in person.
 */
export function anonymousLanguage(req: Request): Language | undefined {
  if (req.headers.authorization) return undefined;
  const cookies = readCookies(req.headers.cookie);
  for (const name of cookies.keys()) if (name !== LANGUAGE_COOKIE) return undefined;
  return languageFromCookies(cookies);
}

/** Headers that belong to one response, never to a stored copy. */
const PER_RESPONSE_HEADERS = new Set(["content-length", "date", "connection", "keep-alive", "transfer-encoding", "etag", "last-modified"]);
/** Headers a response may vary on without varying between anonymous readers of the same key. */
const HARMLESS_VARY = new Set(["cookie", "accept-encoding"]);

type Entry = {
  /** The body split where the render's nonce stood; joined with each response's own nonce. */
  segments: Buffer[];
  /** The length of the segments together, without the nonces. */
  bodyLength: number;
  headers: Array<[string, string | string[]]>;
  bytes: number;
};

export type ResponseCacheOptions = {
  /**
   * Whether a path is a public page, feed or open-data endpoint, the same for every anonymous reader:
   * the routes declare it (server/cacheable-routes.ts, ADR 012). Asked before anything renders.
   */
  isCacheablePath: (path: string) => boolean;
  /** Upper bound of the stored bodies and headers, least recently used evicted first. */
  maxBytes: number;
  /** The public data version (db/data-version.ts): moves on with every committed change to public data. */
  dataVersion: () => PublicDataVersion;
  /** The build's version: a new build renders other HTML (other asset names) from the same data. */
  buildVersion: string;
  /**
   * When this server started (unix seconds; the cluster's primary hands its own to the workers):
   * no Last-Modified is earlier, since pages from an earlier start may come from another build.
   */
  startedAtSeconds: number;
  /**
   * Today's date in Norway (YYYY-MM-DD); tests pass their own. Pages also depend on the date, not
   * only on the data: a tiltak past its end date shows as ended from the next day on. So a copy is
   * valid for one version on one day, and the validators name the day.
   */
  today?: () => string;
};

const norwegianDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" });
export const todayInNorway = (): string => norwegianDay.format(Date.now());

export type ResponseCache = {
  middleware: (req: Request, res: Response, next: NextFunction) => void;
  stats: () => { entries: number; bytes: number; hits: number; misses: number; notModified: number };
};

export function createResponseCache({ isCacheablePath, maxBytes, dataVersion, buildVersion, startedAtSeconds, today = todayInNorway }: ResponseCacheOptions): ResponseCache {
  const entries = new Map<string, Entry>();
  const counts = { hits: 0, misses: 0, notModified: 0 };
  let storedBytes = 0;
  let current: PublicDataVersion | undefined;
  let currentDay = "";

  /**
   * Empties the cache when the public data has changed or a new day has begun; returns the version
   * that is current now (a new object on a new day, so a render begun the day before is not kept).
   */
  function observe(): PublicDataVersion {
    const latest = dataVersion();
    const day = today();
    if (latest.version !== current?.version || latest.epoch !== current.epoch || day !== currentDay) {
      current = { ...latest };
      currentDay = day;
      entries.clear();
      storedBytes = 0;
    }
    return current;
  }

  function store(key: string, entry: Entry) {
    const old = entries.get(key);
    if (old) storedBytes -= old.bytes;
    entries.set(key, entry);
    storedBytes += entry.bytes;
    for (const [oldestKey, oldest] of entries) {
      if (storedBytes <= maxBytes) break;
      entries.delete(oldestKey);
      storedBytes -= oldest.bytes;
    }
  }

  /**
   * The validators of a page at this version, the same in every process of a cluster and across
   * restarts of the same build. Last-Modified has one-second resolution: when the version before this
   * one began in the same second (or this one began in the second the server started), a date cannot
   * tell them apart, and only the ETag may confirm a copy.
   */
  function validators(version: PublicDataVersion, lang: Language) {
    const seconds = Math.max(version.changedAtSeconds, startedAtSeconds);
    // A date before today's also stood on yesterday's pages of the same version: only the ETag tells them apart.
    const dateIsUnique =
      (version.changedAtSeconds > startedAtSeconds ? version.previousChangedAtSeconds < version.changedAtSeconds : version.changedAtSeconds < startedAtSeconds) &&
      norwegianDay.format(seconds * 1000) === currentDay;
    return {
      etag: `W/"${buildVersion}-${version.epoch}-${version.version}-${currentDay}-${lang}"`,
      lastModified: new Date(seconds * 1000).toUTCString(),
      lastModifiedSeconds: seconds,
      dateIsUnique,
    };
  }

  function notModified(req: Request, { etag, lastModifiedSeconds, dateIsUnique }: ReturnType<typeof validators>): boolean {
    const ifNoneMatch = req.headers["if-none-match"];
    if (ifNoneMatch) {
      // Weak comparison (RFC 9110 13.1.2): W/ is ignored on both sides.
      const bare = etag.replace(/^W\//, "");
      return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === bare);
    }
    const ifModifiedSince = req.headers["if-modified-since"];
    if (ifModifiedSince && dateIsUnique) {
      const since = Date.parse(ifModifiedSince);
      return Number.isFinite(since) && since >= lastModifiedSeconds * 1000;
    }
    return false;
  }

  function answerNotModified(res: Response) {
    counts.notModified += 1;
    // The browser keeps the body it stored, with that response's nonce. A 304's headers update the
    // stored ones, so a policy with today's nonce would block the stored page's inline scripts.
    res.removeHeader("Content-Security-Policy");
    for (const name of ["Content-Type", "Content-Length"]) res.removeHeader(name);
    res.status(304).end();
  }

  function serveCopy(req: Request, res: Response, lang: Language, entry: Entry, version: PublicDataVersion) {
    const valid = validators(version, lang);
    const { etag, lastModified } = valid;
    for (const [name, value] of entry.headers) res.setHeader(name, value);
    res.setHeader("ETag", etag);
    res.setHeader("Last-Modified", lastModified);
    res.setHeader("X-Cache", "hit");
    if (notModified(req, valid)) return answerNotModified(res);
    counts.hits += 1;
    const { segments } = entry;
    const attribute = Buffer.from(`nonce="${res.locals.cspNonce as string}"`);
    res.setHeader("Content-Length", entry.bodyLength + attribute.length * (segments.length - 1));
    res.status(200);
    if (req.method === "HEAD") return void res.end();
    // The stored segments go out as they are, with this response's nonce between them: corked, they
    // leave in one writev, without copying the page into a new buffer on every hit. The socket is
    // uncorked before end(): when the compression middleware wraps the response, the compressed bytes
    // arrive later, from zlib, and a socket still corked then never drains, so a compressed page
    // larger than the socket's buffer never finished (issue 18, item 0).
    res.cork();
    res.write(segments[0]!);
    for (let i = 1; i < segments.length; i++) {
      res.write(attribute);
      res.write(segments[i]!);
    }
    res.uncork();
    res.end();
  }

  /** Passes the render through untouched, keeping a copy when it turns out to be one to keep. */
  function captureRender(req: Request, res: Response, next: NextFunction, key: string, lang: Language, renderVersion: PublicDataVersion) {
    const ownHeaders = new Set(res.getHeaderNames());
    const chunks: Buffer[] = [];
    let size = 0;
    let capturing = req.method === "GET";
    let headers: Array<[string, string | string[]]> = [];

    const writeHead = res.writeHead;
    res.writeHead = function (this: Response, ...args: unknown[]) {
      const status = typeof args[0] === "number" ? args[0] : res.statusCode;
      const extraHeaders = args.slice(1).some((arg) => typeof arg === "object" && arg !== null);
      if (status === 200 && !extraHeaders && storable(res) && renderVersion === current) {
        const { etag, lastModified } = validators(renderVersion, lang);
        res.setHeader("ETag", etag);
        res.setHeader("Last-Modified", lastModified);
        if (!res.hasHeader("Cache-Control")) res.setHeader("Cache-Control", "no-cache");
        res.setHeader("Vary", "Cookie");
        headers = res
          .getHeaderNames()
          .filter((name) => !ownHeaders.has(name) && !PER_RESPONSE_HEADERS.has(name))
          .map((name) => [name, res.getHeader(name) as string | string[]]);
      } else {
        capturing = false;
      }
      return (writeHead as (...a: unknown[]) => Response).apply(this, args);
    } as typeof res.writeHead;

    const collect = (chunk: unknown, encoding: unknown) => {
      if (!capturing || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
      size += buffer.length;
      if (size > maxBytes / 4) {
        capturing = false;
        chunks.length = 0;
      } else chunks.push(buffer);
    };
    const write = res.write;
    res.write = function (this: Response, chunk: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (write as (...a: unknown[]) => boolean).apply(this, [chunk, ...rest]);
    } as typeof res.write;
    const end = res.end;
    res.end = function (this: Response, chunk?: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (end as (...a: unknown[]) => Response).apply(this, [chunk, ...rest]);
    } as typeof res.end;

    res.on("finish", () => {
      // A commit during the render may have reached part of the page: keep nothing rendered then.
      if (!capturing || res.statusCode !== 200 || observe() !== renderVersion) return;
      const segments = splitAtNonce(Buffer.concat(chunks), res.locals.cspNonce as string, res.getHeader("Content-Type"));
      if (!segments) return;
      const bodyLength = segments.reduce((sum, segment) => sum + segment.length, 0);
      const bytes = bodyLength + key.length + JSON.stringify(headers).length;
      if (bytes <= maxBytes / 4) store(key, { segments, bodyLength, headers, bytes });
    });
    next();
  }

  function middleware(req: Request, res: Response, next: NextFunction) {
    if ((req.method !== "GET" && req.method !== "HEAD") || !isCacheablePath(req.path)) return next();
    const lang = anonymousLanguage(req);
    if (!lang) {
      res.setHeader("X-Cache", "bypass");
      return next();
    }
    const renderVersion = observe();
    const key = `${lang} ${req.originalUrl}`;
    const entry = entries.get(key);
    if (entry) {
      // Most recently used last, so eviction takes the oldest first.
      entries.delete(key);
      entries.set(key, entry);
      return serveCopy(req, res, lang, entry, renderVersion);
    }
    // The validators name the build, the data version and the language, the same in every process:
    // a copy that another worker (or this one before a restart) sent is confirmed without a render.
    const valid = validators(renderVersion, lang);
    if (notModified(req, valid)) {
      res.setHeader("ETag", valid.etag);
      res.setHeader("Last-Modified", valid.lastModified);
      res.setHeader("X-Cache", "revalidated");
      return answerNotModified(res);
    }
    counts.misses += 1;
    res.setHeader("X-Cache", "miss");
    captureRender(req, res, next, key, lang, renderVersion);
  }

  return {
    middleware,
    stats: () => ({ entries: entries.size, bytes: storedBytes, ...counts }),
  };
}

/** A response is kept only when every anonymous reader of the same key would get the same one. */
function storable(res: Response): boolean {
  if (res.hasHeader("Set-Cookie") || res.hasHeader("ETag") || res.hasHeader("Last-Modified") || res.hasHeader("Content-Encoding")) return false;
  const cacheControl = String(res.getHeader("Cache-Control") ?? "").toLowerCase();
  if (/no-store|private/.test(cacheControl)) return false;
  const vary = String(res.getHeader("Vary") ?? "").toLowerCase();
  return vary
    .split(",")
    .map((name) => name.trim())
    .every((name) => name === "" || HARMLESS_VARY.has(name));
}

/**
 * Splits an HTML body where the render's nonce attribute stands. Gives up (undefined) when the nonce
 * also appears anywhere else, since the copy could then not be made safe for another nonce.
 */
function splitAtNonce(body: Buffer, nonce: string, contentType: unknown): Buffer[] | undefined {
  if (!/^text\/html/i.test(String(contentType ?? ""))) return [body];
  const attribute = Buffer.from(`nonce="${nonce}"`);
  const segments: Buffer[] = [];
  let start = 0;
  for (let at = body.indexOf(attribute); at !== -1; at = body.indexOf(attribute, start)) {
    segments.push(body.subarray(start, at));
    start = at + attribute.length;
  }
  segments.push(body.subarray(start));
  const bare = Buffer.from(nonce);
  if (segments.some((segment) => segment.includes(bare))) return undefined;
  return segments.map((segment) => Buffer.from(segment));
}
