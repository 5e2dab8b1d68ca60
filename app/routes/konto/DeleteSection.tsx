import { Form, Link } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { FormMessage, TextField } from "~/components/ui/Field";
import { useT, type Messages } from "~/i18n";
import type { Problem } from "./reply.server";
import { Section, type FieldErrors, type FormState } from "./Section";

/** What stops the person from deleting the account, known before they try. */
export type DeleteBlocker = { kind: "lastOwner"; organisations: { name: string; slug: string }[] } | { kind: "lastAdmin" } | { kind: "grantRecords" } | null;

/**
 * `refusal` is why the last attempt to delete was refused (an error); `blocker` is the same reason
 * known in advance (information), shown until someone tries.
 */
export function DeleteSection({
  formKey,
  form,
  errors,
  refusal,
  blocker,
}: {
  formKey: string;
  form: FormState;
  errors: FieldErrors;
  refusal: Problem | null;
  blocker: DeleteBlocker;
}) {
  const t = useT();
  const a = t.account;
  return (
    <Section id="slett" heading={a.deleteSection.heading}>
      <p className="mt-2">{a.deleteSection.explanation}</p>
      <p className="mt-2">{a.deleteSection.ownerExplanation}</p>
      {refusal?.kind === "lastOwner" ? (
        <FormMessage>
          <LastOwner organisations={refusal.organisations} t={t} />
        </FormMessage>
      ) : blocker?.kind === "lastOwner" ? (
        <FormMessage tone="info">
          <LastOwner organisations={blocker.organisations} t={t} />
        </FormMessage>
      ) : null}
      {refusal?.kind === "lastAdmin" ? (
        <FormMessage>{a.deleteSection.lastAdmin}</FormMessage>
      ) : blocker?.kind === "lastAdmin" ? (
        <FormMessage tone="info">{a.deleteSection.lastAdmin}</FormMessage>
      ) : null}
      {refusal?.kind === "grantRecords" ? (
        <FormMessage>{a.deleteSection.grantRecords}</FormMessage>
      ) : blocker?.kind === "grantRecords" ? (
        <FormMessage tone="info">{a.deleteSection.grantRecords}</FormMessage>
      ) : null}
      <Form key={`${formKey}-delete`} method="post" noValidate>
        <input type="hidden" name="intent" value="delete" />
        <TextField
          id="delete-currentPassword"
          name="currentPassword"
          type="password"
          label={a.deleteSection.currentPassword}
          autoComplete="current-password"
          errors={errors("currentPassword")}
          required
        />
        <ConfirmCheckbox label={a.deleteSection.confirm} errors={errors("confirm")} checked={form.value("confirm") === "on"} />
        <Button data-color="danger" className="mt-6">
          {a.deleteSection.submit}
        </Button>
      </Form>
    </Section>
  );
}

function LastOwner({ organisations, t }: { organisations: { name: string; slug: string }[]; t: Messages }) {
  return (
    <>
      <p>{t.account.deleteSection.lastOwner(organisations.map((o) => o.name))}</p>
      <ul className="mt-2 list-disc pl-6">
        {organisations.map((o) => (
          <li key={o.slug}>
            <Link to={`/min-side/medlemmer/${o.slug}`} className="inline-block py-2">
              {t.account.deleteSection.membersLink(o.name)}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

function ConfirmCheckbox({ label, errors, checked }: { label: string; errors?: string[]; checked: boolean }) {
  const errorId = errors?.length ? "delete-confirm-error" : undefined;
  return (
    <div className="mt-5">
      {errorId ? (
        <p id={errorId} className="mt-1 font-medium text-red-800">
          {errors!.join(" ")}
        </p>
      ) : null}
      <label className="flex min-h-11 items-center gap-3 py-1">
        <input
          id="delete-confirm"
          type="checkbox"
          name="confirm"
          defaultChecked={checked}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          className="h-5 w-5 shrink-0"
        />
        <span>{label}</span>
      </label>
    </div>
  );
}
