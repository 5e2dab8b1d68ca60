/** The coordinators' pages' buttons and tables (until they become Designsystemet primitives). */
export const buttonClass = "inline-flex min-h-11 items-center rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50";
export const primaryButtonClass = "inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";
export const tableClass = "mt-3 w-full border-collapse text-left text-sm [&_td]:border-b [&_td]:border-brand-100 [&_td]:p-2 [&_th]:border-b [&_th]:border-brand-200 [&_th]:p-2";
