import { describe, expect, it } from "vitest";
import { canCoordinateProgramme, canEditOrganisation, canManageMembers, isAdmin, isStaff, type Actor } from "./permissions";

const base: Actor = { id: 1, role: "none", name: "x", email: "x@y.no", programmeIds: [], memberships: [] };
const owner: Actor = { ...base, memberships: [{ organisationId: 10, role: "owner" }] };
const editor: Actor = { ...base, memberships: [{ organisationId: 10, role: "editor" }] };
const coordinator: Actor = { ...base, role: "coordinator", programmeIds: [1] };
const admin: Actor = { ...base, role: "admin" };

describe("permissions", () => {
  it("lets owners and editors edit their own organisation only", () => {
    expect(canEditOrganisation(owner, 10)).toBe(true);
    expect(canEditOrganisation(editor, 10)).toBe(true);
    expect(canEditOrganisation(owner, 11)).toBe(false);
    expect(canEditOrganisation(null, 10)).toBe(false);
  });

  it("lets only owners manage members", () => {
    expect(canManageMembers(owner, 10)).toBe(true);
    expect(canManageMembers(editor, 10)).toBe(false);
    expect(canManageMembers(admin, 10)).toBe(false);
  });

  it("lets coordinators act within their programmes, and admins everywhere", () => {
    expect(canCoordinateProgramme(coordinator, 1)).toBe(true);
    expect(canCoordinateProgramme(coordinator, 2)).toBe(false);
    expect(canCoordinateProgramme(admin, 2)).toBe(true);
    expect(canCoordinateProgramme(owner, 1)).toBe(false);
    expect(isStaff({ ...coordinator, programmeIds: [] })).toBe(false);
    expect(isStaff(coordinator)).toBe(true);
    expect(isAdmin(coordinator)).toBe(false);
  });
});
