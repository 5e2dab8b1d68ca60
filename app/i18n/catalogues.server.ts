/**
 * Both catalogues, statically, for the server. The `.server` name keeps them out of the browser
 * bundle: there each page loads only its own language (loadCatalogue in ./index.ts), which keeps the
 * JavaScript of a public page within its weight budget (scripts/page-weight.test.ts).
 */
export { en } from "./en";
export { nb } from "./nb";
