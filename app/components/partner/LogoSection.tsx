import { Form } from "@remix-run/react";
import { Button } from "~/components/ui/Button";
import { SubmitButton } from "~/components/ui/Field";
import { useT } from "~/i18n";

/**
 * /min-side/profil's logo: the current one, a multipart form to upload another (its problem, when
 * the upload was refused, tied to the file field) and a form to remove it.
 */
export function LogoSection({
  name,
  logoFile,
  formAction,
  problem,
}: {
  name: string;
  logoFile: string | null;
  formAction: string;
  problem: string | null;
}) {
  const p = useT().partner.profile;
  return (
    <section aria-labelledby="logo-heading" className="mt-10">
      <h2 id="logo-heading" className="text-2xl font-bold">
        {p.logoHeading}
      </h2>
      {logoFile ? (
        <img src={`/filer/logo/${logoFile}`} alt={p.currentLogo(name)} width={160} height={160} className="mt-3 h-40 w-40 object-contain" />
      ) : (
        <p className="mt-2">{p.noLogo}</p>
      )}
      <Form method="post" action={formAction} encType="multipart/form-data" className="mt-3">
        <input type="hidden" name="intent" value="logo" />
        <label htmlFor="logo" className="block font-semibold">
          {p.logoFile}
        </label>
        <p id="logo-hint" className="text-sm text-gray-700">
          {p.logoHint}
        </p>
        {problem ? (
          <p id="logo-error" className="mt-1 font-medium text-red-800">
            {problem}
          </p>
        ) : null}
        <input
          id="logo"
          name="logo"
          type="file"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby={problem ? "logo-hint logo-error" : "logo-hint"}
          aria-invalid={problem ? true : undefined}
          className="mt-1 block min-h-11 w-full py-2"
        />
        <SubmitButton>{p.uploadLogo}</SubmitButton>
      </Form>
      {logoFile ? (
        <Form method="post" action={formAction}>
          <input type="hidden" name="intent" value="removeLogo" />
          <Button variant="secondary" className="mt-3">
            {p.removeLogo}
          </Button>
        </Form>
      ) : null}
    </section>
  );
}
