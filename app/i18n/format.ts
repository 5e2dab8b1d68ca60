/** Small helpers the message catalogues use for numbers and plurals. */
export const plural = (n: number, one: string, other: string) => (n === 1 ? one : other);
export const numberIn = (locale: string) => (n: number) => new Intl.NumberFormat(locale).format(n);
