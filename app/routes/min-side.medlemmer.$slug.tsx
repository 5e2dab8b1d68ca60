import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { FormMessage, SelectField, SubmitButton, TextField } from "~/components/ui/Field";
import { formatDate, useT } from "~/i18n";
import {
  changeMemberRole,
  decideMembershipRequest,
  findOrganisationBySlug,
  inviteMember,
  listMembersForOwner,
  removeMember,
} from "~/models/membership.server";
import { ensure, requireActor } from "~/services/actor.server";
import { deliverPendingMail } from "~/services/mail.server";
import { canManageMembers } from "~/services/permissions";
import { formState, hasErrorOn } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRefusal } from "~/utils/refusal.server";
import { MEMBERSHIP_ROLES } from "~/validation/enums";
import { membersActionSchema } from "~/validation/membership";

export const meta: MetaFunction<typeof loader> = ({ matches, data: loaderData }) =>
  pageMeta(matches, (t) => ({ title: t.membership.membersTitle(loaderData?.organisation.name ?? "") }));

/** The organisation, if the acting person owns it; 404 for unknown slugs, 403 for everyone else. */
async function ownedOrganisation(request: Request, slug: string | undefined) {
  const actor = await requireActor(request);
  const org = slug ? findOrganisationBySlug(slug) : undefined;
  if (!org) throw new Response(null, { status: 404 });
  ensure(canManageMembers(actor, org.id));
  return { actor, org };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor, org } = await ownedOrganisation(request, params.slug);
  const members = listMembersForOwner(org.id);
  const done = new URL(request.url).searchParams.get("ok");
  return {
    organisation: { name: org.name },
    actorUserId: actor.id,
    done,
    active: members.active.map(({ id, userId, name, email, role }) => ({ id, userId, name, email, role })),
    requests: members.requests.map(({ id, name, email, message, createdAt }) => ({ id, name, email, message, createdAt })),
    invitations: members.invitations.map(({ id, email, role, expiresAt }) => ({ id, email, role, expiresAt })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor, org } = await ownedOrganisation(request, params.slug);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, membersActionSchema);
  if (!parsed.ok) {
    const intent = String(formData.get("intent") ?? "");
    // Only the invitation form shows field errors; the rows' forms carry hidden ids and choices.
    const whole = intent !== "invite" || hasErrorOn(parsed.result, ["intent"]);
    return data({ result: parsed.result, problem: whole ? "formNotProcessed" : (null as string | null), intent }, { status: 400 });
  }
  const value = parsed.value;
  const base = { actorUserId: actor.id, organisationId: org.id };
  let done: string = value.intent;
  const outcome = orRefusal(() => {
    switch (value.intent) {
      case "approve":
      case "decline":
        decideMembershipRequest({ ...base, membershipId: value.membershipId, approve: value.intent === "approve", role: value.intent === "approve" ? value.role : "editor" });
        break;
      case "role":
        changeMemberRole({ ...base, membershipId: value.membershipId, role: value.role });
        break;
      case "remove":
        removeMember({ ...base, membershipId: value.membershipId });
        break;
      case "invite": {
        // A second press (or a second invitation to the same address) reuses the open invitation.
        const sent = inviteMember({ ...base, actorName: actor.name, email: value.email, role: value.role });
        done = sent === "sent" ? "invite" : sent === "resent" ? "invite-resent" : "invite-unchanged";
        break;
      }
    }
  });
  // Shown on the page: 404 for a membership that is gone, 400 when the state forbids it (the last owner…).
  if (!outcome.ok) return data({ result: parsed.reject({}), problem: outcome.reason as string | null, intent: value.intent }, { status: outcome.status });
  void deliverPendingMail();
  return redirect(`/min-side/medlemmer/${params.slug}?ok=${done}`);
}

export default function Members() {
  const { organisation, actorUserId, done, active, requests, invitations } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const location = useLocation();
  const inviteForm = formState(actionData?.intent === "invite" ? actionData.result : undefined);
  const t = useT();
  const m = t.membership;
  const roleOptions = MEMBERSHIP_ROLES.map((r) => ({ value: r, label: m.membershipRoles[r] }));
  const doneText: Record<string, string> = {
    approve: m.requestApproved,
    decline: m.requestDeclined,
    role: m.roleSaved,
    remove: m.memberRemoved,
    invite: m.inviteSentPlain,
    "invite-resent": m.inviteResent,
    "invite-unchanged": m.inviteUnchanged,
  };
  const problemText: Record<string, string> = {
    lastOwner: m.lastOwner,
    alreadyMember: m.inviteAlreadyMember,
    notFound: t.errors.notFoundText,
    formNotProcessed: t.validation.formNotProcessed,
  };

  return (
    <>
      <h1 className="text-3xl font-bold">{m.membersHeading(organisation.name)}</h1>
      <ErrorSummary
        form={formState(actionData?.result)}
        fields={actionData?.intent === "invite" ? { email: "invite-email", role: "invite-role" } : {}}
        problems={[actionData?.problem && problemText[actionData.problem] ? problemText[actionData.problem] : null]}
      />
      {done && doneText[done] && !actionData ? <FormMessage tone="success">{doneText[done]}</FormMessage> : null}

      <section aria-labelledby="requests-heading" className="mt-8">
        <h2 id="requests-heading" className="text-2xl font-bold">
          {m.requestsHeading}
        </h2>
        {requests.length === 0 ? <p className="mt-2">{m.noRequests}</p> : null}
        <ul className="mt-3 grid gap-4">
          {requests.map((r) => (
            <li key={r.id} className="rounded border border-brand-100 p-4">
              <p className="font-semibold">
                {r.name} ({r.email})
              </p>
              <p className="text-sm text-gray-700">{m.requestedAt(formatDate(new Date(r.createdAt), t))}</p>
              {r.message ? <p className="mt-2 whitespace-pre-line">{r.message}</p> : null}
              <div className="mt-2 flex flex-wrap items-end gap-4">
                <Form method="post" className="flex flex-wrap items-end gap-3">
                  <input type="hidden" name="intent" value="approve" />
                  <input type="hidden" name="membershipId" value={r.id} />
                  <SelectField id={`approve-role-${r.id}`} name="role" label={m.approveAs} defaultValue="editor" options={roleOptions} />
                  <Button>{m.approve}</Button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="intent" value="decline" />
                  <input type="hidden" name="membershipId" value={r.id} />
                  <Button variant="secondary">{m.decline}</Button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="members-heading" className="mt-10">
        <h2 id="members-heading" className="text-2xl font-bold">
          {m.activeHeading}
        </h2>
        <ul className="mt-3 grid gap-4">
          {active.map((member) => (
            <li key={member.id} className="rounded border border-brand-100 p-4">
              <p className="font-semibold">
                {member.name} {member.userId === actorUserId ? m.you : null}
              </p>
              <p className="text-sm text-gray-700">{member.email}</p>
              <div className="mt-2 flex flex-wrap items-end gap-4">
                <Form method="post" className="flex flex-wrap items-end gap-3">
                  <input type="hidden" name="intent" value="role" />
                  <input type="hidden" name="membershipId" value={member.id} />
                  <SelectField id={`role-${member.id}`} name="role" label={m.roleLabel(member.name)} defaultValue={member.role} options={roleOptions} />
                  <Button>{m.saveRole}</Button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="membershipId" value={member.id} />
                  <Button variant="secondary" aria-label={m.removeLabel(member.name)}>
                    {m.remove}
                  </Button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="invite-heading" className="mt-10 max-w-xl">
        <h2 id="invite-heading" className="text-2xl font-bold">
          {m.inviteHeading}
        </h2>
        <p className="mt-2">{m.inviteIntro}</p>
        {/* A new key after every navigation: after a sent invitation the browser's copy of the form
            (with the address typed) is replaced by an empty one; after a refusal the values come back. */}
        <Form method="post" noValidate key={location.key}>
          <input type="hidden" name="intent" value="invite" />
          <TextField id="invite-email" name="email" type="email" label={m.inviteEmail} autoComplete="off" defaultValue={inviteForm.value("email")} errors={inviteForm.errors("email")} required />
          <SelectField id="invite-role" name="role" label={m.inviteRole} defaultValue={inviteForm.value("role") ?? "editor"} errors={inviteForm.errors("role")} options={roleOptions} />
          <SubmitButton>{m.inviteSubmit}</SubmitButton>
        </Form>
        <h3 className="mt-8 text-xl font-semibold">{m.pendingInvitesHeading}</h3>
        {invitations.length === 0 ? <p className="mt-2">{m.noPendingInvites}</p> : null}
        <ul className="mt-2 list-disc pl-6">
          {invitations.map((inv) => (
            <li key={inv.id}>
              {inv.email} – {inv.role ? m.membershipRoles[inv.role] : ""} – {m.expires(formatDate(new Date(inv.expiresAt), t))}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
