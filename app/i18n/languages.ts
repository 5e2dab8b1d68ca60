/**
 * The interface languages; also what a person's e-mails and notifications are written in
 * (users.language). A module of its own, without imports, so the schema, the validation and the
 * browser's catalogue code can all read it without pulling in anything else.
 */
export const LANGUAGES = ["nb", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
