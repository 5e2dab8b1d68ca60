/**
 * The audit log reads as words: what an entry concerns and the ids in its details are resolved to
 * names (a person, an organisation, a tiltak, a participation), all in one statement per page
 * whatever the number of rows, and an id whose thing is gone says so.
 */
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { initiatives, organisations, participations, users } from "../../db/schema";
import { seedDemoData } from "../../db/seed";
import { audit } from "~/services/audit.server";
import { countStatements } from "~/testing/statement-count.server";
import { getDb } from "~/utils/db.server";
import { listAuditEvents, type AuditFilters } from "./admin.server";

const noFilters: AuditFilters = { action: null, actorEmail: null, entityType: null, entityId: null, from: null, to: null };
const db = () => getDb();

beforeAll(async () => {
  await seedDemoData(db(), { passwordHash: "unused" });
});

describe("the audit log's names", () => {
  it("resolves the entity and the detail ids to names, in one statement for the whole page", () => {
    const partner = db().select().from(users).where(eq(users.email, "partner@laget.test")).get()!;
    const participation = db()
      .select({ id: participations.id, organisationId: participations.organisationId, initiativeId: participations.initiativeId, org: organisations.name, title: initiatives.title })
      .from(participations)
      .innerJoin(organisations, eq(organisations.id, participations.organisationId))
      .innerJoin(initiatives, eq(initiatives.id, participations.initiativeId))
      .get()!;
    for (let i = 0; i < 30; i++) {
      audit({
        actorUserId: partner.id,
        action: "participation.invitation_accepted",
        entityType: "participation",
        entityId: participation.id,
        details: { initiativeId: participation.initiativeId, organisationId: participation.organisationId, userId: 999_999 },
      });
    }
    audit({ actorUserId: partner.id, action: "user.name_changed", entityType: "user", entityId: partner.id });

    const plain = countStatements(() => listAuditEvents(noFilters, 1, 1)).statements;
    const { result, statements } = countStatements(() => listAuditEvents(noFilters, 1, 31));
    // The names of 31 rows cost one statement more than those of one row: none per row.
    expect(statements).toBe(plain);
    const [named, ...accepted] = result.items;
    expect(named).toMatchObject({ action: "user.name_changed", entityLabel: partner.name });
    expect(accepted[0]).toMatchObject({
      entityLabel: `${participation.org} – ${participation.title}`,
      detailRefs: {
        initiativeId: { kind: "initiative", id: participation.initiativeId, label: participation.title },
        organisationId: { kind: "organisation", id: participation.organisationId, label: participation.org },
        userId: { kind: "user", id: 999_999, label: null },
      },
    });
  });
});
