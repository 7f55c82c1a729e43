// `vocabulary-alias`: what the rule means, with examples that tests/unit/rule-examples.test.ts runs.
// The check itself lives in src/validate/rules/repair-hints.ts.
import type { RuleDoc } from './rule-doc.js';

export const vocabularyAlias: RuleDoc = {
  id: 'vocabulary-alias',
  severity: 'info',
  beschrijving: 'Een toegestane andere naam voor een woord uit de woordenlijst.',
  uitleg: 'Sommige woorden hebben een andere naam die ef ook leest (`financier` voor `financierder`, `netwerkend` voor `samenwerkend`). In de rapportages staat het woord uit de woordenlijst; `ef fix` schrijft het ook zo in het bestand.',
  stage: 'repair-hint',
  bron: 'src/validate/rules/repair-hints.ts',
  examples: [
    {
      titel: '`financier` in plaats van `financierder`',
      files: [
        { path: 'sessies/2021-03-04-moestuin.md', text: `---
titel: Moestuin in de wijk
datum: 2021-03-04
soort: interactief
casus: buurtmoestuin
begeleiding: [Anna de Vries]
deelnemers:
  - functie: wethouder
    intern: true
    rollen:
      - rol: financier
        paradigma: presterend
        gericht: stad
---

## Opbrengsten

- Eén aanspreekpunt werkt beter dan drie.
` },
      ],
      messages: [
        { at: 'sessies/2021-03-04-moestuin.md:11:14', rule: 'vocabulary-alias', reason: '"financier" is een andere naam voor `financierder`; dat wordt het in de rapportages.', fix: '`ef fix` maakt hiervan `financierder`.' },
      ],
    },
  ],
};
