// --period: a calendar period, or the period of a rapportage (by file name or number).
import { UsageError } from '../core/errors.js';
import { parsePeriod, PERIOD_FORMS, type Period } from '../core/period.js';
import type { Logbook, RapportageModel } from './types.js';

export interface ResolvedPeriod extends Period {
  /** The rapportage whose period this is: given by reference, or the one with exactly this period. */
  readonly rapportage: RapportageModel | undefined;
}

export function resolvePeriod(text: string, logbook: Logbook): ResolvedPeriod {
  const trimmed = text.trim();
  const byReference = logbook.rapportages.find(
    (rapportage) => rapportage.id === trimmed || String(rapportage.data.nummer) === trimmed,
  );
  if (byReference) return { ...byReference.periode, bron: trimmed, rapportage: byReference };
  const period = parsePeriod(trimmed);
  if (!period) {
    const known = logbook.rapportages.map((r) => r.id).join(', ');
    throw new UsageError(
      `De periode "${text}" wordt niet herkend. Dit kan:\n${PERIOD_FORMS.map((form) => `  ${form}`).join('\n')}` +
        (known ? `\nRapportages in dit logboek: ${known}.` : ''),
    );
  }
  const rapportage = logbook.rapportages.find(
    (candidate) => candidate.periode.van === period.van && candidate.periode.tot === period.tot,
  );
  return { ...period, rapportage };
}
