// A hint about two paradigms that do not share a border in the NSOB quadrant.
// (Aliases and letter case are hinted at with the repairs of `ef fix`: repair-hints.ts.)
import { areNeighbours, labelOf, PARADIGMAS } from '../../vocabulary/index.js';
import { addMessage } from '../../diagnostics/messages.js';
import { locateValue } from '../locate.js';
import { PLACEHOLDER } from './placeholder.js';
import type { SessieEntry } from '../entries.js';

export function checkVocabularyHints(sessie: SessieEntry): void {
  sessie.data.deelnemers.forEach((deelnemer, d) => {
    deelnemer.rollen.forEach((rol, r) => {
      const base = ['deelnemers', d, 'rollen', r] as const;
      const [a, b] = rol.paradigma ?? [];
      if (a && b && a !== b && !areNeighbours(a, b)) {
        addMessage(
          sessie.file,
          'paradigma-diagonal',
          `${labelOf(PARADIGMAS, a)} en ${labelOf(PARADIGMAS, b)} grenzen in het NSOB-kwadrant niet aan elkaar. ` +
            'Twee paradigma’s betekent "op de grens van beide"; kies er één, of twee die naast elkaar liggen.',
          locateValue(sessie.frontmatter, [...base, 'paradigma']),
        );
      }
    });
  });
}

/**
 * A participant without `intern` counts as "onbekend" in the figures: say so, because an
 * initiative-taker from outside should not quietly vanish from the monitoring.
 */
export function checkInternHints(sessie: SessieEntry): void {
  sessie.data.deelnemers.forEach((deelnemer, d) => {
    // A participant still to be filled in gets the placeholder message, not this one as well.
    if (deelnemer.intern !== undefined || deelnemer.functie.includes(PLACEHOLDER)) return;
    addMessage(
      sessie.file,
      'intern-missing',
      `Bij deelnemer "${deelnemer.functie}" staat niet of die van de eigen organisatie is. ` +
        'Zet `intern: true` (eigen organisatie) of `intern: false` (van buiten); zonder telt deze deelnemer in de cijfers als onbekend.',
      locateValue(sessie.frontmatter, ['deelnemers', d, 'functie']),
    );
  });
}
