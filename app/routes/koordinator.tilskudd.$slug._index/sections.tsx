/** The parts of the scheme page: its rounds (and a new one), its group, and the appeals waiting. */
import { Form, Link } from "@remix-run/react";
import { RoundFields } from "~/components/grants/admin-RoundFields";
import { applicantName, grantFieldErrors, kroner, osloDateTime } from "~/components/grants/format";
import { formatInstant } from "~/components/initiatives/format";
import { Button } from "~/components/ui/Button";
import { DataTable, Td, Th } from "~/components/ui/DataTable";
import { SelectField, SubmitButton, TextField } from "~/components/ui/Field";
import { Section } from "~/components/ui/Section";
import { useT, type Messages } from "~/i18n";
import type { formState } from "~/utils/forms";
import { GRANT_MEMBER_ROLES, type GrantMemberRole } from "~/validation/enums";

type FormState = ReturnType<typeof formState>;

type Round = {
  id: number;
  slug: string;
  name: string;
  opensAt: number;
  deadlineAt: number | null;
  budgetOre: number;
  releasedAt: number | null;
  lettersSentAt: number | null;
  applications: number;
};


/** Where a round stands, in the order it gets there. */
export function roundStatus(round: { opensAt: number; deadlineAt: number | null; releasedAt: number | null; lettersSentAt: number | null }, at: number, t: Messages): string {
  const s = t.grants.adminPages.roundStatus;
  if (round.lettersSentAt !== null) return s.lettersSent;
  if (round.releasedAt !== null) return s.released;
  if (round.opensAt > at) return s.upcoming;
  return round.deadlineAt === null || round.deadlineAt > at ? s.open : s.closed;
}

export function RoundsSection({ formKey, scheme, now, form }: { formKey: string; scheme: { slug: string; isContinuous: boolean; rounds: Round[] }; now: number; form: FormState }) {
  const t = useT();
  const s = t.grants.adminPages.scheme;
  return (
    <Section heading={s.roundsHeading} id="runder">
      {scheme.rounds.length === 0 ? (
        <p className="mt-2">{s.roundsEmpty}</p>
      ) : (
        <DataTable caption={s.roundsCaption} captionHidden className="mt-4" scrollHint>
          <thead>
            <tr>
              <Th>{s.roundName}</Th>
              <Th>{s.deadline}</Th>
              <Th>{s.roundStatus}</Th>
              <Th numeric>{s.applications}</Th>
              <Th numeric>{s.budget}</Th>
            </tr>
          </thead>
          <tbody>
            {scheme.rounds.map((r) => (
              <tr key={r.id}>
                <Th scope="row">
                  <Link to={`/koordinator/tilskudd/${scheme.slug}/${r.slug}`} className="inline-block py-2">
                    {r.name}
                  </Link>
                </Th>
                <Td>{r.deadlineAt === null ? s.noDeadline : osloDateTime(r.deadlineAt, t)}</Td>
                <Td>{roundStatus(r, now, t)}</Td>
                <Td numeric>{r.applications}</Td>
                <Td numeric>{kroner(r.budgetOre, t)}</Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Section heading={s.newRoundHeading} level={3} className="mt-8 max-w-2xl">
        {scheme.isContinuous ? (
          <p className="mt-2">{s.newRoundContinuous}</p>
        ) : (
          <Form key={`${formKey}-round`} method="post" noValidate>
            <input type="hidden" name="intent" value="createRound" />
            <RoundFields form={form} />
            <SubmitButton>{s.createRound}</SubmitButton>
          </Form>
        )}
      </Section>
    </Section>
  );
}

export function MembersSection({ formKey, members, form }: { formKey: string; members: { userId: number; role: GrantMemberRole; name: string }[]; form: FormState }) {
  const t = useT();
  const s = t.grants.adminPages.scheme;
  return (
    <Section heading={s.membersHeading} id="gruppen">
      {members.length === 0 ? (
        <p className="mt-2">{s.membersEmpty}</p>
      ) : (
        <DataTable caption={s.membersCaption} captionHidden className="mt-4">
          <thead>
            <tr>
              <Th>{s.memberName}</Th>
              <Th>{s.memberRole}</Th>
              <Th>{s.memberAction}</Th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.userId}>
                <Th scope="row">{m.name}</Th>
                <Td>{t.grants.memberRoles[m.role]}</Td>
                <Td>
                  <Form method="post">
                    <input type="hidden" name="intent" value="removeMember" />
                    <input type="hidden" name="userId" value={m.userId} />
                    <Button variant="secondary">{s.remove(m.name)}</Button>
                  </Form>
                </Td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <Section heading={s.addHeading} level={3} className="mt-8 max-w-2xl">
        <p className="mt-2">{s.addIntro}</p>
        <Form key={`${formKey}-member`} method="post" noValidate>
          <input type="hidden" name="intent" value="addMember" />
          <TextField id="member-email" name="email" type="email" label={s.email} autoComplete="off" defaultValue={form.value("email")} errors={grantFieldErrors(t, form.errors("email"))} required />
          <SelectField
            id="member-role"
            name="role"
            label={s.role}
            defaultValue={form.value("role") ?? "member"}
            errors={grantFieldErrors(t, form.errors("role"))}
            options={GRANT_MEMBER_ROLES.map((r) => ({ value: r, label: t.grants.memberRoles[r] }))}
          />
          <SubmitButton>{s.add}</SubmitButton>
        </Form>
      </Section>
    </Section>
  );
}

type Appeal = { id: number; title: string; applicantKind: string; organisationName: string | null; lodgedAt: number; outcome: "upheld" | "forwarded" | null; roundId: number };

/** The scheme's appeals, open ones first; each open one is reconsidered on the group's page of its round. */
export function AppealsSection({ appeals }: { appeals: Appeal[] }) {
  const t = useT();
  const s = t.grants.adminPages.scheme;
  return (
    <Section heading={s.appealsHeading} id="klager">
      {appeals.length === 0 ? (
        <p className="mt-2">{s.appealsEmpty}</p>
      ) : (
        <DataTable caption={s.appealsCaption} captionHidden className="mt-4" scrollHint>
          <thead>
            <tr>
              <Th>{s.appealApplication}</Th>
              <Th>{s.appealApplicant}</Th>
              <Th>{s.appealLodged}</Th>
              <Th>{s.appealOutcome}</Th>
            </tr>
          </thead>
          <tbody>
            {appeals.map((x) => {
              return (
                <tr key={x.id}>
                  <Th scope="row">
                    {x.outcome === null ? (
                      <Link to={`/bydelsgruppe/${x.roundId}`} className="inline-block py-2">
                        {x.title}
                      </Link>
                    ) : (
                      x.title
                    )}
                  </Th>
                  <Td>{applicantName(x, t)}</Td>
                  <Td>{formatInstant(x.lodgedAt, t)}</Td>
                  <Td>{x.outcome === null ? s.appealWaiting : t.grants.appealOutcomes[x.outcome]}</Td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </Section>
  );
}
