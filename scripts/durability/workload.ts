/**
 * The writes the durability tests drive over HTTP, as signed-in people would make them with the
 * forms (no JavaScript): registering an organisation, posting an update on a tiltak, asking to join
 * an organisation. Each write carries a unique marker so the checks can find it afterwards.
 *
 * Every writer is signed in, so no write hashes a password: argon2id (19 MiB) costs ~100 ms of CPU
 * on this machine's 2 cores and would make these tests measure password hashing, not the database.
 * The sessions are inserted straight into the database before the server starts (as the Playwright
 * fixtures of the Epic Stack do), in the rows and cookie format lucia reads.
 */
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { migrateDatabase, openDatabase } from "../../db/connection";
import { seedDemoData } from "../../db/seed";
import { SESSION_COOKIE_NAME } from "../../app/services/auth.server";

export const MARKER = "Krasjtest";

export type Fixture = {
  databasePath: string;
  /** The demo partner (partner@laget.test): a member of an organisation on an active tiltak. */
  partner: { cookie: string; orgSlug: string; initiativeId: number };
  /** Signed-in people without organisations, one per writer; they register and ask to join. */
  people: { id: number; name: string; cookie: string }[];
  /** Organisations that take join requests (pending or approved, seeded). */
  joinable: { id: number; slug: string }[];
};

/** A fresh database with the demo data, the writers' people and their sessions. */
export async function prepareDatabase(dir: string, peopleCount: number): Promise<Fixture> {
  mkdirSync(dir, { recursive: true });
  const databasePath = path.join(dir, "laget.sqlite");
  const db = openDatabase(databasePath);
  try {
    migrateDatabase(db);
    await seedDemoData(db);
    const sqlite = db.$client;
    const now = Date.now();
    const insertSession = sqlite.prepare(
      "INSERT INTO sessions (id, user_id, expires_at, created_at, last_seen_at, user_agent) VALUES (?, ?, ?, ?, ?, 'durability-test')",
    );
    const sessionCookie = (userId: number) => {
      // lucia's ids are 40 lowercase base32 characters; any unguessable string it can read works.
      const id = randomBytes(20).toString("hex");
      insertSession.run(id, userId, Math.floor(now / 1000) + 14 * 86_400, now, now);
      return `${SESSION_COOKIE_NAME}=${id}`;
    };

    const partnerRow = sqlite
      .prepare(
        `SELECT u.id AS userId, o.slug AS orgSlug, p.initiative_id AS initiativeId
           FROM users u
           JOIN memberships m ON m.user_id = u.id AND m.status = 'active' AND m.role = 'owner'
           JOIN organisations o ON o.id = m.organisation_id
           JOIN participations p ON p.organisation_id = o.id AND p.status = 'active'
           JOIN initiatives i ON i.id = p.initiative_id AND i.archived_at IS NULL
          WHERE u.email = 'partner@laget.test'
          ORDER BY o.id, p.initiative_id LIMIT 1`,
      )
      .get() as { userId: number; orgSlug: string; initiativeId: number } | undefined;
    if (!partnerRow) throw new Error("The demo data has no partner on an active tiltak.");

    const passwordHash = (sqlite.prepare("SELECT password_hash AS h FROM users WHERE id = ?").get(partnerRow.userId) as { h: string }).h;
    const insertUser = sqlite.prepare("INSERT INTO users (email, name, password_hash, role, created_at) VALUES (?, ?, ?, 'none', ?) RETURNING id");
    const people = sqlite.transaction(() =>
      Array.from({ length: peopleCount }, (_, i) => {
        const name = `${MARKER} skriver ${i}`;
        const { id } = insertUser.get(`skriver-${i}@krasjtest.test`, name, passwordHash, now) as { id: number };
        return { id, name, cookie: sessionCookie(id) };
      }),
    )();
    const joinable = sqlite
      .prepare("SELECT id, slug FROM organisations WHERE status IN ('pending', 'approved') ORDER BY id")
      .all() as { id: number; slug: string }[];
    return {
      databasePath,
      partner: { cookie: sessionCookie(partnerRow.userId), orgSlug: partnerRow.orgSlug, initiativeId: partnerRow.initiativeId },
      people,
      joinable,
    };
  } finally {
    db.$client.close();
  }
}

export type WriteKind = "registration" | "update" | "join";

/** What a write is about: enough to find its rows afterwards. */
type WriteRecord =
  | { kind: "registration"; orgName: string; userId: number }
  | { kind: "update"; title: string }
  | { kind: "join"; userId: number; organisationId: number };

/** A write the server confirmed, as the person would take it: "saved". */
export type AcknowledgedWrite = WriteRecord & { sentAt: number; ackedAt: number };

type Planned = { write: WriteRecord; path: string; cookie: string; fields: Record<string, string>; ackLocation: RegExp };

export type Failure = { kind: WriteKind; status: number; detail: string };

/**
 * The writers' shared state: which write comes next, what was acknowledged, what failed. Survives
 * server restarts, so the crash test can keep one record across every kill.
 */
export class Workload {
  readonly acknowledged: AcknowledgedWrite[] = [];
  /** Answers other than the expected success from a running server (a 4xx, a 500, a 503 …). */
  readonly failures: Failure[] = [];
  /** Requests that got no answer because the server was killed under them. */
  unanswered = 0;
  private counter = 0;
  private readonly joinCursor: number[];

  constructor(private readonly fixture: Fixture) {
    this.joinCursor = fixture.people.map(() => 0);
  }

  private plan(writer: number): Planned {
    const n = this.counter++;
    const person = this.fixture.people[writer % this.fixture.people.length]!;
    const personIndex = writer % this.fixture.people.length;
    const kind: WriteKind = (["registration", "update", "join"] as const)[n % 3]!;
    if (kind === "join" && this.joinCursor[personIndex]! < this.fixture.joinable.length) {
      const org = this.fixture.joinable[this.joinCursor[personIndex]!++]!;
      return {
        write: { kind: "join", userId: person.id, organisationId: org.id },
        path: `/bli-med/${org.slug}`,
        cookie: person.cookie,
        fields: { message: `${MARKER} ${n}: vi vil gjerne være med.` },
        ackLocation: /\?sendt$/,
      };
    }
    if (kind === "update") {
      const { partner } = this.fixture;
      const title = `${MARKER} oppdatering ${n}`;
      return {
        write: { kind: "update", title },
        path: `/min-side/oppdateringer?org=${encodeURIComponent(partner.orgSlug)}`,
        cookie: partner.cookie,
        fields: { initiativeId: String(partner.initiativeId), title, body: "Møte i bydelshuset, æøå.", eventDate: "", visibility: "partners" },
        ackLocation: /ok=created/,
      };
    }
    const orgName = `${MARKER} velforening ${n}`;
    return {
      write: { kind: "registration", orgName, userId: person.id },
      path: "/registrer",
      cookie: person.cookie,
      fields: { orgName, sector: "residents_group", orgNumber: "" },
      ackLocation: /^\/min-side\?registrert$/,
    };
  }

  /**
   * `concurrency` writers, each sending one write after another until `stop()` says so. A write is
   * acknowledged when the server redirects to the page that says it was saved.
   */
  async run(baseUrl: string, concurrency: number, stop: () => boolean): Promise<void> {
    const origin = new URL(baseUrl).origin;
    const writer = async (index: number) => {
      while (!stop()) {
        const planned = this.plan(index);
        const n = this.counter;
        const sentAt = Date.now();
        let response: Response;
        try {
          response = await fetch(new URL(planned.path, baseUrl), {
            method: "POST",
            redirect: "manual",
            headers: {
              "Content-Type": "application/x-www-form-urlencoded",
              Origin: origin,
              Cookie: planned.cookie,
              // A different address per request: the registration limit is per IP (see server-process.ts).
              "X-Forwarded-For": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
            },
            body: new URLSearchParams(planned.fields),
          });
        } catch {
          this.unanswered++;
          continue;
        }
        const location = response.headers.get("location") ?? "";
        if (response.status === 302 && planned.ackLocation.test(location)) {
          await response.body?.cancel();
          this.acknowledged.push({ ...planned.write, sentAt, ackedAt: Date.now() });
        } else {
          const detail = location || (await response.text().catch(() => "")).slice(0, 300);
          this.failures.push({ kind: planned.write.kind, status: response.status, detail });
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, (_, i) => writer(i)));
  }
}
