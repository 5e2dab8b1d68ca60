/** The boundary import form's field ids (the error summary links to them); shared by the page and its action. */
export const BOUNDARY_FIELD_IDS = { file: "grense-fil", projection: "grense-projeksjon", nameProperty: "grense-navn", source: "grense-kilde", licence: "grense-lisens" } as const;
