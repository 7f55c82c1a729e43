// Dates as Dutch people write them (`28-1-2021`, `28 januari 2021`), read into ISO
// (`2021-01-28`) when there is exactly one reading. Day first, as in Dutch; a two-digit
// year is never guessed.
import { isRealDate } from './calendar.js';
import { MAANDEN } from './dutch.js';

const NUMERIC_DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const LOOSE_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const WORDS_DMY = /^(\d{1,2})\.?\s+([a-z]+)\.?\s+(\d{4})$/;

/** Month names and their usual abbreviations (`jan`, `sept`, `mrt`). */
function monthOf(word: string): number | undefined {
  const index = MAANDEN.findIndex((name) => name === word);
  if (index !== -1) return index + 1;
  const short: Record<string, number> = { mrt: 3, sept: 9 };
  if (short[word] !== undefined) return short[word];
  if (word.length < 3) return undefined;
  const matches = MAANDEN.map((name, i) => (name.startsWith(word) ? i + 1 : 0)).filter((month) => month > 0);
  return matches.length === 1 ? matches[0] : undefined;
}

function iso(year: number, month: number, day: number): string | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDate(text) ? text : undefined;
}

/**
 * The ISO form of a date written the Dutch way, or undefined when `text` is not such a
 * date (already ISO, ambiguous, or not on the calendar).
 */
export function dutchDateToIso(text: string): string | undefined {
  const value = text.trim().toLowerCase();
  let match = NUMERIC_DMY.exec(value);
  if (match) return iso(Number(match[3]), Number(match[2]), Number(match[1]));
  match = LOOSE_ISO.exec(value);
  if (match && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = WORDS_DMY.exec(value);
  if (match) {
    const month = monthOf(match[2]!);
    return month === undefined ? undefined : iso(Number(match[3]), month, Number(match[1]));
  }
  return undefined;
}
