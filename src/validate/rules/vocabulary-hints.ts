// A hint about two paradigms that do not share a border in the NSOB quadrant.
// (Aliases and letter case are hinted at with the repairs of `ef fix`: repair-hints.ts.)
import { areNeighbours, labelOf, PARADIGMAS } from '../../vocabulary/index.js';
import { report } from '../../report/messages.js';
import { locateValue } from '../locate.js';
import type { SessieEntry } from '../validate-logbook.js';

export function checkVocabularyHints(sessie: SessieEntry): void {
  sessie.data.deelnemers.forEach((deelnemer, d) => {
    deelnemer.rollen.forEach((rol, r) => {
      const base = ['deelnemers', d, 'rollen', r] as const;
      const [a, b] = rol.paradigma ?? [];
      if (a && b && a !== b && !areNeighbours(a, b)) {
        report(
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
