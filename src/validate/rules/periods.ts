// Two rapportages should not report on the same days.
import { overlaps } from '../../core/period.js';
import type { CrossFileContext } from '../cross-file-context.js';

export function checkPeriodOverlap({ facts, addMessage }: CrossFileContext): void {
  const sorted = facts
    .filter((file) => file.kind === 'rapportage' && file.nummer !== undefined && file.periode !== undefined)
    .sort((a, b) => a.nummer! - b.nummer!);
  sorted.forEach((later, index) => {
    const earlier = sorted.slice(0, index).find((other) => overlaps(later.periode!, other.periode!));
    if (!earlier) return;
    addMessage(
      later,
      'periode-overlap',
      `De periode (${later.periode!.label}) overlapt met die van rapportage ${earlier.nummer} (${earlier.periode!.label}). ` +
        'Sessies in de overlap komen dan in beide rapportages.',
      ['periode'],
    );
  });
}
