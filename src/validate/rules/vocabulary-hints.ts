// Hints about words that are accepted but could be clearer: aliases of vocabulary
// terms, and two paradigms that do not share a border in the NSOB quadrant.
import { areNeighbours, labelOf, PARADIGMAS } from '../../vocabulary/index.js';
import { report } from '../../report/messages.js';
import { ALIAS_SPELLINGS } from '../aliases.js';
import { locateValue } from '../locate.js';
import { PLACEHOLDER } from './placeholder.js';
import type { SessieEntry } from '../validate-logbook.js';

export function checkVocabularyHints(sessie: SessieEntry): void {
  const raw = sessie.frontmatter.data['deelnemers'];
  sessie.data.deelnemers.forEach((deelnemer, d) => {
    deelnemer.rollen.forEach((rol, r) => {
      const base = ['deelnemers', d, 'rollen', r] as const;
      const rawRol = (Array.isArray(raw) ? raw[d]?.rollen?.[r] : undefined) as Record<string, unknown> | undefined;
      hintAlias(sessie, [...base, 'rol'], rawRol?.['rol'], rol.rol);
      hintAlias(sessie, [...base, 'gericht'], rawRol?.['gericht'], rol.gericht);
      const rawParadigma = rawRol?.['paradigma'];
      const spellings = Array.isArray(rawParadigma) ? rawParadigma : [rawParadigma];
      rol.paradigma?.forEach((id, p) => {
        hintAlias(sessie, Array.isArray(rawParadigma) ? [...base, 'paradigma', p] : [...base, 'paradigma'], spellings[p], id);
      });
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

function hintAlias(
  sessie: SessieEntry,
  path: readonly PropertyKey[],
  spelling: unknown,
  canonical: string | undefined,
): void {
  if (typeof spelling !== 'string' || canonical === undefined) return;
  const written = spelling.trim().toLowerCase();
  if (!ALIAS_SPELLINGS.has(written)) return;
  report(
    sessie.file,
    'vocabulary-alias',
    `"${spelling}" is een andere naam voor \`${canonical}\`; dat wordt het in de rapportages. Schrijf \`${canonical}\` om dit bericht te voorkomen.`,
    locateValue(sessie.frontmatter, path),
  );
}

/**
 * A participant without `intern` counts as "onbekend" in the figures: say so, because an
 * initiative-taker from outside should not quietly vanish from the monitoring.
 */
export function checkInternHints(sessie: SessieEntry): void {
  sessie.data.deelnemers.forEach((deelnemer, d) => {
    // A participant still to be filled in gets the placeholder message, not this one as well.
    if (deelnemer.intern !== undefined || deelnemer.functie.includes(PLACEHOLDER)) return;
    report(
      sessie.file,
      'intern-missing',
      `Bij deelnemer "${deelnemer.functie}" staat niet of die van de eigen organisatie is. ` +
        'Zet `intern: true` (eigen organisatie) of `intern: false` (van buiten); zonder telt deze deelnemer in de cijfers als onbekend.',
      locateValue(sessie.frontmatter, ['deelnemers', d, 'functie']),
    );
  });
}
