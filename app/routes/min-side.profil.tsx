import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { LogoSection } from "~/components/partner/LogoSection";
import { partnerErrors, partnerErrorText, PartnerNav } from "~/components/partner/PartnerNav";
import { withOrg } from "~/components/partner/links";
import { requirePartnerOrganisation } from "~/components/partner/partner-org.server";
import { Button } from "~/components/ui/Button";
import { ErrorSummary } from "~/components/ui/ErrorSummary";
import { CheckboxGroup, FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "~/components/ui/Field";
import { formatDate, useT } from "~/i18n";
import { confirmProfile, getProfileForEdit, profileNeedsConfirmation, setLogo, updateProfile } from "~/models/profile.server";
import { listAreaOptions, listThemeOptions, unknownChoices } from "~/models/registration.server";
import { deleteLogo, processLogo, readLogoForm, storeLogo, type LogoProblem } from "~/services/logo.server";
import { formState } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { pageMeta } from "~/utils/meta";
import { orRefusal, rejectForm } from "~/utils/refusal.server";
import { OFFERS, SECTORS } from "~/validation/enums";
import { profileSchema } from "~/validation/profile";
import type { FormResult } from "~/utils/forms.server";
import { PartnerErrorBoundary } from "~/components/partner/PartnerErrorBoundary";
import { lookUpUnit, registrationRefusal } from "~/services/enhetsregisteret.server";

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t.partner.profile.title }));

const DONE = ["saved", "reapproval", "unchanged", "confirmed", "logo", "logoRemoved"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, organisation, organisations } = await requirePartnerOrganisation(request);
  const profile = getProfileForEdit(actor.id, organisation.id);
  if (!profile) throw new Response(null, { status: 404 });
  const done = new URL(request.url).searchParams.get("ok");
  return {
    organisations,
    profile: {
      slug: profile.slug,
      name: profile.name,
      sector: profile.sector,
      orgNumber: profile.orgNumber ?? "",
      description: profile.description,
      website: profile.website ?? "",
      contactEmail: profile.contactEmail ?? "",
      contactPhone: profile.contactPhone ?? "",
      logoFile: profile.logoFile,
      status: profile.status,
      lastConfirmedAt: profile.lastConfirmedAt?.getTime() ?? null,
      needsConfirmation: profileNeedsConfirmation(profile.lastConfirmedAt),
      areas: profile.areaIds.map(String),
      themes: profile.themeIds.map(String),
      offers: profile.offers as string[],
    },
    done: (DONE as readonly string[]).includes(done ?? "") ? done : null,
    areaOptions: listAreaOptions(),
    themeOptions: listThemeOptions(),
  };
}

type ActionData = { form: "profile" | "logo"; result: FormResult | null; logoProblem: LogoProblem | null; problem: string | null };

export async function action({ request }: ActionFunctionArgs) {
  const { actor, organisation, organisations } = await requirePartnerOrganisation(request);
  const back = (ok: string) => redirect(withOrg("/min-side/profil", organisation.slug, organisations, `ok=${ok}`));

  if ((request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) {
    let upload: Awaited<ReturnType<typeof readLogoForm>>;
    try {
      upload = await readLogoForm(request);
    } catch {
      return data({ form: "logo", result: null, logoProblem: "logoTooLarge", problem: null } as ActionData, { status: 400 });
    }
    if (upload.tooLarge) return data({ form: "logo", result: null, logoProblem: "logoTooLarge", problem: null } as ActionData, { status: 400 });
    const file = upload.formData.get("logo");
    if (!(file instanceof File) || file.size === 0) {
      return data({ form: "logo", result: null, logoProblem: "logoMissing", problem: null } as ActionData, { status: 400 });
    }
    const processed = await processLogo(new Uint8Array(await file.arrayBuffer()));
    if (!processed.ok) return data({ form: "logo", result: null, logoProblem: processed.problem, problem: null } as ActionData, { status: 400 });
    const name = storeLogo(processed.data);
    const changed = setLogo(actor.id, organisation.id, name);
    if (!changed) {
      deleteLogo(name);
      throw new Response(null, { status: 404 });
    }
    deleteLogo(changed.previous);
    return back("logo");
  }

  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  if (intent === "confirm") {
    if (!confirmProfile(actor.id, organisation.id)) throw new Response(null, { status: 404 });
    return back("confirmed");
  }
  if (intent === "removeLogo") {
    const changed = setLogo(actor.id, organisation.id, null);
    if (!changed) throw new Response(null, { status: 404 });
    deleteLogo(changed.previous);
    return back("logoRemoved");
  }
  if (intent !== "save") return data({ form: "profile", result: null, logoProblem: null, problem: "formNotProcessed" } as ActionData, { status: 400 });

  const parsed = parseForm(formData, profileSchema);
  if (!parsed.ok) return data({ form: "profile", result: parsed.result, logoProblem: null, problem: null } as ActionData, { status: 400 });
  const value = parsed.value;
  const unknown = unknownChoices(value.areas, value.themes);
  const fields: Record<string, string[]> = {};
  if (unknown.areas.length) fields.areas = ["invalidChoice"];
  if (unknown.themes.length) fields.themes = ["invalidChoice"];
  // A new organisation number is checked against Enhetsregisteret as at registration (unknown or deleted: refused).
  if (value.orgNumber && value.orgNumber !== getProfileForEdit(actor.id, organisation.id)?.orgNumber) {
    const refusal = registrationRefusal(await lookUpUnit(value.orgNumber));
    if (refusal) fields.orgNumber = [refusal];
  }
  if (Object.keys(fields).length) return data({ form: "profile", result: parsed.reject({ fields }), logoProblem: null, problem: null } as ActionData, { status: 400 });
  const outcome = orRefusal(() => updateProfile({ actorUserId: actor.id, organisationId: organisation.id, values: value }));
  if (outcome.ok) return back(outcome.value.reapproval ? "reapproval" : outcome.value.changed.length ? "saved" : "unchanged");
  // An organisation that is gone is a 404; a taken organisation number is shown next to its field.
  if (outcome.status === 404) throw new Response(null, { status: 404 });
  return data({ form: "profile", result: rejectForm(parsed, outcome), logoProblem: null, problem: null } as ActionData, { status: 400 });
}

/** Field name → id of its input, in the order of the form (the error summary links to them). */
const PROFILE_FIELD_IDS = Object.fromEntries(
  ["name", "sector", "orgNumber", "description", "website", "contactEmail", "contactPhone", "areas", "themes", "offers"].map((name) => [name, name]),
);

export default function Profile() {
  const { organisations, profile, done, areaOptions, themeOptions } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const t = useT();
  const p = t.partner.profile;
  const form = formState(actionData?.form === "profile" ? actionData.result : undefined);
  const errors = (name: string) => partnerErrors(t, form.errors(name));
  const value = (name: keyof typeof profile) => form.value(name, String(profile[name] ?? ""));
  const formAction = withOrg("/min-side/profil", profile.slug, organisations);
  const doneText: Record<string, string> = {
    saved: p.saved,
    reapproval: p.savedReapproval,
    unchanged: p.unchanged,
    confirmed: p.confirmed,
    logo: p.logoSaved,
    logoRemoved: p.logoRemoved,
  };
  const logoProblem = actionData?.form === "logo" ? actionData.logoProblem : null;
  const logoText = logoProblem ? (t.partner.validation[logoProblem as keyof typeof t.partner.validation] ?? p.logoMissing) : "";

  return (
    <div className="max-w-2xl">
      <PartnerNav current={profile.slug} organisations={organisations} />
      <h1 className="text-3xl font-bold">{p.heading(profile.name)}</h1>
      <ErrorSummary
        form={form}
        fields={PROFILE_FIELD_IDS}
        translate={(key) => partnerErrorText(t, key)}
        fieldProblems={logoProblem ? [{ id: "logo", text: logoText }] : []}
        problems={[actionData?.problem ? t.validation.formNotProcessed : null]}
      />
      {done && !actionData ? <FormMessage tone={done === "reapproval" ? "info" : "success"}>{doneText[done]}</FormMessage> : null}
      <p className="mt-2">
        {p.status}: {t.organisationStatuses[profile.status]}
      </p>
      {profile.status === "approved" ? (
        <p>
          <Link to={`/partnere/${profile.slug}`} className="inline-block py-2">
            {p.publicProfile}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="confirm-heading" className="mt-6 rounded border border-brand-100 p-4">
        <h2 id="confirm-heading" className="text-xl font-bold">
          {p.confirmHeading}
        </h2>
        <p className="mt-1">{profile.lastConfirmedAt ? p.lastConfirmed(formatDate(profile.lastConfirmedAt, t, { dateStyle: "long", timeZone: "Europe/Oslo" })) : p.neverConfirmed}</p>
        {profile.needsConfirmation ? <p className="mt-1 font-semibold">{profile.lastConfirmedAt ? t.partner.overview.profileReminder : t.partner.overview.profileNeverConfirmed}</p> : null}
        <Form method="post" action={formAction}>
          <input type="hidden" name="intent" value="confirm" />
          <Button className="mt-3">{p.confirm}</Button>
        </Form>
      </section>

      <p className="mt-6">{p.intro}</p>
      <Form method="post" action={formAction} noValidate>
        <input type="hidden" name="intent" value="save" />
        <TextField id="name" name="name" label={p.name} autoComplete="organization" defaultValue={value("name")} errors={errors("name")} required />
        <SelectField id="sector" name="sector" label={p.sector} hint={p.reapprovalHint} defaultValue={value("sector")} errors={errors("sector")} options={SECTORS.map((s) => ({ value: s, label: t.sectors[s] }))} />
        <TextField id="orgNumber" name="orgNumber" label={p.orgNumber} hint={p.orgNumberHint} inputMode="numeric" defaultValue={value("orgNumber")} errors={errors("orgNumber")} />
        <TextAreaField id="description" name="description" label={p.description} hint={p.descriptionHint} rows={10} defaultValue={value("description")} errors={errors("description")} />
        <TextField id="website" name="website" type="url" label={p.website} hint={p.websiteHint} inputMode="url" defaultValue={value("website")} errors={errors("website")} />
        <TextField id="contactEmail" name="contactEmail" type="email" label={p.contactEmail} hint={p.contactEmailHint} autoComplete="off" defaultValue={value("contactEmail")} errors={errors("contactEmail")} />
        <TextField id="contactPhone" name="contactPhone" type="tel" label={p.contactPhone} hint={p.contactPhoneHint} autoComplete="off" defaultValue={value("contactPhone")} errors={errors("contactPhone")} />
        <CheckboxGroup
          id="areas"
          name="areas"
          legend={p.areas}
          errors={errors("areas")}
          selected={form.values("areas", profile.areas)}
          options={areaOptions.map((a) => ({ value: String(a.id), label: `${"– ".repeat(a.depth)}${a.name} (${t.areaKinds[a.kind].toLowerCase()})` }))}
        />
        <CheckboxGroup
          id="themes"
          name="themes"
          legend={p.themes}
          errors={errors("themes")}
          selected={form.values("themes", profile.themes)}
          options={themeOptions.map((th) => ({ value: String(th.id), label: th.name, group: th.programme }))}
        />
        <CheckboxGroup
          id="offers"
          name="offers"
          legend={p.offers}
          errors={errors("offers")}
          selected={form.values("offers", profile.offers)}
          options={OFFERS.map((o) => ({ value: o, label: t.offers[o] }))}
        />
        <SubmitButton>{p.save}</SubmitButton>
      </Form>

      <LogoSection name={profile.name} logoFile={profile.logoFile} formAction={formAction} problem={logoText || null} />
    </div>
  );
}

/** A 404 or 400 here keeps Min side's navigation. */
export function ErrorBoundary() {
  return <PartnerErrorBoundary />;
}
