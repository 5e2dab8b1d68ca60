/**
 * A local Enhetsregisteret for the tests: an HTTP server answering the register's documented paths
 * with its documented shapes (brreg/openAPI specs/enhetsregisteret.yml), so Laget's client is tested
 * over a real socket — timeouts, status codes, JSON — against the units in ./enhetsregisteret-units.ts:
 *
 * - `GET /enheter/{organisasjonsnummer}`: 200 with the unit, 404 not found, 410 removed ("Fjernet"),
 *   500 for FAILING, and SLOW answers after three seconds.
 * - `GET /oppdateringer/enheter?dato=&oppdateringsid=&organisasjonsnummer=&size=`: the change feed
 *   (`_embedded.oppdaterteEnheter[]` with `oppdateringsid`, `dato`, `organisasjonsnummer`,
 *   `endringstype`; `page`), the items added with `addChange`.
 *
 * Started by vitest files directly, and by Playwright as a web server (scripts/enhetsregisteret-server.ts).
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { FAILING, REMOVED, SLOW, UNITS, UNKNOWN, type RegisterEnhet } from "./enhetsregisteret-units";

export type RegisterChange = { oppdateringsid: number; dato: string; organisasjonsnummer: string; endringstype: "Ukjent" | "Ny" | "Endring" | "Sletting" | "Fjernet" };

export type RegisterServer = {
  url: string;
  /** Every path asked for, in order (the tests count lookups: a cached one asks nothing). */
  requests: string[];
  addChange(change: Omit<RegisterChange, "oppdateringsid">): RegisterChange;
  /** Change a unit's answer (a unit going bankrupt overnight). */
  setUnit(unit: RegisterEnhet): void;
  close(): Promise<void>;
};

export const SLOW_ANSWER_MS = 3_000;

/**
 * `inventUnknown`: every valid number but UNKNOWN is a unit (an invented association named after its
 * number). The e2e server uses it, so the registrations its specs make with invented numbers pass the
 * register as a real number would; the vitest files use the register as it is.
 */
export async function startRegisterServer(options: { port?: number; host?: string; inventUnknown?: boolean } = {}): Promise<RegisterServer> {
  const units = new Map(UNITS.map((unit) => [unit.organisasjonsnummer, unit]));
  const changes: RegisterChange[] = [];
  const requests: string[] = [];

  const server = createServer((req, res) => {
    requests.push(req.url ?? "");
    void answer(req, res).catch(() => send(res, 500, problem(500, "Internal Server Error", req.url ?? "")));
  });

  async function answer(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://register.local");
    const path = url.pathname.replace(/\/+$/, "");
    if (req.method !== "GET") return send(res, 405, problem(405, "Method Not Allowed", path));

    // The API's root lists its services (operationId listTjenester).
    if (path === "") return send(res, 200, { _links: { enheter: { href: `${baseUrl()}/enheter` }, oppdateringerEnheter: { href: `${baseUrl()}/oppdateringer/enheter` } } });

    const unitMatch = /^\/enheter\/(\d{9})$/.exec(path);
    if (unitMatch) {
      const number = unitMatch[1]!;
      if (number === SLOW) await new Promise((resolve) => setTimeout(resolve, SLOW_ANSWER_MS));
      if (number === FAILING) return send(res, 500, problem(500, "Internal Server Error", path));
      if (number === REMOVED) return send(res, 410, problem(410, "Gone", path, "Enheten er fjernet"));
      const unit = units.get(number) ?? (options.inventUnknown && number !== UNKNOWN ? inventedUnit(number) : undefined);
      if (!unit) return send(res, 404, problem(404, "Not Found", path, `Ingen enhet med organisasjonsnummer ${number} ble funnet`));
      return send(res, 200, { ...unit, _links: { self: { href: `${baseUrl()}/enheter/${number}` } } });
    }
    if (/^\/enheter\/[^/]+$/.test(path)) return send(res, 400, problem(400, "Bad Request", path, "Ugyldig organisasjonsnummer"));

    if (path === "/oppdateringer/enheter") {
      const fromId = Number(url.searchParams.get("oppdateringsid") ?? "0") || 0;
      const since = url.searchParams.get("dato");
      const numbers = url.searchParams.get("organisasjonsnummer")?.split(",").filter(Boolean) ?? null;
      const size = Math.min(Math.max(Number(url.searchParams.get("size") ?? "20") || 20, 1), 10_000);
      const matching = changes.filter(
        (c) => c.oppdateringsid >= fromId && (!since || c.dato >= since) && (!numbers || numbers.includes(c.organisasjonsnummer)),
      );
      const page = matching.slice(0, size);
      const body: Record<string, unknown> = {
        _links: { self: { href: `${baseUrl()}${req.url}` } },
        page: { size, totalElements: matching.length, totalPages: Math.ceil(matching.length / size), number: 0 },
      };
      // The register leaves `_embedded` out when nothing matched.
      if (page.length) {
        body._embedded = {
          oppdaterteEnheter: page.map((c) => ({ ...c, _links: { enhet: { href: `${baseUrl()}/enheter/${c.organisasjonsnummer}` } } })),
        };
      }
      return send(res, 200, body);
    }
    return send(res, 404, problem(404, "Not Found", path));
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const baseUrl = () => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: baseUrl(),
    requests,
    addChange(change) {
      const full = { oppdateringsid: changes.length + 1001, ...change };
      changes.push(full);
      return full;
    },
    setUnit(unit) {
      units.set(unit.organisasjonsnummer, unit);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function inventedUnit(number: string): RegisterEnhet {
  return {
    organisasjonsnummer: number,
    navn: `FORENING ${number}`,
    organisasjonsform: { kode: "FLI", beskrivelse: "Forening/lag/innretning" },
    registreringsdatoEnhetsregisteret: "2015-01-01",
    registrertIFrivillighetsregisteret: false,
    registrertIForetaksregisteret: false,
    konkurs: false,
    underAvvikling: false,
    underTvangsavviklingEllerTvangsopplosning: false,
    maalform: "Bokmål",
  };
}

function problem(status: number, error: string, path: string, message = error) {
  return { timestamp: new Date().toISOString(), status, error, message, path, trace: "" };
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": status === 200 ? "application/json" : "application/problem+json", "Content-Length": Buffer.byteLength(text) });
  res.end(text);
}
