// Dutch dates, periods and ordinals from fixed tables: the same bytes on every
// machine, whatever its ICU data, time zone or locale.

export const MAANDEN = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
] as const;

export const WEEKDAGEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

const RANGTELWOORDEN = ['nulde', 'eerste', 'tweede', 'derde', 'vierde'] as const;

interface Parts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function dateParts(iso: string): Parts {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** Whether a date is only a month (`2021-02`): "in de afgelopen weken" needs no invented day. */
export function isMaand(iso: string): boolean {
  return /^\d{4}-\d{2}$/.test(iso);
}

/** `2021-01-28` → `28 januari 2021`; a month `2021-02` → `februari 2021`. */
export function formatDatum(iso: string): string {
  const { year, month, day } = dateParts(iso);
  if (isMaand(iso)) return `${MAANDEN[month - 1]} ${year}`;
  return `${day} ${MAANDEN[month - 1]} ${year}`;
}

/** `2021-01-28` → `donderdag 28 januari 2021`; a month stays `februari 2021`. */
export function formatDatumMetDag(iso: string): string {
  if (isMaand(iso)) return formatDatum(iso);
  const { year, month, day } = dateParts(iso);
  // Date.UTC keeps this independent of the machine's time zone.
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  return `${WEEKDAGEN[weekday]} ${formatDatum(iso)}`;
}

/** `2021-01-01`, `2021-03-15` → `1 januari t/m 15 maart 2021`. */
export function formatBereik(van: string, tot: string): string {
  const a = dateParts(van);
  const b = dateParts(tot);
  if (van === tot) return formatDatum(van);
  if (a.year !== b.year) return `${formatDatum(van)} t/m ${formatDatum(tot)}`;
  if (a.month === b.month) return `${a.day} t/m ${b.day} ${MAANDEN[b.month - 1]} ${b.year}`;
  return `${a.day} ${MAANDEN[a.month - 1]} t/m ${formatDatum(tot)}`;
}

/** 1 → `1e`: one ordinal system throughout (taaladvies: `1e, 2e, 3e`). */
export function rangtelwoord(n: number): string {
  return `${n}e`;
}

/** 1 → `eerste`, for quarters and halves in prose. */
export function rangtelwoordVoluit(n: number): string {
  return RANGTELWOORDEN[n] ?? `${n}e`;
}

/** Numbers in the Dutch way: 21.000 and 0,8; fixed rules, no Intl. */
export function formatGetal(value: number, decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole, fraction] = fixed.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

const GETALWOORDEN = [
  'geen', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien',
  'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig',
] as const;

/**
 * Small numbers in prose as words, larger ones as digits with a thousands dot:
 * 0 → `geen`, 1 → `één`, 12 → `twaalf`, 21 → `21`, 21000 → `21.000`.
 */
export function getalWoord(value: number): string {
  return Number.isInteger(value) && value >= 0 && value < GETALWOORDEN.length ? GETALWOORDEN[value]! : formatGetal(value);
}

/** `3, 'sessie', 'sessies'` → `drie sessies`; `1` → `één sessie`; `0` → `geen sessies`. */
export function aantal(value: number, enkelvoud: string, meervoud: string): string {
  return `${getalWoord(value)} ${value === 1 ? enkelvoud : meervoud}`;
}

/** `a`, `a en b`, `a, b en c`: a Dutch enumeration. */
export function opsomming(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** First letter in upper case, for a sentence or a cell that starts with a label or a count. */
export function hoofdletter(value: string): string {
  // "één" at the start of a sentence is "Eén" (the accent on the capital is dropped).
  if (value.startsWith('één')) return `Eén${value.slice(3)}`;
  return value.charAt(0).toUpperCase() + value.slice(1);
}
