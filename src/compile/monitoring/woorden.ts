// Numbers in Dutch prose: small numbers as words (één, twee, … twintig), larger ones
// as digits with a thousands dot; with the right singular or plural noun.
import { formatGetal } from '../../model/dutch.js';

const WOORDEN = [
  'geen', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien',
  'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig',
] as const;

/** 0 → `geen`, 1 → `één`, 12 → `twaalf`, 21 → `21`, 21000 → `21.000`. */
export function getalWoord(value: number): string {
  return Number.isInteger(value) && value >= 0 && value < WOORDEN.length ? WOORDEN[value]! : formatGetal(value);
}

/** `3, 'sessie', 'sessies'` → `drie sessies`; `1` → `één sessie`; `0` → `geen sessies`. */
export function aantal(value: number, enkelvoud: string, meervoud: string): string {
  return `${getalWoord(value)} ${value === 1 ? enkelvoud : meervoud}`;
}

/** `['a', 'b', 'c']` → `a, b en c`. */
export function opsomming(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
