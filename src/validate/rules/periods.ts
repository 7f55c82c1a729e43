// Two rapportages should not report on the same days.
import { overlaps, parsePeriod } from '../../model/period.js';
import { report } from '../../report/messages.js';
import { locateValue } from '../locate.js';
import type { RuleContext } from '../validate-logbook.js';

export function checkPeriodOverlap({ entries }: RuleContext): void {
  const sorted = [...entries.rapportage].sort((a, b) => a.data.nummer - b.data.nummer);
  sorted.forEach((later, index) => {
    const period = parsePeriod(later.data.periode);
    if (!period) return;
    for (const earlier of sorted.slice(0, index)) {
      const other = parsePeriod(earlier.data.periode);
      if (!other || !overlaps(period, other)) continue;
      report(
        later.file,
        'periode-overlap',
        `De periode (${period.label}) overlapt met die van rapportage ${earlier.data.nummer} (${other.label}). ` +
          'Sessies in de overlap komen dan in beide rapportages.',
        locateValue(later.frontmatter, ['periode']),
      );
      return;
    }
  });
}
