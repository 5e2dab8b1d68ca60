/** Small helpers the message catalogues use for numbers and plurals. */
export const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);

// Building an Intl formatter costs far more than formatting with one (a page of updates formats
// dozens of dates), so each locale-and-options combination is built once per process.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

export function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
}

export const numberIn = (locale: string) => (n: number) => numberFormat(locale).format(n);
