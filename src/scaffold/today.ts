// Today's date as the people keeping the logbook see it: in Europe/Amsterdam.
import { UsageError } from '../core/errors.js';
import { ISO_DATE, isRealDate } from '../validate/schemas/common.js';

export const TIME_ZONE = 'Europe/Amsterdam';

/**
 * Today in Europe/Amsterdam as YYYY-MM-DD, whatever the machine's time zone: a
 * session held at 00:30 on 1 March belongs to 1 March, also on a CI server in UTC.
 * `EF_TODAY=YYYY-MM-DD` fixes the date (for tests and for writing up old meetings).
 */
export function today(env: Readonly<Record<string, string | undefined>>, now: Date = new Date()): string {
  const fixed = env['EF_TODAY'];
  if (fixed !== undefined && fixed !== '') {
    if (!ISO_DATE.test(fixed) || !isRealDate(fixed)) {
      throw new UsageError(`EF_TODAY is "${fixed}"; dat is geen bestaande datum. Schrijf JJJJ-MM-DD, bijvoorbeeld 2021-01-28.`);
    }
    return fixed;
  }
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
