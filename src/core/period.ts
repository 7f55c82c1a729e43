// Periods for --period and for a rapportage's `periode`: parsing and Dutch labels.
import { isRealDate } from './calendar.js';
import { formatBereik, MAANDEN, rangtelwoordVoluit } from './dutch.js';

export interface Period {
  /** First day, inclusive (YYYY-MM-DD). */
  readonly van: string;
  /** Last day, inclusive (YYYY-MM-DD). */
  readonly tot: string;
  /** Dutch label for headings: `eerste kwartaal 2021`, `maart 2021`, `1 januari t/m 15 maart 2021`. */
  readonly label: string;
  /** The text as given, e.g. `2021-Q1`. */
  readonly bron: string;
}

export const PERIOD_FORMS = [
  '2021            een jaar',
  '2021-H1         een halfjaar (H1 of H2)',
  '2021-Q1         een kwartaal (Q1–Q4; K1–K4 mag ook)',
  '2021-03         een maand',
  '2021-01-01..2021-03-15  van en tot en met een datum',
  'rapportage-2 of 2       de periode van een rapportage (bestandsnaam of nummer)',
] as const;

/** Parses the calendar forms; rapportage references are resolved by the caller. */
export function parsePeriod(text: string): Period | undefined {
  const bron = text.trim();
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})$/.exec(bron))) {
    const year = match[1]!;
    return { van: `${year}-01-01`, tot: `${year}-12-31`, label: year, bron };
  }
  if ((match = /^(\d{4})-H([12])$/i.exec(bron))) {
    const [year, half] = [match[1]!, Number(match[2])];
    return half === 1
      ? { van: `${year}-01-01`, tot: `${year}-06-30`, label: `eerste halfjaar ${year}`, bron }
      : { van: `${year}-07-01`, tot: `${year}-12-31`, label: `tweede halfjaar ${year}`, bron };
  }
  if ((match = /^(\d{4})-[QK]([1-4])$/i.exec(bron))) {
    const [year, quarter] = [Number(match[1]), Number(match[2])];
    const first = (quarter - 1) * 3 + 1;
    return {
      van: iso(year, first, 1),
      tot: iso(year, first + 2, lastDay(year, first + 2)),
      label: `${rangtelwoordVoluit(quarter)} kwartaal ${year}`,
      bron,
    };
  }
  if ((match = /^(\d{4})-(\d{2})$/.exec(bron))) {
    const [year, month] = [Number(match[1]), Number(match[2])];
    if (month < 1 || month > 12) return undefined;
    return { van: iso(year, month, 1), tot: iso(year, month, lastDay(year, month)), label: `${MAANDEN[month - 1]} ${year}`, bron };
  }
  if ((match = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/.exec(bron))) {
    const [van, tot] = [match[1]!, match[2]!];
    if (!isRealDate(van) || !isRealDate(tot) || van > tot) return undefined;
    return { van, tot, label: formatBereik(van, tot), bron };
  }
  return undefined;
}

/**
 * Whether `datum` falls in the period. A month (`2021-02`) counts as its first day: it
 * belongs to the one period that holds the 1st of that month, so a month that is only
 * partly inside a custom period (`2021-02-10..2021-03-31`) is never counted twice.
 */
export function contains(period: Pick<Period, 'van' | 'tot'>, datum: string): boolean {
  const dag = eersteDag(datum);
  return period.van <= dag && dag <= period.tot;
}

/** A day as is; a month (`2021-02`) → its first day (`2021-02-01`). */
export function eersteDag(datum: string): string {
  return /^\d{4}-\d{2}$/.test(datum) ? `${datum}-01` : datum;
}

/** A day as is; a month (`2021-02`) → its last day (`2021-02-28`). */
export function laatsteDag(datum: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(datum);
  if (!match) return datum;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return iso(year, month, lastDay(year, month));
}

export function overlaps(a: Pick<Period, 'van' | 'tot'>, b: Pick<Period, 'van' | 'tot'>): boolean {
  return a.van <= b.tot && b.van <= a.tot;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
