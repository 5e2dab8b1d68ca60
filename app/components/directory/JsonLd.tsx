import { useNonce } from "~/utils/nonce";

/**
 * JSON for a `<script>` element: `<`, `>` and `&` are escaped as \u003c, \u003e and \u0026 (and the
 * line separators U+2028/U+2029 too), so no text in the data can close the script element or open a
 * comment. JSON parsers read the escapes back as the same characters.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Structured data (schema.org) for search engines. The nonce satisfies the CSP for inline scripts. */
export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const nonce = useNonce();
  return (
    <script
      type="application/ld+json"
      nonce={nonce}
      // Safe: scriptSafeJson escapes every character that could end the element.
      dangerouslySetInnerHTML={{ __html: scriptSafeJson(data) }}
    />
  );
}

export type OrganisationLdInput = {
  name: string;
  description: string;
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  orgNumber: string | null;
  areas: { name: string }[];
};

/** schema.org Organization for a public profile; optional fields only when the organisation has them. */
export function organisationJsonLd(org: OrganisationLdInput, profileUrl: string): Record<string, unknown> {
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": profileUrl,
    name: org.name,
    url: org.website && isHttpUrl(org.website) ? org.website : profileUrl,
    mainEntityOfPage: profileUrl,
  };
  if (org.description.trim()) data.description = org.description.trim();
  if (org.contactEmail) data.email = org.contactEmail;
  if (org.contactPhone) data.telephone = org.contactPhone;
  if (org.orgNumber) {
    data.identifier = { "@type": "PropertyValue", propertyID: "Organisasjonsnummer", value: org.orgNumber };
  }
  if (org.areas.length > 0) data.areaServed = org.areas.map((a) => ({ "@type": "Place", name: a.name }));
  return data;
}

/** Only http(s) addresses become links: a stored `javascript:` URL must never be clickable. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}
