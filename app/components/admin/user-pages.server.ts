/**
 * What both people pages (/admin/brukere and /admin/brukere/:id) load and answer: the list with its
 * search, and the actions on a person, which return to that person's page with the list's place kept.
 */
import { data, redirect, type ActionFunctionArgs } from "@remix-run/node";
import { assignCoordinator, changeUserRole, listUsers, unassignCoordinator, USERS_PAGE_SIZE } from "~/models/user.server";
import { requireAdmin } from "~/services/actor.server";
import { type FormResult, parseForm, readFormData } from "~/utils/forms.server";
import { lastPageOrRedirect } from "~/utils/listing.server";
import { pageHref, parsePage } from "~/utils/pagination";
import { rejectForm } from "~/utils/refusal.server";
import { assignmentSchema, changeRoleSchema } from "~/validation/admin";
import { USER_ROLES, type UserRole } from "~/validation/enums";
import { listParams } from "./UserPages";

export const USER_NOTICES = ["roleChanged", "roleUnchanged", "assigned", "unassigned"] as const;
export type UserNotice = (typeof USER_NOTICES)[number];

/** The list of people as the URL's search, role and page ask for it. */
export function loadUserList(url: URL) {
  const page = parsePage(url);
  if (page === null) throw redirect(pageHref(url, 1));
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const roleParam = url.searchParams.get("rolle") ?? "";
  const role = (USER_ROLES as readonly string[]).includes(roleParam) ? (roleParam as UserRole) : null;
  const { total, items } = listUsers({ q, role }, page);
  const lastPage = lastPageOrRedirect(url, page, total, USERS_PAGE_SIZE);
  const noticeParam = url.searchParams.get("lagret");
  const notice = (USER_NOTICES as readonly string[]).includes(noticeParam ?? "") ? (noticeParam as UserNotice) : null;
  return { q, role, page, lastPage, total, items, notice, search: url.search };
}

/** Which form a failed submission belongs to, so its errors show there and nowhere else. */
type Failure = { form: string; result: FormResult };
const fail = (form: string, result: FormResult) => data<Failure>({ form, result }, { status: 400 });

/** To the person's page, with the list's place and a notice of what was saved. */
function done(request: Request, userId: number, notice: UserNotice) {
  const search = listParams(new URL(request.url).search, { lagret: notice });
  return redirect(`/admin/brukere/${userId}${search}`);
}

export async function userAction({ request }: ActionFunctionArgs) {
  const actor = await requireAdmin(request);
  const formData = await readFormData(request);
  const intent = formData.get("intent");

  if (intent === "changeRole") {
    const parsed = parseForm(formData, changeRoleSchema);
    if (!parsed.ok) return fail("role", parsed.result);
    const outcome = changeUserRole(actor.id, parsed.value.userId, parsed.value.role);
    if (!outcome.ok) return fail("role", rejectForm(parsed, outcome));
    return done(request, parsed.value.userId, outcome.changed ? "roleChanged" : "roleUnchanged");
  }

  if (intent === "assign" || intent === "unassign") {
    const form = intent === "assign" ? "assign" : "assignments";
    const parsed = parseForm(formData, assignmentSchema);
    if (!parsed.ok) return fail(form, parsed.result);
    const { userId, programmeId } = parsed.value;
    const outcome = intent === "assign" ? assignCoordinator(actor.id, userId, programmeId) : unassignCoordinator(actor.id, userId, programmeId);
    if (!outcome.ok) return fail(form, rejectForm(parsed, outcome));
    return done(request, userId, intent === "assign" ? "assigned" : "unassigned");
  }

  throw new Response("Ukjent handling", { status: 400 });
}
