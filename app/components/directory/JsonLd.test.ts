import { describe, expect, test } from "vitest";
import { isHttpUrl, organisationJsonLd, scriptSafeJson } from "./JsonLd";

describe("scriptSafeJson", () => {
  test("text can never close the script element, and the JSON reads back the same", () => {
    const value = { description: "</script><script>alert(1)</script> <!-- & \u2028" };
    const json = scriptSafeJson(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(json).toContain("\\u003c/script\\u003e");
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe("organisationJsonLd", () => {
  const base = { name: "Lag", description: "", website: null, contactEmail: null, contactPhone: null, orgNumber: null, areas: [] };

  test("only the fields the organisation has", () => {
    expect(organisationJsonLd(base, "https://laget.no/partnere/lag")).toEqual({
      "@context": "https://schema.org",
      "@type": "Organization",
      "@id": "https://laget.no/partnere/lag",
      name: "Lag",
      url: "https://laget.no/partnere/lag",
      mainEntityOfPage: "https://laget.no/partnere/lag",
    });
  });

  test("with everything", () => {
    const ld = organisationJsonLd(
      {
        ...base,
        description: "Leksehjelp.",
        website: "https://lag.example.no",
        contactEmail: "post@lag.example.no",
        contactPhone: "22 00 00 00",
        orgNumber: "987654325",
        areas: [{ name: "Romsås" }],
      },
      "https://laget.no/partnere/lag",
    );
    expect(ld).toMatchObject({
      url: "https://lag.example.no",
      description: "Leksehjelp.",
      email: "post@lag.example.no",
      telephone: "22 00 00 00",
      identifier: { "@type": "PropertyValue", value: "987654325" },
      areaServed: [{ "@type": "Place", name: "Romsås" }],
    });
  });

  test("a website that is not http(s) is never used", () => {
    expect(organisationJsonLd({ ...base, website: "javascript:alert(1)" }, "https://laget.no/p").url).toBe("https://laget.no/p");
    expect(isHttpUrl("javascript:alert(1)")).toBe(false);
    expect(isHttpUrl("http://x.no")).toBe(true);
  });
});
