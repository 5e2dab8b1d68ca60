/**
 * The durability tests are only as good as their checks: these show that checkDatabase does report
 * a lost write and a half-written registration, update or join request when there is one.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, expect, test } from "vitest";
import { checkDatabase } from "./checks";
import { MARKER, prepareDatabase } from "./workload";

const dir = mkdtempSync(path.join(tmpdir(), "laget-checks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a fresh database passes; a lost write and rows missing their companions are reported", async () => {
  const fixture = await prepareDatabase(dir, 2);
  const person = fixture.people[0]!;
  const acked = { sentAt: 0, ackedAt: 0 };
  expect(checkDatabase(fixture.databasePath, [])).toMatchObject({ integrity: "ok", foreignKeyProblems: [], missing: [], halfWritten: [] });

  // Rows as a write without its transaction could leave them: the first statement, not the rest.
  const db = new Database(fixture.databasePath);
  const orgId = db
    .prepare("INSERT INTO organisations (slug, name, sector, status, registered_by_user_id, created_at) VALUES (?, ?, 'residents_group', 'pending', ?, ?) RETURNING id")
    .pluck()
    .get("halv", `${MARKER} halv`, person.id, Date.now()) as number;
  db.prepare("INSERT INTO updates (initiative_id, organisation_id, author_user_id, title, body, visibility, created_at) SELECT ?, organisation_id, ?, ?, 'x', 'partners', ? FROM participations WHERE initiative_id = ? LIMIT 1")
    .run(fixture.partner.initiativeId, person.id, `${MARKER} halv oppdatering`, Date.now(), fixture.partner.initiativeId);
  db.prepare("INSERT INTO memberships (user_id, organisation_id, role, status, created_at) VALUES (?, ?, 'editor', 'requested', ?)")
    .run(person.id, fixture.joinable[0]!.id, Date.now());
  db.close();

  const report = checkDatabase(fixture.databasePath, [
    { kind: "registration", orgName: `${MARKER} halv`, userId: person.id, ...acked },
    { kind: "update", title: `${MARKER} aldri lagret`, ...acked },
    { kind: "join", userId: fixture.people[1]!.id, organisationId: orgId, ...acked },
  ]);
  expect(report.integrity).toBe("ok");
  expect(report.missing.map((w) => w.kind)).toEqual(["update", "join"]);
  expect(report.halfWritten).toHaveLength(3);
  expect(report.halfWritten[0]).toMatch(/^organisation Krasjtest halv: 0 owner memberships, 0 audit entries/);
  expect(report.halfWritten[1]).toMatch(/^update Krasjtest halv oppdatering: 0 audit entries/);
  expect(report.halfWritten[2]).toMatch(/^join request \d+: 0 audit entries/);
});
